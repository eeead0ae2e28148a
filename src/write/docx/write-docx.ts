/**
 * The reference writer: the document model → a .docx file through the docx library, on A4 in the
 * official layout, the same bytes for the same model. The command line replays this writer's
 * output from a kit (kit/), made from it at build time; a test keeps the two byte-identical.
 */
import { Document, DocumentGridType, Packer } from "docx";
import type { DocumentModel } from "../../model.js";
import type { WriterOptions } from "../options.js";
import { documentCoreXml } from "./core-properties.js";
import { toDocxBlock } from "./docx-objects.js";
import { repack } from "./finish-parts.js";
import { FONT_PROFILES, fontAttributes } from "./fonts.js";
import { BODY, LINE, PAGE, PAGE_NUMBER, ptToHalfPoints } from "./layout.js";
import { draftHeaders, pageNumberFooters } from "./page-furniture.js";
import { planParagraphs, type PlannedBlock } from "./plan.js";
import { paragraphStyles } from "./styles.js";

export async function writeDocx(model: DocumentModel, options: WriterOptions): Promise<Uint8Array> {
  const blocks = planParagraphs(model, !options.final);
  const fonts = FONT_PROFILES[options.fonts];
  return repack(await packDocx(blocks, model.draftLabel, options), fonts, (xml) =>
    documentCoreXml(xml, model, options),
  );
}

/**
 * The docx library's own package for these blocks, dates and zip times as it makes them; its fixed
 * parts are finished afterwards, the same way for the reference writer and the kit (finish-parts.ts).
 */
export async function packDocx(
  blocks: readonly PlannedBlock[],
  draftLabel: string,
  options: WriterOptions,
): Promise<Uint8Array> {
  const fonts = FONT_PROFILES[options.fonts];
  const document = new Document({
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          // Chinese (PRC) text: Chinese line-breaking rules, and Chinese glyph forms where a font has several.
          run: {
            font: fontAttributes(fonts.body, fonts.latin),
            size: ptToHalfPoints(BODY.sizePt),
            language: { value: "en-US", eastAsia: "zh-CN" },
          },
        },
      },
      paragraphStyles: paragraphStyles(fonts),
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.widthTwips, height: PAGE.heightTwips },
            margin: {
              top: PAGE.marginTopTwips,
              bottom: PAGE.marginBottomTwips,
              left: PAGE.marginLeftTwips,
              right: PAGE.marginRightTwips,
              header: PAGE.headerTwips,
              footer: PAGE_NUMBER.footerTwips,
              gutter: 0,
            },
          },
          // A line grid, so Word's 页面设置 shows 每页 22 行; a character grid LibreOffice lays out at 18 a line (layout.md).
          grid: { type: DocumentGridType.LINES, linePitch: LINE.exactTwips },
        },
        ...(options.final ? {} : { headers: draftHeaders(draftLabel) }),
        footers: pageNumberFooters(),
        children: blocks.map((block) => toDocxBlock(block, fonts)),
      },
    ],
  });
  return Packer.pack(document, "uint8array");
}
