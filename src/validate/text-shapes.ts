/**
 * What would print wrongly without an error anywhere else: a number the clerk typed that the tool
 * adds too (“一是一是”, “（一）（一）”), a run-in heading without its 。 (its paragraph would run on
 * from it), and a blank line in a text that is printed as one line (it would be lost).
 */
import { diagnostic, type Diagnostic } from "../errors.js";
import type { MessageParams } from "../messages/catalogue.js";
import type { SourceFile } from "../load/source-file.js";
import { chineseNumeral, headingNumbers, pathKey } from "../summary/numbering.js";
import { fragmentPosition } from "./locate.js";
import { fieldName } from "../summary/prose-fields.js";
import { endsSentence, runsIn, type Section } from "../summary/schema.js";
import { paragraphFieldNames, textFields, type TextField } from "../summary/structure.js";

const NUMERAL = "[一二三四五六七八九十百]+";
/**
 * 一、 （一） 1. （1）, in full-width or ASCII forms, 第一部分, 第一章 and ① to ㊿; `3.5万` is a number,
 * not a heading's.
 */
const HEADING_NUMBER = new RegExp(
  `^\\s*(?:${NUMERAL}[、.．]|[（(]${NUMERAL}[）)]|\\d+[.．、](?!\\d)|[（(]\\d+[）)]|第${NUMERAL}(?:部分|章)[\\s\u3000]*|[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])`,
  "u",
);
const POINT_NUMBER = new RegExp(`^\\s*${NUMERAL}是`, "u");
const BLANK_LINE = /\n[ \t]*\n\s*/;

export function textShapeProblems(data: unknown, source: SourceFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = typedOrdinals(data).map(({ path, text, offset, found, printed }) =>
    diagnostic(
      "ownOrdinal",
      { field: fieldName(path), found, printed },
      { file: source.path, position: fragmentPosition(source, path, text, offset, found), field: fieldName(path) },
    ),
  );
  for (const field of textFields(data)) {
    const place = (offset: number, fragment: string) => ({
      file: source.path,
      position: fragmentPosition(source, field.path, field.text, offset, fragment),
      field: fieldName(field.path),
    });
    const report = <C extends "headingNeedsStop" | "blankLineInLine">(
      code: C,
      offset: number,
      fragment: string,
      params: MessageParams<C>,
    ) => diagnostics.push(diagnostic(code, params, place(offset, fragment)));
    const name = fieldName(field.path);
    if (field.role === "heading") {
      const section = sectionOf(data, field);
      const last = [...field.text.trimEnd()].at(-1) ?? "";
      if (runsIn(section) && !endsSentence(field.text))
        report("headingNeedsStop", field.text.trimEnd().length - last.length, last, { field: name });
    }
    if (field.role === "line" || field.role === "heading") {
      const blank = BLANK_LINE.exec(field.text.trim());
      if (blank) {
        const offset = field.text.indexOf(blank[0]) + blank[0].length;
        report("blankLineInLine", offset, field.text.slice(offset).split("\n")[0] ?? "", {
          field: name,
          paragraphFields: paragraphFieldNames(),
        });
      }
    }
  }
  return diagnostics;
}

/** A number typed at the start of a heading or point that the tool prints as well. */
export interface TypedOrdinal {
  readonly path: TextField["path"];
  readonly text: string;
  readonly offset: number;
  readonly found: string;
  /** What the tool prints before it: 一、, （二）, 一是 … */
  readonly printed: string;
}

/** Every such number in the data as written (the schema need not have accepted it). */
export function typedOrdinals(data: unknown): TypedOrdinal[] {
  const numbers = headingNumbers(data);
  const typed: TypedOrdinal[] = [];
  for (const field of textFields(data)) {
    const index = Number(field.path.findLast((key) => typeof key === "number") ?? 0) + 1;
    let found: string | undefined;
    let printed = "";
    if (field.role === "heading" && sectionOf(data, field).numbered !== false) {
      found = HEADING_NUMBER.exec(field.text)?.[0]?.trim();
      // A level the data leaves unnumbered (无) prints the number the clerk typed, once.
      printed = numbers.get(pathKey(field.path.slice(0, -1))) ?? "";
    } else if (field.role === "point") {
      found = POINT_NUMBER.exec(field.text)?.[0]?.trim();
      printed = `${chineseNumeral(index)}是`;
    }
    if (found && printed)
      typed.push({ path: field.path, text: field.text, offset: field.text.indexOf(found), found, printed });
  }
  return typed;
}

/** The mapping a heading belongs to, as written: its runIn and numbered decide how it prints. */
function sectionOf(data: unknown, field: TextField): Section {
  let value = data;
  for (const key of field.path.slice(0, -1)) value = (value as Record<string | number, unknown> | null)?.[key];
  return value !== null && typeof value === "object" ? value : {};
}
