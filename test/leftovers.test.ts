/**
 * A draft's leftovers that used to pass silently (issue 22): the text after ` #` that YAML took
 * for a comment, points without their 。, init's placeholders, last year's years. Each is a warning
 * at its line and column, in both languages, and `--final` refuses it.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ReportError } from "../src/errors.js";
import { text } from "../src/messages/catalogue.js";
import { modelOf } from "../src/pipeline.js";
import { checkFile, fixture, runCli } from "./helpers.js";

const path = (name: string) => fixture(join("warnings", `${name}.yaml`));

/** fixture → each warning's line, column, and its message in English and Chinese. */
const LEFTOVERS: Record<string, [number, number, RegExp, RegExp][]> = {
  "braces-around-name": [
    [
      4,
      16,
      /`intro` has “\{财政收入\}”, which is printed as it is[\s\S]*Write \{\{财政收入\}\}/,
      /“\{财政收入\}”会原样印出来[\s\S]*请改成 \{\{财政收入\}\}/,
    ],
    [
      4,
      29,
      /“｛｛新增主体｝｝”[\s\S]*Write \{\{新增主体\}\}/,
      /“｛｛新增主体｝｝”会原样印出来[\s\S]*请改成 \{\{新增主体\}\}/,
    ],
  ],
  "quoted-title": [
    [3, 8, /The title is typed in quotes “…”[\s\S]*Delete “ and ”/, /标题两头加了引号 “…”[\s\S]*请删掉 “ 和 ”/],
  ],
  "comment-in-text": [
    [
      6,
      19,
      /YAML reads “#3 楼开设老年食堂。” after “在社区服务中心” as a comment: it is not in the document/,
      /“在社区服务中心”后面的“#3 楼开设老年食堂。”被 YAML 当成了注释，不会印到文件里/,
    ],
  ],
  "points-run-together": [
    [
      7,
      16,
      /`parts.0.points.0` ends in “多” without “。”, so it runs into the next one \(…多二是…\)/,
      /parts.0.points.0 这一项末尾是“多”，没有句号“。”，会和下一项连在一起/,
    ],
  ],
  placeholder: [
    [4, 26, /`intro` still has the placeholder “（请改写这一段）”/, /intro 里还留着提示文字“（请改写这一段）”/],
  ],
  "last-year": [
    [5, 14, /`parts.0.heading` names 2024年 in the 2025 summary/, /写的是“2024年”[\s\S]*是不是应当写“2025年”/],
    [7, 7, /`parts.0.body` names 2024年 in the 2025 summary/, /parts.0.body 写的是“2024年”/],
    [8, 14, /`parts.1.heading` names 2025年[\s\S]*Did you mean 2026年\?/, /是不是应当写“2026年”/],
  ],
};

describe("a draft's leftovers", () => {
  for (const [name, expected] of Object.entries(LEFTOVERS)) {
    it(`${name}: warned at its line and column in both languages, and refused by --final`, () => {
      const checked = checkFile(path(name));
      expect(checked.summary).toBeDefined();
      const found = checked.diagnostics.map((d) => {
        const params = d.params as never;
        const en = text("en", d.code, params);
        const zh = text("zh", d.code, params);
        return { line: d.position?.line, column: d.position?.column, severity: d.severity, en, zh };
      });
      expect(found).toHaveLength(expected.length);
      expected.forEach(([line, column, en, zh], i) => {
        expect(found[i]).toMatchObject({ line, column, severity: "warning" });
        expect(`${found[i]?.en.message} ${found[i]?.en.hint}`).toMatch(en);
        expect(`${found[i]?.zh.message} ${found[i]?.zh.hint}`).toMatch(zh);
      });
      expect(() => modelOf(checked, { final: false })).not.toThrow();
      let refused: unknown;
      try {
        modelOf(checked, { final: true });
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(ReportError);
      const errors = (refused as ReportError).diagnostics.filter((d) => d.severity === "error");
      expect(errors.map((d) => [d.position?.line, d.position?.column])).toEqual(expected.map(([l, c]) => [l, c]));
    });
  }

  it("checks: { off: [last-year, placeholder] } marks them as meant: no warning, and --final builds", () => {
    const result = runCli(["build", "--final", "-f", "txt", "-o", "-", path("marked-as-meant")]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      "东湖街道2025年工作总结\n一、2024年工作回顾\n2024年，街道各项工作稳步推进。（请改写这一段）\n",
    );
  });

  it("a comment of one's own (# and a space) is no leftover", () => {
    const { diagnostics } = checkFile(fixture("2020-filled.yaml"));
    expect(diagnostics.filter((d) => d.code === "commentInText")).toEqual([]);
  });
});
