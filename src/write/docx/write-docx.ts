/**
 * The reference writer: the document model → a .docx file through the docx library, on A4 in the
 * official layout, the same bytes for the same model. The command line replays this writer's
 * output from a kit (kit/), made from it at build time; a test keeps the two byte-identical.
 */
import { Document, DocumentGridType, Packer } from "docx";
import { unzipSync, zipSync } from "fflate";
import type { DocumentModel } from "../../model.js";
import type { WriterOptions } from "../index.js";
import { documentCoreXml } from "./core-properties.js";
import { repack } from "./deterministic-zip.js";
import { toDocxParagraph } from "./docx-objects.js";
import { FONT_PROFILES, fontAttributes } from "./fonts.js";
import { BODY, LINE, PAGE, PAGE_NUMBER, ptToHalfPoints } from "./layout.js";
import { finishPackage } from "./package-parts.js";
import { draftHeaders, pageNumberFooters } from "./page-furniture.js";
import { planParagraphs, type PlannedParagraph } from "./plan.js";

export async function writeDocx(model: DocumentModel, options: WriterOptions): Promise<Uint8Array> {
  const paragraphs = planParagraphs(model, !options.final);
  return repack(await packDocx(paragraphs, model.draftLabel, options), (xml) => documentCoreXml(xml, model, options));
}

/**
 * The docx library's own package for these paragraphs, dates and zip times as it makes them, its
 * fixed parts finished as Word and WPS need them (package-parts.ts).
 */
export async function packDocx(
  paragraphs: readonly PlannedParagraph[],
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
        ...(options.final ? {} : { headers: draftHeaders(draftLabel, fonts) }),
        footers: pageNumberFooters(fonts),
        children: paragraphs.map((paragraph) => toDocxParagraph(paragraph, fonts)),
      },
    ],
  });
  return zipSync(finishPackage(unzipSync(await Packer.pack(document, "uint8array")), fonts));
}
