/**
 * The render test (npm run test:render): the built .docx files opened in a real word processor.
 * LibreOffice converts them to PDF; the PDF's text positions must show the official layout.
 * The PDFs and page images are kept in out/render/ for a person to look at.
 */
import { readFileSync, rmSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, fixture, runCli } from "../helpers.js";
import { BLOCK, mm as mmPt, isAllFullWidth, isFullWidth, isTitleSize, parsePages, type PdfPage } from "./pdf-lines.js";
import {
  bboxLayout,
  missingPrerequisites,
  pagePngs,
  pdfFontNames,
  printedAsWord,
  validateDocumentXml,
} from "./tools.js";

const OUT = join(ROOT, "out", "render");
const PITCH_PT = 579 / 20; // the exact line spacing
const CHAR_PT = 16 - 0.25; // one body character as set
const LINES_PER_PAGE = 22;
const mm = (points: number) => (points * 25.4) / 72;

interface Rendered {
  readonly docx: Uint8Array;
  readonly pdf: string;
  readonly pages: PdfPage[];
  /** The same build as plain text: what the pages must show, character for character. */
  readonly text: string;
}

const cases = {
  "data/2020.yaml (draft)": {
    data: join(ROOT, "data", "2020.yaml"),
    name: "2020",
    args: [] as string[],
    header: "草稿",
    titleLines: 1,
  },
  "2020-filled.yaml (final)": {
    data: fixture("2020-filled.yaml"),
    name: "2020-filled",
    args: ["--final"],
    header: undefined,
    titleLines: 2,
  },
};
const rendered = new Map<string, Rendered>();

beforeAll(() => {
  const missing = missingPrerequisites();
  if (missing.length > 0) throw new Error(`The render test cannot run:\n  ${missing.join("\n  ")}`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const [label, { data, name, args }] of Object.entries(cases)) {
    const docxPath = join(OUT, `${name}.docx`);
    const built = runCli(["build", data, "-o", docxPath, ...args]);
    if (built.status !== 0) throw new Error(`${label}: build failed: ${built.stderr}`);
    const text = runCli(["build", data, "-f", "txt", "-o", "-"]).stdout;
    // laid out as Word will: no hanging punctuation (LibreOffice needs the setting inverted)
    const pdf = printedAsWord(docxPath);
    pagePngs(pdf, OUT, name);
    rendered.set(label, { docx: readFileSync(docxPath), pdf, pages: parsePages(bboxLayout(pdf)), text });
  }
  console.log(`render test: PDFs and page images in ${OUT}`);
}, 300_000);

