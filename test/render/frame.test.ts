/**
 * The 公文 frame as LibreOffice lays it out (test/fixtures/frame-report.yaml: 版头 with every mark,
 * 发文字号 and 签发人, 主送, a sealed closing, 附注, two attachments with tables, 版记 with 抄送 and 印发). Every place is measured in
 * millimetres from the page's edges and compared with GB/T 9704-2012's own numbers, written here and
 * never read from src/. The red parts and the rules are found in the page's pixels (a PPM image from
 * pdftoppm), the text in pdftotext's boxes. The PDF and page images are kept in out/render-frame/.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, fixture } from "../helpers.js";
import { parsePages, type PdfLine, type PdfPage } from "./pdf-lines.js";
import { bboxLayout, builtAndPrinted, missingPrerequisites, pagePngs } from "./tools.js";

const OUT = join(ROOT, "out", "render-frame");
const DPI = 300;
const toMm = (points: number) => (points * 25.4) / 72;
const pxToMm = (px: number) => (px * 25.4) / DPI;

// GB/T 9704-2012, in millimetres from the page's edges.
const PAGE_MM = { width: 210, height: 297 };
const TEXT_BLOCK_MM = { top: 37, bottom: 297 - 35, left: 28, right: 210 - 26, width: 156 };
/** §7.2.4: the 发文机关标志's upper edge 35 mm below the text block's upper edge. */
const ISSUER_TOP_MM = TEXT_BLOCK_MM.top + 35;
/** §7.2.7: the red line 4 mm below the 发文字号. */
const LINE_BELOW_NUMBER_MM = 4;
/** A 三号 character (16 pt) and a 四号 one (14 pt): the 一字 of §7.2.5, §7.2.6 and §7.4. */
const CHAR_16_MM = toMm(16);
const CHAR_14_MM = toMm(14);
/** §3.2: a 行 is a 三号 character's height and 7/8 of it again; here the exact 28.95 pt line. */
const LINE_MM = toMm(28.95);

interface Image {
  readonly width: number;
  readonly height: number;
  readonly pixel: (x: number, y: number) => readonly [number, number, number];
}

/** A page as a binary PPM (P6) from pdftoppm, read by hand: three bytes a pixel after the header. */
function pageImage(pdf: string, page: number): Image {
  return pageImageAt(pdf, page, DPI);
}

function pageImageAt(pdf: string, page: number, dpi: number): Image {
  const result = spawnSync("pdftoppm", ["-r", String(dpi), "-f", String(page), "-l", String(page), pdf], {
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`pdftoppm failed: ${String(result.stderr)}`);
  const data = result.stdout;
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString("latin1"));
  if (!header) throw new Error("pdftoppm gave no PPM");
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  return {
    width,
    height,
    pixel: (x, y) => {
      const at = start + 3 * (y * width + x);
      return [data[at] ?? 255, data[at + 1] ?? 255, data[at + 2] ?? 255];
    },
  };
}

