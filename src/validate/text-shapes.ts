/**
 * What would print wrongly without an error anywhere else: a number the clerk typed that the tool
 * adds too (“一是一是”, “（一）（一）”), a run-in heading without its 。 (its paragraph would run on
 * from it), and a blank line in a text that is printed as one line (it would be lost).
 */
import { diagnostic, type Diagnostic } from "../errors.js";
import type { MessageParams } from "../messages/catalogue.js";
import type { SourceFile } from "../load/source-file.js";
import { chineseNumeral, headingNumber } from "../render/chinese-numerals.js";
import { fragmentPosition } from "./locate.js";
import { fieldName } from "../summary/prose-fields.js";
import { endsSentence, runsIn, type Section } from "../summary/schema.js";
import { paragraphFieldNames, textFields, type TextField } from "../summary/structure.js";

const NUMERAL = "[一二三四五六七八九十百]+";
/** 一、 （一） 1. （1）, in full-width or ASCII forms; `3.5万` is a number, not a heading's. */
const HEADING_NUMBER = new RegExp(
  `^\\s*(?:${NUMERAL}[、.．]|[（(]${NUMERAL}[）)]|\\d+[.．、](?!\\d)|[（(]\\d+[）)])`,
  "u",
);
const POINT_NUMBER = new RegExp(`^\\s*${NUMERAL}是`, "u");
const BLANK_LINE = /\n[ \t]*\n\s*/;

export function textShapeProblems(data: unknown, source: SourceFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const field of textFields(data)) {
    const place = (offset: number, fragment: string) => ({
      file: source.path,
      position: fragmentPosition(source, field.path, field.text, offset, fragment),
      field: fieldName(field.path),
    });
    const report = <C extends "ownOrdinal" | "headingNeedsStop" | "blankLineInLine">(
      code: C,
      offset: number,
      fragment: string,
      params: MessageParams<C>,
    ) => diagnostics.push(diagnostic(code, params, place(offset, fragment)));
    const name = fieldName(field.path);
    const index = Number(field.path.findLast((key) => typeof key === "number") ?? 0) + 1;
    if (field.role === "heading") {
      const section = sectionOf(data, field);
      const number = HEADING_NUMBER.exec(field.text)?.[0];
      if (number && section.numbered !== false) {
        const found = number.trim();
        report("ownOrdinal", field.text.indexOf(found), found, {
          field: name,
          found,
          printed: headingNumber(levelOf(field), index),
        });
      }
      const last = [...field.text.trimEnd()].at(-1) ?? "";
      if (runsIn(section) && !endsSentence(field.text))
        report("headingNeedsStop", field.text.trimEnd().length - last.length, last, { field: name });
    }
    if (field.role === "point") {
      const found = POINT_NUMBER.exec(field.text)?.[0]?.trim();
      if (found)
        report("ownOrdinal", field.text.indexOf(found), found, {
          field: name,
          found,
          printed: `${chineseNumeral(index)}是`,
        });
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

/** The mapping a heading belongs to, as written: its runIn and numbered decide how it prints. */
function sectionOf(data: unknown, field: TextField): Section {
  let value = data;
  for (const key of field.path.slice(0, -1)) value = (value as Record<string | number, unknown> | null)?.[key];
  return value !== null && typeof value === "object" ? value : {};
}

/** Parts are level 1 and each `items` one level down; the three-part shape's sections are level 2. */
function levelOf(field: TextField): number {
  if (field.path[0] !== "parts" && field.path[0] !== "items") return 2;
  return 1 + field.path.filter((key) => key === "items").length;
}
