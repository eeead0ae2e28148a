/**
 * Template output → document model. Templates write a small tag language, one element a block:
 *
 *   <title>…</title>   <salutation>…</salutation>   <h1>…</h1> … <h4>…</h4>   <p>…</p>
 *   <closing><line>…</line>…</closing>   <subtitle>…</subtitle>   <speaker>…</speaker>
 *   <table><caption>…</caption><tr><td>…</td>…</tr>…</table> (the first row the header)
 *
 * <br> inside <title> ends one of the title's lines as the data writes them (prose markup writes it
 * for a title written over several lines).
 * and inside a paragraph: <runin1>…</runin1> … <runin4>…</runin4> for a run-in heading of that level
 * (<runin> is <runin2>), <lead1>…<lead4> for a run-in lead sentence without a number, <fig>…</fig>
 * and <blank>…</blank> for a figure's value, <at>12</at> for the line of the data file the block
 * comes from (prose markup writes these; the first in a block counts), and <pb> between the
 * paragraphs of a text, which ends the block and begins another of the same element. A run-in heading written
 * between blocks runs into the <p> that follows it, or makes a paragraph of its own if none does;
 * a lead sentence may also open inside a paragraph (after a run-in heading, or after 一是).
 * Text is HTML-escaped, as Handlebars leaves it; line breaks between tags are layout of the template,
 * not text. A heading that opens with <num>…</num> prints that number (the data's numbering, which
 * the default template passes on; empty for none); one without is numbered here, by level (一、
 * （一） 1. （1）), each level restarting under the one above, as templates of the three-part shape
 * expect.
 */
import { BLOCK_KINDS, MARKUP_ELEMENTS, type MarkupElement } from "../blocks.js";
import type { Block, Body, HeadingLevel, Run } from "../model.js";
import { headingNumber } from "../summary/numbering.js";
import { replaceLineBreaks } from "../line-breaks.js";
import { xmlLegal } from "./xml-legal.js";

/** What is wrong with the markup a template made: each named in the message catalogue (templateMarkup). */
export type MarkupProblem =
  | { readonly problem: "strayAngle" }
  | { readonly problem: "blockInBlock" | "wrongClose"; readonly tag: string; readonly open: string }
  | { readonly problem: "notAllowed" | "closesNothing" | "neverClosed" | "unevenRows"; readonly tag: string }
  | { readonly problem: "textOutside"; readonly text: string };

export class MarkupError extends Error {
  constructor(readonly params: MarkupProblem) {
    super(params.problem);
  }
}

/** An inline tag and, for a run-in heading, its level and whether it is numbered. */
interface Inline {
  readonly tag: string;
  readonly level?: HeadingLevel;
  readonly numbered?: boolean;
}

/** Between the paragraphs of a text of several (prose markup writes it): `<p>a<pb>b</p>` is two paragraphs. */
const PARAGRAPH_BREAK = "pb";
/** The parts of a <table>: <caption>, rows <tr> and their cells <td>. */
const TABLE_PARTS: ReadonlySet<string> = new Set(["caption", "tr", "td"]);
/** What text goes into between a table's parts: none (text there is refused, see text()). */
const CLOSED_PART: Run[] = [];
Object.freeze(CLOSED_PART);

/** Between the lines of a title written over several: `<title>a<br>b</title>`. */
const LINE_BREAK = "br";
/** The paragraph a run-in heading written between blocks opens. */
const PARAGRAPH: MarkupElement = BLOCK_KINDS.paragraph.elements.p;
const RUN_IN = /^(runin|lead)([1-4]?)$/;

function inlineTag(tag: string): Inline | undefined {
  if (tag === "fig" || tag === "blank") return { tag };
  const match = RUN_IN.exec(tag);
  if (!match || (match[1] === "lead" && !match[2])) return undefined;
  return { tag, level: Number(match[2] || 2) as HeadingLevel, numbered: match[1] === "runin" };
}

const TAG = /<(\/?)([a-z0-9]+)>/y;
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
  // Text up to the next `<`, then a tag there: one indexOf and one sticky match a token, where
  // matchAll made an array of four groups for each (a tenth of rendering in a batch).
  for (let at = 0; at < markup.length;) {
    const angle = markup.indexOf("<", at);
    if (angle !== at) {
      const end = angle === -1 ? markup.length : angle;
      const text = markup.slice(at, end);
      builder.text(xmlLegal(replaceLineBreaks(text, () => "").replace(ENTITY, (e) => ENTITIES[e] ?? e)));
      at = end;
      continue;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(markup);
    if (!tag) throw new MarkupError({ problem: "strayAngle" });
    if (tag[1]) builder.close(tag[2] ?? "");
    else builder.open(tag[2] ?? "");
    at = TAG.lastIndex;
  }
  return builder.finish();
}

