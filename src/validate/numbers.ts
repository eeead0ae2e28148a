/**
 * Numbers as clerks type them. Numeric slots are the year, the value of every figure that has a
 * unit (a figure without a unit is a name, and any text is fine there) and last year's value. What is unambiguous is
 * accepted: `1,234` and full-width `１２３４` are 1234. What is not is explained: `12万` (12 what?),
 * `2020年`, `二〇二〇`, and a comma inside `{ }`, where YAML splits `1,234` into two entries.
 */
import { isMap, isPair, isScalar } from "yaml";
import type { Message } from "../messages/catalogue.js";
import { located, type Diagnostic } from "../errors.js";
import type { SourceFile } from "../load/source-file.js";
import { nodeAt, positionOf } from "./locate.js";
import { fieldName, type FieldPath } from "../summary/prose-fields.js";
import { isRecord } from "../is-record.js";

export interface NumberCheck {
  readonly diagnostics: Diagnostic[];
  /** Slots already reported, so the schema does not report them a second time. */
  readonly reported: FieldPath[];
}

const DIGITS: Readonly<Record<string, string>> = {
  〇: "0",
  零: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

/** The smallest number held with all its digits (2.2250738585072014e-308); below it digits are lost. */
const MIN_NORMAL = 2 ** -1022;

/** Full-width digits, point and comma as their ASCII forms, as a Chinese input method types them. */
const halfWidth = (text: string) => text.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Significant digits every fraction of that many keeps through a double (DBL_DIG). */
const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * The significant digits of a number with a fraction or an exponent, as written (quotes, commas and
 * full-width digits aside); 0 for a whole number, which is exact up to MAX_SAFE_INTEGER.
 */
function significantDigits(written: string): number {
  const text = halfWidth(written);
  const mantissa = /^["']?[+-]?([\d,]*(?:\.\d*)?)(?:[eE][+-]?\d+)?["']?$/.exec(text.trim())?.[1] ?? "";
  if (!/[.]/.test(mantissa) && !/[eE]/.test(text)) return 0;
  const [whole = "", fraction = ""] = mantissa.replace(/,/g, "").split(".");
  return `${whole}${fraction}`.replace(/^0+/, "").replace(/0+$/, "").length;
}

/** Checks the numeric slots of `data` and replaces accepted spellings by their number, in place. */
export function checkNumbers(data: unknown, source: SourceFile): NumberCheck {
  const result: NumberCheck = { diagnostics: [], reported: [] };
  if (!isRecord(data)) return result;
  const fail = (path: FieldPath, problem: Message, position = positionOf(source, path)) => {
    result.diagnostics.push(located(problem, { file: source.path, position, field: fieldName(path) }));
    result.reported.push(path);
  };
  const slot = (holder: Record<string, unknown>, key: string, path: FieldPath, unit?: string) => {
    const written = holder[key];
    if (typeof written !== "string") return;
    const reading = readNumber(written);
    if (reading.kind === "number") holder[key] = reading.value;
    else if (reading.kind === "withUnit")
      fail(path, {
        code: "numberWithUnit",
        params: {
          field: fieldName(path),
          written,
          digits: reading.digits,
          suffix: reading.suffix,
          ...(unit === undefined ? {} : { unit }),
        },
      });
    else if (reading.kind === "chinese")
      fail(path, {
        code: "chineseNumeral",
        params: { field: fieldName(path), written, ...(reading.digits ? { digits: reading.digits } : {}) },
      });
    else fail(path, { code: "notANumber", params: { field: fieldName(path), written } });
  };

  /** A number YAML has read (`1e309`, `.inf`) or a spelling accepted above: finite, and exact in digits. */
  const magnitude = (holder: Record<string, unknown> | readonly unknown[], key: string | number, path: FieldPath) => {
    const value: unknown = Array.isArray(holder) ? holder[Number(key)] : (holder as Record<string, unknown>)[key];
    if (typeof value !== "number") return;
    const field = fieldName(path);
    if (!Number.isFinite(value)) fail(path, { code: "numberNotFinite", params: { field, written: writtenAt(path) } });
    else if (Math.abs(value) > Number.MAX_SAFE_INTEGER)
      fail(path, {
        code: "numberTooLarge",
        params: { field, written: writtenAt(path), limit: String(Number.MAX_SAFE_INTEGER) },
      });
    // 1e-400, or 0.000…1 with 400 zeros, reads as 0 (or loses its digits below 2.2e-308): a figure
    // that silently became 0 would print “同比下降100.0%”.
    else {
      const written = writtenAt(path);
      if (Math.abs(value) < MIN_NORMAL && /[1-9]/.test(written.split(/[eE]/)[0] ?? ""))
        fail(path, { code: "numberTooSmall", params: { field, written } });
      // YAML reads 0x1F as 31 and 0o17 as 15: no figure is written so, and the document would not
      // say what the file does.
      else if (/^["']?[+-]?0[xXoO]/.test(written)) fail(path, { code: "numberNotDecimal", params: { field, written } });
      // Past 15 significant digits a fraction is not held exactly: 0.12345678901234567891 would print
      // as 0.12345678901234568, a number the clerk never wrote.
      else if (significantDigits(written) > MAX_SIGNIFICANT_DIGITS)
        fail(path, { code: "numberTooPrecise", params: { field, written, limit: MAX_SIGNIFICANT_DIGITS } });
    }
  };
  const writtenAt = (path: FieldPath) => {
    const node = nodeAt(source, path);
    return isScalar(node) && node.range ? source.text.slice(node.range[0], node.range[1]) : "";
  };

  slot(data, "year", ["year"], undefined);
  magnitude(data, "year", ["year"]);
  // A table's numbers print as YAML read them: the same bounds, or 1e30 would print 1e+30 and 0x1F 31.
  eachTableRow(data, [], (row, path) => row.forEach((_, j) => magnitude(row, j, [...path, j])));
  const figures = data.figures;
  if (!isRecord(figures)) return result;
  for (const [name, figure] of Object.entries(figures)) {
    magnitude(figures, name, ["figures", name]);
    if (isRecord(figure) && typeof figure.unit !== "string" && figure.last === undefined)
      magnitude(figure, "value", ["figures", name, "value"]);
    // A figure is a quantity when it has a unit or last year's value (which is always a number).
    if (!isRecord(figure) || (typeof figure.unit !== "string" && figure.last === undefined)) continue;
    const path = ["figures", name];
    const split = Object.keys(figure).find((key) => /^\d+(\.\d+)?$/.test(key) && figure[key] === null);
    if (split !== undefined) {
      fail(
        [...path, split],
        { code: "commaInBraces", params: { field: fieldName(path) } },
        commaBefore(source, path, split),
      );
      continue;
    }
    const unit = typeof figure.unit === "string" ? figure.unit : undefined;
    if (unit !== undefined) slot(figure, "value", [...path, "value"], unit);
    slot(figure, "last", [...path, "last"], unit);
    magnitude(figure, "value", [...path, "value"]);
    magnitude(figure, "last", [...path, "last"]);
  }
  return result;
}

/**
 * Every row of every table, wherever the general form puts one (a section at any level, an
 * attachment), with its path. The walk is as deep as the data's nesting, which load/ has bounded.
 */
function eachTableRow(value: unknown, path: FieldPath, visit: (row: unknown[], path: FieldPath) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => eachTableRow(item, [...path, i], visit));
  if (!isRecord(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (path.length === 0 && key === "figures") continue;
    const table = key === "table" && isRecord(child) ? child : undefined;
    if (table && Array.isArray(table.rows))
      table.rows.forEach((row, i) => {
        if (Array.isArray(row)) visit(row, [...path, "table", "rows", i]);
      });
    else eachTableRow(child, [...path, key], visit);
  }
}

type Reading =
  | { kind: "number"; value: number }
  | { kind: "withUnit"; digits: string; suffix: string }
  | { kind: "chinese"; digits?: string }
  | { kind: "other" };

export function readNumber(written: string): Reading {
  const text = halfWidth(written.trim());
  if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return { kind: "number", value: Number(text) };
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return { kind: "number", value: Number(text.replace(/,/g, "")) };
  if (/^[〇零一二三四五六七八九十百千万亿两]+$/.test(text)) {
    const direct = [...text].every((c) => c in DIGITS);
    return direct ? { kind: "chinese", digits: [...text].map((c) => DIGITS[c]).join("") } : { kind: "chinese" };
  }
  const withUnit = /^([+-]?\d[\d,]*(?:\.\d+)?)\s*([^\d\s.,].*)$/.exec(text);
  if (withUnit)
    return { kind: "withUnit", digits: (withUnit[1] ?? "").replace(/,/g, ""), suffix: (withUnit[2] ?? "").trim() };
  return { kind: "other" };
}

/** `{ value: 1,234 }` becomes `value: 1` and a key `234`: the comma just before that key is the mistake. */
function commaBefore(source: SourceFile, figurePath: FieldPath, key: string) {
  const figure = nodeAt(source, figurePath);
  const pair = isMap(figure)
    ? figure.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key)
    : undefined;
  const keyStart = isPair(pair) && isScalar(pair.key) && pair.key.range ? pair.key.range[0] : undefined;
  if (keyStart === undefined) return positionOf(source, figurePath);
  return source.positionAt(Math.max(0, source.text.lastIndexOf(",", keyStart)));
}
