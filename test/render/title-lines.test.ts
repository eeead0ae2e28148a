/**
 * A title as a 工作报告 writes it (issue 21): three lines written by the clerk (a 梯形, GB/T 9704
 * §7.3.1), the 题注 and the speaker's line under it (test/fixtures/cppcc-report.yaml), laid out by
 * LibreOffice as Word will. The standard's numbers are written here, never read from src/: the
 * title 二号 (22 pt) and centred in the text block, each line as the data writes it; the lines
 * under it 三号 (16 pt) 楷体, centred; one blank line, then the body. Its two attachments (a table,
 * a text) each start a page of their own (§7.3.7): 附件1 flush left on the first line, the title
 * centred on the third, the 附件说明 numbering them 1. and 2.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, fixture } from "../helpers.js";
import { BLOCK, parsePages, type PdfLine, type PdfPage } from "./pdf-lines.js";
import { bboxLayout, builtAndPrinted, missingPrerequisites, pdfSpans, type PdfSpan } from "./tools.js";

const OUT = join(ROOT, "out", "render-title");
const TITLE_LINES = ["中国人民政治协商会议", "常宁市第十一届委员会常务委员会", "工作报告"];
const SUBTITLE = "——在政协常宁市第十一届委员会第四次会议上";
const SPEAKER = "常宁市政协主席张三";
/** The text block's centre line, in points from the page's left edge (28 mm and 26 mm margins). */
const CENTRE = (BLOCK.left + BLOCK.right) / 2;
/** §3.2: a 三号 line of the body, 28.95 pt exactly. */
const PITCH_PT = 28.95;

let page: PdfPage;
let pages: PdfPage[];
let spans: PdfSpan[];

