/**
 * The round trip an office puts a file through (issue 11): the built .docx opened in LibreOffice and
 * saved again as .docx keeps its styles, the line grid and the layout, 22 lines × 28 characters as
 * LibreOffice shows the saved file. The files are kept in out/render-round-trip/ to look at.
 */
import type { Element } from "@xmldom/xmldom";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { all, attr, readDocx, type DocxXml } from "../docx-xml.js";
import { ROOT, fixture, parseXml, runCli } from "../helpers.js";
import { isAllFullWidth, isFullWidth, isTitleSize, parsePages, type PdfPage } from "./pdf-lines.js";
import { bboxLayout, missingPrerequisites, pagePngs, resaveDocx, toPdf } from "./tools.js";

const OUT = join(ROOT, "out", "render-round-trip");
const LINES_PER_PAGE = 22;
let original: DocxXml;
let saved: DocxXml;
let pages: PdfPage[];

beforeAll(() => {
  const missing = missingPrerequisites();
  if (missing.length > 0) throw new Error(`The round-trip test cannot run:\n  ${missing.join("\n  ")}`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, "built"), { recursive: true });
  const built = join(OUT, "built", "2020-filled.docx");
  const result = runCli(["build", fixture("2020-filled.yaml"), "--final", "-o", built]);
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  const resaved = resaveDocx(built, join(OUT, "saved"));
  original = readDocx(readFileSync(built));
  saved = readDocx(readFileSync(resaved));
  const pdf = toPdf(resaved, OUT);
  pagePngs(pdf, OUT, "2020-filled-resaved");
  pages = parsePages(bboxLayout(pdf));
}, 300_000);

/** Style id → w:name, for the paragraph styles of a file. */
function styleNames(doc: DocxXml): Map<string, string> {
  const styles = parseXml(doc.parts["word/styles.xml"] ?? "").documentElement as unknown as Element;
  return new Map(
    all(styles, "w:style")
      .filter((s) => s.getAttribute("w:type") === "paragraph")
      .map((s) => [s.getAttribute("w:styleId") ?? "", attr(s, "w:name", "w:val") ?? ""]),
  );
}
/**
 * The style name of each paragraph of the body, the default style's where it names none; in lower
 * case, as Word matches built-in names (LibreOffice saves Word's “heading 1” as “Heading 1”).
 */
function paragraphStyles(doc: DocxXml): string[] {
  const names = styleNames(doc);
  return doc.paragraphs.map((p) => (names.get(attr(p.element, "w:pStyle", "w:val") ?? "Normal") ?? "?").toLowerCase());
}

describe("2020-filled.yaml opened in LibreOffice and saved as .docx again", () => {
  it("keeps every paragraph's style, by the name Word knows it by", () => {
    expect(original.paragraphs.length).toBeGreaterThan(10);
    expect(paragraphStyles(saved)).toEqual(paragraphStyles(original));
  });

  it("keeps every heading at its outline level, the run-in ones included", () => {
    const outline = (doc: DocxXml) =>
      doc.paragraphs.flatMap((p) => {
        const level = doc.paragraphProperty(p.element, "w:outlineLvl", "w:val");
        return level === null ? [] : [[Number(level) + 1, p.text]];
      });
    expect(outline(original)).toHaveLength(13);
    expect(outline(saved)).toEqual(outline(original));
  });

  it("keeps the body font, the exact 579-twip lines, the 22 × 28 grid's type and pitch, mirrored margins", () => {
    const body = saved.paragraphs.find((p) => p.text.startsWith("今年以来"))!.element;
    // the font and spacing may sit on the run, the paragraph, its style or the defaults: resolved through them
    expect(new Set(saved.runsOf(body).map((r) => r.eastAsia))).toEqual(new Set(["仿宋_GB2312"]));
    const property = (name: string) => saved.paragraphProperty(body, "w:spacing", name);
    expect([property("w:line"), property("w:lineRule")]).toEqual(["579", "exact"]);
    expect(attr(saved.sectPr, "w:docGrid", "w:type")).toBe("linesAndChars");
    expect(attr(saved.sectPr, "w:docGrid", "w:linePitch")).toBe("579");
    // LibreOffice 7.4 writes charSpace back as its own value, unsigned (−849 → 4294966271, i.e. −1025): docs/layout.md
    expect(saved.parts["word/settings.xml"]).toContain("<w:mirrorMargins/>");
  });

  it(`still lays out ${LINES_PER_PAGE} lines a full page and 28 characters a full line`, () => {
    const full = pages.slice(1, -1);
    expect(full.length).toBeGreaterThanOrEqual(2);
    for (const page of full) expect(page.body, `page ${page.number}`).toHaveLength(LINES_PER_PAGE);
    const lines = pages.flatMap((p) =>
      p.body.filter((l) => !isTitleSize(l) && isFullWidth(l) && isAllFullWidth(l.text)),
    );
    const counts = lines.map((l) => [...l.text].length);
    expect(lines.length).toBeGreaterThan(40);
    expect(Math.max(...counts)).toBe(28);
    expect(counts.filter((n) => n === 28).length / counts.length).toBeGreaterThan(0.75);
  });
});
