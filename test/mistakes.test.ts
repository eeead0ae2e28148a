/**
 * Each mistake clerks make, in a fixture of its own: where it is reported, what it says, and that
 * nothing is written.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, fixture, runCli, tempDir } from "./helpers.js";

/** fixture → line, column and message (English, and Chinese for the same spot). */
const MISTAKES: Record<string, [number, number, RegExp, RegExp]> = {
  "title-starts-with-braces": [
    3,
    8,
    /The value of `title` starts with “\{\{”[\s\S]*Put the whole value in double quotes: `title: "\{\{年度\}\}年东湖街道工作总结"`/,
    /title 的值以“\{\{”开头[\s\S]*请给整个值加上英文双引号：title: "\{\{年度\}\}年东湖街道工作总结"/,
  ],
  "unquoted-percent": [
    6,
    40,
    /The value of `unit` starts with “%”[\s\S]*double quotes: `unit: "%"`/,
    /unit 的值以“%”开头[\s\S]*加上英文双引号：unit: "%"/,
  ],
  "empty-title": [
    3,
    8,
    /`title` is empty\n[\s\S]*Write the text after the colon: every summary needs this field\./,
    /title 没有填写内容[\s\S]*每份总结都要有这一项，不能删除。/,
  ],
  "comparison-without-space": [
    4,
    27,
    /figure `同比养老服务人次` that is not defined[\s\S]*Did you mean `\{\{同比 养老服务人次\}\}`\?/,
    /是不是想写 \{\{同比 养老服务人次\}\}？/,
  ],
  "table-names-in-one-item": [
    7,
    13,
    /`keyFigures.figures.0` is one item “财政收入，新增主体” holding 2 names[\s\S]*figures: \[财政收入, 新增主体\]/,
    /是一项“财政收入，新增主体”，里面写了 2 个名称[\s\S]*figures: \[财政收入, 新增主体\]/,
  ],
  "frame-number-brackets": [
    7,
    11,
    /not a document number \(发文字号\)[\s\S]*hexagonal brackets 〔〕/,
    /年份要用六角括号〔〕/,
  ],
  "frame-number-leading-zero": [7, 11, /not a document number[\s\S]*without leading zeros/, /序号不编虚位/],
  "frame-secrecy": [7, 12, /not a classification \(密级\): 秘密1年/, /密级写法不对：秘密1年/],
  "table-row-cells": [
    11,
    11,
    /The table row `parts\.0\.table\.rows\.1` has 2 cells, but the header has 3 columns/,
    /有 2 格，表头却有 3 列/,
  ],
  "attachment-empty": [
    6,
    5,
    /The attachment `attachments\.0` has a title but nothing to print under it/,
    /附件 attachments\.0 只有标题/,
  ],
  "frame-copy-number": [7, 15, /not a copy number \(份号\): 12/, /份号写 6 位阿拉伯数字/],
  "tab-indent": [7, 1, /A tab is used for indentation/, /缩进里用了 Tab 键/],
  "fullwidth-colon": [4, 6, /`intro` is followed by a full-width colon “：”/, /“intro”后面用了中文冒号“：”/],
  "missing-space-after-colon": [1, 5, /The colon after `year` is not followed by a space/, /“year:”的冒号后面缺少空格/],
  "fullwidth-space-indent": [17, 1, /indentation contains full-width spaces/, /缩进里用了全角空格/],
  "list-item-indent": [12, 2, /list item “-” is not indented like the items above it/, /第 3 列/],
  "colon-space-in-text": [
    5,
    19,
    /The text of `heading` has a colon and a space “: ” in it \(after “存在的问题”\)[\s\S]*“存在的问题：三个方面” \(report fix does this\)/,
    /heading 的文字里（“存在的问题”后面）有英文冒号加空格“: ”[\s\S]*写成“存在的问题：三个方面”（report fix 可以自动改）/,
  ],
  "dash-without-space": [
    7,
    4,
    /`-heading:` has no space after the dash “-”[\s\S]*“- heading:” \(report fix does this\)/,
    /“-heading:”的短横线“-”后面没有空格[\s\S]*写成“- heading:”/,
  ],
  "duplicate-key": [5, 1, /The field `title` appears twice/, /同一层里出现了两个“title”/],
  "unknown-key": [
    3,
    1,
    /Unknown field `titel`[\s\S]*Did you mean `title`\?/,
    /不认识的字段 titel[\s\S]*是不是想写 title？/,
  ],
  "text-after-quote": [4, 18, /The text goes on after its closing quote "/, /引号 " 已经结束，后面还有文字/],
  "unclosed-quote": [2, 15, /The quote " is not closed/, /引号 " 没有结束/],
  "number-with-unit": [
    18,
    18,
    /written with a unit: `12万`[\s\S]*write the number alone: `12`/,
    /带了单位[\s\S]*这里只填数字：12/,
  ],
  "number-comma-in-braces": [18, 20, /a number inside \{ \} cannot contain a comma/, /写在 \{ \} 里的数字不能带逗号/],
  "not-a-number": [20, 18, /must be a number, but it is `很多`/, /应当是数字，现在是“很多”/],
  "chinese-year": [1, 7, /written in Chinese numerals: `二〇二一`[\s\S]*`2021`/, /中文数字“二〇二一”[\s\S]*2021/],
  "unknown-figure": [
    11,
    9,
    /refers to a figure `推进项数`[\s\S]*Did you mean `\{\{推进项目\}\}`/,
    /正文引用了数据“推进项数”/,
  ],
  // After a carriage return (`\r`) and a U+2028 in the text, which Handlebars counts otherwise.
  "unknown-figure-after-line-breaks": [
    4,
    31,
    /refers to a figure `收入额` that is not defined/,
    /正文引用了数据“收入额”，但 figures 下面没有定义它/,
  ],
  "doubled-ordinal": [
    10,
    5,
    /`problems.1` starts with its own number “二是”[\s\S]*would print “二是二是”[\s\S]*Delete “二是”/,
    /problems.1 开头写了编号“二是”，工具会自动编号，这样会印成“二是二是”[\s\S]*请删掉开头的“二是”/,
  ],
  "doubled-heading-number": [
    7,
    18,
    /starts with its own number “（一）”[\s\S]*would print “（一）（一）”/,
    /开头写了编号“（一）”[\s\S]*这样会印成“（一）（一）”/,
  ],
  "blank-line-in-heading": [
    8,
    7,
    /`items.0.heading` has a blank line inside it[\s\S]*Delete the blank line above this line/,
    /items.0.heading 中间有空行，但它只能是一行，不能分段[\s\S]*请删掉这一行上面的空行/,
  ],
  "heading-without-stop": [
    5,
    19,
    /runs into its paragraph but does not end with a full stop “。”[\s\S]*runIn: false/,
    /要接排在正文段首，但末尾没有句号“。”[\s\S]*请在标题末尾加上“。”/,
  ],
  "mixed-shapes": [7, 1, /`problems` cannot be used together with `parts`/, /problems 不能和 parts 同时使用/],
  "missing-key": [8, 5, /The field `body` is missing/, /缺少字段 body/],
  "schema-error": [6, 3, /`intro` should be text, but it is a list/, /intro 应当是文字，现在是列表/],
  "not-yaml": [2, 8, /The bracket \[ is never closed/, /括号 \[ 没有配对的 \]/],
  "backslash-in-double-quotes": [
    4,
    20,
    /A backslash “\\” inside double quotes[\s\S]*single quotes/,
    /双引号里不能直接写反斜杠“\\”[\s\S]*换成单引号，例如 intro: '材料见 D:\\资料\\2020'/,
  ],
  "second-document": [
    10,
    1,
    /The line `---` starts a second document[\s\S]*Delete this `---` line/,
    /这一行“---”会把后面的内容当成另一份文件[\s\S]*请删掉这一行“---”/,
  ],
  empty: [
    1,
    1,
    /The data file is empty[\s\S]*run report init \S*empty\.yaml --force/,
    /数据文件是空的[\s\S]*可以运行 report init \S*empty\.yaml --force/,
  ],
  "not-a-mapping": [
    1,
    1,
    /must be a list of fields[\s\S]*run report init \S*not-a-mapping\.yaml --force \(it replaces/,
    /应当由“名称: 内容”这样的字段组成[\s\S]*可以运行 report init \S*not-a-mapping\.yaml --force，[\s\S]*请先另存一份/,
  ],
};

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |Error:/);

describe("report validate on a file with one mistake", () => {
  for (const [name, [line, column, en, zh]] of Object.entries(MISTAKES)) {
    const file = fixture(join("invalid", `${name}.yaml`));
    it(`${name}: exit 1 at ${line}:${column}, in English and in Chinese`, () => {
      const english = runCli(["--lang", "en", "validate", file]);
      expect(english.status).toBe(1);
      const errors = english.stderr.split("\n").filter((l) => / {2}error: /.test(l));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`${file}:${line}:${column}  error: `);
      expect(english.stderr).toMatch(en);
      noStackTrace(english.stderr);

      const chinese = runCli(["validate", file], { env: { LANG: "zh_CN.UTF-8" } });
      expect(chinese.status).toBe(1);
      expect(chinese.stderr).toContain(`${file}:${line}:${column}  错误：`);
      expect(chinese.stderr).toMatch(zh);
      noStackTrace(chinese.stderr);
    });

    it(`${name}: report build writes nothing`, () => {
      const cwd = tempDir();
      const result = runCli(["build", file, "-o", join(cwd, "out", "x.docx")]);
      expect(result.status).toBe(1);
      expect(readdirSync(cwd)).toEqual([]);
      noStackTrace(result.stderr);
    });
  }
});

describe("what a clerk sees", () => {
  it("the line itself, with a caret under the spot (Chinese characters are two columns wide)", () => {
    const result = runCli(["--lang", "zh", "validate", fixture("invalid/fullwidth-colon.yaml")]);
    const lines = result.stderr.split("\n");
    const at = lines.findIndex((l) => l.startsWith("  4 │ intro："));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe("    │      ^");
    expect(lines[at + 2]).toMatch(/^ {2}怎么改：请改成英文半角冒号“:”/);
  });

  it("every problem of a file at once: schema, numbers and references", () => {
    const file = fixture("invalid/several.yaml");
    const result = runCli(["--lang", "en", "validate", file]);
    expect(result.status).toBe(1);
    const places = result.stderr
      .split("\n")
      .filter((l) => l.startsWith(file))
      .map((l) => l.slice(file.length).split("  ")[0]);
    expect(places).toEqual([":3:1", ":9:17", ":18:18", ":20:3", ": 3 problem(s); nothing was written"]);
  });

  it("a YAML mistake and the schema's, the numbers' and the references' problems in one run (issue 22)", () => {
    const file = fixture("invalid/syntax-and-schema.yaml");
    const result = runCli(["--lang", "en", "validate", file]);
    expect(result.status).toBe(1);
    const found = result.stderr
      .split("\n")
      .filter((l) => l.startsWith(file))
      .map((l) => l.slice(file.length));
    expect(found).toEqual([
      ":3:1  error: Unknown field `titel`",
      ":4:13  error: `organisation` is followed by a full-width colon “：”",
      ":10:18  error: The text refers to a figure `收入额` that is not defined under `figures`",
      ":12:16  error: `figures.收入.value` must be a number, but it is written with a unit: `12万`",
      ": 4 problem(s); nothing was written",
    ]);
    // Not said until the mistake is corrected: `work`, which YAML read into the broken line, and
    // what depends on the whole file (organisation and title missing, figures no text uses).
    expect(result.stderr).not.toMatch(/is missing|not used in any text|完成任务/);
  });

  it("validate takes several files and fails if any has an error", () => {
    const result = runCli(["--lang", "en", "validate", "data/2020.yaml", fixture("invalid/tab-indent.yaml")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("data/2020.yaml: no problems found");
    expect(runCli(["validate", "data/2020.yaml", fixture("2021-filled.yaml")]).status).toBe(0);
  });

  it("a path that does not exist, or is a folder", () => {
    const missing = runCli(["--lang", "zh", "validate", "data/2030.yaml"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("找不到文件：data/2030.yaml");
    const folder = tempDir();
    mkdirSync(join(folder, "data"));
    const directory = runCli(["--lang", "zh", "build", "data"], { cwd: folder });
    expect(directory.status).toBe(1);
    expect(directory.stderr).toContain("data 是一个文件夹，里面没有数据文件（.yaml）");
    noStackTrace(missing.stderr + directory.stderr);
  });
});

describe("warnings print but do not fail", () => {
  it("a figure no text uses", () => {
    const file = fixture("warnings/unused-figure.yaml");
    const result = runCli(["--lang", "en", "validate", file]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`${file}:22:3  warning: The figure \`备用数据\` is not used in any text`);
  });

  it("a year that disagrees with the file's name", () => {
    const file = fixture("warnings/2020.yaml");
    const result = runCli(["--lang", "zh", "build", file, "-f", "txt", "-o", "-"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`${file}:1:7  提醒：年度是 2021，但文件名是 2020`);
  });
});

describe("numbers as clerks type them", () => {
  it("accepts 1,234 where it is unambiguous", () => {
    const result = runCli(["build", fixture("comma-accepted.yaml"), "-f", "txt", "-o", "-"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("完成财政收入12345万元");
  });

  it("asks for a year as a year, and for a figure as a figure", () => {
    const dir = tempDir();
    const file = join(dir, "2020.yaml");
    writeFileSync(file, readFileSync(join(ROOT, "data", "2020.yaml"), "utf8").replace("year: 2020", "year: 今年"));
    const result = runCli(["--lang", "zh", "validate", file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("怎么改：请用阿拉伯数字写年份，例如 2020。");
    expect(result.stderr).not.toContain("12345 或 8.5");
  });
});

describe("an empty data file", () => {
  it("the command its hint suggests writes a complete file that validates", () => {
    const file = join(tempDir(), "2021.yaml");
    writeFileSync(file, "");
    const hint = /可以运行 (report init .* --force)/.exec(runCli(["--lang", "zh", "validate", file]).stderr)?.[1] ?? "";
    expect(hint).toBe(`report init ${file} --force`);
    expect(runCli(hint.split(" ").slice(1)).status).toBe(0);
    expect(runCli(["validate", file]).status).toBe(0);
  });
});

describe("usage errors in the user's language", () => {
  it("an unknown option: exit 2, in Chinese, without Commander's English", () => {
    const result = runCli(["--lang", "zh", "build", "data/2020.yaml", "--bogus"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("没有 --bogus 这个选项");
    expect(result.stderr).not.toContain("unknown option");
  });

  it("a missing file names the command and shows an example for it, not Commander's argument name", () => {
    const init = runCli(["--lang", "zh", "init", "--year", "2021"]);
    expect(init.status).toBe(2);
    expect(init.stderr).toContain("错误：report init 需要一个数据文件的路径");
    expect(init.stderr).toContain("例如：report init data/2021.yaml");
    const validate = runCli(["--lang", "zh", "validate"]);
    expect(validate.stderr).toContain("错误：report validate 需要数据文件的路径");
    expect(validate.stderr).toContain("例如：report validate data/2020.yaml");
    expect(runCli(["--lang", "en", "build"]).stderr).toMatch(
      /report build needs the path of a data file[\s\S]*e\.g\. report build data\/2020\.yaml/,
    );
    for (const result of [init, validate]) expect(result.stderr).not.toMatch(/file\.yaml|files|build/);
  });

  it("a wrong choice", () => {
    const format = runCli(["--lang", "en", "build", "data/2020.yaml", "-f", "odt"]);
    expect(format.status).toBe(2);
    expect(format.stderr).toMatch(/cannot be “odt”[\s\S]*docx, txt, md, pdf/);
  });
});

describe("the clerks' guide", () => {
  it("shows a real error message, exactly as it prints", () => {
    const readme = readFileSync(join(ROOT, "docs", "clerks-guide.md"), "utf8");
    const pasted = /例如（原样粘贴）：\n\n {3}```\n([\s\S]*?)\n {3}```/.exec(readme)?.[1];
    expect(pasted).toBeDefined();
    const cwd = tempDir();
    mkdirSync(join(cwd, "data"));
    copyFileSync(fixture("invalid/several.yaml"), join(cwd, "data", "2021.yaml"));
    const result = runCli(["validate", "data/2021.yaml"], { cwd, env: { LANG: "zh_CN.UTF-8" } });
    expect(result.stderr.trimEnd()).toBe((pasted ?? "").replace(/^ {3}/gm, ""));
  });
});
