/**
 * The planned blocks as the page layout's flow (layout/pages.ts): each paragraph's lines measured in
 * its style's face, size, spacing and indents (layout/line-fill.ts), each line its style's exact
 * height (and a bottom border's width), each table row its tallest cell. What Word does with the
 * XML the writer makes is modelled here, so the writer can decide what depends on the page count
 * (the 版记's place) and print page numbers (the table of contents) before Word has laid it out.
 */
import type { Run } from "../../model.js";
import { LINE, PAGE, TEXT_BLOCK } from "../layout/layout.js";
import { lineCount, type LineRoom, type TextMetrics } from "../layout/line-fill.js";
import { paginate, type FlowItem, type Pagination, type Placed } from "../layout/pages.js";
import { CONTENTS_END_MARK } from "./contents-field.js";
import { EVEN_PAGE_MARKS, EVEN_PAGE_UNNUMBERED_MARK } from "./sections.js";
import type { ParagraphKind } from "./styles.js";

/** What the estimate reads of plan.ts's planned blocks (which it cannot import: plan.ts imports it). */
export interface PlannedParagraph {
  readonly kind: ParagraphKind;
  readonly runs: readonly (Pick<Run, "text"> & { readonly breakBefore: boolean })[];
  readonly leftIndentTwips?: number;
  readonly keepNext?: boolean;
  readonly separator?: true;
}
interface PlannedTable {
  readonly kind: "table";
  readonly columnWidthsTwips: readonly number[];
  readonly rows: readonly (readonly PlannedParagraph[])[];
}
interface PlannedBox {
  readonly kind: "box";
  readonly topTwips: number;
}
type PlannedBlock = PlannedParagraph | PlannedTable | PlannedBox;

/** Left and right cell margins (the default table style's 108 twips each side). */
const CELL_MARGIN_TWIPS = 2 * 108;
/** The table's rules: 0.5 pt (docx-objects.ts), one a row. */
const TABLE_RULE_TWIPS = 10;

interface Indent {
  readonly left?: number;
  readonly right?: number;
  readonly firstLine?: number;
  readonly hanging?: number;
}

/** What the estimate knows of a kind of paragraph: its style's face size, spacing, indents, line and keeps. */
export interface KindMetrics extends TextMetrics {
  readonly lineTwips: number;
  readonly indent: Indent;
  readonly keepNext: boolean;
  readonly keepLines: boolean;
  readonly pageBreakBefore: boolean;
}

/**
 * Every kind's metrics, read from styles.ts at build time (page-metrics.ts) and carried in the kit:
 * styles.ts is made of the docx library's values, which a build never loads.
 */
export type PageMetrics = Readonly<Record<ParagraphKind, KindMetrics>>;

function roomOf(indent: Indent, width: number, leftIndent?: number): LineRoom {
  const left = leftIndent ?? indent.left ?? 0;
  const rest = width - left - (indent.right ?? 0);
  return { firstTwips: rest - (indent.firstLine ?? 0) + (indent.hanging ?? 0), restTwips: rest };
}

/** The lines a paragraph takes: each run that starts a new line starts a piece measured on its own. */
export function paragraphLines(
  metrics: PageMetrics,
  paragraph: PlannedParagraph,
  width: number = TEXT_BLOCK.widthTwips,
): number {
  const m = metrics[paragraph.kind];
  const room = roomOf(m.indent, width, paragraph.leftIndentTwips);
  const pieces: string[] = [""];
  for (const run of paragraph.runs) {
    if (run.breakBefore) pieces.push("");
    pieces[pieces.length - 1] += run.text;
  }
  return pieces.reduce((lines, text, i) => {
    const piece = i === 0 ? room : { firstTwips: room.restTwips, restTwips: room.restTwips };
    return lines + lineCount(text, m, piece);
  }, 0);
}

function tableRows(metrics: PageMetrics, table: PlannedTable): number[] {
  return table.rows.map((cells) => {
    const lines = cells.map((cell, i) =>
      paragraphLines(metrics, cell, (table.columnWidthsTwips[i] ?? 0) - CELL_MARGIN_TWIPS),
    );
    return Math.max(1, ...lines) * metrics.tableText.lineTwips + TABLE_RULE_TWIPS;
  });
}

const isMark = (block: PlannedBlock | undefined, marks: readonly string[]) =>
  block?.kind === "body" && block.runs.length === 1 && marks.includes(block.runs[0]?.text ?? "");
const isEvenPageMark = (block: PlannedBlock | undefined) => isMark(block, EVEN_PAGE_MARKS);
const isContentsEnd = (block: PlannedBlock | undefined) => isMark(block, [CONTENTS_END_MARK]);
const CONTENTS_KINDS: ReadonlySet<string> = new Set(["contents1", "contents2", "contents3", "contents4"]);
const HEADING_KINDS: ReadonlySet<string> = new Set(["heading1", "heading2", "heading3", "heading4"]);

/**
 * The flow of `blocks`, with the index of the flow item each block is part of: a run-in heading's
 * paragraph and the paragraph its style separator joins it to are one paragraph on the page.
 */
