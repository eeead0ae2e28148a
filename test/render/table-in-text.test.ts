/**
 * A table in the text (issue 21): test/fixtures/table-in-text.yaml has a 表题, a header row and 35
 * rows, one cell a figure ({{数值 财政收入}}), laid out by LibreOffice as Word will. The 表题 is
 * centred over the table; number columns are right-aligned (their cells end at one x) and no number
 * breaks across lines; the table runs onto the next page and its header row is repeated there.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, fixture } from "../helpers.js";
import { BLOCK, parsePages, type PdfLine, type PdfPage } from "./pdf-lines.js";
import { bboxLayout, builtAndPrinted, missingPrerequisites } from "./tools.js";

const OUT = join(ROOT, "out", "render-table-in-text");
const HEADER = "工作单位2024年2023年";
const ROW = /^(财政收入|第\d+项重点工作)万元(\d+(?:\.\d+)?)(\d+(?:\.\d+)?)$/u;

let pages: PdfPage[];

beforeAll(() => {
  const missing = missingPrerequisites();
  if (missing.length > 0) throw new Error(`The render test cannot run:\n  ${missing.join("\n  ")}`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const docx = join(OUT, "table-in-text.docx");
  pages = parsePages(bboxLayout(builtAndPrinted(fixture("table-in-text.yaml"), docx, ["--final"])));
}, 300_000);

const flat = (line: PdfLine) => line.text.replace(/\s/g, "");
const rowsOn = (page: PdfPage) => page.body.filter((line) => ROW.test(flat(line)));

describe("a table in the text", () => {
  it("centres the 表题 over the table, under the paragraph it follows", () => {
    const title = pages[0]!.body.find((line) => flat(line) === "表1　2024年重点工作投入情况".replace(/\s/g, ""));
    expect(title).toBeDefined();
    expect(Math.abs((title!.xMin + title!.xMax) / 2 - (BLOCK.left + BLOCK.right) / 2)).toBeLessThan(1.5);
  });

  it("prints the figure in its cell and every row on one line: no number broken", () => {
    const rows = pages.flatMap(rowsOn);
    expect(rows).toHaveLength(35);
    expect(flat(rows[0]!)).toBe("财政收入万元3620031200");
  });

  it("right-aligns the number columns: their cells end at one x", () => {
    for (const page of pages.filter((p) => rowsOn(p).length > 0)) {
      // pdftotext gives a row's cells as words; the last two are the two figures
      const ends = rowsOn(page).map((line) => line.xMax);
      expect(Math.max(...ends) - Math.min(...ends), `page ${page.number}`).toBeLessThan(1);
    }
  });

  it("runs onto the next page with the header row repeated at its top", () => {
    const withRows = pages.filter((p) => rowsOn(p).length > 0);
    expect(withRows.length).toBeGreaterThan(1);
    for (const page of withRows) {
      const header = page.body.findIndex((line) => flat(line) === HEADER);
      expect(header, `page ${page.number}`).toBeGreaterThanOrEqual(0);
      expect(page.body.indexOf(rowsOn(page)[0]!)).toBeGreaterThan(header);
    }
    expect(flat(withRows[1]!.body[0]!)).toBe(HEADER);
  });
});
