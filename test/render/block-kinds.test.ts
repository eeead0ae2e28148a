/**
 * Every kind of block as LibreOffice lays it out: the four heading levels in their fonts, a
 * stand-alone （一） heading on its own line, the salutation, the attachment note, and the
 * attachment on a new page with a table longer than a page. Built from a hand-made document model
 * (test/hand-made-models.ts); the PDF and page images are kept in out/render-kinds/.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeDocxFromKit } from "../../src/write/docx/kit/replay.js";
import { everyKind } from "../hand-made-models.js";
import { ROOT } from "../helpers.js";
import { BLOCK, isAllFullWidth, isFullWidth, isTitleSize, parsePages, type PdfPage } from "./pdf-lines.js";
import {
  bboxLayout,
  missingPrerequisites,
  pagePngs,
  type PdfSpan,
  pdfSpans,
  printedAsWord,
  validateDocumentXml,
} from "./tools.js";

const OUT = join(ROOT, "out", "render-kinds");
const PITCH_PT = 579 / 20;
const CHAR_PT = 16 - 0.25;
/** Rows enough for the table to run onto a second page. */
const TABLE_ROWS = 40;

let docx: Uint8Array;
let pages: PdfPage[];
let spans: PdfSpan[];

beforeAll(() => {
  const missing = missingPrerequisites();
  if (missing.length > 0) throw new Error(`The render test cannot run:\n  ${missing.join("\n  ")}`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, "every-kind.docx");
  writeFileSync(path, writeDocxFromKit(everyKind(TABLE_ROWS), { fonts: "standard", final: false }));
  docx = readFileSync(path);
  // laid out as Word will: no hanging punctuation (LibreOffice needs the setting inverted)
  const pdf = printedAsWord(path);
  pagePngs(pdf, OUT, "every-kind");
  pages = parsePages(bboxLayout(pdf));
  spans = pdfSpans(pdf);
  console.log(`render test: every kind of block in ${OUT}`);
}, 300_000);

const line = (start: string) => {
  for (const page of pages) {
    const index = page.body.findIndex((l) => l.text.startsWith(start));
    if (index >= 0) return { page, index, line: page.body[index]! };
  }
  throw new Error(`no line starts with ${start}`);
};
const span = (start: string) => {
  const found = spans.find((s) => s.text.startsWith(start));
  if (!found) throw new Error(`no text starts with ${start}`);
  return found;
};

