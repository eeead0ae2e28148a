/**
 * Template output → document model. Templates write a small tag language, one element a block:
 *
 *   <title>…</title>   <h1>…</h1>   <p>…</p>   <closing><line>…</line>…</closing>
 *
 * and inside a block: <runin>…</runin> for a run-in heading sentence, <fig>…</fig> and
 * <blank>…</blank> for a figure's value (prose markup writes these). Text is HTML-escaped, as
 * Handlebars leaves it; line breaks between tags are layout of the template, not text.
 * Headings are numbered here, by level (一、 then （一）), so every template numbers alike.
 */
import type { Block, Body, Run } from "../model.js";
import { chineseNumeral } from "./chinese-numerals.js";
import { replaceLineBreaks } from "./line-breaks.js";
import { xmlLegal } from "./xml-legal.js";

export class MarkupError extends Error {}

type BlockTag = "title" | "h1" | "p" | "closing";
type InlineTag = "runin" | "fig" | "blank";
const BLOCK_TAGS: readonly string[] = ["title", "h1", "p", "closing"] satisfies BlockTag[];
const INLINE_TAGS: readonly string[] = ["runin", "fig", "blank"] satisfies InlineTag[];

const TOKEN = /<(\/?)([a-z0-9]+)>|([^<]+)|(<)/g;
const ENTITY = /&(?:amp|lt|gt|quot|#x27|#x60|#x3D);/g;
const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#x27;": "'",
  "&#x60;": "`",
  "&#x3D;": "=",
};

export function parseMarkup(markup: string): Body {
  const builder = new ModelBuilder();
  for (const [, slash, tag, text, strayAngle] of markup.matchAll(TOKEN)) {
    if (strayAngle) throw new MarkupError("a “<” that starts no tag; write &lt; for a literal <");
    if (text !== undefined)
      builder.text(xmlLegal(replaceLineBreaks(text, () => "").replace(ENTITY, (e) => ENTITIES[e] ?? e)));
    else if (slash) builder.close(tag ?? "");
    else builder.open(tag ?? "");
  }
  return builder.finish();
}

class ModelBuilder {
  private readonly blocks: Block[] = [];
  /** The open block; `lines` has one entry except in <closing>, which has one a <line>. */
  private block: { tag: BlockTag; lines: Run[][] } | undefined;
  /** Open inline tags, outermost first: a figure may sit inside a run-in heading. */
  private readonly inline: InlineTag[] = [];
  private headings = 0;
  private runIns = 0;

  open(tag: string): void {
    if (BLOCK_TAGS.includes(tag)) {
      if (this.block) throw new MarkupError(`<${tag}> inside <${this.block.tag}>`);
      this.block = { tag: tag as BlockTag, lines: tag === "closing" ? [] : [[]] };
      if (tag === "h1") this.push(`${chineseNumeral(++this.headings)}、`);
    } else if (tag === "line" && this.block?.tag === "closing") {
      this.block.lines.push([]);
    } else if (INLINE_TAGS.includes(tag) && this.block && this.canNest(tag as InlineTag)) {
      if (tag === "runin") this.push(`（${chineseNumeral(++this.runIns)}）`, 2);
      this.inline.push(tag as InlineTag);
    } else {
      throw new MarkupError(`<${tag}> is not allowed here`);
    }
  }

  close(tag: string): void {
    const inline = this.inline.at(-1);
    if (inline) {
      if (tag !== inline) throw new MarkupError(`</${tag}> closes <${inline}>`);
      this.inline.pop();
    } else if (tag === "line" && this.block?.tag === "closing") {
      // the next <line> starts a new line
    } else if (this.block?.tag === tag) {
      this.blocks.push(toBlock(this.block.tag, this.block.lines));
      if (tag === "h1") this.runIns = 0;
      this.block = undefined;
    } else {
      throw new MarkupError(`</${tag}> closes nothing`);
    }
  }

  text(text: string): void {
    if (!text) return;
    if (!this.block || this.block.lines.length === 0) {
      if (text.trim()) throw new MarkupError(`text outside a block: “${text.trim().slice(0, 20)}”`);
      return;
    }
    this.push(text);
  }

  finish(): Body {
    if (this.block) throw new MarkupError(`<${this.block.tag}> is never closed`);
    return { blocks: this.blocks };
  }

  /** Only a figure may open inside another inline tag, and only inside a run-in heading. */
  private canNest(tag: InlineTag): boolean {
    return this.inline.length === 0 || (this.inline.length === 1 && this.inline[0] === "runin" && tag !== "runin");
  }

  /** Adds text to the open line, joining it to the last run when both are plain text of one role. */
  private push(text: string, heading: Run["heading"] = this.inline.includes("runin") ? 2 : undefined): void {
    const runs = this.block?.lines.at(-1);
    if (!runs) return;
    const innermost = this.inline.at(-1);
    const run: Run = {
      text,
      ...(heading ? { heading } : {}),
      ...(innermost === "fig" || innermost === "blank" ? { figure: innermost === "fig" ? "filled" : "blank" } : {}),
    };
    const last = runs.at(-1);
    if (last && !last.figure && !run.figure && last.heading === run.heading)
      runs[runs.length - 1] = { ...last, text: last.text + text };
    else runs.push(run);
  }
}

function toBlock(tag: BlockTag, lines: Run[][]): Block {
  const runs = lines[0] ?? [];
  switch (tag) {
    case "title":
      return { kind: "title", runs };
    case "h1":
      return { kind: "heading", level: 1, runs };
    case "closing":
      return { kind: "closing", lines };
    case "p":
      return { kind: "paragraph", runs };
  }
}
