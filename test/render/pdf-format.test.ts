/**
 * `report build --format pdf`: the PDF report writes must have the pages the render test measures
 * in LibreOffice's print of the Word file: the same lines on the same pages, 22 to a full page.
 * A batch of two files builds both, side by side.
 */
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, fixture, runCli } from "../helpers.js";
import { parsePages, type PdfPage } from "./pdf-lines.js";
import { HEADINGS_2020 } from "../expected-headings.js";
import { bboxLayout, missingPrerequisites, pdfOutline, printedAsWord } from "./tools.js";

const OUT = join(ROOT, "out", "render-pdf");
const LINES_PER_PAGE = 22;
const inputs = { "2020": join(ROOT, "data", "2020.yaml"), "2020-filled": fixture("2020-filled.yaml") };
const pagesOf = (pdf: string): PdfPage[] => parsePages(bboxLayout(pdf));
const texts = (pages: PdfPage[]) => pages.map((p) => [...p.above, ...p.body, ...p.below].map((l) => l.text));

let status: number | null = null;

beforeAll(() => {
  // The programs, not the OOXML schema: nothing here is validated against it.
  const missing = missingPrerequisites().filter((problem) => !problem.startsWith("OOXML schema"));
  if (missing.length > 0) throw new Error(`The render test cannot run:\n  ${missing.join("\n  ")}`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  status = runCli(["build", ...Object.values(inputs), "--format", "pdf", "--out-dir", OUT, "--jobs", "2"]).status;
  for (const [name, data] of Object.entries(inputs)) {
    const docx = join(OUT, "docx", `${name}.docx`);
    expect(runCli(["build", data, "-o", docx]).status).toBe(0);
    printedAsWord(docx);
  }
}, 300_000);

describe("build --format pdf", () => {
  it("builds every file of a batch, leaving no temporary file behind", () => {
    expect(status).toBe(0);
    expect(readdirSync(OUT).sort()).toEqual(["2020-filled.pdf", "2020.pdf", "docx"]);
  });

  for (const name of Object.keys(inputs)) {
    it(`${name}.pdf has the pages of the Word file as the render test prints it`, () => {
      const pages = pagesOf(join(OUT, `${name}.pdf`));
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expect(texts(pages)).toEqual(texts(pagesOf(join(OUT, "docx", `${name}.pdf`))));
      for (const page of pages.slice(1, -1)) expect(page.body, `page ${page.number}`).toHaveLength(LINES_PER_PAGE);
    });
  }

  it("2020.pdf has a bookmark for every heading, at its level", () => {
    // A run-in heading's bookmark reads on into its paragraph: LibreOffice names it by the whole paragraph.
    const headings = pdfOutline(join(OUT, "2020.pdf"));
    expect(headings.map((b) => b.depth)).toEqual(HEADINGS_2020.map((h) => h.level));
    headings.forEach((b, i) => expect(b.title.startsWith(HEADINGS_2020[i]!.text), b.title).toBe(true));
  });
});
