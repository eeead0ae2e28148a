/** Prose from the data → markup for templates: text escaped, each figure value in a tag of its own. */
import Handlebars from "handlebars";
import type { Summary } from "../validate/schema.js";
import { parseProse } from "../validate/prose.js";
import { BUILT_IN_REFERENCES } from "../validate/schema.js";
import { BLANK, changeText, formatValue, yearOnYear, type Change } from "./figures.js";
import { replaceLineBreaks } from "./line-breaks.js";

/**
 * Markup that Handlebars inserts as it is (it calls toHTML instead of escaping), so a template
 * writes `{{intro}}` and gets the figures tagged for the writers.
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

export function proseMarkup(text: string, summary: Summary): ProseMarkup {
  let markup = "";
  for (const segment of parseProse(text).segments) {
    if (segment.kind === "text") {
      markup += escape(joinLines(segment.text));
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

/** 增长<fig>8.4</fig>%: the number is the figure, the words around it are text; `X` while blank. */
export function changeMarkup(change: Change): string {
  if (change.kind === "blank") return `<blank>${escape(BLANK)}</blank>`;
  if (change.kind === "same") return escape(changeText(change));
  return `${escape(change.word)}<fig>${escape(change.number)}</fig>${escape(change.unit)}`;
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
