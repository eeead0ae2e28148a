/**
 * The command line writes Word files by replaying a kit of the docx library's XML (src/write/docx/kit);
 * the reference writer runs the library itself. For every font profile, draft and final, on data
 * with titles, run-in headings, blanks, figures and a closing, and on a hand-made document with every
 * kind of block (table included), the two give the same bytes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DocumentModel } from "../src/model.js";
import { check } from "../src/pipeline.js";
import { render } from "../src/render/render.js";
import { DEFAULT_TEMPLATE_DIR, loadTemplate } from "../src/render/template.js";
import { FONT_PROFILE_NAMES } from "../src/write/layout/fonts.js";
import { paragraphKey, runKey } from "../src/write/docx/kit/kit.js";
import { makeKit } from "../src/write/docx/kit/make-kit.js";
import { loadKit, writeDocxFromKit } from "../src/write/docx/kit/replay.js";
import { PARAGRAPH_KINDS, styleId } from "../src/write/docx/styles.js";
import { writeDocx } from "../src/write/docx/write-docx.js";
import { everyFrameKind, everyKind, everyKindOutsideGb2312, withContentsBlock } from "./hand-made-models.js";
import { ROOT, cliBundle, docxParts, fixture } from "./helpers.js";

async function model(path: string): Promise<DocumentModel> {
  const { summary } = await check(path);
  if (!summary) throw new Error(`${path} does not validate`);
  return render(summary, loadTemplate(), DEFAULT_TEMPLATE_DIR).model;
}

const documents = {
  "data/2020.yaml (blanks, no closing)": await model("data/2020.yaml"),
  "2020-filled.yaml (long title, closing)": await model(fixture("2020-filled.yaml")),
  "2021-filled.yaml (seven sections)": await model(fixture("2021-filled.yaml")),
  "outside-gb2312.yaml (玥 喆 堃 in the title, a heading, the body and the closing)": await model(
    fixture("outside-gb2312.yaml"),
  ),
  "every kind of block (hand-made: four heading levels, salutation, attachment note, table)": everyKind(),
  "every kind of block with 喆 in every run and table header": everyKindOutsideGb2312(),
  "every kind of block in the 公文 frame (版头, seal, 附注, 版记)": everyFrameKind(),
  "the 公文 frame with 喆 in its names": everyKindOutsideGb2312(everyFrameKind()),
  "the contents (目录) of every kind of block, in the frame": withContentsBlock(everyFrameKind()),
  "the contents of every kind of block, with 喆": withContentsBlock(everyKindOutsideGb2312()),
};

describe.each(FONT_PROFILE_NAMES)("fonts %s", (fonts) => {
  describe.each([false, true])("final %s", (final) => {
    it.each(Object.entries(documents))("%s: the kit's bytes are the docx library's", async (_, document) => {
      const options = { fonts, final };
      const kit = await makeKit(fonts, final);
      const reference = await writeDocx(document, options);
      const replayed = writeDocxFromKit(document, options, kit);
      if (!Buffer.from(replayed).equals(Buffer.from(reference))) {
        expect(docxParts(replayed)).toEqual(docxParts(reference)); // shows which part differs
      }
      expect(Buffer.from(replayed).equals(Buffer.from(reference))).toBe(true);
      // The kit npm run build wrote (the one the command uses) is the same kit.
      expect(loadKit(options)).toEqual(kit);
    });
  });
});

describe("the kit", () => {
  it("keeps the docx library out of the command's bundle: it runs at build time only", () => {
    // Every source file bundled into the command line's files, as esbuild's metafile lists them.
    const files = JSON.parse(readFileSync(join(ROOT, "dist", "cli-files.json"), "utf8")) as Record<
      string,
      { inputs: string[] }
    >;
    const inputs = Object.values(files).flatMap((file) => file.inputs);
    expect(inputs).toContain("src/write/docx/kit/replay.ts");
    expect(inputs.filter((input) => input.startsWith("node_modules/docx/"))).toEqual([]);
    // Nor any of its XML: names only the library writes (the styles part's defaults, its table
    // style's name and cell margins); w:outlineLvl no longer tells: the copy LibreOffice is given
    // (for-libreoffice.ts) and report import read and write it.
    const bundle = cliBundle();
    expect(bundle).not.toContain("w:pPrDefault");
    expect(bundle).not.toContain("Normal Table");
    expect(bundle).not.toContain("w:tblCellMar");
  });

  it("records every kind of paragraph of styles.ts, each naming its style, and the table's pieces", () => {
    const kit = loadKit({ fonts: "standard", final: false });
    for (const kind of PARAGRAPH_KINDS) {
      expect(kit.paragraphs[paragraphKey({ kind })], kind).toContain(`<w:pStyle w:val="${styleId(kind)}"/>`);
      expect(kit.paragraphs[paragraphKey({ kind, keepNext: true, leftIndentTwips: 1, align: "right" })]).toBeDefined();
      // a run outside GB2312 takes its style's font's fallback face, so one is recorded for every kind
      const outside = kit.runs[runKey({ highlight: true, breakBefore: true, outsideGb2312: true }, kind)];
      expect(outside?.[0], kind).toMatch(/<w:rFonts [^>]*w:eastAsia="[^"]+"/);
    }
    expect(kit.table.open).toMatch(/^<w:tbl>.*<w:tblGrid>$/);
    expect(kit.table.headerRow).toContain("<w:tblHeader/>");
    expect(kit.table.bodyRow).not.toContain("<w:tblHeader");
    expect([kit.table.cellClose, kit.table.rowClose, kit.table.close]).toEqual(["</w:tc>", "</w:tr>", "</w:tbl>"]);
  });

  it("carries a draft label and a SOURCE_DATE_EPOCH date through, escaped", async () => {
    const document = { ...documents["data/2020.yaml (blanks, no closing)"], draftLabel: "征求意见稿 <内部> & “讨论”" };
    const options = { fonts: "standard" as const, final: false, documentTimestamp: "2021-01-02T03:04:05Z" };
    const replayed = writeDocxFromKit(document, options, await makeKit("standard", false));
    expect(Buffer.from(replayed).equals(Buffer.from(await writeDocx(document, options)))).toBe(true);
    const parts = docxParts(replayed);
    expect(parts["word/header1.xml"]).toContain("征求意见稿 &lt;内部&gt; &amp; “讨论”");
    expect(parts["docProps/core.xml"]).toContain(">2021-01-02T03:04:05Z<");
  });
});