/**
 * The open block; `lines` has one entry except in an element of lines (<closing>), which has one a
 * <line>. A run-in heading written between blocks opens an `implicit` paragraph; once the heading is
 * closed the paragraph is `waiting` for the <p> it runs into.
 */
interface OpenBlock {
  readonly tag: string;
  readonly element: MarkupElement;
  readonly lines: Run[][];
  /** A <table>'s caption and rows: each an entry of `lines` too, the one text goes into being the last. */
  readonly caption?: Run[];
  readonly rows?: Run[][][];
  implicit?: boolean;
  waiting?: boolean;
  line?: number;
}

class ModelBuilder {
  private readonly blocks: Block[] = [];
  private block: OpenBlock | undefined;
  /** Inside <at>: the text is a line number, not text to print. */
  private inAt = false;
  /** Open inline tags, outermost first: a figure may sit inside a run-in heading. */
  private readonly inline: Inline[] = [];
  /** The last number given at each heading level, 1 to 4. */
  private readonly numbers = [0, 0, 0, 0, 0];
  /**
   * A heading just opened whose number is not printed yet: a <num> right after it gives the number
   * instead; anything else prints the level's own.
   */
  private pendingNumber: HeadingLevel | "none" | undefined;
  /** Inside <num>: the heading's number as the template gives it. */
  private inNum = false;

  open(tag: string): void {
    if (tag === "at" && this.block && !this.inAt) {
      this.inAt = true;
      return;
    }
    if (tag === PARAGRAPH_BREAK) {
      this.breakParagraph();
      return;
    }
    if (tag === LINE_BREAK) {
      if (this.block?.tag !== "title" || this.inline.length > 0 || this.inAt)
        throw new MarkupError({ problem: "notAllowed", tag: LINE_BREAK });
      this.block.lines.push([]);
      return;
    }
    if (tag === "num" && this.pendingNumber !== undefined && !this.inAt) {
      this.pendingNumber = undefined;
      this.inNum = true;
      return;
    }
    this.printPendingNumber();
    if (this.block?.waiting) {
      if (tag === "p") {
        this.block = { ...this.block, implicit: false, waiting: false };
        return;
      }
      this.closeBlock();
    }
    const inline = inlineTag(tag);
    const element = MARKUP_ELEMENTS.get(tag);
    if (element) {
      if (this.block) throw new MarkupError({ problem: "blockInBlock", tag, open: this.block.tag });
      this.block = element.table
        ? { tag, element, lines: [], rows: [] }
        : { tag, element, lines: element.lines ? [] : [[]] };
      if (element.level) this.pendingNumber = element.level;
    } else if (tag === "line" && this.block?.element.lines) {
      this.block.lines.push([]);
    } else if (this.block?.rows && this.inline.length === 0 && this.openTableCell(tag)) {
      // a <caption>, <tr> or <td> of the open table
    } else if (inline && this.canOpen(inline)) {
      this.block ??= { tag: "p", element: PARAGRAPH, lines: [[]], implicit: true };
      this.inline.push(inline);
      if (inline.level) this.pendingNumber = inline.numbered ? inline.level : "none";
    } else {
      throw new MarkupError({ problem: "notAllowed", tag });
    }
  }

  close(tag: string): void {
    if (tag === "at" && this.inAt) {
      this.inAt = false;
      return;
    }
    if (tag === "num" && this.inNum) {
      this.inNum = false;
      return;
    }
    this.printPendingNumber();
    const inline = this.inline.at(-1);
    if (inline) {
      if (tag !== inline.tag) throw new MarkupError({ problem: "wrongClose", tag, open: inline.tag });
      this.inline.pop();
      if (this.block?.implicit && this.inline.length === 0) this.block.waiting = true;
    } else if (tag === "line" && this.block?.element.lines) {
      // the next <line> starts a new line
    } else if (this.block?.rows && TABLE_PARTS.has(tag)) {
      // the next <caption>, <tr> or <td> starts the next part; text between them is refused
      this.block.lines.push(CLOSED_PART);
    } else if (this.block?.tag === tag && !this.block.implicit) {
      this.closeBlock();
    } else {
      throw new MarkupError({ problem: "closesNothing", tag });
    }
  }

