/**
 * The page estimate's parts (src/write/layout/line-fill.ts, pages.ts; src/write/docx/pagination.ts),
 * each from what Word does on the 22 × 28 page: a line's characters, the marks kinsoku keeps off a
 * line's start, a number never cut, pages of 22 lines, keeps, page breaks, the even-page section,
 * a table's repeated header; and the 版记's three places. The render suite
 * (test/render/page-estimate.test.ts) holds the estimate against LibreOffice's pages.
 */
import { describe, expect, it } from "vitest";
import { lineCount } from "../src/write/layout/line-fill.js";
import { paginate, type FlowParagraph } from "../src/write/layout/pages.js";
import { PAGE_METRICS } from "../src/write/docx/page-metrics.js";
import { estimatePages, paragraphLines, placeColophon } from "../src/write/docx/pagination.js";
import type { PlannedBlock, PlannedParagraph } from "../src/write/docx/plan.js";
import { EVEN_PAGE_MARK, EVEN_PAGE_UNNUMBERED_MARK } from "../src/write/docx/sections.js";

/** The body as GB/T 9704 sets it: 16 pt characters 0.25 pt closer, 28 to the 156 mm line, two in on the first. */
const BODY = { emTwips: 320, spacingTwips: -5 };
const LINE_TWIPS = 8845;
const FULL = { firstTwips: LINE_TWIPS, restTwips: LINE_TWIPS };
const INDENTED = { firstTwips: LINE_TWIPS - 640, restTwips: LINE_TWIPS };
const han = (n: number) => "中".repeat(n);

describe("a paragraph's lines", () => {
  it("holds 28 characters a line, 26 after the first line's two-character indent", () => {
    expect(lineCount(han(28), BODY, FULL)).toBe(1);
    expect(lineCount(han(29), BODY, FULL)).toBe(2);
    expect(lineCount(han(26), BODY, INDENTED)).toBe(1);
    expect(lineCount(han(27), BODY, INDENTED)).toBe(2);
    expect(lineCount("", BODY, FULL)).toBe(1);
  });

  it("counts a half-width digit as half a character", () => {
    expect(lineCount(han(24) + "2024", BODY, FULL)).toBe(1);
    expect(lineCount(han(24) + "202412345", BODY, FULL)).toBe(2);
  });

  it("takes the character before a mark that may not begin a line onto the next (kinsoku, no hanging)", () => {
    // Two full lines, a comma as the 29th character: the 28th goes down with it, and a third line begins.
    expect(lineCount(han(56), BODY, FULL)).toBe(2);
    expect(lineCount(han(28) + "，" + han(27), BODY, FULL)).toBe(3);
    // 《 may not end a line: it goes down with the character after it.
    expect(lineCount(han(27) + "《" + han(28), BODY, FULL)).toBe(3);
  });

  it("never cuts a number: 12345 goes to the next line whole", () => {
    expect(lineCount(han(27) + "12345" + han(25), BODY, FULL)).toBe(2);
    expect(lineCount(han(27) + "12345" + han(26), BODY, FULL)).toBe(3);
  });

  it("measures each kind in its style: a heading in the body's pitch, a title line of 20 二号 characters", () => {
    const paragraph = (kind: PlannedParagraph["kind"], text: string): PlannedParagraph => ({
      kind,
      runs: [{ text, highlight: false, breakBefore: false }],
    });
    expect(paragraphLines(PAGE_METRICS, paragraph("heading1", han(26)))).toBe(1);
    expect(paragraphLines(PAGE_METRICS, paragraph("heading1", han(27)))).toBe(2);
    expect(paragraphLines(PAGE_METRICS, paragraph("title", han(20)))).toBe(1);
    expect(paragraphLines(PAGE_METRICS, paragraph("title", han(21)))).toBe(2);
    expect(paragraphLines(PAGE_METRICS, paragraph("salutation", han(28)))).toBe(1);
  });
});

const lines = (n: number, more: Partial<FlowParagraph> = {}): FlowParagraph => ({
  kind: "paragraph",
  lineTwips: new Array<number>(n).fill(579),
  keepNext: false,
  keepLines: false,
  pageBreakBefore: false,
  ...more,
});