for (const [label, expected] of Object.entries(cases)) {
  describe(label, () => {
    const get = () => rendered.get(label)!;
    const fullPages = () => get().pages.slice(0, -1);

    it("has word/document.xml valid against the WordprocessingML schema (xmllint)", () => {
      expect(() => validateDocumentXml(get().docx, join(OUT, `${expected.name}-xml`))).not.toThrow();
    });

    it("fills at least three pages, and prints every character of the text (nothing dropped or boxed)", () => {
      expect(get().pages.length).toBeGreaterThanOrEqual(3);
      const printed = get()
        .pages.flatMap((p) => p.body.map((l) => l.text))
        .join("")
        .replace(/\s/g, "");
      expect(printed).toBe(get().text.replace(/\s/g, ""));
    });

    it("is drawn only in CJK fonts", () => {
      const fonts = pdfFontNames(get().pdf);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => !/CJK/.test(f))).toEqual([]);
    });

    it(`has ${LINES_PER_PAGE} lines on every full page, 28.95 pt apart`, () => {
      const [first, ...rest] = fullPages();
      const titles = first!.body.filter(isTitleSize);
      const body = first!.body.filter((l) => !isTitleSize(l));
      expect(titles).toHaveLength(expected.titleLines);
      // the title's lines, one blank line, then the body
      expect(titles.length + 1 + body.length).toBe(LINES_PER_PAGE);
      // the body's first line sits on the grid line it has on any other page, after title + blank
      expect(body[0]!.yMax).toBeCloseTo(rest[0]!.body[titles.length + 1]!.yMax, 0);
      for (const page of rest) {
        expect(page.body, `page ${page.number}`).toHaveLength(LINES_PER_PAGE);
        const span = page.body.at(-1)!.yMax - page.body[0]!.yMax;
        expect(span / (LINES_PER_PAGE - 1), `page ${page.number}`).toBeCloseTo(PITCH_PT, 1);
        expect(BLOCK.bottom - page.body.at(-1)!.yMax, `page ${page.number}`).toBeLessThan(PITCH_PT / 2);
      }
    });

    it("holds 28 characters on a full body line", () => {
      const full = get().pages.flatMap((p) =>
        p.body.filter((l) => !isTitleSize(l) && isFullWidth(l) && isAllFullWidth(l.text)),
      );
      const counts = full.map((l) => [...l.text].length);
      expect(full.length).toBeGreaterThan(40);
      // A line may hold 26 or 27 where a closing mark may not start the next line (禁则) and pulls a character down.
      expect(counts.filter((n) => n === 28).length / counts.length).toBeGreaterThan(0.75);
      expect(Math.max(...counts)).toBe(28);
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(26);
      for (const line of full.filter((l) => [...l.text].length === 28))
        expect(line.xMax - line.xMin).toBeCloseTo(28 * CHAR_PT, -1);
    });

    it("hangs no punctuation past the right edge of the text block (overflowPunct off, as Word lays it out)", () => {
      const body = get().pages.flatMap((p) => p.body.filter((l) => !isTitleSize(l)));
      for (const line of body) expect(line.xMax, line.text).toBeLessThan(BLOCK.right + CHAR_PT / 4);
    });

    it("numbers every page — N —, odd pages right and even left, one 14 pt character in, about 7 mm below the text", () => {
      for (const page of get().pages) {
        expect(
          page.below.map((l) => l.text),
          `page ${page.number}`,
        ).toEqual([`—${page.number}—`]);
        const [number] = page.below;
        const inset = page.number % 2 === 1 ? BLOCK.right - number!.xMax : number!.xMin - BLOCK.left;
        expect(inset, `page ${page.number}`).toBeGreaterThan(12);
        expect(inset, `page ${page.number}`).toBeLessThan(16);
        expect(mm(number!.yMin - BLOCK.bottom), `page ${page.number}`).toBeGreaterThan(5);
        expect(mm(number!.yMin - BLOCK.bottom), `page ${page.number}`).toBeLessThan(9);
      }
    });

    it("mirrors the margins: the text block 28 mm from the left edge on odd pages, 26 mm on even ones (订口 inside)", () => {
      for (const page of get().pages.filter((p) => p.body.length > 10))
        expect(page.printedLeft, `page ${page.number}`).toBeCloseTo(mmPt(page.number % 2 === 1 ? 28 : 26), 0);
    });

    it("centres the title", () => {
      const centre = (BLOCK.left + BLOCK.right) / 2;
      const titles = get().pages[0]!.body.filter(isTitleSize);
      for (const line of titles) expect(Math.abs((line.xMin + line.xMax) / 2 - centre)).toBeLessThan(2);
      const widths = titles.map((l) => l.xMax - l.xMin);
      // balanced: no line a stub of the others
      expect(Math.min(...widths) / Math.max(...widths)).toBeGreaterThan(0.75);
    });

    it(expected.header ? `heads every page with ${expected.header}` : "has no header", () => {
      for (const page of get().pages)
        expect(page.above.map((l) => l.text)).toEqual(expected.header ? [expected.header] : []);
    });
  });
}

describe("the closing of 2020-filled.yaml", () => {
  it("sits one blank line under the body: organisation two characters from the right, date two characters further right", () => {
    const last = rendered.get("2020-filled.yaml (final)")!.pages.at(-1)!.body;
    const [body, organisation, date] = last.slice(-3);
    expect([organisation!.text, date!.text.replace(/\s/g, "")]).toEqual(["北坦街道", "2020年12月28日"]);
    expect(organisation!.yMax - body!.yMax).toBeCloseTo(2 * PITCH_PT, 0);
    expect(date!.xMin - organisation!.xMin).toBeCloseTo(2 * CHAR_PT, 0);
    // the date is the longer line: it keeps about two characters from the right edge
    expect(Math.abs(BLOCK.right - date!.xMax - 2 * CHAR_PT)).toBeLessThan(5);
  });
});