  text(text: string): void {
    if (this.inAt && this.block) {
      this.block.line ??= Number(text);
      return;
    }
    if (!text) return;
    if (!this.inNum) this.printPendingNumber();
    if (!this.block || this.block.lines.length === 0 || this.block.waiting || this.block.lines.at(-1) === CLOSED_PART) {
      if (text.trim()) throw new MarkupError({ problem: "textOutside", text: text.trim().slice(0, 20) });
      return;
    }
    this.push(text, this.inNum);
  }

  finish(): Body {
    if (this.block?.waiting) this.closeBlock();
    if (this.block) throw new MarkupError({ problem: "neverClosed", tag: this.block.tag });
    return { blocks: this.blocks };
  }

  private printPendingNumber(): void {
    if (this.pendingNumber === undefined) return;
    const level = this.pendingNumber;
    this.pendingNumber = undefined;
    if (level !== "none") this.push(this.number(level), true);
  }

  private closeBlock(): void {
    if (this.block) {
      const { element, lines, line, caption = [], rows = [] } = this.block;
      if (element.table && rows.some((row) => row.length !== (rows[0]?.length ?? 0)))
        throw new MarkupError({ problem: "unevenRows", tag: this.block.tag });
      this.blocks.push(element.make({ runs: lines[0] ?? [], lines, line, caption, rows }));
    }
    this.block = undefined;
  }

  /** Opens a part of the open table: its <caption>, a row, or a cell of the last row. */
  private openTableCell(tag: string): boolean {
    const block = this.block;
    if (!block?.rows) return false;
    const part: Run[] = [];
    if (tag === "caption" && block.rows.length === 0 && block.caption === undefined) {
      this.block = { ...block, caption: part };
    } else if (tag === "tr") {
      block.rows.push([]);
      return true;
    } else if (tag === "td" && block.rows.length > 0) {
      block.rows.at(-1)?.push(part);
    } else {
      return false;
    }
    (this.block as OpenBlock).lines.push(part);
    return true;
  }

  /** <pb>: the open block ends, and another of its element begins (a text's next paragraph). */
  private breakParagraph(): void {
    const open = this.block;
    if (!open || open.element.lines || open.element.table || open.waiting || this.inline.length > 0 || this.inAt)
      throw new MarkupError({ problem: "notAllowed", tag: PARAGRAPH_BREAK });
    this.closeBlock();
    this.block = { tag: open.tag, element: open.element, lines: [[]] };
    if (open.element.level) this.push(this.number(open.element.level), true);
  }

  /** The next number at a level; the levels below start again. */
  private number(level: HeadingLevel): string {
    const n = (this.numbers[level] ?? 0) + 1;
    this.numbers[level] = n;
    for (let below = level + 1; below < this.numbers.length; below++) this.numbers[below] = 0;
    return headingNumber(level, n);
  }

  /**
   * A run-in heading opens at the start of a paragraph or between blocks, a lead sentence also
   * anywhere in a paragraph; a figure inside a block, on its own or inside either.
   */
  private canOpen(inline: Inline): boolean {
    if (inline.level !== undefined) {
      if (this.inline.length > 0) return false;
      if (!this.block) return true;
      if (this.block.tag !== "p" || this.block.implicit) return false;
      return !inline.numbered || this.block.lines[0]?.length === 0;
    }
    const outer = this.inline[0];
    return !!this.block && (outer === undefined || (this.inline.length === 1 && outer.level !== undefined));
  }

  /**
   * Adds text to the open line, joining it to the last run when both are plain text of one role; a
   * heading's `number` opens its run, which says so (model.ts: Run.number).
   */
  private push(text: string, number = false): void {
    const runs = this.block?.lines.at(-1);
    if (!runs) return;
    if (runs === CLOSED_PART) throw new MarkupError({ problem: "textOutside", text: text.trim().slice(0, 20) });
    const heading = this.inline[0]?.level;
    const innermost = this.inline.at(-1)?.tag;
    const run: Run = {
      text,
      ...(heading ? { heading } : {}),
      ...(number ? { number: text } : {}),
      ...(innermost === "fig" || innermost === "blank" ? { figure: innermost === "fig" ? "filled" : "blank" } : {}),
    };
    const last = runs.at(-1);
    if (last && !last.figure && !run.figure && !run.number && last.heading === run.heading)
      runs[runs.length - 1] = { ...last, text: last.text + text };
    else runs.push(run);
  }
}
