/**
 * Numbers written to hurt, where a document prints them as figures: the key-figures table (this
 * year's and last year's columns) and the cells of a table in the text or in an attachment. Each
 * form is printed in plain digits or refused at its line and column with its message in both
 * languages: never `1e-7` or `1e+30` in a government document, never a silent 0 (issue 25).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMeasured } from "../scripts/run-measured.mjs";
import { fixture, runCli, tempDir } from "./helpers.js";

const SECONDS = 20;
const PEAK_MIB = 700;

const filled = readFileSync(fixture("2021-filled.yaml"), "utf8");
const HUNDRED_DIGITS = `1${"0".repeat(99)}`;
const FOUR_HUNDRED_ZEROS = `"0.${"0".repeat(400)}1"`;

/** Forms that are numbers a document can print, and the digits the table shows for each. */
const PRINTED: readonly (readonly [string, string])[] = [
  ["1e5", "100000"],
  ["1E-7", "0.0000001"],
  ['"1e5"', "100000"],
  ["1.5e+3", "1500"],
  ["-3E-7", "-0.0000003"],
  ["1e-300", `0.${"0".repeat(299)}1`],
  ["9007199254740991", "9007199254740991"],
];

/** Forms refused, each with the English and the Chinese of its message. */
const REFUSED: readonly (readonly [string, string, string])[] = [
  [HUNDRED_DIGITS, "too large a number: at most 9007199254740991 is allowed", "数太大了"],
  [`-${HUNDRED_DIGITS}`, "too large a number", "数太大了"],
  [`"${HUNDRED_DIGITS}"`, "too large a number", "数太大了"],
  [FOUR_HUNDRED_ZEROS, "too small a number: it would be read as 0", "数太小了，会被当成 0"],
  ["1e-400", "too small a number: it would be read as 0", "数太小了，会被当成 0"],
  ["1e30", "too large a number", "数太大了"],
  ["1e309", "which is no number a document can print", "这不是一个能印在文件里的数"],
  [`0.${"1234567890".repeat(10)}`, "more than 15 significant digits", "有效数字超过 15 位"],
  ["0x1F", "hexadecimal or octal", "十六进制或八进制"],
];

/** The filled file with 财政收入 in the key-figures table, its value and last year's as written. */
function keyFigure(value: string, last: string): string {
  return filled
    .replace("财政收入: { value: 12345, unit: 万元 }", () => `财政收入: { value: ${value}, last: ${last}, unit: 万元 }`)
    .replace("problems:", () => "keyFigures:\n  title: 主要指标完成情况表\n  figures: [财政收入]\nproblems:");
}

const withTable = readFileSync(fixture("table-in-text.yaml"), "utf8");

/** A file with a table in the text (its second row) and one in an attachment, `cell` in both. */
function tables(cell: string): string {
  return withTable
    .replace("- [第1项重点工作, 万元, 1000.5, 900.25]", () => `- [正文表, 万元, ${cell}, 1]`)
    .replace(
      "closing:",
      () =>
        `attachments:\n  - title: 附表\n    table:\n      header: [指标, 数值]\n      rows:\n        - [附件表, ${cell}]\nclosing:`,
    );
}

/** Builds `text` as plain text within the time and memory bounds; the run and what it printed. */
async function built(text: string) {
  const dir = tempDir();
  const file = join(dir, "data.yaml");
  writeFileSync(file, text);
  const output = join(dir, "out.txt");
  const run = await runMeasured(["build", file, "-f", "txt", "-o", output], {
    timeoutMs: SECONDS * 1000,
    peakFile: join(dir, "peak.json"),
  });
  expect(run.timedOut, `over ${SECONDS} s`).toBe(false);
  expect(run.peakMiB ?? Infinity).toBeLessThan(PEAK_MIB);
  const printed = run.status === 0 ? readFileSync(output, "utf8") : "";
  return { file, status: run.status, printed };
}

