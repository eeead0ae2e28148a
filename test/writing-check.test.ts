/**
 * The writing check (issue 14): for each rule a fixture with one mistake, where it is reported and
 * what it says in both languages; a fixture of near misses each rule must leave alone; switching a
 * rule off in the data file and on the command line; the seed document raises nothing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../src/messages/diagnostic-text.js";
import { findMistakes } from "../src/validate/writing/check.js";
import { RULE_IDS } from "../src/writing-rules.js";
import { ROOT, fixture, runCli, tempDir, checkFile } from "./helpers.js";

const writingFixture = (name: string) => fixture(join("writing", `${name}.yaml`));

/** rule → column on line 5 (the intro), the English and the Chinese message, and the fix's wording. */
const MISTAKES: Record<(typeof RULE_IDS)[number], [number, string, string, RegExp]> = {
  "punct-width": [
    12,
    "Half-width “,” in Chinese text [punct-width]",
    "中文里用了半角的“,”［检查项 punct-width］",
    /全角的“，”/,
  ],
  "punct-pair": [10, "“《” has no matching “》” [punct-pair]", "“《”没有对应的“》”［检查项 punct-pair］", /补上“》”/],
  "punct-double": [
    18,
    "The mark is typed twice: “。。” [punct-double]",
    "标点重复了：“。。”［检查项 punct-double］",
    /只留一个“。”/,
  ],
  "punct-ellipsis": [
    21,
    "The ellipsis is written “...” [punct-ellipsis]",
    "省略号写成了“...”［检查项 punct-ellipsis］",
    /改成“……”/,
  ],
  "punct-dash": [
    12,
    "A half-width “-” joins Chinese words [punct-dash]",
    "汉字之间用了半角的“-”［检查项 punct-dash］",
    /连接号“—”/,
  ],
  "punct-space": [
    14,
    "A space between Chinese characters [punct-space]",
    "汉字之间多了空格［检查项 punct-space］",
    /删掉这个空格/,
  ],
  "punct-before-closing": [
    18,
    "“、” right before a closing mark [punct-before-closing]",
    "“、”紧挨在后引号或后括号前面［检查项 punct-before-closing］",
    /删掉这个“、”/,
  ],
  "num-width": [
    14,
    "Full-width digits “１２０” [num-width]",
    "用了全角数字“１２０”［检查项 num-width］",
    /半角的“120”/,
  ],
  "num-date": [
    11,
    "The date is written “2020.12.28” [num-date]",
    "日期写成了“2020.12.28”［检查项 num-date］",
    /“2020年12月28日”/,
  ],
  "num-unit-space": [
    14,
    "A space splits the number from its unit: “120 万” [num-unit-space]",
    "数字和单位之间有空格：“120 万”［检查项 num-unit-space］",
    /写成“120万”/,
  ],
  "num-range": [
    17,
    "The range is written “8-10%” [num-range]",
    "数值范围写成了“8-10%”［检查项 num-range］",
    /“8%～10%”/,
  ],
};

