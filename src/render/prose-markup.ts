/** Prose from the data → markup for templates: text escaped, each figure value in a tag of its own. */
import Handlebars from "handlebars";
import type { Summary } from "../validate/schema.js";
import { parseProse } from "../validate/prose.js";
import { BUILT_IN_REFERENCES } from "../validate/schema.js";
import { formatValue } from "./figures.js";

/**
 * Markup that Handlebars inserts as it is (it calls toHTML instead of escaping), so a template
 * writes `{{intro}}` and gets the figures tagged for the writers, and a text of several paragraphs
 * as that many paragraphs: `</p><p>` between them.
 */
export class ProseMarkup {
  constructor(private readonly markup: string) {}
  toHTML(): string {
    return this.markup;
  }
  toString(): string {
    return this.markup;
  }
}

const escape = (text: string) => Handlebars.Utils.escapeExpression(text);

/**
 * `lineOf`, when given, says on which line of the data file the paragraph starting at an offset of
 * the text is written: each paragraph then opens with `<at>line</at>`, which the model keeps.
 */
export function proseMarkup(text: string, summary: Summary, lineOf?: (offset: number) => number): ProseMarkup {
  const starts = lineOf ? paragraphStarts(text) : [];
  const at = (paragraph: number) => {
    const offset = starts[paragraph];
    return lineOf && offset !== undefined ? `<at>${lineOf(offset)}</at>` : "";
  };
  let paragraph = 0;
  let markup = at(0);
  for (const segment of parseProse(text).segments) {
    if (segment.kind === "text") {
      markup += segment.text
        .split(PARAGRAPH_BREAK)
        .map((text, i) => (i > 0 ? NEW_PARAGRAPH + at(++paragraph) : "") + escape(joinLines(text)))
        .join("");
    } else if (segment.name === BUILT_IN_REFERENCES.year) {
      markup += escape(String(summary.year));
    } else {
      // Own properties only: `{{constructor}}` must never find Object.prototype (validation refuses it too).
      const figure = Object.hasOwn(summary.figures, segment.name) ? summary.figures[segment.name] : undefined;
      if (!figure) continue; // validation has reported it
      const { text: value, blank } = formatValue(figure);
      markup += blank ? `<blank>${escape(value)}</blank>` : `<fig>${escape(value)}</fig>`;
      if (segment.withUnit) markup += escape(figure.unit);
    }
  }
  return new ProseMarkup(markup);
}

/** A blank line: the data's texts mark paragraphs so, whatever kind of YAML text they were written as. */
const PARAGRAPH_BREAK = /[ \t]*\n[ \t]*\n\s*/;
const PARAGRAPH_BREAKS = new RegExp(PARAGRAPH_BREAK, "g");
const NEW_PARAGRAPH = "</p><p>";

/** Where each paragraph of a text starts. */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes("\n")) return starts;
  for (const match of text.matchAll(PARAGRAPH_BREAKS)) starts.push(match.index + match[0].length);
  return starts;
}

/**
 * A paragraph is one line of text; line breaks a clerk typed inside it are dropped, or become a
 * space between two Latin words (Chinese has no spaces between words).
 */
function joinLines(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, (_, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? "";
    const after = whole[offset + _.length] ?? "";
    return /[\x21-\x7e]/.test(before) && /[\x21-\x7e]/.test(after) ? " " : "";
  });
}