export function flowOf(metrics: PageMetrics, blocks: readonly PlannedBlock[]): { items: FlowItem[]; itemOf: number[] } {
  const items: FlowItem[] = [];
  const itemOf: number[] = [];
  let newPage = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // The contents' end is no paragraph: the body after it starts a new page (contents-field.ts).
    if (isContentsEnd(block)) {
      itemOf.push(Math.max(0, items.length - 1));
      newPage = true;
      continue;
    }
    const breakBefore = newPage;
    newPage = false;
    if (block.kind === "table") {
      itemOf.push(items.length);
      // (A table right after the contents is left where it falls: the mark stays a paragraph then.)
      items.push({ kind: "table", rowTwips: tableRows(metrics, block) });
      continue;
    }
    // The box is out of the flow; its anchor is an empty body paragraph.
    const paragraph: PlannedParagraph = block.kind === "box" ? { kind: "body", runs: [] } : block;
    const next = blocks[i + 1];
    const joined =
      paragraph.separator && next?.kind !== "table" && next?.kind !== "box" && next
        ? { ...paragraph, runs: [...paragraph.runs, ...next.runs] }
        : paragraph;
    const m = metrics[joined.kind];
    const lines = isEvenPageMark(block) ? 1 : paragraphLines(metrics, joined);
    itemOf.push(items.length);
    if (joined !== paragraph) {
      itemOf.push(items.length);
      i++;
    }
    items.push({
      kind: "paragraph",
      lineTwips: new Array<number>(lines).fill(m.lineTwips),
      // Joined, the heading's keeps hold it to its own paragraph's text, on the same line.
      keepNext: joined === paragraph && ((joined.keepNext ?? false) || m.keepNext),
      keepLines: joined === paragraph && m.keepLines,
      pageBreakBefore: m.pageBreakBefore || breakBefore,
      ...(isEvenPageMark(block) ? { evenPageAfter: true as const } : {}),
    });
  }
  return { items, itemOf };
}

export interface PageEstimate extends Pagination {
  /** Where each planned block falls, by its index. */
  readonly blocks: readonly Placed[];
}

/** Where each of the planned blocks falls, as Word will lay it out. */
export function estimatePages(metrics: PageMetrics, blocks: readonly PlannedBlock[]): PageEstimate {
  const { items, itemOf } = flowOf(metrics, blocks);
  const pagination = paginate(items);
  return { ...pagination, blocks: itemOf.map((item) => pagination.placed[item]!) };
}

/**
 * The contents' page numbers: each entry's last run (after its tab) the page its heading, the n-th
 * after the contents, falls on. Estimated again with the numbers in, until they stay (a number of
 * more digits may take a long entry onto a second line).
 */
export function numberContents<B extends PlannedBlock>(metrics: PageMetrics, blocks: B[]): B[] {
  const end = blocks.findIndex(isContentsEnd);
  if (end === -1) return blocks;
  const entries = blocks.flatMap((b, i) => (CONTENTS_KINDS.has(b.kind) && i < end ? [i] : []));
  const headings = blocks.flatMap((b, i) => (HEADING_KINDS.has(b.kind) && i > end ? [i] : []));
  let numbered = blocks;
  for (let round = 0; round < 3; round++) {
    const { blocks: placed } = estimatePages(metrics, numbered);
    const pages = new Map(entries.map((at, n) => [at, String(placed[headings[n] ?? -1]?.firstPage ?? "")]));
    const next = numbered.map((block, i) => {
      const page = pages.get(i);
      if (page === undefined || block.kind === "table" || block.kind === "box") return block;
      const runs = block.runs.map((r, j) => (j === block.runs.length - 1 ? { ...r, text: page } : r));
      return { ...block, runs };
    });
    const same = entries.every((at) => lastText(next[at]) === lastText(numbered[at]));
    numbered = next;
    if (same && round > 0) break;
  }
  return numbered;
}

const lastText = (block: PlannedBlock | undefined) =>
  block && block.kind !== "table" && block.kind !== "box" ? block.runs.at(-1)?.text : undefined;

/**
 * The 版记 on the last page, an even one (§7.4), from the estimate. The planned blocks end with the
 * even-page section's mark and the box. Where the body ends on an even page with room for the box,
 * and a line to spare (the estimate may be a line out), the box goes at the foot of that page: no
 * section, no page added. Where it ends on an odd page, the section starts on the next page. Where
 * it ends on an even page without room, the section starts two pages on, a blank page between, and
 * neither that page nor the 版记's carries a page number (§7.5; sections.ts).
 */
export function placeColophon<B extends PlannedBlock>(metrics: PageMetrics, blocks: B[]): B[] {
  const at = blocks.findIndex(isEvenPageMark);
  const box = blocks[at + 1];
  if (at === -1 || box?.kind !== "box") return blocks;
  const without = blocks.filter((_, i) => i !== at);
  const { blocks: placed } = estimatePages(metrics, without);
  const anchor = placed[at];
  const body = placed[at - 1];
  if (!anchor || !body) return blocks;
  const spare = box.topTwips - PAGE.marginTopTwips - anchor.bottomTwips;
  if (anchor.firstPage % 2 === 0 && spare >= LINE.exactTwips) return without;
  if (body.lastPage % 2 === 1) return blocks;
  const mark = blocks[at] as PlannedParagraph;
  const unnumbered = { ...mark, runs: [{ ...mark.runs[0]!, text: EVEN_PAGE_UNNUMBERED_MARK }] };
  return blocks.map((block, i) => (i === at ? (unnumbered as unknown as B) : block));
}