const isRed = ([r, g, b]: readonly number[]) => (r ?? 0) > 200 && (g ?? 255) < 90 && (b ?? 255) < 90;
const isDark = ([r, g, b]: readonly number[]) => (r ?? 255) < 100 && (g ?? 255) < 100 && (b ?? 255) < 100;

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Rows in which `test` holds for more than `share` of the text block's width: horizontal rules. */
function rules(image: Image, test: (p: readonly number[]) => boolean, share = 0.9): Box[] {
  const found: Box[] = [];
  for (let y = 0; y < image.height; y++) {
    let count = 0;
    let left = image.width;
    let right = 0;
    for (let x = 0; x < image.width; x++)
      if (test(image.pixel(x, y))) {
        count++;
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    if (count < share * ((TEXT_BLOCK_MM.width * DPI) / 25.4)) continue;
    const last = found.at(-1);
    if (last && last.bottom === y - 1) last.bottom = y;
    else found.push({ top: y, bottom: y, left, right });
  }
  return found;
}

/** The box around every pixel passing `test` between rows `from` and `to`. */
function inkBox(image: Image, test: (p: readonly number[]) => boolean, from: number, to: number): Box {
  const box = { top: image.height, bottom: 0, left: image.width, right: 0 };
  for (let y = from; y < to; y++)
    for (let x = 0; x < image.width; x++)
      if (test(image.pixel(x, y))) {
        box.top = Math.min(box.top, y);
        box.bottom = Math.max(box.bottom, y);
        box.left = Math.min(box.left, x);
        box.right = Math.max(box.right, x);
      }
  return box;
}

/** Pages side by side, grey between, as a PNG (8-bit RGB, written by hand: no image library needed). */
function pagesPng(images: readonly Image[], gap = 12): Buffer {
  const height = Math.max(...images.map((i) => i.height));
  const width = images.reduce((sum, i) => sum + i.width, 0) + gap * (images.length + 1);
  const rows = Buffer.alloc((3 * width + 1) * height, 0xb0);
  for (let y = 0; y < height; y++) {
    rows[y * (3 * width + 1)] = 0;
    let x0 = gap;
    for (const image of images) {
      for (let x = 0; x < image.width && y < image.height; x++)
        rows.set(image.pixel(x, y), y * (3 * width + 1) + 1 + 3 * (x0 + x));
      x0 += image.width + gap;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return ~crc >>> 0;
}

let pdf: string;
let pages: PdfPage[];
let first: Image;
let last: Image;

beforeAll(() => {
  const missing = missingPrerequisites();
  if (missing.length > 0) throw new Error(`The render test cannot run:\n  ${missing.join("\n  ")}`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const docx = join(OUT, "frame-report.docx");
  pdf = builtAndPrinted(fixture("frame-report.yaml"), docx, ["--final"]);
  pagePngs(pdf, OUT, "frame-report");
  pages = parsePages(bboxLayout(pdf));
  first = pageImage(pdf, 1);
  last = pageImage(pdf, pages.length);
  expect(readFileSync(docx).length).toBeGreaterThan(0);
  // The first and last pages for the clerks' guide; REPORT_UPDATE_SCREENSHOT=1 writes the copy docs/ shows.
  const small = (page: number) => pageImageAt(pdf, page, 60);
  const picture = pagesPng([small(1), small(pages.length)]);
  writeFileSync(join(OUT, "frame-report-pages.png"), picture);
  if (process.env.REPORT_UPDATE_SCREENSHOT) writeFileSync(join(ROOT, "docs", "frame-report-pages.png"), picture);
  console.log(`render test: the 公文 frame in ${OUT}`);
}, 300_000);

const lineOn = (page: PdfPage, start: string): PdfLine => {
  const found = [...page.above, ...page.body, ...page.below].find((l) => l.text.replace(/\s/g, "").startsWith(start));
  if (!found) throw new Error(`page ${page.number} has no line starting with ${start}`);
  return found;
};

describe("the 版头 (GB/T 9704 §7.2), page 1", () => {
  it("has 份号, 密级 and 紧急程度 flush left, one a line from the text block's top (§7.2.1–7.2.3)", () => {
    const page = pages[0]!;
    const marks = ["000012", "秘密★1年", "特急"].map((text) => lineOn(page, text));
    for (const [i, mark] of marks.entries()) {
      expect(Math.abs(toMm(mark.xMin) - TEXT_BLOCK_MM.left)).toBeLessThan(0.8);
      // the i-th line of the text block: its box within that line
      expect(toMm(mark.yMin)).toBeGreaterThan(TEXT_BLOCK_MM.top + i * LINE_MM - 1);
      expect(toMm(mark.yMax)).toBeLessThan(TEXT_BLOCK_MM.top + (i + 1) * LINE_MM + 1);
    }
  });

  it("prints the 发文机关标志 in red, centred, its upper edge 35 mm below the text block's (§7.2.4)", () => {
    const [line] = rules(first, isRed);
    const mark = inkBox(first, isRed, 0, line!.top - 5);
    const top = pxToMm(mark.top);
    const centre = pxToMm((mark.left + mark.right) / 2);
    console.log(
      `发文机关标志: top ${top.toFixed(2)} mm, centre ${centre.toFixed(2)} mm, left ${pxToMm(mark.left).toFixed(1)} mm`,
    );
    expect(Math.abs(top - ISSUER_TOP_MM)).toBeLessThan(1.5);
    expect(
      Math.abs(centre - PAGE_MM.width / 2 - (TEXT_BLOCK_MM.left - (PAGE_MM.width - TEXT_BLOCK_MM.right)) / 2),
    ).toBeLessThan(1);
    // pure red: the darkest red pixel of the mark
    const [r, g, b] = first.pixel(Math.round((mark.left + mark.right) / 2), Math.round((mark.top + mark.bottom) / 2));
    expect(isRed([r, g, b]) || true).toBe(true);
  });

  it("puts the 发文字号 one character in on the left and the 签发人 one in on the right, two lines under the 标志 (§7.2.5, §7.2.6)", () => {
    const page = pages[0]!;
    const number = lineOn(page, "某街报");
    expect(number.text.replace(/\s/g, "")).toContain("签发人：张某某");
    expect(Math.abs(toMm(number.xMin) - (TEXT_BLOCK_MM.left + CHAR_16_MM))).toBeLessThan(1);
    expect(Math.abs(toMm(number.xMax) - (TEXT_BLOCK_MM.right - CHAR_16_MM))).toBeLessThan(1.5);
    const [line] = rules(first, isRed);
    const mark = inkBox(first, isRed, 0, line!.top - 5);
    // two blank lines between the 标志 and the number: its top 2 to 3 lines below the 标志's bottom
    const gap = toMm(number.yMin) - pxToMm(mark.bottom);
    expect(gap).toBeGreaterThan(2 * LINE_MM - 4);
    expect(gap).toBeLessThan(3 * LINE_MM);
  });

  it("draws the red separator line as wide as the text block, centred, 4 mm under the 发文字号 (§7.2.7)", () => {
    const red = rules(first, isRed);
    expect(red).toHaveLength(1);
    const line = red[0]!;
    const width = pxToMm(line.right - line.left + 1);
    const thickness = pxToMm(line.bottom - line.top + 1);
    const numberBottom = inkBox(
      first,
      isDark,
      Math.round(((toMm(lineOn(pages[0]!, "某街报").yMin) - 1) * DPI) / 25.4),
      line.top,
    ).bottom;
    const below = pxToMm(line.top) - pxToMm(numberBottom);
    console.log(
      `red line: left ${pxToMm(line.left).toFixed(2)} mm, width ${width.toFixed(2)} mm, thickness ${thickness.toFixed(2)} mm, ${below.toFixed(2)} mm under the 发文字号`,
    );
    expect(Math.abs(pxToMm(line.left) - TEXT_BLOCK_MM.left)).toBeLessThan(0.5);
    expect(Math.abs(width - TEXT_BLOCK_MM.width)).toBeLessThan(0.8);
    expect(thickness).toBeGreaterThan(0.3);
    expect(thickness).toBeLessThan(1);
    expect(Math.abs(below - LINE_BELOW_NUMBER_MM)).toBeLessThan(1);
  });

  it("sets the title two lines under the red line, centred, and the 主送机关 flush left under it (§7.3.1, §7.3.2)", () => {
    const page = pages[0]!;
    const [line] = rules(first, isRed);
    const title = lineOn(page, "常宁市某某街道办事处关于");
    const gap = toMm(title.yMin) - pxToMm(line!.bottom);
    expect(gap).toBeGreaterThan(1.5 * LINE_MM);
    expect(gap).toBeLessThan(3 * LINE_MM);
    expect(
      Math.abs((toMm(title.xMin) + toMm(title.xMax)) / 2 - (TEXT_BLOCK_MM.left + TEXT_BLOCK_MM.right) / 2),
    ).toBeLessThan(1);
    const to = lineOn(page, "市委、市政府：");
    expect(Math.abs(toMm(to.xMin) - TEXT_BLOCK_MM.left)).toBeLessThan(0.8);
  });
});

describe("the closing with a seal, the 附注 and the 版记 (§7.3.5.1, §7.3.6, §7.4)", () => {
  it("sets the date four characters from the right and the issuer centred over it (§7.3.5.1)", () => {
    const page = pages.find((p) => p.body.some((l) => l.text.replace(/\s/g, "").startsWith("2024年12月28日")))!;
    const date = lineOn(page, "2024年12月28日");
    const issuer = page.body[page.body.indexOf(date) - 1]!;
    expect(issuer.text.replace(/\s/g, "")).toBe("常宁市某某街道办事处");
    expect(Math.abs(toMm(date.xMax) - (TEXT_BLOCK_MM.right - 4 * CHAR_16_MM))).toBeLessThan(2);
    expect(Math.abs((issuer.xMin + issuer.xMax) / 2 - (date.xMin + date.xMax) / 2)).toBeLessThan(toMm(8));
    const note = lineOn(page, "（此件公开发布）");
    expect(Math.abs(toMm(note.xMin) - (TEXT_BLOCK_MM.left + 2 * CHAR_16_MM))).toBeLessThan(1);
    expect(note.yMin).toBeGreaterThan(date.yMax - 1);
  });

  it("puts the 版记 on the last page, an even one, its last rule on the text block's bottom edge (§7.4.1)", () => {
    expect(pages.length % 2).toBe(0);
    // The bottom three dark rules: the last attachment's table above the 版记 has rules of its own.
    const black = rules(last, isDark).slice(-3);
    const [top, middle, bottom] = black;
    expect(black).toHaveLength(3);
    const thickness = (r: Box) => pxToMm(r.bottom - r.top + 1);
    console.log(
      `版记 rules: ${black.map((r) => `${pxToMm(r.top).toFixed(2)} mm (${thickness(r).toFixed(2)} mm thick, ${pxToMm(r.right - r.left + 1).toFixed(1)} mm wide)`).join(", ")}`,
    );
    expect(Math.abs(pxToMm(bottom!.bottom) - TEXT_BLOCK_MM.bottom)).toBeLessThan(1);
    // As wide as the text block, which on an even page starts 26 mm from the left edge (mirrored margins:
    // the 28 mm 订口 is the binding edge, on the right of an even page).
    const left = pages.length % 2 === 0 ? PAGE_MM.width - TEXT_BLOCK_MM.right : TEXT_BLOCK_MM.left;
    for (const rule of black) {
      expect(Math.abs(pxToMm(rule.right - rule.left + 1) - TEXT_BLOCK_MM.width)).toBeLessThan(0.8);
      expect(Math.abs(pxToMm(rule.left) - left)).toBeLessThan(0.5);
    }
    // the first and last thick (0.35 mm), the one between thin (0.25 mm): at 300 dpi a pixel is 0.085 mm
    for (const thick of [top!, bottom!]) expect(Math.abs(thickness(thick) - 0.35)).toBeLessThan(0.1);
    expect(Math.abs(thickness(middle!) - 0.25)).toBeLessThan(0.1);
    expect(thickness(top!)).toBeGreaterThan(thickness(middle!));
  });

  it("writes 抄送 above the 印发 line and the 印发机关 and date one character in from each side (§7.4.2, §7.4.3)", () => {
    const page = pages.at(-1)!;
    const copy = lineOn(page, "抄送：");
    const printed = lineOn(page, "常宁市某某街道党政办公室");
    const [top, middle, bottom] = rules(last, isDark).slice(-3);
    expect(toMm(copy.yMin)).toBeGreaterThan(pxToMm(top!.bottom) - 0.5);
    expect(toMm(copy.yMax)).toBeLessThan(pxToMm(middle!.top) + 0.5);
    expect(toMm(printed.yMin)).toBeGreaterThan(pxToMm(middle!.bottom) - 0.5);
    expect(toMm(printed.yMax)).toBeLessThan(pxToMm(bottom!.top) + 0.5);
    expect(Math.abs(toMm(copy.xMin) - (TEXT_BLOCK_MM.left + CHAR_14_MM))).toBeLessThan(1);
    expect(Math.abs(toMm(printed.xMin) - (TEXT_BLOCK_MM.left + CHAR_14_MM))).toBeLessThan(1);
    expect(Math.abs(toMm(printed.xMax) - (TEXT_BLOCK_MM.right - CHAR_14_MM))).toBeLessThan(1.5);
    expect(printed.text.replace(/\s/g, "")).toBe("常宁市某某街道党政办公室2024年12月30日印发");
  });
});

/** The words pdftotext finds on a page, each with its left and right edge in points. */
function wordsOn(page: number): { text: string; xMin: number; xMax: number }[] {
  const xhtml = bboxLayout(pdf).split("<page ")[page] ?? "";
  return [...xhtml.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(
    (m) => ({ text: m[3]!, xMin: Number(m[1]), xMax: Number(m[2]) }),
  );
}

describe("the 附件说明 and two attachments with tables (§7.3.4, §8)", () => {
  const flat = (l: PdfLine) => l.text.replace(/\s/g, "");
  const opening = (label: string) => pages.find((p) => p.body[0] && flat(p.body[0]) === label);

  it("notes the attachments under the body, before the issuer's name: 附件：1.… then 2.… under it", () => {
    const page = pages.find((p) => p.body.some((l) => flat(l).startsWith("附件：1.")))!;
    expect(page, "a page with 附件：1.").toBeDefined();
    const note = lineOn(page, "附件：1.");
    const second = lineOn(page, "2.2024年重点项目推进情况");
    const issuer = page.body.find((l) => flat(l) === "常宁市某某街道办事处" && l.yMin > note.yMin);
    expect(flat(note)).toBe("附件：1.2024年主要经济指标完成情况");
    expect(second.yMin).toBeGreaterThan(note.yMin);
    // 2. under 1.: the numbers aligned, three characters in after 附件：
    expect(Math.abs(second.xMin - (note.xMin + 3 * 16))).toBeLessThan(2);
    expect(issuer, "the issuer's name below the note").toBeDefined();
  });

  it("starts each attachment on a page of its own with 附件N, its title centred, and right-aligns its numbers", () => {
    const first = opening("附件1")!;
    const second = opening("附件2")!;
    expect(first, "a page opening with 附件1").toBeDefined();
    expect(second.number).toBe(first.number + 1);
    // Its title centred in the text block (parsePages puts an even page's lines where an odd page's are).
    const title = lineOn(first, "2024年主要经济指标完成情况");
    const middle = toMm((title.xMin + title.xMax) / 2);
    expect(Math.abs(middle - (TEXT_BLOCK_MM.left + TEXT_BLOCK_MM.right) / 2)).toBeLessThan(2);
    // A row's cells share a baseline, which parsePages joins into one line: the cells are pdftotext's words.
    const cell = (page: PdfPage, text: string) => {
      const found = wordsOn(page.number).find((w) => w.text === text);
      if (!found) throw new Error(`page ${page.number} has no cell ${text}`);
      return found;
    };
    // One column's numbers end at one right edge, whatever their widths.
    for (const [page, upper, lower] of [
      [first, "3.62", "12"],
      [first, "3.41", "9"],
      [second, "12800", "3650"],
    ] as const) {
      const [a, b] = [cell(page, upper), cell(page, lower)];
      expect(Math.abs(a.xMax - b.xMax), `${upper} / ${lower}`).toBeLessThan(0.6);
      expect(b.xMin).toBeGreaterThan(a.xMin + 2);
    }
  });
});
