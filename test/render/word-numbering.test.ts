/**
 * Headings numbered by Word (`wordNumbering: true`) look on the page as the typed numbers do: each
 * file built both ways, laid out by LibreOffice as Word will (tools.ts: asWordLaysOut), gives the
 * same text on the same pages, every line at the same height and left edge (pdftotext
 * -bbox-layout). A line's right end may move by a fraction of a point (LibreOffice spaces a drawn
 * number from its text a little differently), a ① heading's by a few (LibreOffice draws ① from
 * another face); a line never breaks elsewhere.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, buildDocx } from "../helpers.js";
import { parsePages, type PdfPage } from "./pdf-lines.js";
import { bboxLayout, missingPrerequisites, printedAsWord } from "./tools.js";

const OUT = join(ROOT, "out", "render-word-numbering");
const FILES = [
  "data/2020.yaml",
  "test/fixtures/shapes/d-levels.yaml",
  "test/fixtures/numbering/word-numbering.yaml",
  "test/fixtures/numbering/stand-alone-unnumbered.yaml",
  "test/fixtures/numbering/leads.yaml",
  "test/fixtures/numbering/chapters-circled.yaml",
  "test/fixtures/numbering/level-above-first.yaml",
];
/** How far a line's right end may move, in points: a drawn number's spacing; ① drawn from another face. */
const RIGHT_END_PT = 0.5;
const CIRCLED_RIGHT_END_PT = 4;

/** The pages LibreOffice lays out for the file with `wordNumbering` on or off. */
function pages(file: string, on: boolean): PdfPage[] {
  const name = `${file.replace(/[/.]/g, "_")}-${on ? "word" : "typed"}`;
  const dir = join(OUT, name);
  mkdirSync(dir, { recursive: true });
  const lines = readFileSync(join(ROOT, file), "utf8")
    .split("\n")
    .filter((line) => !line.startsWith("wordNumbering:"));
  const data = join(dir, `${name}.yaml`);
  writeFileSync(data, (on ? "wordNumbering: true\n" : "") + lines.join("\n"));
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, buildDocx(data));
  return parsePages(bboxLayout(printedAsWord(docx)));
}

const laidOut = new Map<string, { typed: PdfPage[]; word: PdfPage[] }>();

beforeAll(() => {
  const missing = missingPrerequisites();
  if (missing.length > 0) throw new Error(`The render test cannot run:\n  ${missing.join("\n  ")}`);
  rmSync(OUT, { recursive: true, force: true });
  for (const file of FILES) laidOut.set(file, { typed: pages(file, false), word: pages(file, true) });
}, 300_000);

describe.each(FILES)("%s numbered by Word", (file) => {
  it("has the typed file's pages: the same text, every line at the same height and left edge", () => {
    const { typed, word } = laidOut.get(file)!;
    expect(word.map((page) => page.body.map((line) => line.text))).toEqual(
      typed.map((page) => page.body.map((line) => line.text)),
    );
    typed.forEach((page, p) =>
      page.body.forEach((line, i) => {
        const other = word[p]!.body[i]!;
        expect(other.yMin, line.text).toBeCloseTo(line.yMin, 1);
        expect(other.xMin, line.text).toBeCloseTo(line.xMin, 1);
        const slack = /^[\u2460-\u2473]/.test(line.text) ? CIRCLED_RIGHT_END_PT : RIGHT_END_PT;
        expect(Math.abs(other.xMax - line.xMax), line.text).toBeLessThanOrEqual(slack);
      }),
    );
  });

  it("still prints 22 lines or fewer on each page", () => {
    for (const page of laidOut.get(file)!.word) expect(page.body.length).toBeLessThanOrEqual(22);
  });
});
