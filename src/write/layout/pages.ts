/**
 * On which page each paragraph falls: the document's flow filled into pages of the text block's
 * height as Word fills them. Every line has an exact height (the 28.95 pt grid line, or a frame
 * paragraph's own), so a page holds the lines whose heights sum to at most the text block's 225 mm
 * (22 grid lines). No widow control (grid.ts writes it off); a paragraph kept with the next
 * (keepNext: headings, the title, 表题) goes to the next page with it when the two do not fit, one
 * kept whole (keepLines: headings) goes whole; a page break before starts a new page (附件); a
 * table's rows never split and its header row is repeated at the top of every page it runs onto; a
 * section that starts on an even page starts on the next even one, a blank page put in before it
 * when the page it follows is even.
 */
import { TEXT_BLOCK } from "./layout.js";

export interface FlowParagraph {
  readonly kind: "paragraph";
  /** Its lines' heights, in twips. */
  readonly lineTwips: readonly number[];
  readonly keepNext: boolean;
  readonly keepLines: boolean;
  readonly pageBreakBefore: boolean;
  /** The paragraph ends a section; the next starts on the next even page (the 版记's, sections.ts). */
  readonly evenPageAfter?: true;
}

export interface FlowTable {
  readonly kind: "table";
  /** Each row's height, in twips; the first row is the header, repeated on every page. */
  readonly rowTwips: readonly number[];
}

export type FlowItem = FlowParagraph | FlowTable;

/** Where an item falls: the page and the height from the text block's top of its first line and of its end. */
export interface Placed {
  readonly firstPage: number;
  readonly topTwips: number;
  readonly lastPage: number;
  readonly bottomTwips: number;
}

export interface Pagination {
  readonly placed: readonly Placed[];
  /** Pages in all, blank ones put in before an even-page section included. */
  readonly pages: number;
  /** Pages left blank before an even-page section. */
  readonly blankPages: readonly number[];
}

const PAGE_TWIPS = TEXT_BLOCK.heightTwips;
const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);
const heightOf = (item: FlowItem) => sum(item.kind === "table" ? item.rowTwips : item.lineTwips);
/** What must share a page with the item before it when that one is kept with it: its first line or row(s). */
const firstOf = (item: FlowItem | undefined) =>
  item === undefined ? 0 : item.kind === "table" ? sum(item.rowTwips.slice(0, 2)) : (item.lineTwips[0] ?? 0);

export function paginate(items: readonly FlowItem[]): Pagination {
  let page = 1;
  let y = 0;
  const blankPages: number[] = [];
  const newPage = () => {
    page++;
    y = 0;
  };
  const placeLine = (twips: number) => {
    if (y > 0 && y + twips > PAGE_TWIPS) newPage();
    y += twips;
  };
  const placed = items.map((item, i): Placed => {
    if (item.kind === "paragraph" && item.pageBreakBefore && y > 0) newPage();
    // A chain of paragraphs kept with the next, and the first line of the one they are kept with.
    let chain = 0;
    let j = i;
    for (; items[j]?.kind === "paragraph" && (items[j] as FlowParagraph).keepNext; j++) chain += heightOf(items[j]!);
    if (j > i) chain += firstOf(items[j]);
    else if (item.kind === "paragraph" && item.keepLines) chain = heightOf(item);
    if (y > 0 && y + chain > PAGE_TWIPS && chain <= PAGE_TWIPS) newPage();
    let top: { page: number; y: number } | undefined;
    const mark = (twips: number) => {
      placeLine(twips);
      top ??= { page, y: y - twips };
    };
    if (item.kind === "table") {
      const [header = 0, ...rows] = item.rowTwips;
      mark(header);
      for (const row of rows) {
        if (y + row > PAGE_TWIPS) {
          newPage();
          y = header;
        }
        y += row;
      }
    } else {
      for (const line of item.lineTwips) mark(line);
    }
    const at: Placed = { firstPage: top?.page ?? page, topTwips: top?.y ?? y, lastPage: page, bottomTwips: y };
    if (item.kind === "paragraph" && item.evenPageAfter) {
      if (page % 2 === 0) blankPages.push(page + 1);
      page += page % 2 === 0 ? 2 : 1;
      y = 0;
    }
    return at;
  });
  return { placed, pages: page, blankPages };
}
