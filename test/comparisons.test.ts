/**
 * Figures with last year's value: the year-on-year change in words ({{同比 name}}, {{增减 name}}),
 * blanks in drafts and finals, the check on comparisons typed by hand, and the key-figures table.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainText, type Block } from "../src/model.js";
import { buildDocument } from "../src/pipeline.js";
import { changeText, yearOnYear } from "../src/render/figures.js";
import { plainDigits } from "../src/plain-digits.js";
import type { Figure } from "../src/summary/schema.js";
import { fixture, runCli, tempDir } from "./helpers.js";
import { FC_NUM_RUNS, FC_SEED } from "./hostile-text.js";

const figure = (value: number | null, last: number | null, unit: string, digits?: number): Figure => ({
  value,
  last,
  unit,
  ...(digits === undefined ? {} : { digits }),
});
const change = (f: Figure) => changeText(yearOnYear(f, "change"));
const amount = (f: Figure) => changeText(yearOnYear(f, "amount"));

describe("{{同比 name}}: the change in words, its sign decided by the numbers", () => {
  it("growth", () => expect(change(figure(3.62, 3.34, "亿元"))).toBe("增长8.4%"));
  it("decline", () => expect(change(figure(2.17, 2.24, "亿元"))).toBe("下降3.1%"));
  it("no change", () => expect(change(figure(36, 36, "次"))).toBe("持平"));
  it("a change that rounds to nothing is no change", () => expect(change(figure(10000.4, 10000, "元"))).toBe("持平"));
  it("a rate: the change in 百分点, up", () => expect(change(figure(85.5, 83.1, "%"))).toBe("提高2.4个百分点"));
  it("a rate: the change in 百分点, down", () => expect(change(figure(92, 92.5, "%"))).toBe("下降0.5个百分点"));
  it("a blank value or a blank last year's value prints X", () => {
    expect(change(figure(null, 3.34, "亿元"))).toBe("X");
    expect(change(figure(3.62, null, "亿元"))).toBe("X");
  });
});

describe("rounding: half up, on the decimal digits as written", () => {
  it("8.45 → 8.5 (108.45 on 100; in binary floating point the rate is 8.450000000000003)", () => {
    expect(change(figure(108.45, 100, "个"))).toBe("增长8.5%");
  });
  it("a half that binary floating point holds below the half is still rounded up: 1.005 → 1.01", () => {
    // 100.5 on 100 is 0.5%; to no decimals it is 1%. 1.005.toFixed(2) is "1.00" in JavaScript.
    expect(change(figure(100.5, 100, "个", 0))).toBe("增长1%");
    expect(amount(figure(2.005, 1, "亿元", 2))).toBe("增加1.01亿元");
  });
  it("one decimal unless the figure says otherwise (digits)", () => {
    expect(change(figure(3.62, 3.34, "亿元", 2))).toBe("增长8.38%");
    expect(change(figure(3.62, 3.34, "亿元", 0))).toBe("增长8%");
  });
});

describe("rounding, for any two values written with up to two decimals", () => {
  it("prints the rate within half a unit of its last decimal, the word matching the sign", () => {
    const hundredths = fc.integer({ min: -10_000_000, max: 10_000_000 });
    fc.assert(
      fc.property(hundredths, hundredths, fc.integer({ min: 0, max: 3 }), (now, before, digits) => {
        // Across zero the words are the 统计公报's (test/signed-comparisons.test.ts), not a rate.
        fc.pre(before > 0 && now >= 0);
        const printed = yearOnYear(figure(now / 100, before / 100, "万元", digits), "change");
        const exact = ((now - before) * 100) / Math.abs(before);
        const half = 0.5 * 10 ** -digits;
        if (printed.kind === "same") {
          expect(Math.abs(exact)).toBeLessThan(half + 1e-9);
          return;
        }
        if (printed.kind !== "changed") throw new Error("blank");
        expect(printed.word).toBe(exact > 0 ? "增长" : "下降");
        expect(printed.number).toMatch(digits === 0 ? /^\d+$/ : new RegExp(`^\\d+\\.\\d{${digits}}$`));
        expect(Math.abs(Number(printed.number) - Math.abs(exact))).toBeLessThanOrEqual(half + 1e-9);
      }),
      { numRuns: FC_NUM_RUNS, seed: FC_SEED },
    );
  });
});

describe("{{增减 name}}: the change as an amount", () => {
  it("exact at the decimals the values were written with", () => {
    expect(amount(figure(3.62, 3.34, "亿元"))).toBe("增加0.28亿元");
    expect(amount(figure(2.17, 2.24, "亿元"))).toBe("减少0.07亿元");
    expect(amount(figure(3.5, 3.3, "亿元"))).toBe("增加0.2亿元");
    expect(amount(figure(36, 36, "次"))).toBe("持平");
  });
  it("rounded when the figure sets digits", () => expect(amount(figure(3.62, 3.34, "亿元", 1))).toBe("增加0.3亿元"));
  it("a rate's amount is in 百分点", () => expect(amount(figure(85.5, 83.1, "%"))).toBe("增加2.4个百分点"));
});

describe("decimalText", () => {
  it("prints digits, never exponent notation", () => {
    expect(plainDigits(1e-7)).toBe("0.0000001");
    expect(plainDigits(1.5e21)).toBe("1500000000000000000000");
    expect(plainDigits(3.62)).toBe("3.62");
  });
});

const txt = (file: string, ...args: string[]) => runCli(["build", file, "-f", "txt", "-o", "-", ...args]);

describe("comparisons in a document", () => {
  it("prints each comparison in its sentence", () => {
    const result = txt(fixture("comparisons.yaml"));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "（一）稳住经济基本盘。完成财政收入3.62亿元，同比增长8.4%，增加0.28亿元；税收收入2.17亿元，同比下降3.1%。\n",
    );
    expect(result.stdout).toContain(
      "（二）抓实招商引资。开展外出招商36次，与上年持平；签约项目108.45个，同比增长8.5%。\n",
    );
    expect(result.stdout).toContain(
      "（三）化解信访积案。信访积案化解率达到85.5%，同比提高2.4个百分点；群众满意率92%，同比下降0.5个百分点。\n",
    );
  });

  const withBlankLast = () => {
    const file = join(tempDir(), "blank-last.yaml");
    const data = readFileSync(fixture("comparisons.yaml"), "utf8").replace(
      "财政收入: { value: 3.62, last: 3.34, unit: 亿元 }",
      "财政收入: { value: 3.62, last: , unit: 亿元 }",
    );
    writeFileSync(file, data);
    return file;
  };

  it("a blank last year's value prints X in a draft", () => {
    const result = txt(withBlankLast());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("完成财政收入3.62亿元，同比X，X；");
    expect(result.stdout).toContain("\n财政收入    亿元    3.62       X                X\n");
  });

  it("and is refused by --final, at each comparison and in the table, in English and Chinese", () => {
    const file = withBlankLast();
    const en = txt(file, "--final");
    expect(en.status).toBe(1);
    const listed = [...en.stderr.matchAll(/^.*blank-last\.yaml:(\d+):(\d+) {2}error: (.*)$/gm)].map(
      ([, line, column, message]) => `${line}:${column} ${message}`,
    );
    const message =
      "The figure `财政收入` has no value for last year (its comparison would print X); a final document cannot have blanks";
    expect(listed).toEqual([`8:28 ${message}`, `8:40 ${message}`, `22:13 ${message}`]);
    expect(en.stderr).toContain(
      "Fill in `last` (last year's value) where `财政收入` is defined under `figures:` (line 25)",
    );
    const zh = runCli(["--lang", "zh", "build", file, "-f", "txt", "-o", "-", "--final"]);
    expect(zh.stderr).toContain(
      "blank-last.yaml:8:28  错误：数据“财政收入”还没有填去年的数值（同比会印成 X），正式稿里不能有空白",
    );
    expect(zh.stderr).toContain("请在 figures: 下面“财政收入”那一行（第 25 行）填上 last（去年同期的数值）");
  });

  it("a blank value of this year is refused by --final at the comparison too", () => {
    const file = join(tempDir(), "blank-value.yaml");
    const data = readFileSync(fixture("comparisons.yaml"), "utf8").replace(
      "税收收入: { value: 2.17, last: 2.24, unit: 亿元 }",
      "税收收入: { value: , last: 2.24, unit: 亿元 }",
    );
    writeFileSync(file, data);
    expect(txt(file).stdout).toContain("税收收入X亿元，同比X。");
    const result = txt(file, "--final");
    expect(result.status).toBe(1);
    const listed = [
      ...result.stderr.matchAll(/blank-value\.yaml:(\d+):(\d+) {2}error: The figure `税收收入` is still blank/g),
    ];
    // {{税收收入}} and {{同比 税收收入}} on line 8, and its row in the table (line 22).
    expect(listed.map(([, line, column]) => `${line}:${column}`)).toEqual(["8:56", "8:67", "22:19"]);
  });

  it("counts a figure listed only in the table as used", () => {
    const file = join(tempDir(), "table-only.yaml");
    const data = readFileSync(fixture("comparisons.yaml"), "utf8").replace(
      "信访积案化解率达到{{积案化解率}}，同比{{同比 积案化解率}}；",
      "",
    );
    writeFileSync(file, data);
    const result = runCli(["validate", file]);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain("warning");
  });

  it("refuses a comparison of a name, and says why a rate from 0 is given as the amount", () => {
    const file = join(tempDir(), "names.yaml");
    const data = readFileSync(fixture("comparisons.yaml"), "utf8")
      .replace("力争{{街道名}}财政收入稳步增长。", "力争{{同比 街道名}}。")
      .replace("签约项目: { value: 108.45, last: 100, unit: 个 }", "签约项目: { value: 12, last: 0, unit: 个 }");
    writeFileSync(file, data);
    const result = runCli(["--lang", "zh", "validate", file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "names.yaml:10:56  提醒：数据“签约项目”去年的数值是 0，算不出增长百分之几，{{同比 签约项目}} 印成增减的数量（增加……）",
    );
    expect(result.stderr).toContain("统计公报也是这样写的；如果 0 是填错了，请改第 28 行的 last。");
    expect(result.stderr).toContain("names.yaml:17:13  错误：“{{同比 街道名}}”要算同比，但“街道名”是名称，不是数值");
  });
});

describe("a comparison typed by hand", () => {
  it("is checked against the figure it follows: a warning at the words, with the computed change", () => {
    const file = fixture("warnings/hand-typed-change.yaml");
    const result = runCli(["--lang", "en", "validate", file]);
    expect(result.status).toBe(0);
    const warnings = [...result.stderr.matchAll(/^.*:(\d+):(\d+) {2}warning: (.*)$/gm)].map(
      ([, line, column, message]) => `${line}:${column} ${message}`,
    );
    expect(warnings).toEqual([
      "8:26 The text says “同比增长8.5%”, but `财政收入` (this year 3.62, last year 3.34) gives “增长8.4%”",
      "10:29 The text says “同比增长3.1%”, but `税收收入` (this year 2.17, last year 2.24) gives “下降3.1%”",
      "12:26 The text says “比上年增长2.9%”, but `积案化解率` (this year 85.5, last year 83.1) gives “提高2.4个百分点”",
    ]);
    const zh = runCli(["--lang", "zh", "validate", file]);
    expect(zh.stderr).toContain(
      `${file}:8:26  提醒：这里写的是“同比增长8.5%”，但按“财政收入”今年 3.62、去年 3.34 算出来是“增长8.4%”`,
    );
    expect(zh.stderr).toContain("请核对数值，或者把这几个字换成 {{同比 财政收入}}，由程序计算（会印成“增长8.4%”）。");
  });

  it("says nothing where the typed change agrees, or where there is nothing to compare it with", () => {
    const result = runCli(["validate", fixture("hand-typed-change-agrees.yaml")]);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain("warning");
    expect(result.stderr).toContain("no problems found");
  });
});

describe("the key-figures table as an attachment", () => {
  const model = async () =>
    (await buildDocument(fixture("comparisons.yaml"), { format: "txt", final: false, fonts: "windows" })).model;

  it("puts the attachment note between the body and the closing, and the attachment last", async () => {
    const kinds = (await model()).blocks.map((block) => block.kind);
    expect(kinds.slice(-3)).toEqual(["attachmentNote", "closing", "attachment"]);
  });

  it("lists the figures the data marks, in its order: 指标 / 单位 / this year / last year / 同比", async () => {
    const blocks = (await model()).blocks;
    const note = blocks.find((b): b is Extract<Block, { kind: "attachmentNote" }> => b.kind === "attachmentNote");
    expect(note?.items.map(plainText)).toEqual(["2021年主要指标完成情况表"]);
    const attachment = blocks.at(-1);
    if (attachment?.kind !== "attachment") throw new Error("no attachment");
    expect(attachment.label).toBe("附件");
    expect(plainText(attachment.title)).toBe("2021年主要指标完成情况表");
    expect(attachment.table?.columns).toEqual([
      { header: "指标", align: "left" },
      { header: "单位", align: "center" },
      { header: "2021年", align: "right" },
      { header: "2020年", align: "right" },
      { header: "同比", align: "right" },
    ]);
    expect(attachment.table?.rows.map((row) => row.map(plainText))).toEqual([
      ["财政收入", "亿元", "3.62", "3.34", "增长8.4%"],
      ["税收收入", "亿元", "2.17", "2.24", "下降3.1%"],
      ["积案化解率", "%", "85.5", "83.1", "提高2.4个百分点"],
      ["外出招商", "次", "36", "36", "持平"],
    ]);
    // The numbers are figures (highlighted while blank, like any figure); names and units are not.
    expect(attachment.table?.rows[0]?.map((cell) => cell[0]?.figure)).toEqual([
      undefined,
      undefined,
      "filled",
      "filled",
      "filled",
    ]);
  });

  it("in txt: 附件：name under the body, then the attachment as a text table with its columns aligned", () => {
    const result = txt(fixture("comparisons.yaml"));
    expect(result.stdout).toContain(
      [
        "（一）聚力经济发展。力争北坦财政收入稳步增长。",
        "",
        "附件：2021年主要指标完成情况表",
        "北坦街道",
        "2021年12月28日",
        "",
        "附件",
        "2021年主要指标完成情况表",
        "指标        单位  2021年  2020年             同比",
        "----------  ----  ------  ------  ---------------",
        "财政收入    亿元    3.62    3.34         增长8.4%",
        "税收收入    亿元    2.17    2.24         下降3.1%",
        "积案化解率   %      85.5    83.1  提高2.4个百分点",
        "外出招商     次       36      36             持平",
        "",
      ].join("\n"),
    );
  });

  it("in md: the attachment after a break, its table right-aligned where numbers are", () => {
    const result = runCli(["build", fixture("comparisons.yaml"), "-f", "md", "-o", "-"]);
    expect(result.stdout).toContain(
      "附件：2021年主要指标完成情况表\n\n北坦街道  \n2021年12月28日\n\n---\n\n**附件**\n\n",
    );
    expect(result.stdout).toContain(
      [
        "## 2021年主要指标完成情况表",
        "",
        "| 指标 | 单位 | 2021年 | 2020年 | 同比 |",
        "| :--- | :---: | ---: | ---: | ---: |",
        "| 财政收入 | 亿元 | 3.62 | 3.34 | 增长8.4% |",
        "| 税收收入 | 亿元 | 2.17 | 2.24 | 下降3.1% |",
        "| 积案化解率 | % | 85.5 | 83.1 | 提高2.4个百分点 |",
        "| 外出招商 | 次 | 36 | 36 | 持平 |",
        "",
      ].join("\n"),
    );
  });

  it("refuses a name the figures do not define, with the closest one", () => {
    const file = join(tempDir(), "table.yaml");
    writeFileSync(
      file,
      readFileSync(fixture("comparisons.yaml"), "utf8").replace("积案化解率, 外出招商]", "积案化解, 外出招商]"),
    );
    const result = runCli(["--lang", "zh", "validate", file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("table.yaml:22:25  错误：主要指标表里列了“积案化解”，但 figures 里没有这个数据");
    expect(result.stderr).toContain("是不是“积案化解率”？");
  });
});
