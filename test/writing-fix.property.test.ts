/**
 * Property-based: texts made of the pieces the writing check cares about, written into the data
 * file in each YAML style. `fix` applied twice changes nothing the second time; it never changes the
 * `{{…}}` references, a figure, a comment or anything that is not one of the texts; and the check
 * stays linear on long hostile texts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixText } from "../src/fix/edits.js";
import { writeBack } from "../src/fix/write-back.js";
import { sourceOfBytes } from "../src/load/load.js";
import { parseSource, toPlainData } from "../src/load/source-file.js";
import { proseFields } from "../src/summary/prose-fields.js";
import { findMistakes } from "../src/validate/writing/check.js";
import { tempDir } from "./helpers.js";
import { FC_NUM_RUNS, FC_SEED, doubleQuoted } from "./hostile-text.js";

const PIECES = [
  ...["中", "街", "道", "工", "作", "，", "。", "、", "“", "”", "（", "）", "《", "》", "…", "—"],
  ...[",", ".", ";", ":", "?", "!", "(", ")", '"', "'", "-", "--", "...", "~", "%", " ", "  ", "\u3000", "\\", "#"],
  ...["１", "２", "％", "．", "3.5", "8:30", "2021.12.28", "12 ", "8-10%", "a", "Apple Inc.", "1,234"],
  ...["{{数}}", "{{数值 数}}", "{{年度}}", "https://a.b/c,d?e=1", "a.b@example.com", "\n"],
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(""));
const style = fc.constantFrom("double", "single", "literal");

function scalar(value: string, how: string, indent: string): string {
  if (how === "double") return doubleQuoted(value);
  if (how === "single" && !value.includes("\n")) return `'${value.replaceAll("'", "''")}'`;
  return `|2-\n${value
    .split("\n")
    .map((line) => `${indent}  ${line}`)
    .join("\n")}`;
}

function dataFile(texts: readonly string[], styles: readonly string[]): string {
  const s = (i: number, indent: string) => scalar(texts[i] ?? "", styles[i] ?? "double", indent);
  return [
    "# 注释, 不改: -- ... (1)",
    "year: 2021",
    `intro: ${scalar(texts[0] ?? "", "double", "")}   # 行尾注释, 也不改`,
    "work:",
    `  - heading: ${s(1, "    ")}`,
    "",
    `    body: ${s(2, "    ")}`,
    "problems:",
    `  - ${s(3, "    ")}`,
    "figures:",
    "  数: { value: 1234.5, unit: 个 }",
    "",
  ].join("\n");
}

const references = (data: unknown) =>
  proseFields(data)
    .flatMap(({ text }) => text.match(/\{\{[^}]*\}\}/g) ?? [])
    .sort();

const withoutTexts = (data: unknown) => {
  const copy = structuredClone(data) as Record<string, unknown>;
  for (const { path } of proseFields(data)) {
    let holder: unknown = copy;
    for (const key of path.slice(0, -1)) holder = (holder as Record<string | number, unknown>)[key];
    (holder as Record<string | number, unknown>)[path[path.length - 1] ?? ""] = "";
  }
  return copy;
};

describe("report fix, on any text", () => {
  it("is idempotent and never touches references, figures, comments or anything but the texts", () => {
    let changed = 0;
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 4, maxLength: 4 }),
        fc.array(style, { minLength: 4, maxLength: 4 }),
        (texts, styles) => {
          const source = parseSource("2021.yaml", dataFile(texts, styles));
          expect(source.document.errors).toEqual([]);
          const once = fixText(source, new Set());
          changed += once.changes.length;
          const again = fixText(parseSource("2021.yaml", once.text), new Set());
          expect(again.changes).toEqual([]);
          expect(again.text).toBe(once.text);

          const before = toPlainData(source);
          const after = toPlainData(parseSource("2021.yaml", once.text));
          expect(references(after)).toEqual(references(before));
          expect(withoutTexts(after)).toEqual(withoutTexts(before));
          const lines = (t: string) => t.split("\n");
          expect(lines(once.text)).toHaveLength(lines(source.text).length);
          const [comment, , intro] = lines(source.text);
          const [commentAfter, , introAfter] = lines(once.text);
          expect(commentAfter).toBe(comment);
          expect(introAfter?.endsWith("   # 行尾注释, 也不改")).toBe(true);
          expect(lines(once.text).filter((line) => line.includes("value: 1234.5"))).toEqual([
            "  数: { value: 1234.5, unit: 个 }",
          ]);
          expect(intro?.endsWith("   # 行尾注释, 也不改")).toBe(true);
        },
      ),
      { seed: FC_SEED, numRuns: FC_NUM_RUNS },
    );
    // The texts are built to hold fixable mistakes: a run that fixed nothing would prove nothing.
    expect(changed).toBeGreaterThan(FC_NUM_RUNS);
  }, 600_000);
});

describe("report fix, written back into any file's form", () => {
  // The file as a Windows editor may have saved it: a BOM or none, and each line ending LF, CRLF or CR.
  const ending = fc.constantFrom("\n", "\r\n", "\r");
  it("keeps the BOM and every line's ending; a second fix of the written file changes nothing", () => {
    const dir = tempDir();
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 4, maxLength: 4 }),
        fc.array(style, { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        fc.array(ending, { minLength: 64, maxLength: 64 }),
        (texts, styles, bom, endings) => {
          const lf = dataFile(texts, styles);
          const lines = lf.split("\n");
          const written =
            (bom ? "\uFEFF" : "") + lines.map((l, i) => l + (i < lines.length - 1 ? endings[i % 64] : "")).join("");
          const file = join(dir, "2021.yaml");
          writeFileSync(file, written);
          const source = sourceOfBytes(file, readFileSync(file));
          const once = fixText(source, new Set());
          if (once.changes.length === 0) return;
          writeBack({ path: file, target: file, bytes: readFileSync(file), stats: statSync(file) }, once.text);
          const after = readFileSync(file, "utf8");
          expect(after.startsWith("\uFEFF")).toBe(bom);
          expect(after.match(/\r\n|\r|\n/g)).toEqual(written.match(/\r\n|\r|\n/g));
          expect(after.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n")).toBe(once.text);
          const again = fixText(sourceOfBytes(file, readFileSync(file)), new Set());
          expect(again.changes).toEqual([]);
        },
      ),
      { seed: FC_SEED, numRuns: FC_NUM_RUNS },
    );
  }, 600_000);
});

describe("the writing check on long hostile texts", () => {
  // Each is ~100 000 characters: a check that looked back or ahead over the whole text from every
  // character would take minutes; one pass takes well under a second.
  const LONG = 100_000;
  const cases = {
    "digits and dashes": "1-".repeat(LONG / 2),
    "digits then a space": "1".repeat(LONG) + " 万",
    "spaces between Han": "中 ".repeat(LONG / 2),
    "unclosed brackets": "（“《".repeat(LONG / 3),
    "mis-nested closings": "（“".repeat(LONG / 4) + "）”".repeat(LONG / 4),
    "straight quotes and parentheses": '"("'.repeat(LONG / 3),
    "never-closed reference": `中{{${"a".repeat(LONG)}`,
    "e-mail-like": "a@".repeat(LONG / 2),
    "URL starts": "http://".repeat(LONG / 7),
    "dates that are almost dates": "2021.12.".repeat(LONG / 8),
    "full-width digits": "１２．".repeat(LONG / 3),
  };
  for (const [name, hostile] of Object.entries(cases)) {
    it(`${name}: answers within a generous bound`, () => {
      const started = performance.now();
      findMistakes(hostile);
      expect(performance.now() - started).toBeLessThan(10_000);
    });
  }
});