describe("the writing check, one rule at a time", () => {
  for (const [rule, [column, en, zh, hint]] of Object.entries(MISTAKES)) {
    it(`${rule}: a warning at 5:${column}, in English and in Chinese, with the fix and the switch`, () => {
      const file = writingFixture(rule);
      const { diagnostics, summary } = checkFile(file);
      expect(summary).toBeDefined();
      expect(diagnostics).toHaveLength(1);
      const [warning] = diagnostics;
      expect(warning?.severity).toBe("warning");
      expect(warning?.position).toEqual({ line: 5, column });
      const english = formatDiagnostic(warning!, "en");
      const chinese = formatDiagnostic(warning!, "zh");
      expect(english).toContain(`${file}:5:${column}  warning: ${en}`);
      expect(english).toContain(`--off ${rule}`);
      expect(chinese).toContain(`${file}:5:${column}  提醒：${zh}`);
      expect(chinese).toMatch(hint);
      expect(chinese).toContain(`checks: { off: [${rule}] }`);
    });

    it(`${rule}: leaves the near misses alone (numbers, times, Latin names, URLs, {{…}})`, () => {
      expect(checkFile(writingFixture(`${rule}.ok`)).diagnostics).toEqual([]);
    });

    it(`${rule}: switched off in the data file, or on the command line`, () => {
      const dir = tempDir();
      const withKey = join(dir, "2021.yaml");
      writeFileSync(withKey, `${readFileSync(writingFixture(rule), "utf8")}checks: { off: [${rule}] }\n`);
      expect(checkFile(withKey).diagnostics).toEqual([]);
      expect(checkFile(writingFixture(rule), { checksOff: [rule] }).diagnostics).toEqual([]);
    });
  }

  it("validate prints it, exits 0 (a warning), and --off takes ids separated by commas", () => {
    const file = writingFixture("punct-width");
    const shown = runCli(["--lang", "zh", "validate", file]);
    expect(shown.status).toBe(0);
    expect(shown.stderr).toContain(`${file}:5:12  提醒：中文里用了半角的“,”［检查项 punct-width］`);
    const off = runCli(["--lang", "en", "validate", "--off", "num-date,punct-width", file]);
    expect(off.status).toBe(0);
    expect(off.stderr).not.toContain("warning");
  });

  it("build shows the warnings and still builds", () => {
    const output = join(tempDir(), "out.txt");
    const built = runCli(["--lang", "en", "build", writingFixture("num-date"), "-o", output]);
    expect(built.status).toBe(0);
    expect(built.stderr).toContain("warning: The date is written “2020.12.28” [num-date]");
    expect(readFileSync(output, "utf8")).toContain("2020.12.28");
  });

  it("the json reporter gives each warning's rule id", () => {
    const output = join(tempDir(), "out.txt");
    const built = runCli(["build", writingFixture("num-range"), "-o", output, "--reporter", "json"]);
    const report = JSON.parse(built.stdout) as { files: { warnings: { rule?: string; line: number }[] }[] };
    expect(report.files[0]?.warnings).toMatchObject([{ code: "writing", rule: "num-range", line: 5, column: 17 }]);
  });

  it("an unknown id after --off is a usage error that lists the ids", () => {
    const result = runCli(["--lang", "en", "validate", "--off", "punct-widht", writingFixture("punct-width")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--off: there is no check “punct-widht”");
    expect(result.stderr).toContain("punct-width, punct-pair");
  });

  it("an unknown id in checks.off is an error at its place in the file", () => {
    const file = join(tempDir(), "2021.yaml");
    writeFileSync(file, `${readFileSync(writingFixture("punct-width"), "utf8")}checks:\n  off: [no-such-rule]\n`);
    const { diagnostics } = checkFile(file);
    const errors = diagnostics.filter((d) => d.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.position?.line).toBe(15);
    expect(errors[0]?.field).toBe("checks.off.0");
  });
});

describe("the seed document is correct as published", () => {
  it("data/2020.yaml raises no warning (“街道—社区—网格小组” is a connector, “一网连心 党员帮办” a slogan)", () => {
    const { diagnostics } = checkFile(join(ROOT, "data", "2020.yaml"));
    expect(diagnostics).toEqual([]);
  });

  it("nor does any paragraph of the published text", () => {
    const paragraphs = readFileSync(fixture("2020-street-summary.txt"), "utf8").split("\n");
    expect(paragraphs.filter((p) => p.length > 20).length).toBeGreaterThan(10);
    for (const paragraph of paragraphs) expect(findMistakes(paragraph)).toEqual([]);
  });
});

describe("the forms each rule knows", () => {
  const found = (text: string) => findMistakes(text).map((f) => [f.rule, f.found, f.fix ?? null]);

  it("punctuation", () => {
    expect(found("工作--重点")).toEqual([["punct-dash", "--", "——"]]);
    expect(found("工作。。。重点")).toEqual([["punct-ellipsis", "。。。", "……"]]);
    expect(found("等等…")).toEqual([["punct-ellipsis", "…", "……"]]);
    expect(found('是否"可行"')).toEqual([
      ["punct-width", '"', "“"],
      ["punct-width", '"', "”"],
    ]);
    // An odd number of straight quotes: which is which is a guess, so there is no automatic fix.
    expect(found('是否"可行')).toEqual([["punct-width", '"', null]]);
    expect(found("详见(附件)")).toEqual([
      ["punct-width", "(", "（"],
      ["punct-width", ")", "）"],
    ]);
    expect(found("一是，，二是")).toEqual([["punct-double", "，，", null]]);
    expect(found("“甲”）")).toEqual([["punct-pair", "）", null]]);
    expect(found("街道\u3000社区")).toEqual([["punct-space", "\u3000", ""]]);
  });

  it("numbers", () => {
    expect(found("完成８５％")).toEqual([["num-width", "８５％", "85%"]]);
    expect(found("于2021-12-28召开")).toEqual([["num-date", "2021-12-28", null]]);
    expect(found("于2021/12/28召开")).toEqual([["num-date", "2021/12/28", null]]);
    expect(found("于2021年12月28号召开")).toEqual([["num-date", "12月28号", null]]);
    expect(found("提高8%-10%")).toEqual([["num-range", "8%-10%", null]]);
    expect(found("提高8~10%")).toEqual([["num-range", "8~10%", null]]);
    expect(found("于2021-13-28召开")).toEqual([]);
  });
});

describe("docs/data-format.md", () => {
  it("lists every rule id in its table", () => {
    const readme = readFileSync(join(ROOT, "docs", "data-format.md"), "utf8");
    for (const id of RULE_IDS) expect(readme).toContain(`| \`${id}\` |`);
  });
});

describe("report init --from", () => {
  it("carries the office's switched-off checks over to next year", () => {
    const dir = tempDir();
    const last = join(dir, "2021.yaml");
    writeFileSync(
      last,
      `${readFileSync(writingFixture("num-date"), "utf8")}checks: { off: [num-date, punct-space] }\n`,
    );
    const next = join(dir, "2022.yaml");
    expect(runCli(["init", next, "--from", last]).status).toBe(0);
    expect(readFileSync(next, "utf8")).toContain("\nchecks: { off: [num-date, punct-space] }\n");
    expect(checkFile(next).diagnostics.filter((d) => d.code === "writing")).toEqual([]);
  });
});
