/**
 * The key-figures attachment as report lays it out, read back into `keyFigures` and its figures:
 * 附件：title under the body, the closing, then 附件, the title and a table whose columns are
 * 指标 / 单位 / this year / last year / 同比 — in a Word file a table, in text the aligned columns
 * report's txt writes. Each row's 同比 must be what the figures give (its rounding found among the
 * `digits` the format allows), or the attachment is not this table and is kept as text.
 */
import { displayWidth } from "../display-width.js";
import { changeText, yearOnYear } from "../render/figures.js";
import { plainDigits } from "../plain-digits.js";
import { DIGITS_RANGE, FIGURE_NAME, type Figure } from "../summary/schema.js";
import type { ImportedBlock } from "./document.js";

export interface KeyFiguresFound {
  readonly title: string;
  readonly year: number;
  readonly figures: readonly {
    name: string;
    figure: { value: number; unit: string; last: number | null; digits?: number };
  }[];
  /** Where the closing ends (where 附件 stands), counted from the attachment note. */
  readonly closingEnd: number;
}

export function keyFiguresFrom(blocks: readonly ImportedBlock[]): KeyFiguresFound | undefined {
  const text = (i: number) => {
    const b = blocks[i];
    return b?.kind === "paragraph" ? b.text.trim() : undefined;
  };
  const title = text(0)?.replace(/^附件[：:]/, "");
  if (!title) return undefined;
  const label = blocks.findIndex((b, i) => i > 0 && b.kind === "paragraph" && b.text.trim() === "附件");
  if (label === -1 || text(label + 1) !== title) return undefined;
  const rows = tableRows(blocks.slice(label + 2));
  const [header, ...body] = rows ?? [];
  const year = Number(/^(\d{4})年$/.exec(header?.[2] ?? "")?.[1]);
  if (!header || !year || header.join("|") !== `指标|单位|${year}年|${year - 1}年|同比` || body.length === 0)
    return undefined;
  const figures: KeyFiguresFound["figures"][number][] = [];
  for (const [name = "", unit = "", value = "", last = "", change = ""] of body) {
    if (!FIGURE_NAME.test(name) || !isPlainNumber(value) || (last !== "X" && !isPlainNumber(last))) return undefined;
    const base = { value: Number(value), unit, last: last === "X" ? null : Number(last) };
    const digits = [undefined, ...range()].find((d) => {
      const figure: Figure = { ...base, ...(d === undefined ? {} : { digits: d }) };
      return changeText(yearOnYear(figure, "change")) === change;
    });
    const found = [undefined, ...range()].some((d) => {
      const figure: Figure = { ...base, ...(d === undefined ? {} : { digits: d }) };
      return changeText(yearOnYear(figure, "change")) === change;
    });
    if (!found) return undefined;
    figures.push({ name, figure: { ...base, ...(digits === undefined ? {} : { digits }) } });
  }
  return { title, year, figures, closingEnd: label };
}

function range(): number[] {
  const out: number[] = [];
  for (let d = DIGITS_RANGE.minimum; d <= DIGITS_RANGE.maximum; d++) out.push(d);
  return out;
}

/** A number as report prints one, so that the figure prints back the same. */
export function isPlainNumber(text: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(text) && Number.isFinite(Number(text)) && plainDigits(Number(text)) === text;
}

/** A Word table's rows, or the aligned text table report's txt writes (columns cut at the rule's gaps). */
function tableRows(blocks: readonly ImportedBlock[]): string[][] | undefined {
  const first = blocks[0];
  if (first?.kind === "table") return blocks.length === 1 ? first.rows.map((r) => r.map((c) => c.trim())) : undefined;
  const lines = blocks.map((b) => (b.kind === "paragraph" ? b.text : undefined));
  if (lines.some((l) => l === undefined)) return undefined;
  const [header = "", rule = "", ...rest] = lines as string[];
  if (!/^-+( {2}-+)*$/.test(rule)) return undefined;
  const widths = rule.split("  ").map((s) => s.length);
  return [header, ...rest].map((line) => cut(line, widths));
}

function cut(line: string, widths: readonly number[]): string[] {
  const starts: number[] = [];
  let start = 0;
  for (const width of widths) {
    starts.push(start);
    start += width + 2;
  }
  const cells = widths.map(() => "");
  let column = 0;
  for (const char of line) {
    let j = starts.length - 1;
    while (j > 0 && column < (starts[j] ?? 0)) j--;
    cells[j] += char;
    column += displayWidth(char);
  }
  return cells.map((c) => c.trim());
}