beforeAll(() => {
  const missing = missingPrerequisites();
  if (missing.length > 0) throw new Error(`The render test cannot run:\n  ${missing.join("\n  ")}`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const docx = join(OUT, "cppcc-report.docx");
  const pdf = builtAndPrinted(fixture("cppcc-report.yaml"), docx, ["--final"]);
  pages = parsePages(bboxLayout(pdf));
  page = pages[0]!;
  spans = pdfSpans(pdf).filter((span) => span.page === 1);
}, 300_000);

const flat = (line: PdfLine) => line.text.replace(/\s/g, "");
const centreOf = (line: PdfLine) => (line.xMin + line.xMax) / 2;

describe("a title over three lines with its 题注 and speaker (§7.3.1)", () => {
  it("sets the title's lines as the data writes them, then the 题注 and the speaker, at the top of the text block", () => {
    expect(page.body.slice(0, 5).map(flat)).toEqual([...TITLE_LINES, SUBTITLE, SPEAKER]);
    // the first line on the text block's first line
    expect(page.body[0]!.yMin - BLOCK.top).toBeLessThan(PITCH_PT);
  });

  it("centres every line within the text block", () => {
    for (const line of page.body.slice(0, 5)) {
      console.log(`${flat(line)}: centre ${(centreOf(line) - CENTRE).toFixed(2)} pt off the text block's`);
      expect(Math.abs(centreOf(line) - CENTRE), flat(line)).toBeLessThan(1.5);
    }
  });

  it("makes the lines a 梯形 as written: each one wider than the line above, or the last the shortest", () => {
    const [a, b, c] = page.body.slice(0, 3).map((l) => l.xMax - l.xMin) as [number, number, number];
    expect(b).toBeGreaterThan(a);
    expect(c).toBeLessThan(a);
  });

  it("prints the title in 二号 (22 pt) and the 题注 and speaker in 三号 (16 pt) 楷体", () => {
    // A line's box is its font's height: measured against the body's 三号 (16 pt) lines below.
    const height = (line: PdfLine) => line.yMax - line.yMin;
    const bodyLine = height(page.body.find((line) => flat(line).startsWith("现在"))!);
    for (const line of page.body.slice(0, 3)) expect(height(line) / bodyLine).toBeCloseTo(22 / 16, 1);
    for (const line of page.body.slice(3, 5)) expect(height(line) / bodyLine).toBeCloseTo(1, 1);
    const fontOf = (text: string) => spans.find((span) => span.text.includes(text))?.font ?? "";
    // The render test's fonts.conf draws 楷体_GB2312 with a face of its own (Noto Serif CJK TC): the
    // lines under the title are in the face of the （一） heading, 楷体 by §7.3.3, not the body's or the title's.
    const kai = fontOf("坚持围绕中心");
    const body = fontOf("我代表政协");
    expect(kai).not.toBe(body);
    for (const text of ["在政协常宁市", "常宁市政协主席"]) {
      expect(fontOf(text), text).toBe(kai);
      expect(fontOf(text), text).not.toBe(fontOf("中国人民政治协商会议"));
    }
  });

  it("leaves one blank line between the speaker's line and what follows", () => {
    const [speaker, next] = [page.body[4]!, page.body[5]!];
    expect(flat(next)).toBe("各位委员：");
    const gap = next.yMin - speaker.yMin;
    expect(gap).toBeGreaterThan(1.5 * PITCH_PT);
    expect(gap).toBeLessThan(2.5 * PITCH_PT);
  });
});

describe("two attachments (§7.3.4, §7.3.7)", () => {
  const startsWith = (p: PdfPage, text: string) =>
    flat(p.body[0] ?? { text: "", xMin: 0, xMax: 0, yMin: 0, yMax: 0 }) === text;

  it("notes them under the body as 附件：1. and 2., the second under the first's name", () => {
    const lines = pages.flatMap((p) => p.body);
    const first = lines.find((line) => flat(line) === "附件：1.2024年专题协商议题")!;
    const second = lines.find((line) => flat(line) === "2.2025年重点工作安排")!;
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    // the second name starts under the first's (after 附件：, three characters of 16 pt)
    expect(Math.abs(second.xMin - (first.xMin + 3 * 16))).toBeLessThan(1.5);
  });

  it("starts each on a page of its own: 附件N flush left on the first line, its title centred on the third", () => {
    for (const [label, title] of [
      ["附件1", "2024年专题协商议题"],
      ["附件2", "2025年重点工作安排"],
    ] as const) {
      const at = pages.find((p) => startsWith(p, label));
      expect(at, label).toBeDefined();
      const [labelLine, titleLine] = at!.body as [PdfLine, PdfLine];
      expect(Math.abs(labelLine.xMin - BLOCK.left)).toBeLessThan(1.5);
      expect(labelLine.yMin - BLOCK.top).toBeLessThan(PITCH_PT);
      expect(flat(titleLine)).toBe(title);
      expect(Math.abs(centreOf(titleLine) - CENTRE)).toBeLessThan(1.5);
      expect(titleLine.yMin - BLOCK.top).toBeGreaterThan(1.5 * PITCH_PT);
      expect(titleLine.yMin - BLOCK.top).toBeLessThan(3 * PITCH_PT);
    }
    const first = pages.findIndex((p) => startsWith(p, "附件1"));
    expect(pages.findIndex((p) => startsWith(p, "附件2"))).toBeGreaterThan(first);
  });

  it("sets the first's table with its numbers right-aligned (the figure among them) and the second's text", () => {
    const at = pages.find((p) => startsWith(p, "附件1"))!;
    const rows = at.body.filter((line) => /^[12](推进|优化)/u.test(flat(line)));
    expect(rows.map(flat)).toEqual(["1推进老旧小区改造26", "2优化营商环境128"]);
    expect(Math.abs(rows[0]!.xMax - rows[1]!.xMax)).toBeLessThan(1);
    const text = pages.find((p) => startsWith(p, "附件2"))!;
    expect(text.body.map(flat)).toContain("一是围绕全市中心工作开展专题协商。");
  });
});
