/**
 * A reference .docx with a 红头 and its own fonts (issue 21 item 4), laid out by LibreOffice: the
 * output carries the letterhead on page 1 where the reference had it (its red mark found in the
 * page's pixels, its text in pdftotext's boxes), the reference's header and footer on every page,
 * and — the reference keeping the standard's page — still 22 lines of 28 characters. The numbers
 * are GB/T 9704's, written here. The PDFs and page images are kept in out/render-reference/.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, fixture } from "../helpers.js";
import { BLOCK, isAllFullWidth, isFullWidth, isTitleSize, mm, parsePages, type PdfPage } from "./pdf-lines.js";
import { bboxLayout, builtAndPrinted, missingPrerequisites, pagePngs } from "./tools.js";

const OUT = join(ROOT, "out", "render-reference");
const PITCH_PT = 579 / 20;
const LINES_PER_PAGE = 22;
const DPI = 100;
/** The text block's width, GB/T 9704 §5.2.1: 156 mm. */
const TEXT_WIDTH_MM = 156;

interface Case {
  readonly reference: string;
  readonly letterhead: string;
  readonly header?: string;
  readonly after?: string;
}
const cases: Record<string, Case> = {
  "红头 in a table, red line a paragraph border": {
    reference: "table-border.docx",
    letterhead: "北坦街道办事处文件",
    header: "北坦街道办事处",
  },
  "红头 in a text box, red line a shape, {{正文}}": {
    reference: "textbox-line.docx",
    letterhead: "常宁市人民政府文件",
    after: "（此件公开发布）",
  },
};

interface Rendered {
  readonly pdf: string;
  readonly pages: PdfPage[];
}
const rendered = new Map<string, Rendered>();

beforeAll(() => {
  const missing = missingPrerequisites();
  if (missing.length > 0) throw new Error(`The render test cannot run:\n  ${missing.join("\n  ")}`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const [label, c] of Object.entries(cases)) {
    const name = c.reference.replace(/\.docx$/, "");
    const docx = join(OUT, `${name}.docx`);
    const args = ["--final", "--reference", fixture(`reference/${c.reference}`)];
    const pdf = builtAndPrinted(fixture("2020-filled.yaml"), docx, args);
    pagePngs(pdf, OUT, name);
    rendered.set(label, { pdf, pages: parsePages(bboxLayout(pdf)) });
  }
}, 300_000);

/** Page `page` as RGB pixels (pdftoppm's PPM). */
function pixels(pdf: string, page: number) {
  const result = spawnSync("pdftoppm", ["-r", String(DPI), "-f", String(page), "-l", String(page), pdf], {
    maxBuffer: 1 << 27,
  });
  const data = result.stdout;
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString("latin1"));
  if (!header) throw new Error("pdftoppm gave no PPM");
  const [width, height, start] = [Number(header[1]), Number(header[2]), header[0].length];
  const red = (x: number, y: number) => {
    const at = start + 3 * (y * width + x);
    return data[at]! > 200 && data[at + 1]! < 90 && data[at + 2]! < 90;
  };
  return { width, height, red };
}

const pxToPt = (px: number) => (px * 72) / DPI;

for (const [label, c] of Object.entries(cases)) {
  describe(label, () => {
    const get = () => rendered.get(label)!;

    it("prints the letterhead on page 1 above the title: its red text, then a red line across the text block", () => {
      const page = pixels(get().pdf, 1);
      const title = get().pages[0]!.body.find(
        (l) => isTitleSize(l) && !l.text.replace(/\s/g, "").includes(c.letterhead),
      )!;
      const rows: number[] = [];
      for (let y = 0; y < page.height; y++) {
        let count = 0;
        for (let x = 0; x < page.width; x++) if (page.red(x, y)) count++;
        rows.push(count);
      }
      const lineWidth = (TEXT_WIDTH_MM / 25.4) * DPI;
      const ruleRow = rows.findIndex((n) => n > 0.9 * lineWidth);
      expect(ruleRow, "a red line").toBeGreaterThan(0);
      expect(pxToPt(ruleRow)).toBeLessThan(title.yMin);
      const redAbove = rows.slice(0, ruleRow).filter((n) => n > 0).length;
      expect(redAbove, "red rows of the 红头 above the line").toBeGreaterThan(20);
      expect(pxToPt(rows.findIndex((n) => n > 0))).toBeGreaterThan(BLOCK.top - mm(2));
      expect(get().pages[0]!.body.map((l) => l.text.replace(/\s/g, ""))).toContain(c.letterhead);
      // No other page has it.
      for (const later of get().pages.slice(1))
        expect(later.body.map((l) => l.text.replace(/\s/g, ""))).not.toContain(c.letterhead);
    });

    it(`keeps every page after the first on the grid of ${LINES_PER_PAGE} lines 28.95 pt apart, its full pages holding ${LINES_PER_PAGE}`, () => {
      const pages = get().pages.slice(1, -1);
      const full = pages.filter((p) => p.body.length === LINES_PER_PAGE);
      // A page may end short where a heading is kept with the paragraph under it.
      expect(full.length).toBeGreaterThanOrEqual(2);
      const first = full[0]!.body[0]!.yMax;
      for (const page of full) {
        const span = page.body.at(-1)!.yMax - page.body[0]!.yMax;
        expect(span / (LINES_PER_PAGE - 1), `page ${page.number}`).toBeCloseTo(PITCH_PT, 1);
        expect(BLOCK.bottom - page.body.at(-1)!.yMax, `page ${page.number}`).toBeLessThan(PITCH_PT / 2);
      }
      for (const page of pages) {
        expect(page.body.length, `page ${page.number}`).toBeLessThanOrEqual(LINES_PER_PAGE);
        for (const line of page.body) {
          const steps = (line.yMax - first) / PITCH_PT;
          expect(Math.abs(steps - Math.round(steps)), `page ${page.number}: ${line.text}`).toBeLessThan(0.05);
        }
      }
    });

    it("holds 28 characters on a full body line", () => {
      const lines = get().pages.flatMap((p) =>
        p.body.filter((l) => !isTitleSize(l) && isFullWidth(l) && isAllFullWidth(l.text)),
      );
      const counts = lines.map((l) => [...l.text].length);
      expect(lines.length).toBeGreaterThan(40);
      expect(counts.filter((n) => n === 28).length / counts.length).toBeGreaterThan(0.75);
      expect(Math.max(...counts)).toBe(28);
    });

    it(
      c.header
        ? `heads every page with the reference's header (${c.header})`
        : "has no header, as the reference has none",
      () => {
        for (const page of get().pages) expect(page.above.map((l) => l.text)).toEqual(c.header ? [c.header] : []);
      },
    );

    it("numbers every page with the reference's footer — N —", () => {
      for (const page of get().pages)
        expect(page.below.map((l) => l.text.replace(/\s/g, ""))).toEqual([`—${page.number}—`]);
    });

    if (c.after)
      it(`prints what followed {{正文}} in the reference (${c.after}) after the content`, () => {
        const last = get().pages.at(-1)!.body;
        expect(last.at(-1)!.text.replace(/\s/g, "")).toBe(c.after);
      });
  });
}
