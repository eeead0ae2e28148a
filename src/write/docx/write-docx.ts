/** The document model → a .docx file on A4 in the official layout, the same bytes for the same model. */
import { Document, Packer } from "docx";
import type { DocumentModel } from "../../model.js";
import type { WriterOptions } from "../index.js";
import { repack } from "./deterministic-zip.js";
import { FONT_PROFILES, fontAttributes } from "./fonts.js";
import { BODY, PAGE, PAGE_NUMBER, ptToHalfPoints } from "./layout.js";
import { draftHeaders, pageNumberFooters } from "./page-furniture.js";
import { toParagraphs } from "./paragraphs.js";

export async function writeDocx(model: DocumentModel, options: WriterOptions): Promise<Uint8Array> {
  const fonts = FONT_PROFILES[options.fonts];
  const context = { fonts, highlightBlanks: !options.final };
  const document = new Document({
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          // Chinese (PRC) text: Chinese line-breaking rules, and Chinese glyph forms where a font has several.
          run: { font: fontAttributes(fonts.body, fonts.latin), size: ptToHalfPoints(BODY.sizePt), language: { value: "en-US", eastAsia: "zh-CN" } },
        },
      },
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
        ...(options.final ? {} : { headers: draftHeaders(model.draftLabel, fonts) }),
        footers: pageNumberFooters(fonts),
        children: model.blocks.flatMap((block) => toParagraphs(block, context)),
      },
    ],
  });
  const zip = await Packer.pack(document, "uint8array");
  return repack(zip, options.documentTimestamp ?? `${model.date}T00:00:00Z`);
}
