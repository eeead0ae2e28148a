/**
 * The page estimate (src/write/layout/pages.ts, src/write/docx/pagination.ts) against the pages
 * LibreOffice lays out from the copy it lays out as Word does: for every fixture, the page on which
 * each heading falls and the page of the body's last line in the PDF are the estimate's, and so is
 * the number of pages. The estimate decides where the 版记 goes and prints the contents' page numbers.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createReport } from "../../src/api.js";
import { planParagraphs, type PlannedParagraph } from "../../src/write/docx/plan.js";
import { estimatePages } from "../../src/write/docx/pagination.js";
import { ROOT, fixture } from "../helpers.js";
import { BLOCK, parsePages, type PdfPage } from "./pdf-lines.js";
import { bboxLayout, builtAndPrinted, missingPrerequisites } from "./tools.js";
import { PAGE_METRICS } from "../../src/write/docx/page-metrics.js";

const OUT = join(ROOT, "out", "render-page-estimate");
const FIXTURES = [
  join(ROOT, "data", "2020.yaml"),
  join(ROOT, "data", "2021.yaml"),
  fixture("2020-filled.yaml"),
  fixture("cppcc-report.yaml"),
  fixture("frame-report.yaml"),
  fixture("frame-short.yaml"),
  fixture("frame-even-room.yaml"),
  fixture("frame-even-full.yaml"),
  fixture("table-in-text.yaml"),
  fixture("outside-gb2312.yaml"),
  fixture("contents.yaml"),
];

const flat = (text: string) => text.replace(/\s/g, "");
const name = (path: string) => path.replace(/^.*\//, "").replace(/\.yaml$/, "");

interface Heading {
  readonly text: string;
  /** The estimate's page, and its line's top in points from the text block's. */
  readonly page: number;
  readonly top: number;
}

interface Seen {
  readonly name: string;
  readonly pdf: PdfPage[];
  readonly headings: Heading[];
  readonly lastLinePage: number;
  readonly pages: number;
}

async function seen(path: string): Promise<Seen> {
  const dir = join(OUT, name(path));
  mkdirSync(dir, { recursive: true });
  const docx = join(dir, `${name(path)}.docx`);
  // Drafts: data/2020.yaml has blanks, which a draft prints as X.
  const pdf = parsePages(bboxLayout(builtAndPrinted(path, docx)));
  const result = await createReport().build({ path });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  const blocks = planParagraphs(result.model, PAGE_METRICS, { highlightBlanks: true });
  const estimate = estimatePages(PAGE_METRICS, blocks);
  const headings = blocks.flatMap((block, i): Heading[] => {
    if (!block.kind.startsWith("heading")) return [];
    const text = flat((block as PlannedParagraph).runs.map((r) => r.text).join(""));
    const { firstPage, topTwips } = estimate.blocks[i]!;
    return [{ text, page: firstPage, top: topTwips / 20 }];
  });
  // The body's last line: the last paragraph with text, the 版记's box apart.
  const lastText = blocks.findLastIndex((b) => b.kind !== "box" && b.kind !== "table" && b.runs.length > 0);
  return { name: name(path), pdf, headings, lastLinePage: estimate.blocks[lastText]!.lastPage, pages: estimate.pages };
}

const CONTENTS_ENTRY = /[.…·]{3,}\d+$/u;

/** A heading's first characters: run in, the paragraph's text follows them on its line. */
const startOf = (text: string) => text.slice(0, 8);

/** The printed line a heading starts, searching from page `from` on. */
function printed(pages: PdfPage[], text: string, from: number): { page: number; yMin: number } | undefined {
  for (const page of pages.slice(from - 1)) {
    // Not the 目录's entry of it: the heading's text, a dot leader, a page number.
    const line = page.body.find((l) => flat(l.text).startsWith(startOf(text)) && !CONTENTS_ENTRY.test(flat(l.text)));
    if (line) return { page: page.number, yMin: line.yMin };
  }
  return undefined;
}

/** Where a 16 pt line's glyphs start in its 28.95 pt line, as LibreOffice prints Noto CJK (measured). */
const GLYPH_TOP_PT = 6.7;
/** §3.2's 行 here: the exact 28.95 pt line. */
const LINE_PT = 28.95;

let all: Seen[];

beforeAll(async () => {
  const missing = missingPrerequisites();
  if (missing.length > 0) throw new Error(`The render test cannot run:\n  ${missing.join("\n  ")}`);
  rmSync(OUT, { recursive: true, force: true });
  all = [];
  for (const path of FIXTURES) all.push(await seen(path));
}, 600_000);

describe("the page estimate against LibreOffice's pages", () => {
  it("gives every heading the page it is printed on", () => {
    for (const doc of all) {
      let from = 1;
      const pages = doc.headings.map((h) => {
        const found = printed(doc.pdf, h.text, from);
        from = found?.page ?? from;
        return { text: startOf(h.text), page: found?.page };
      });
      expect(pages, doc.name).toEqual(doc.headings.map((h) => ({ text: startOf(h.text), page: h.page })));
    }
  });

  it("puts every heading within a line of where it is printed on its page", () => {
    // A line out: LibreOffice draws half-width digits in Noto Serif CJK, wider than Word's half an em
    // (line-fill.ts), so a paragraph full of figures can take a line more there than the estimate's.
    for (const doc of all) {
      let from = 1;
      for (const h of doc.headings) {
        const found = printed(doc.pdf, h.text, from)!;
        from = found.page;
        const off = found.yMin - BLOCK.top - GLYPH_TOP_PT - h.top;
        expect(off, `${doc.name}: ${h.text}`).toBeGreaterThan(-1);
        expect(off, `${doc.name}: ${h.text}`).toBeLessThan(LINE_PT + 1);
      }
    }
  });

  it("gives the body's last line its page, and the page count, blank pages included", () => {
    for (const doc of all) {
      // The 版记's lines (抄送 and the 印发 line) are the last page's last two when it has one.
      const framed = doc.pdf.some((page) => page.body.some((l) => flat(l.text).startsWith("抄送：")));
      const body = doc.pdf.filter((page) => page.body.length > (framed && page === doc.pdf.at(-1) ? 2 : 0));
      expect({ pages: doc.pdf.length, last: body.at(-1)?.number }, doc.name).toEqual({
        pages: doc.pages,
        last: doc.lastLinePage,
      });
    }
  });
});
