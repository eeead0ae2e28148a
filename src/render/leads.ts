/**
 * Lead sentences (段首句): with `leads: true` a section's paragraphs and points each open with a
 * sentence set in a heading's font (“营商环境全面优化。……”, “一是营商环境全面优化。……”). The first
 * sentence of each paragraph of a text's markup, up to its first 。！？ and the closing quotes after
 * it, is wrapped in <leadN>; a paragraph without one is left as it is.
 */
import type { HeadingLevel } from "../model.js";
import { ProseMarkup } from "./prose-markup.js";

/** prose-markup.ts parts a text's paragraphs so. */
const PARAGRAPH = "<pb>";
const ENDS = new Set(["。", "！", "？"]);
const CLOSERS = new Set(["”", "’", "」", "』", "）"]);

export function withLeads(markup: ProseMarkup, level: HeadingLevel): ProseMarkup {
  return new ProseMarkup(
    markup
      .toHTML()
      .split(PARAGRAPH)
      .map((paragraph) => lead(paragraph, level))
      .join(PARAGRAPH),
  );
}

function lead(paragraph: string, level: HeadingLevel): string {
  // The paragraph's line mark stays first: the model takes the first <at> of a block.
  const start = paragraph.startsWith("<at>") ? paragraph.indexOf("</at>") + "</at>".length : 0;
  let inTag = false;
  for (let i = start; i < paragraph.length; i++) {
    const char = paragraph[i] ?? "";
    if (char === "<") inTag = true;
    else if (char === ">") inTag = false;
    else if (!inTag && ENDS.has(char)) {
      let end = i + 1;
      while (CLOSERS.has(paragraph[end] ?? "")) end++;
      if (end - start <= 1) return paragraph;
      const tag = `lead${level}`;
      return `${paragraph.slice(0, start)}<${tag}>${paragraph.slice(start, end)}</${tag}>${paragraph.slice(end)}`;
    }
  }
  return paragraph;
}
