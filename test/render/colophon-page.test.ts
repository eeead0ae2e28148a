/**
 * The 版记 on an even page (GB/T 9704 §7.4: the last page, 封四, of a document printed on both
 * sides), laid out by LibreOffice as Word will: a body of one page puts the 版记 at the foot of page
 * 2, the page left otherwise empty (test/fixtures/frame-short.yaml); a body that ends on page 2 with
 * room below it (frame-even-room.yaml) has it at the foot of page 2, no page
 * added; one that ends too low on page 2 (frame-even-full.yaml) has it on page 4, page 3 blank, and
 * neither page 3 nor page 4 carries a page number (§7.5). Every page counts, blank ones too: the
 * PDF is what a printer prints on both sides.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, fixture } from "../helpers.js";
import { BLOCK, parsePages, type PdfLine, type PdfPage } from "./pdf-lines.js";
import { bboxLayout, builtAndPrinted, missingPrerequisites } from "./tools.js";

const OUT = join(ROOT, "out", "render-colophon");
/** §3.2: a 行, here the exact 28.95 pt line. */
const LINE_PT = 28.95;

const pagesOf = (name: string): PdfPage[] => {
  const dir = join(OUT, name);
  mkdirSync(dir, { recursive: true });
  const docx = join(dir, `${name}.docx`);
  return parsePages(bboxLayout(builtAndPrinted(fixture(`${name}.yaml`), docx, ["--final"])));
};

const flat = (line: PdfLine) => line.text.replace(/\s/g, "");
const texts = (page: PdfPage) => page.body.map(flat);

let short: PdfPage[];
let room: PdfPage[];
let full: PdfPage[];

beforeAll(() => {
  const missing = missingPrerequisites();
  if (missing.length > 0) throw new Error(`The render test cannot run:\n  ${missing.join("\n  ")}`);
  rmSync(OUT, { recursive: true, force: true });
  short = pagesOf("frame-short");
  room = pagesOf("frame-even-room");
  full = pagesOf("frame-even-full");
}, 300_000);

const PRINTED = /^常宁市某某街道党政办公室2024年12月30日印发$/u;
/** mm from the page's bottom edge, of a PDF y in points from its top. */
const fromBottomMm = (y: number) => ((BLOCK.bottom + (35 * 72) / 25.4 - y) * 25.4) / 72;

/** The 版记's last two lines at the foot of the text block: 抄送 above, the 印发 line on the last line. */
function expectColophonAtFoot(page: PdfPage, copyTo: string): void {
  expect(texts(page).slice(-2)).toEqual([copyTo, expect.stringMatching(PRINTED)]);
  const printed = page.body.at(-1)!;
  expect(BLOCK.bottom - printed.yMax).toBeGreaterThan(0);
  expect(BLOCK.bottom - printed.yMax).toBeLessThan(LINE_PT / 2);
  // §7.4.1: the last rule on the text block's bottom edge, 35 mm from the page's: the 印发 line's
  // glyphs end within half a line (5.1 mm) above it.
  expect(fromBottomMm(printed.yMax)).toBeGreaterThan(35);
  expect(fromBottomMm(printed.yMax)).toBeLessThan(35 + 5.1);
}

/** The page holds the 版记 alone, at the foot of its text block. */
function expectColophonAlone(page: PdfPage, copyTo: string): void {
  expect(texts(page)).toHaveLength(2);
  expectColophonAtFoot(page, copyTo);
}

/** `— n —` under the text block (§7.5), or nothing. */
const pageNumber = (page: PdfPage) => page.below.map(flat).join("");

describe("the 版记 on an even page (§7.4)", () => {
  it("moves the 版记 of a one-page body to the foot of page 2, not the odd first page", () => {
    expect(short).toHaveLength(2);
    expect(texts(short[0]!).join("")).toContain("现将我街道2024年度工作总结报上");
    expect(texts(short[0]!).join("")).not.toContain("抄送");
    expectColophonAlone(short[1]!, "抄送：市委办公室。");
  });

  it("puts the 版记 of a body ending on page 2 with room below it at the foot of page 2, no page added", () => {
    for (const pages of [room]) {
      expect(pages).toHaveLength(2);
      const [last] = texts(pages[1]!).slice(-3);
      expect(last).toBe("（此件公开发布）");
      expectColophonAtFoot(pages[1]!, "抄送：市委办公室，市人大常委会办公室，市政协办公室。");
      // The body's last line at least two lines (20.4 mm) above the 版记's first line.
      const [note, copy] = pages[1]!.body.slice(-3);
      expect(copy!.yMin - note!.yMax).toBeGreaterThan(LINE_PT);
      expect(pageNumber(pages[1]!)).toBe("—2—");
    }
  });

  it("puts the 版记 of a body ending low on page 2 on page 4, page 3 blank, neither numbered (§7.5)", () => {
    expect(full).toHaveLength(4);
    expect(texts(full[1]!).at(-1)).toBe("（此件公开发布）");
    expect(pageNumber(full[1]!)).toBe("—2—");
    expect(full[2]!.body).toEqual([]);
    expect([...full[2]!.above, ...full[2]!.below]).toEqual([]);
    expectColophonAlone(full[3]!, "抄送：市委办公室，市人大常委会办公室，市政协办公室。");
    expect(full[3]!.below).toEqual([]);
  });
});
