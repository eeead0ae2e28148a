/**
 * The data's structure is written once (the schema); the checks find every text, list and key from
 * it, however deep in the general form they are.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { proseFields } from "../src/summary/prose-fields.js";
import { paragraphFieldNames } from "../src/summary/structure.js";
import { tempDir, checkFile } from "./helpers.js";

const HEAD = "year: 2023\norganisation: 县统计局\ntitle: 县统计局工作总结\n";
function checked(body: string) {
  const file = join(tempDir(), "2023.yaml");
  writeFileSync(file, HEAD + body);
  return checkFile(file).diagnostics.map((d) => ({
    code: d.code,
    field: d.field,
    line: d.position?.line,
    params: d.params,
  }));
}

describe("one description of the structure", () => {
  it("proseFields finds the texts at every level, with their paths", () => {
    const data = {
      title: "t",
      salutation: "各位代表：",
      parts: [{ heading: "h", items: [{ heading: "i", items: [{ body: "b", items: [{ points: ["p"] }] }] }] }],
    };
    expect(proseFields(data)).toEqual([
      { path: ["title"], text: "t" },
      { path: ["salutation"], text: "各位代表：" },
      { path: ["parts", 0, "heading"], text: "h" },
      { path: ["parts", 0, "items", 0, "heading"], text: "i" },
      { path: ["parts", 0, "items", 0, "items", 0, "body"], text: "b" },
      { path: ["parts", 0, "items", 0, "items", 0, "items", 0, "points", 0], text: "p" },
    ]);
  });

  it("checks a reference three levels down, and suggests a misspelt key there", () => {
    const body = [
      "parts:",
      "  - heading: 主要工作",
      "    items:",
      "      - heading: 夯实基础",
      "        items:",
      "          - heading: 抓普查。",
      "            runin: true",
      "            body: 完成{{普查户数}}。",
    ].join("\n");
    expect(checked(`${body}\n`)).toEqual([
      {
        code: "unknownKey",
        field: "parts.0.items.0.items.0.runin",
        line: 10,
        params: { key: "runin", suggestion: "runIn" },
      },
      {
        code: "unknownFigure",
        field: "parts.0.items.0.items.0.body",
        line: 11,
        params: { name: "普查户数", suggestion: undefined },
      },
    ]);
  });

  it("counts the items of a nested list against the limit", () => {
    const points = Array.from({ length: 201 }, (_, i) => `        - 第${i + 1}项。`).join("\n");
    const found = checked(`items:\n  - heading: 问题\n    points:\n${points}\n`);
    expect(found).toEqual([
      {
        code: "tooManyItems",
        field: "items.0.points",
        line: 207,
        params: { field: "items.0.points", count: 201, limit: 200 },
      },
    ]);
  });

  it("refuses a fifth level: level 4 has no items", () => {
    const body = [
      "items:",
      "  - heading: 二级",
      "    items:",
      "      - heading: 三级",
      "        items:",
      "          - heading: 四级",
      "            items:",
      "              - heading: 五级",
    ].join("\n");
    expect(checked(`${body}\n`).map((d) => [d.code, d.field])).toEqual([
      ["unknownKey", "items.0.items.0.items.0.items"],
    ]);
  });
});

describe("the texts that may have paragraphs", () => {
  it("are read from the schema's roles, for the blank-line hint", () => {
    expect(paragraphFieldNames()).toEqual(["intro", "body", "pointsLead", "points", "problems"]);
    const [warning] = checked("salutation: |\n  各位\n\n  代表：\nintro: 甲。\n");
    expect(warning?.code).toBe("blankLineInLine");
    expect(warning?.params).toMatchObject({ paragraphFields: ["intro", "body", "pointsLead", "points", "problems"] });
  });
});
