/**
 * The reference writer: the document model → a .docx file through the docx library, on A4 in the
 * official layout, the same bytes for the same model. The command line replays this writer's
 * output from a kit (kit/), made from it at build time; a test keeps the two byte-identical.
 */
import { Document, Packer } from "docx";
import type { DocumentModel } from "../../model.js";
import type { WriterOptions } from "../index.js";
import { documentTimestamp } from "./dates.js";
import { repack } from "./finish-parts.js";
import { toDocxBlock } from "./docx-objects.js";
import { FONT_PROFILES, fontAttributes } from "./fonts.js";
import { BODY, PAGE, PAGE_NUMBER, ptToHalfPoints } from "./layout.js";
import { draftHeaders, pageNumberFooters } from "./page-furniture.js";
import { planParagraphs, type PlannedBlock } from "./plan.js";
import { paragraphStyles } from "./styles.js";

export async function writeDocx(model: DocumentModel, options: WriterOptions): Promise<Uint8Array> {
  const blocks = planParagraphs(model, !options.final);
  return repack(await packDocx(blocks, model.draftLabel, options), documentTimestamp(model, options));
}

/** The docx library's own package for these blocks, dates and zip times as it makes them. */
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
        },
        ...(options.final ? {} : { headers: draftHeaders(draftLabel) }),
        footers: pageNumberFooters(),
        children: blocks.map((block) => toDocxBlock(block, fonts)),
      },
    ],
  });
  return Packer.pack(document, "uint8array");
}