describe("every kind of block (hand-made model)", () => {
  it("has word/document.xml valid against the WordprocessingML schema (xmllint)", () => {
    expect(() => validateDocumentXml(docx, join(OUT, "every-kind-xml"))).not.toThrow();
  });

  it("keeps 22 lines 28.95 pt apart on the first page (the title, a blank line, 20 lines of body and headings)", () => {
    const first = pages[0]!;
    const titles = first.body.filter(isTitleSize);
    const body = first.body.filter((l) => !isTitleSize(l));
    expect(titles).toHaveLength(1);
    expect(titles.length + 1 + body.length).toBe(22);
    const span = body.at(-1)!.yMax - body[0]!.yMax;
    expect(span / (body.length - 1)).toBeCloseTo(PITCH_PT, 1);
    expect(BLOCK.bottom - body.at(-1)!.yMax).toBeLessThan(PITCH_PT / 2);
  });

  it("holds 28 characters on a full body line", () => {
    const full = pages.flatMap((p) => p.body.filter((l) => isFullWidth(l) && isAllFullWidth(l.text)));
    const counts = full.map((l) => [...l.text].length);
    expect(full.length).toBeGreaterThan(5);
    // 27 where a closing mark may not start the next line (禁则) and pulls a character down
    expect(Math.max(...counts)).toBe(28);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(26);
    expect(counts.filter((n) => n === 28).length / counts.length).toBeGreaterThan(0.6);
  });

  it("sets each heading level in its font: 黑体, 楷体, then the body's 仿宋 for 1. and （1）", () => {
    const body = span("街道坚持").font;
    const heading1 = span("一、").font;
    const heading2 = span("（一）").font;
    expect(heading1).toMatch(/Sans/);
    expect(heading2).not.toBe(body);
    expect(heading2).not.toBe(heading1);
    expect(span("1.完善制度体系").font).toBe(body);
    expect(span("（1）健全考核办法").font).toBe(body);
    // run in: the heading's runs in their level's font, the sentence after it in the body's
    expect(span("（二）优化营商环境。").font).toBe(heading2);
    expect(span("（二）优化营商环境。").text).toBe("（二）优化营商环境。");
    expect(span("营商环境全面优化。").font).toBe(heading1);
    expect(span("2.推进项目落地。").font).toBe(body);
  });

  it("sets a stand-alone （一） heading on a line of its own, two characters in, the body on the next line", () => {
    const { page, index, line: heading } = line("（一）");
    expect(heading.text).toBe("（一）加强队伍建设");
    expect(heading.xMin - BLOCK.left).toBeCloseTo(2 * 16, 0);
    expect(page.body[index + 1]!.text).toMatch(/^街道坚持/);
    expect(page.body[index + 1]!.yMax - heading.yMax).toBeCloseTo(PITCH_PT, 0);
  });

  it("sets the salutation flush left", () => {
    expect(line("各位代表：").line.xMin - BLOCK.left).toBeLessThan(1);
  });

  it("sets the attachment note one blank line under the body, 附件： two characters in, the names aligned", () => {
    const { page, index, line: first } = line("附件：");
    expect(page.body[index - 1]!.text).toMatch(/安全感不断增强。$/);
    expect(first.yMax - page.body[index - 1]!.yMax).toBeCloseTo(2 * PITCH_PT, 0);
    expect(first.xMin - BLOCK.left).toBeCloseTo(2 * 16, 0);
    const second = page.body[index + 1]!;
    expect(second.text).toBe("2.2023年重点项目清单");
    // 2. under 1.: three characters (附件：) right of 附件
    expect(second.xMin - first.xMin).toBeCloseTo(3 * CHAR_PT, 0);
  });

  it("starts the attachment on a new page: 附件1 at the top left, its title centred on the third line", () => {
    const { page, index, line: label } = line("附件1");
    expect(index).toBe(0);
    expect(pages[page.number - 2]!.body.at(-1)!.text.replace(/\s/g, "")).toBe("2023年12月28日");
    expect(label.xMin - BLOCK.left).toBeLessThan(1);
    expect(label.yMax - BLOCK.top).toBeLessThan(PITCH_PT);
    expect(span("附件1").font).toMatch(/Sans/);
    const title = page.body[1]!;
    expect(title.text).toBe("2023年主要指标完成情况表");
    expect(isTitleSize(title)).toBe(true);
    expect(Math.abs((title.xMin + title.xMax) / 2 - (BLOCK.left + BLOCK.right) / 2)).toBeLessThan(2);
    expect((title.yMax - label.yMax) / PITCH_PT).toBeCloseTo(2, 0);
  });

  it("keeps the table inside the text block, its header row repeated on the next page", () => {
    const { page } = line("附件1");
    const tablePages = pages.slice(page.number - 1);
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    const header = "指标单位2023年2022年同比";
    expect(page.body[2]!.text.replace(/\s/g, "")).toBe(header);
    for (const next of tablePages.slice(1)) expect(next.body[0]!.text.replace(/\s/g, "")).toBe(header);
    for (const p of tablePages)
      for (const l of p.body) {
        expect(l.xMin, l.text).toBeGreaterThan(BLOCK.left);
        expect(l.xMax, l.text).toBeLessThan(BLOCK.right);
      }
    const rows = tablePages.flatMap((p) => p.body.filter((l) => l.text.startsWith("第")));
    expect(rows).toHaveLength(TABLE_ROWS);
  });

  it("right-aligns the numbers: a column's figures end at one edge whatever their length", () => {
    // pdftohtml gives whole points
    const short = span("9.62");
    const long = span("10.62");
    expect(Math.abs(long.right - short.right)).toBeLessThanOrEqual(1);
    expect(long.left).toBeLessThan(short.left - 3);
    // the names start at the cell's left edge
    expect(Math.abs(span("第1项").left - span("第10项").left)).toBeLessThanOrEqual(1);
  });
});
