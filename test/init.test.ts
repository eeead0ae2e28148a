/** `report init`: a new data file that validates, with every figure blank. */
import { existsSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, fixture, runCli, tempDir } from "./helpers.js";

const figuresOf = (file: string) => (parse(readFileSync(file, "utf8")) as { figures: Record<string, unknown> }).figures;
const isBlank = (figure: unknown) =>
  figure === null ||
  (typeof figure === "object" && figure !== null && (figure as { value?: unknown }).value === null) ||
  (figure as { value?: unknown }).value === undefined;
const txt = (file: string) => runCli(["build", file, "-f", "txt", "-o", "-"]);

describe("report init <file>", () => {
  const dir = tempDir();
  const file = join(dir, "data", "2022.yaml");
  const result = runCli(["--lang", "zh", "init", file]);

  it("writes a file that validates, its year taken from the name", () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`已生成 ${file}（2022 年度的数据文件）`);
    expect(runCli(["validate", file]).status).toBe(0);
    expect(readFileSync(file, "utf8")).toMatch(/^# yaml-language-server: \$schema=(\S+)\n/);
  });

  it("points the editor at the committed JSON Schema, by a path that resolves", () => {
    const ref = /^# yaml-language-server: \$schema=(\S+)/.exec(readFileSync(file, "utf8"))?.[1] ?? "";
    expect(resolve(dirname(file), ref)).toBe(join(ROOT, "schema", "report.schema.json"));
  });

  it("comments every field in Chinese: what it is, its unit, an example", () => {
    const text = readFileSync(file, "utf8");
    for (const field of ["year", "organisation", "title", "intro", "parts", "figures"]) {
      expect(text).toMatch(new RegExp(`# [^\\n]*[\\u4e00-\\u9fff][^\\n]*\\n${field}:`));
    }
    expect(text).toContain("例如 财政收入: { value: 12345, unit: 万元 }");
    // An optional field's description is on the schema it wraps: none may come out empty.
    expect(text).not.toMatch(/^\s*#\s*$/m);
    expect(text).toContain("# 单位，例如 万元、次、个、户、%、平方米。");
  });

  it("builds a draft in which every figure is blank", () => {
    expect(Object.values(figuresOf(file)).every(isBlank)).toBe(true);
    const draft = txt(file);
    expect(draft.status).toBe(0);
    expect(draft.stdout).toContain("完成财政收入X万元，同比X；财政收入占比X%，比上年X。");
    // No figure but the year (and the numbers of level-3 headings, 1. 2.) prints as a digit.
    expect(draft.stdout.replace(/2022/g, "").replace(/^\d\./gm, "")).not.toMatch(/\d/);
  });

  it("never overwrites an existing file unless --force", () => {
    writeFileSync(file, "keep me\n");
    const again = runCli(["--lang", "en", "init", file]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already exists");
    expect(readFileSync(file, "utf8")).toBe("keep me\n");
    expect(runCli(["init", file, "--force"]).status).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("year: 2022");
  });
});

describe("report init <file> --from <last-year.yaml>", () => {
  it("carries the structure and text over, moves the year on and empties every figure", () => {
    const file = join(tempDir(), "next.yaml");
    const result = runCli(["init", file, "--from", fixture("2021-filled.yaml")]);
    expect(result.status).toBe(0);
    expect(readFileSync(file, "utf8")).toMatch(/^year: 2022$/m);
    const figures = figuresOf(file);
    expect(Object.keys(figures)).toEqual(Object.keys(figuresOf(fixture("2021-filled.yaml"))));
    expect(Object.values(figures).every(isBlank)).toBe(true);

    const last = txt(fixture("2021-filled.yaml")).stdout.split("\n");
    const draft = txt(file).stdout.split("\n");
    expect(draft).toHaveLength(last.length);
    // A name figure (街道名) is kept from year to year; only numbers are emptied.
    expect(draft[0]).toBe("2022年度北坦街道工作总结");
    expect(draft).toContain("（一）稳住经济基本盘。完成财政收入X万元，同比增长X%。");
  });

  it("from data/2020.yaml with --year 2021: the 2020 text, one year on", () => {
    const file = join(tempDir(), "2021.yaml");
    expect(runCli(["init", file, "--from", "data/2020.yaml", "--year", "2021"]).status).toBe(0);
    const reference = readFileSync(fixture("2020-street-summary.txt"), "utf8");
    expect(txt(file).stdout).toBe(reference.replace("2020年度", "2021年度"));
  });

  it("from a file in the general form: its salutation, parts and paragraphs, even without figures", () => {
    const file = join(tempDir(), "2024.yaml");
    expect(runCli(["init", file, "--from", fixture("shapes/f-salutation.yaml")]).status).toBe(0);
    expect(txt(file).stdout).toBe(
      [
        "实验中学2024年度工作报告",
        "各位代表：",
        "现在，我代表学校向大会报告工作，请予审议。",
        "过去一年，全校教职工团结奋进，圆满完成了各项目标任务。",
        "一、过去一年的主要工作",
        "教育教学质量稳步提高。",
        "",
      ].join("\n"),
    );
    const other = join(tempDir(), "2023.yaml");
    expect(runCli(["init", other, "--from", fixture("shapes/b-no-parts.yaml")]).status).toBe(0);
    expect(txt(other).stdout).toContain(
      "（一）医疗服务能力稳步提升\n全年门诊X人次，住院X人次。新开展适宜技术三项。\n家庭医生签约服务覆盖率达到X%。\n",
    );
  });

  it("carries the draft label over, and the closing with its organisation, its date to be entered", () => {
    const last = join(tempDir(), "2020.yaml");
    const withOrganisation = "closing:\n  organisation: 北坦街道办事处\n  date: 2020-12-28";
    writeFileSync(
      last,
      readFileSync(fixture("2020-filled.yaml"), "utf8").replace("closing:\n  date: 2020-12-28", withOrganisation),
    );
    const file = join(tempDir(), "2021.yaml");
    expect(runCli(["init", file, "--from", last]).status).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(parse(text)).toMatchObject({ year: 2021, draftLabel: "征求意见稿" });
    expect(text).toContain("成文日期要重新填写（去年是 2020-12-28）");
    expect(runCli(["validate", file]).status).toBe(0);

    // What the comment asks of the clerk: remove the “# ”, enter the date.
    const commented = "# closing:\n#   organisation: 北坦街道办事处\n#   date:\n";
    expect(text).toContain(commented);
    writeFileSync(file, text.replace(commented, "closing:\n  organisation: 北坦街道办事处\n  date: 2021-12-28\n"));
    const draft = txt(file);
    expect(draft.status).toBe(0);
    expect(draft.stdout).toMatch(/北坦街道办事处\n\s*2021年12月28日/);
  });

  it("moves each figure's value into its last-year slot and leaves the value blank; keeps the table", () => {
    const file = join(tempDir(), "2022.yaml");
    expect(runCli(["init", file, "--from", fixture("comparisons.yaml")]).status).toBe(0);
    expect(figuresOf(file)).toEqual({
      街道名: "北坦",
      财政收入: { value: null, last: 3.62, unit: "亿元" },
      税收收入: { value: null, last: 2.17, unit: "亿元" },
      外出招商: { value: null, last: 36, unit: "次" },
      签约项目: { value: null, last: 108.45, unit: "个" },
      积案化解率: { value: null, last: 85.5, unit: "%" },
      满意率: { value: null, last: 92, unit: "%", digits: 1 },
    });
    const text = readFileSync(file, "utf8");
    expect(text).toContain('keyFigures:\n  title: "{{年度}}年主要指标完成情况表"\n  figures:\n    - 财政收入\n');
    expect(text).toContain("# last：去年同期的数值，只填阿拉伯数字");

    const draft = txt(file);
    expect(draft.status).toBe(0);
    expect(draft.stdout).toContain("（一）稳住经济基本盘。完成财政收入X亿元，同比X，X；税收收入X亿元，同比X。\n");
    expect(draft.stdout).toContain("附件：2022年主要指标完成情况表\n");
    expect(draft.stdout).toContain("财政收入    亿元       X    3.62     X\n");

    // This year's values are all the clerk still enters; the comparisons follow.
    writeFileSync(file, text.replace("财政收入: { value: , last: 3.62", "财政收入: { value: 4, last: 3.62"));
    expect(txt(file).stdout).toContain("完成财政收入4亿元，同比增长10.5%，增加0.38亿元；");
  });

  it("refuses a last year's file with errors, and writes nothing", () => {
    const file = join(tempDir(), "2022.yaml");
    const result = runCli(["--lang", "en", "init", file, "--from", fixture("invalid/tab-indent.yaml")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("tab-indent.yaml:7:1  error: A tab is used for indentation");
    expect(existsSync(file)).toBe(false);
  });

  it("a year that is not a year is a usage error", () => {
    expect(runCli(["init", join(tempDir(), "x.yaml"), "--year", "二〇二二"]).status).toBe(2);
  });

  it("a year outside the schema's range is a usage error, and nothing is written", () => {
    for (const year of ["0999", "1948", "2101"]) {
      const file = join(tempDir(), "x.yaml");
      const result = runCli(["--lang", "zh", "init", file, "--year", year]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`“${year}”不是一个年份`);
      expect(result.stderr).toContain("请用阿拉伯数字写 1949 到 2100 之间的年份");
      expect(existsSync(file)).toBe(false);
    }
    for (const year of ["1949", "2100"]) {
      const file = join(tempDir(), "x.yaml");
      expect(runCli(["init", file, "--year", year]).status).toBe(0);
      expect(runCli(["validate", file]).status).toBe(0);
    }
  });
});

describe("report init under hostile input", () => {
  it("--from with units holding , ] } # and “: ”: the written file parses, each unit kept as written", () => {
    const dir = tempDir();
    const last = join(dir, "2021.yaml");
    const units = ["万,元", "个]", "{户}", "# 项", "元: 人"];
    const figures = units.map((unit, i) => `  数${i}: { value: ${i + 1}, unit: ${JSON.stringify(unit)} }`).join("\n");
    const refs = units.map((_, i) => `{{数${i}}}`).join("，");
    writeFileSync(
      last,
      `year: 2021\norganisation: 某某街道\ntitle: 某某街道2021年度工作总结\nintro: "今年完成${refs}。"\nfigures:\n${figures}\n`,
    );
    const next = join(dir, "2022.yaml");
    const result = runCli(["init", next, "--from", last]);
    expect(result.status, result.stderr).toBe(0);
    const check = runCli(["--lang", "en", "validate", next]);
    expect(check.stderr).not.toMatch(/error/);
    const data = parse(readFileSync(next, "utf8")) as { figures: Record<string, { unit: string; last: number }> };
    expect(units.map((_, i) => data.figures[`数${i}`])).toEqual(
      units.map((unit, i) => ({ value: null, last: i + 1, unit })),
    );
  });

  it("--from a system file, or a link to one: refused before a byte is read", () => {
    const dir = tempDir();
    const link = join(dir, "last.yaml");
    symlinkSync("/proc/self/environ", link);
    for (const from of ["/proc/self/environ", link]) {
      const result = runCli(["--lang", "en", "init", join(dir, "2022.yaml"), "--from", from], {
        env: { REPORT_TEST_SECRET: "init-secret-4f2a" },
      });
      expect(result.status).toBe(1);
      expect(result.stderr).not.toContain("init-secret-4f2a");
      expect(existsSync(join(dir, "2022.yaml"))).toBe(false);
    }
  });

  it("a --force target that is a link: refused (exit 2), the link and the file it points to left as they were", () => {
    const dir = tempDir();
    const other = join(dir, "important.txt");
    writeFileSync(other, "keep me");
    const link = join(dir, "2022.yaml");
    symlinkSync("important.txt", link);
    const result = runCli(["--lang", "en", "init", link, "--force"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("is a symbolic link");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(other, "utf8")).toBe("keep me");
  });
});
