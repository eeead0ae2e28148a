/**
 * The library as docs/library.md shows it: the example block is run as it is, by Node, importing the
 * package by its name, and must print the document. Then what the example does not show.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createReport } from "../src/api.js";
import { ROOT, docxParagraphTexts, fixture } from "./helpers.js";

function readmeExample(): string {
  const readme = readFileSync(join(ROOT, "docs", "library.md"), "utf8");
  const marker = readme.indexOf("<!-- the library example");
  const block = /```js\n([\s\S]*?)```/.exec(readme.slice(marker));
  if (marker === -1 || !block?.[1]) throw new Error("docs/library.md has no library example");
  return block[1];
}

describe("the library", () => {
  it("runs docs/library.md's example as it is written, importing the package by its name, `zongjie`", () => {
    // Inside the package, Node resolves the package's own name through package.json's exports.
    const folder = join(ROOT, "out", "api-example");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "example.mjs"), readmeExample());
    const result = spawnSync(process.execPath, [join(folder, "example.mjs")], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      "2021年工作总结\n今年以来……\n一、主要工作完成情况\n（一）稳住经济。完成财政收入12万元。\n二、工作中存在的问题\n一是后劲不足。\n三、明年工作计划\n（一）聚力更新。再改造小区。\n\n",
    );
  });

  const report = createReport();
  const text = readFileSync(fixture("2020-filled.yaml"), "utf8");

  it("builds a path, text, bytes and an object to the same document", async () => {
    const fromPath = await report.build({ path: fixture("2020-filled.yaml") });
    const fromText = await report.build({ text, name: "2020-filled.yaml" });
    const fromBytes = await report.build({ bytes: new TextEncoder().encode(text), name: "2020-filled.yaml" });
    expect(fromPath.ok && fromText.ok && fromBytes.ok).toBe(true);
    if (!fromPath.ok || !fromText.ok || !fromBytes.ok) return;
    expect(fromText.bytes).toEqual(fromPath.bytes);
    expect(fromBytes.bytes).toEqual(fromPath.bytes);
    expect(docxParagraphTexts(fromText.bytes)[0]).toBe(
      "北坦街道关于2020年度深化区域党建建设科创街区推动各项工作落实落地的总结",
    );
    const model = fromText.model.blocks[0];
    expect(model?.kind).toBe("title");
  });

  it("returns every problem located in the text given, and never throws or prints for the data", async () => {
    const result = await report.build({ text: text.replace("title:", "titel:"), name: "草稿.yaml" });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.file, d.position?.line, d.position?.column, d.code])).toEqual([
      ["草稿.yaml", 6, 1, "unknownKey"],
    ]);
    expect(report.describe(result.diagnostics[0]!, "zh")).toEqual({
      message: "不认识的字段 titel",
      hint: "是不是想写 title？",
    });
    const unreadable = await report.validate({ path: fixture("no-such-file.yaml") });
    expect(unreadable.diagnostics.map((d) => d.code)).toEqual(["fileNotFound"]);
  });

  it("names an object's problems by field, without lines its YAML form would invent", async () => {
    const result = await report.validate({ data: { year: 2021, organisation: "北坦街道", parts: "一、工作回顾" } });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.field, d.code, d.position])).toEqual([
      ["title", "required", undefined],
      ["parts", "wrongType", undefined],
    ]);
  });

  it("reads a template folder again after forget(), not before", async () => {
    const folder = join(ROOT, "out", "api-template");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "summary.hbs"), "<title>{{title}}</title>");
    const own = createReport();
    const first = await own.build({ text }, { templateDir: folder, format: "txt" });
    writeFileSync(join(folder, "summary.hbs"), "<title>{{title}}</title><p>{{intro}}</p>");
    const cached = await own.build({ text }, { templateDir: folder, format: "txt" });
    own.forget();
    const reread = await own.build({ text }, { templateDir: folder, format: "txt" });
    const lines = (r: typeof first) => (r.ok ? new TextDecoder().decode(r.bytes).split("\n").length : 0);
    expect([lines(first), lines(cached), lines(reread)]).toEqual([2, 2, 3]);
  });
});
