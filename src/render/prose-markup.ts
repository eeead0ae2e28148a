/** Prose from the data → markup for templates: text escaped, each figure value in a tag of its own. */
import HandlebarsRuntime from "handlebars/runtime";
import type { Summary } from "../summary/schema.js";
import { parseProse } from "../summary/prose-syntax.js";
import { BUILT_IN_REFERENCES } from "../summary/schema.js";
import { BLANK, changeText, formatValue, yearOnYear, type Change } from "./figures.js";
import { replaceLineBreaks } from "../line-breaks.js";
import { spendOutput } from "./output-budget.js";

/**
 * Markup that Handlebars inserts as it is (it calls toHTML instead of escaping), so a template
 * writes `{{intro}}` and gets the figures tagged for the writers, and a text of several paragraphs
 * as that many blocks of the element it is written in: `<pb>` between them.
 */
export class ProseMarkup {
  /** Whether it has been printed (Handlebars calls toHTML, a helper or a concatenation toString). */
  printed = false;
  constructor(private readonly markup: string) {}
  toHTML(): string {
    this.printed = true;
    spendOutput(this.markup.length);
    return this.markup;
  }
  toString(): string {
    this.printed = true;
    return this.markup;
  }
}

const escape = (text: string) => HandlebarsRuntime.Utils.escapeExpression(text);

/**
 * `lineOf`, when given, says on which line of the data file the paragraph starting at an offset of
 * the text is written: each paragraph then opens with `<at>line</at>`, which the model keeps.
 */
/**
 * `lineBreaks`: the text's line breaks are kept, as <br> (a title written over several lines);
 * otherwise a paragraph is one line.
 */
export function proseMarkup(
  text: string,
  summary: Summary,
  lineOf?: (offset: number) => number,
  lineBreaks = false,
): ProseMarkup {
  const starts = lineOf ? paragraphBreaks(text).map((range) => range[1]) : [];
  const at = (paragraph: number) => {
    const offset = paragraph === 0 ? 0 : starts[paragraph - 1];
    return lineOf && offset !== undefined ? `<at>${lineOf(offset)}</at>` : "";
  };
  let paragraph = 0;
  let markup = at(0);
  for (const segment of parseProse(text).segments) {
    if (segment.kind === "text") {
      markup += paragraphsOf(segment.text)
        .map(
          (text, i) =>
            (i > 0 ? NEW_PARAGRAPH + at(++paragraph) : "") + (lineBreaks ? keptLines(text) : escape(joinLines(text))),
        )
        .join("");
    } else if (segment.name === BUILT_IN_REFERENCES.year) {
      markup += escape(String(summary.year));
    } else {
      // Own properties only: `{{constructor}}` must never find Object.prototype (validation refuses it too).
      const figure = Object.hasOwn(summary.figures, segment.name) ? summary.figures[segment.name] : undefined;
      if (!figure) continue; // validation has reported it
      if (segment.compare) {
        markup += changeMarkup(yearOnYear(figure, segment.compare));
        continue;
      }
      const { text: value, blank } = formatValue(figure);
      markup += blank ? `<blank>${escape(value)}</blank>` : `<fig>${escape(value)}</fig>`;
      if (segment.withUnit) markup += escape(figure.unit);
    }
  }
  return new ProseMarkup(markup);
}

/** A text's lines kept: each escaped, <br> between them, the spaces around each break dropped. */
function keptLines(text: string): string {
  return replaceLineBreaks(text, () => "\n")
    .split("\n")
    .map(escape)
    .join("<br>");
}

/** 增长<fig>8.4</fig>%: the number is the figure, the words around it are text; `X` while blank. */
export function changeMarkup(change: Change): string {
  if (change.kind === "blank") return `<blank>${escape(BLANK)}</blank>`;
  if (change.kind === "same" || change.kind === "turned") return escape(changeText(change));
  return `${escape(change.word)}<fig>${escape(change.number)}</fig>${escape(change.unit)}`;
}

/** Between two paragraphs of a text: the element it is printed in ends, and another of its kind begins. */
const NEW_PARAGRAPH = "<pb>";

/**
 * The blank lines of a text, as [start, end) ranges: a line break, blanks, another line break, and
 * all the white space after it. The data's texts mark paragraphs so, whatever kind of YAML text they
 * were written as. Found by scanning, in time linear in the text (a regex around the line breaks
 * would be tried at each space of a long run, as line-breaks.ts explains).
 */
function paragraphBreaks(text: string): [number, number][] {
  const breaks: [number, number][] = [];
  const blank = (char: string | undefined) => char === " " || char === "\t";
  let from = 0;
  for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", from)) {
    let next = newline + 1;
    while (blank(text[next])) next++;
    if (text[next] !== "\n") {
      from = next;
      continue;
    }
    let start = newline;
    while (start > from && blank(text[start - 1])) start--;
    let end = next;
    while (end < text.length && /\s/.test(text[end] ?? "")) end++;
    breaks.push([start, end]);
    from = end;
  }
  return breaks;
}

function paragraphsOf(text: string): string[] {
  if (!text.includes("\n")) return [text];
  const paragraphs: string[] = [];
  let from = 0;
  for (const [start, end] of paragraphBreaks(text)) {
    paragraphs.push(text.slice(from, start));
    from = end;
  }
  paragraphs.push(text.slice(from));
  return paragraphs;
}

/**
 * A paragraph is one line of text; line breaks a clerk typed inside it are dropped, or become a
 * space between two Latin words (Chinese has no spaces between words).
 */
function joinLines(text: string): string {
  return replaceLineBreaks(text, (before, after) =>
    /[\x21-\x7e]/.test(before) && /[\x21-\x7e]/.test(after) ? " " : "",
  );
}