describe("pages", () => {
  it("holds 22 lines of 28.95 pt a page", () => {
    const { placed, pages } = paginate([lines(22), lines(1)]);
    expect(placed[0]).toEqual({ firstPage: 1, topTwips: 0, lastPage: 1, bottomTwips: 22 * 579 });
    expect(placed[1]).toMatchObject({ firstPage: 2, topTwips: 0 });
    expect(pages).toBe(2);
  });

  it("splits a paragraph across pages (no widow control), a heading kept whole and with the next", () => {
    expect(paginate([lines(20), lines(4)]).placed[1]).toMatchObject({
      firstPage: 1,
      lastPage: 2,
      bottomTwips: 2 * 579,
    });
    const heading = lines(1, { keepNext: true, keepLines: true });
    expect(paginate([lines(21), heading, lines(3)]).placed[1]).toMatchObject({ firstPage: 2, topTwips: 0 });
    expect(paginate([lines(20), heading, lines(3)]).placed[1]).toMatchObject({ firstPage: 1 });
  });

  it("starts a page at a page break (附件) and an even-page section on the next even page", () => {
    expect(paginate([lines(3), lines(1, { pageBreakBefore: true })]).placed[1]).toMatchObject({ firstPage: 2 });
    const odd = paginate([lines(3, { evenPageAfter: true }), lines(1)]);
    expect([odd.placed[1]?.firstPage, odd.blankPages]).toEqual([2, []]);
    const even = paginate([lines(25, { evenPageAfter: true }), lines(1)]);
    expect([even.placed[1]?.firstPage, even.blankPages, even.pages]).toEqual([4, [3], 4]);
  });

  it("never splits a table's row and repeats its header row at the top of the next page", () => {
    const { placed } = paginate([lines(18), { kind: "table", rowTwips: [589, 589, 589, 589, 589, 589] }]);
    // Header and two rows on page 1 (21 lines), then the header again and three rows.
    expect(placed[1]).toMatchObject({ firstPage: 1, lastPage: 2, bottomTwips: 4 * 589 });
  });
});

const para = (text: string): PlannedParagraph => ({
  kind: "body",
  runs: [{ text, highlight: false, breakBefore: false }],
});
/** The even-page section's marking paragraph, as plan.ts writes it. */
const mark = para;
/** A 版记 box of two lines and its rules: its top about 19.7 lines below the text block's. */
const BOX: PlannedBlock = { kind: "box", topTwips: 2098 + 11400, paragraphs: [] };
/** A body of `n` lines: each paragraph one line. */
const body = (n: number) => Array.from({ length: n }, () => para(han(20)));
const marks = (blocks: PlannedBlock[]) =>
  blocks.flatMap((b) => (b.kind === "body" && b.runs[0]?.text.startsWith("@@") ? [b.runs[0].text] : []));

describe("the 版记's place (§7.4, §7.5)", () => {
  it("after a body ending on an odd page: a section from the next page, numbered", () => {
    const planned = placeColophon(PAGE_METRICS, [...body(10), mark(EVEN_PAGE_MARK), BOX]);
    expect(marks(planned)).toEqual([EVEN_PAGE_MARK]);
    expect(estimatePages(PAGE_METRICS, planned).pages).toBe(2);
    const third = placeColophon(PAGE_METRICS, [...body(22 + 22 + 5), mark(EVEN_PAGE_MARK), BOX]);
    expect(marks(third)).toEqual([EVEN_PAGE_MARK]);
    expect(estimatePages(PAGE_METRICS, third).pages).toBe(4);
  });

  it("after a body ending on an even page with room and a line to spare: at the foot of that page, no section", () => {
    const planned = placeColophon(PAGE_METRICS, [...body(22 + 17), mark(EVEN_PAGE_MARK), BOX]);
    expect(marks(planned)).toEqual([]);
    expect(planned.at(-1)).toBe(BOX);
    expect(estimatePages(PAGE_METRICS, planned).pages).toBe(2);
  });

  it("after a body ending on an even page without room: two pages on, the blank page and the 版记's unnumbered", () => {
    const planned = placeColophon(PAGE_METRICS, [...body(22 + 18), mark(EVEN_PAGE_MARK), BOX]);
    expect(marks(planned)).toEqual([EVEN_PAGE_UNNUMBERED_MARK]);
    const estimate = estimatePages(PAGE_METRICS, planned);
    expect([estimate.pages, estimate.blankPages]).toEqual([4, [3]]);
  });

  it("after a body that fills an odd page to its last line: at the foot of the even page after, no section", () => {
    const planned = placeColophon(PAGE_METRICS, [...body(22), mark(EVEN_PAGE_MARK), BOX]);
    expect(marks(planned)).toEqual([]);
    expect(estimatePages(PAGE_METRICS, planned).pages).toBe(2);
  });
});