/** Where `written` is in `text`: line:column, 1-based, as messages name it. */
function placeOf(text: string, written: string, after: string): string {
  const offset = text.indexOf(written, text.indexOf(after));
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${(before.at(-1) ?? "").length + 1}`;
}

/** No exponent anywhere in what the document prints. */
const EXPONENT = /\d[eE][+-]?\d/;

describe("the key-figures table prints each number in plain digits", () => {
  for (const [written, digits] of PRINTED) {
    it(`${written.slice(0, 20)} as this year's value and as last year's`, async () => {
      const asValue = await built(keyFigure(written, "1"));
      expect(asValue.status).toBe(0);
      expect(asValue.printed).toMatch(new RegExp(`财政收入 +万元 +${digits.replace(/[.-]/g, "\\$&")} +1 `));
      const asLast = await built(keyFigure("1", written));
      expect(asLast.status).toBe(0);
      expect(asLast.printed).toMatch(new RegExp(`财政收入 +万元 +1 +${digits.replace(/[.-]/g, "\\$&")} `));
      expect(asValue.printed + asLast.printed).not.toMatch(EXPONENT);
    });
  }
});

describe("the key-figures table refuses numbers it could not print as written", () => {
  for (const [written, en, zh] of REFUSED) {
    it(`${written.slice(0, 20)} as this year's value and as last year's, at its line, in both languages`, async () => {
      for (const [slot, text] of [
        ["value", keyFigure(written, "1")],
        ["last", keyFigure("1", written)],
      ] as const) {
        const run = await built(text);
        expect(run.status, slot).toBe(1);
        const place = placeOf(text, written, `${slot}: ${written}`);
        const english = runCli(["validate", run.file]).stderr;
        expect(english).toContain(`data.yaml:${place}  error: \`figures.财政收入.${slot}\``);
        expect(english).toContain(en);
        const chinese = runCli(["--lang", "zh", "validate", run.file]).stderr;
        expect(chinese).toContain(`data.yaml:${place}  错误：figures.财政收入.${slot}`);
        expect(chinese).toContain(zh);
        // A value refused is not also taken as 0 (“last year's value is 0”).
        expect(english).not.toContain("is 0: there is no rate");
      }
    });
  }
});

describe("a table's numeric cells, in the text and in an attachment", () => {
  for (const [written, digits] of PRINTED.filter(([w]) => !w.startsWith('"'))) {
    it(`${written.slice(0, 20)} prints as ${digits.slice(0, 20)}`, async () => {
      const run = await built(tables(written));
      expect(run.status).toBe(0);
      expect(run.printed).toMatch(new RegExp(`正文表 +万元 +${digits.replace(/[.-]/g, "\\$&")} +1\\n`));
      expect(run.printed).toMatch(new RegExp(`附件表 +${digits.replace(/[.-]/g, "\\$&")}\\n`));
      expect(run.printed).not.toMatch(EXPONENT);
    });
  }

  it("a quoted exponent is a text, printed as the clerk wrote it", async () => {
    const run = await built(tables('"1e5"'));
    expect(run.status).toBe(0);
    expect(run.printed).toMatch(/正文表 +万元 +1e5 +1\n/);
    expect(run.printed).toMatch(/附件表 +1e5\n/);
  });

  for (const [written, en, zh] of REFUSED.filter(([w]) => !w.startsWith('"')))
    it(`${written.slice(0, 20)} is refused at its cell, in both languages`, async () => {
      const text = tables(written);
      const run = await built(text);
      expect(run.status).toBe(1);
      const english = runCli(["validate", run.file]).stderr;
      const inText = placeOf(text, written, "[正文表, ");
      const inAttachment = placeOf(text, written, "[附件表, ");
      expect(english).toContain(`data.yaml:${inText}  error: \`parts.0.items.0.table.rows.1.2\``);
      expect(english).toContain(`data.yaml:${inAttachment}  error: \`attachments.0.table.rows.0.1\``);
      expect(english).toContain(en);
      expect(runCli(["--lang", "zh", "validate", run.file]).stderr).toContain(zh);
    });

  it(".inf and .nan in a cell are named as such, not “should be a number … but it is a number”", async () => {
    for (const written of [".inf", "-.inf", ".nan"]) {
      const run = await built(tables(written));
      expect(run.status).toBe(1);
      const english = runCli(["validate", run.file]).stderr;
      expect(english).toContain("which is no number a document can print");
      expect(english).not.toContain("but it is a number");
    }
  });
});
