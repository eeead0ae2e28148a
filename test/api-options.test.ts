/**
 * Every build option of the library, given a wrong value: a diagnostic naming the option and what
 * it may be — never a throw, never an ok with no bytes, never a system error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createReport, type Diagnostic } from "../src/api.js";
import { OPTION_NAMES } from "../src/api-options.js";
import { ROOT, tempDir } from "./helpers.js";

const report = createReport();
const text = readFileSync(join(ROOT, "data", "2021.yaml"), "utf8");
const source = { text, name: "2021.yaml" };

async function refused(options: unknown): Promise<Diagnostic[]> {
  const result = await report.build(source, options as never);
  expect(result.ok).toBe(false);
  expect("bytes" in result).toBe(false);
  return [...result.diagnostics];
}

const said = (d: Diagnostic | undefined) => (d ? report.describe(d, "zh") : undefined);

describe("the library's build options", () => {
  it.each([
    ["format", undefined, "undefined", "可选的值：docx, txt, md, pdf（不写则为 docx）。"],
    ["format", "html", '"html"', "可选的值：docx, txt, md, pdf（不写则为 docx）。"],
    ["format", "exe", '"exe"', "可选的值：docx, txt, md, pdf（不写则为 docx）。"],
    ["format", "DOCX", '"DOCX"', '是不是想写 "docx"？可选的值：docx, txt, md, pdf（不写则为 docx）。'],
    ["fonts", "Windows", '"Windows"', '是不是想写 "windows"？可选的值：standard, windows, macos。'],
    ["fonts", undefined, "undefined", "可选的值：standard, windows, macos。"],
    ["final", "yes", '"yes"', "请写 true 或 false（不写则为 false）。"],
    ["final", 1, "1", "请写 true 或 false（不写则为 false）。"],
    ["templateDir", "", '""', "请写模板文件夹的路径（不写则用自带的模板）。"],
    ["templateDir", 42, "42", "请写模板文件夹的路径（不写则用自带的模板）。"],
    ["sourceDateEpoch", "1609113600", '"1609113600"', "请写自 1970-01-01 UTC 起的整秒数"],
    ["sourceDateEpoch", 1.5, "1.5", "请写自 1970-01-01 UTC 起的整秒数"],
    ["sourceDateEpoch", -1, "-1", "请写自 1970-01-01 UTC 起的整秒数"],
    ["sourceDateEpoch", Number.NaN, "NaN", "请写自 1970-01-01 UTC 起的整秒数"],
    ["sourceDateEpoch", 1e15, "1000000000000000", "请写自 1970-01-01 UTC 起的整秒数"],
    ["checksOff", "numbers", '"numbers"', "请写写法检查规则名的列表"],
    ["checksOff", [42], "42", "请写写法检查规则名的列表"],
  ])("%s: %s is a diagnostic", async (option, value, shown, hint) => {
    const [problem, ...more] = await refused({ [option]: value });
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ code: "optionWrongValue", severity: "error", field: option });
    expect(said(problem)?.message).toBe(`选项 ${option} 不能是 ${shown}`);
    expect(said(problem)?.hint).toContain(hint);
    expect(report.describe(problem!, "en").message).toBe(`The option ${option} cannot be ${shown}`);
  });

  it("names a misspelt option and the one meant", async () => {
    const [problem] = await refused({ formt: "txt" });
    expect(problem).toMatchObject({ code: "optionUnknown", field: "formt" });
    expect(said(problem)).toEqual({
      message: "build 没有 formt 这个选项",
      hint: `是不是想写 format？可用的选项有 ${OPTION_NAMES.join(", ")}。`,
    });
  });

  it.each([null, "docx", ["docx"], 7])("refuses options that are not an object (%s)", async (options) => {
    const [problem] = await refused(options);
    expect(problem?.code).toBe("optionsNotObject");
  });

  it("refuses options that cannot be read, rather than throwing", async () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no");
        },
      },
    );
    expect((await refused(hostile))[0]?.code).toBe("optionsNotObject");
  });

  it("lists every wrong option at once", async () => {
    const problems = await refused({ format: "html", fonts: "Windows", final: "no" });
    expect(problems.map((d) => d.field)).toEqual(["format", "fonts", "final"]);
  });

  it("says a template folder that is not there is missing, rather than throwing ENOENT", async () => {
    const result = await report.build(source, { templateDir: join(tempDir(), "none") });
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.code).toBe("templateMissing");
  });

  it("builds with every right value", async () => {
    for (const options of [
      undefined,
      {},
      { format: "txt", fonts: "windows", final: false, sourceDateEpoch: 0, checksOff: ["num-width"] } as const,
      { format: "md", templateDir: join(ROOT, "templates") } as const,
    ]) {
      const result = await report.build(source, options);
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.bytes.length).toBeGreaterThan(0);
    }
  });
});
