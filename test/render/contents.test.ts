/**
 * The table of contents (test/fixtures/contents.yaml, `contents: true`), laid out by LibreOffice as
 * Word will, before any update of the field: on the first page under the title, 目录 centred, an
 * entry a heading with the page number at the right edge after a dot leader, and each page number
 * the page the heading is printed on; the body starts on the next page. The same for the six pages
 * of test/fixtures/2020-filled.yaml with `contents: true` added, whose headings fall on five.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, fixture } from "../helpers.js";
import { BLOCK, parsePages, type PdfLine, type PdfPage } from "./pdf-lines.js";
import { bboxLayout, builtAndPrinted, missingPrerequisites, pagePngs } from "./tools.js";

const OUT = join(ROOT, "out", "render-contents");
const flat = (line: PdfLine) => line.text.replace(/\s/g, "");
/** An entry as printed: the heading, dots, its page number. */
const ENTRY = /^(.+?)[.…·]{3,}(\d+)$/u;
const HEADINGS = [
  "一、2024年工作回顾",
  "（一）经济运行稳中有进。",
  "（二）城市管理提质增效。",
  "（三）民生保障扎实有力。",
  "（四）基层治理不断深化。",
  "二、存在的问题",
  "三、2025年工作打算",
  "（一）聚力项目建设。",
  "（二）聚力城市更新。",
  "（三）聚力民生保障。",
];

let pages: PdfPage[];
let long: PdfPage[];

function pagesOf(data: string, name: string): PdfPage[] {
  const docx = join(OUT, `${name}.docx`);
  const pdf = builtAndPrinted(data, docx, ["--final"]);
  pagePngs(pdf, OUT, name);
  return parsePages(bboxLayout(pdf));
}

beforeAll(() => {
  const missing = missingPrerequisites();
  if (missing.length > 0) throw new Error(`The render test cannot run:\n  ${missing.join("\n  ")}`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  pages = pagesOf(fixture("contents.yaml"), "contents");
  const longData = join(OUT, "2020-contents.yaml");
  writeFileSync(longData, `${readFileSync(fixture("2020-filled.yaml"), "utf8")}\ncontents: true\n`);
  long = pagesOf(longData, "2020-contents");
}, 300_000);

const entries = (doc: PdfPage[] = pages) =>
  doc[0]!.body.flatMap((line) => {
    const m = ENTRY.exec(flat(line));
    return m ? [{ text: m[1]!, page: Number(m[2]), line }] : [];
  });

describe("the table of contents", () => {
  it("is on the first page under the title: 目录 centred, then an entry a heading, in order", () => {
    const texts = pages[0]!.body.map(flat);
    expect(texts[0]).toBe("常宁市某某街道2024年度工作总结");
    const title = pages[0]!.body.find((line) => flat(line) === "目录")!;
    expect(Math.abs((title.xMin + title.xMax) / 2 - (BLOCK.left + BLOCK.right) / 2)).toBeLessThan(1.5);
    expect(entries().map((e) => e.text)).toEqual(HEADINGS);
  });

  it("prints each heading's page number at the right edge, the page it is printed on", () => {
    for (const doc of [pages, long]) {
      // The first page from the heading before's on (past the 目录's) that starts a line with the heading.
      let from = 2;
      const printedOn = (heading: string) => {
        from = doc.findIndex((page, i) => i >= from - 1 && page.body.some((l) => flat(l).startsWith(heading))) + 1;
        return from;
      };
      const listed = entries(doc);
      expect(listed.length).toBeGreaterThan(9);
      for (const entry of listed) {
        expect({ heading: entry.text, page: entry.page }).toEqual({ heading: entry.text, page: printedOn(entry.text) });
        expect(BLOCK.right - entry.line.xMax).toBeLessThan(1.5);
      }
    }
    expect(new Set(entries(long).map((e) => e.page)).size).toBeGreaterThan(3);
  });

  it("sets the second level two characters in, and starts the body on the next page", () => {
    const [first, second] = entries();
    expect(second!.line.xMin - first!.line.xMin).toBeCloseTo(2 * 15.75, 0);
    expect(flat(pages[1]!.body[0]!)).toMatch(/^2024年，街道/u);
  });
});
