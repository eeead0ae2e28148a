/**
 * The 版记 on an even page (GB/T 9704 §7.4: the last page, 封四, of a document printed on both
 * sides), laid out by LibreOffice as Word will: a body of one page puts the 版记 at the foot of page
 * 2, the page left otherwise empty (test/fixtures/frame-short.yaml); a body that ends on page 2
 * (test/fixtures/frame-report.yaml) puts it on page 4, page 3 blank, as the printer's sheet needs.
 * Every page counts, blank ones too: the PDF is what a printer prints on both sides.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, fixture, runCli } from "../helpers.js";
import { BLOCK, parsePages, type PdfLine, type PdfPage } from "./pdf-lines.js";
import { asWordLaysOut, bboxLayout, missingPrerequisites, toPdf } from "./tools.js";

const OUT = join(ROOT, "out", "render-colophon");
/** §3.2: a 行, here the exact 28.95 pt line. */
const LINE_PT = 28.95;

const pagesOf = (name: string): PdfPage[] => {
  const dir = join(OUT, name);
  mkdirSync(dir, { recursive: true });
  const docx = join(dir, `${name}.docx`);
  const built = runCli(["build", fixture(`${name}.yaml`), "--final", "-o", docx]);
  if (built.status !== 0) throw new Error(built.stderr);
  return parsePages(bboxLayout(toPdf(asWordLaysOut(docx, join(dir, "as-word")), dir)));
};

const flat = (line: PdfLine) => line.text.replace(/\s/g, "");
const texts = (page: PdfPage) => page.body.map(flat);

let short: PdfPage[];
let long: PdfPage[];

beforeAll(() => {
  const missing = missingPrerequisites();
  if (missing.length > 0) throw new Error(`The render test cannot run:\n  ${missing.join("\n  ")}`);
  rmSync(OUT, { recursive: true, force: true });
  short = pagesOf("frame-short");
  long = pagesOf("frame-report");
}, 300_000);

/** The page holds the 版记 alone, at the foot of its text block: 抄送 above, the 印发 line on the last line. */
function expectColophonAlone(page: PdfPage, copyTo: string): void {
  expect(texts(page)).toEqual([copyTo, expect.stringMatching(/^常宁市某某街道党政办公室2024年12月30日印发$/u)]);
  const printed = page.body.at(-1)!;
  expect(BLOCK.bottom - printed.yMax).toBeGreaterThan(0);
  expect(BLOCK.bottom - printed.yMax).toBeLessThan(LINE_PT / 2);
}

describe("the 版记 on an even page (§7.4)", () => {
  it("moves the 版记 of a one-page body to the foot of page 2, not the odd first page", () => {
    expect(short).toHaveLength(2);
    expect(texts(short[0]!).join("")).toContain("现将我街道2024年度工作总结报上");
    expect(texts(short[0]!).join("")).not.toContain("抄送");
    expectColophonAlone(short[1]!, "抄送：市委办公室。");
  });

  it("puts the 版记 of a body ending on page 2 on page 4, page 3 blank", () => {
    expect(long).toHaveLength(4);
    expect(texts(long[1]!).join("")).toContain("（此件公开发布）");
    expect(long[2]!.body).toEqual([]);
    expect([...long[2]!.above, ...long[2]!.below]).toEqual([]);
    expectColophonAlone(long[3]!, "抄送：市委办公室，市人大常委会办公室，市政协办公室。");
  });
});
