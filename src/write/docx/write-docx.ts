/**
 * The reference writer: the document model → a .docx file through the docx library, on A4 in the
 * official layout, the same bytes for the same model. The command line replays this writer's
 * output from a kit (kit/), made from it at build time; a test keeps the two byte-identical.
 */
import { Document, DocumentGridType, Packer } from "docx";
import type { DocumentModel } from "../../model.js";
import type { WriterOptions } from "../options.js";
import { documentPropertiesXml } from "./core-properties.js";
import { toDocxBlock } from "./docx-objects.js";
import { repack } from "./finish-parts.js";
import { FONT_PROFILES, fontAttributes } from "../layout/fonts.js";
import { BODY, DEFAULT_TAB_STOP_TWIPS, GRID_PITCH, PAGE, PAGE_NUMBER, ptToHalfPoints } from "../layout/layout.js";
import { draftHeaders, pageNumberFooters } from "./page-furniture.js";
import { PAGE_METRICS } from "./page-metrics.js";
import { planParagraphs, type PlannedBlock } from "./plan.js";
import { paragraphStyles } from "./styles.js";
import { planWordNumbering, withWordNumbering } from "./word-numbering.js";

export async function writeDocx(model: DocumentModel, options: WriterOptions): Promise<Uint8Array> {
  const fonts = FONT_PROFILES[options.fonts];
  const numbered = model.wordNumbering ? planWordNumbering(model) : undefined;
  const blocks = planParagraphs(numbered?.model ?? model, PAGE_METRICS, {
    highlightBlanks: !options.final,
    standardPage: options.standardPage ?? true,
  });
  const docx = repack(await packDocx(blocks, model.draftLabel, options), fonts, (path, xml) =>
    documentPropertiesXml(path, xml, model, options),
  );
  return numbered ? withWordNumbering(docx, numbered.plan, fonts) : docx;
}

/**
 * The docx library's own package for these blocks, dates and zip times as it makes them; its fixed
 * parts are finished afterwards, the same way for the reference writer and the kit (finish-parts.ts).
 */
/**
 * The compatibility options every Word file saved in a Chinese locale carries (the seven of Word's
 * 公文 templates, in their w:compat): among them doNotExpandShiftReturn, without which a line ended
 * by Shift+Enter is stretched across the whole width, and adjustLineHeightInTable, which puts table
 * cells on the document grid.
 */
const EAST_ASIAN_COMPATIBILITY = {
  spaceForUnderline: true,
  balanceSingleByteDoubleByteWidth: true,
  doNotLeaveBackslashAlone: true,
  underlineTrailingSpaces: true,
  doNotExpandShiftReturn: true,
  adjustLineHeightInTable: true,
  useFELayout: true,
} as const;

export async function packDocx(
  blocks: readonly PlannedBlock[],
  draftLabel: string,
  options: WriterOptions,
): Promise<Uint8Array> {
  const fonts = FONT_PROFILES[options.fonts];
  const document = new Document({
    evenAndOddHeaderAndFooters: true,
    defaultTabStop: DEFAULT_TAB_STOP_TWIPS,
    compatibility: EAST_ASIAN_COMPATIBILITY,
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
          // Word's 22 × 28 (页面设置 → 文档网格); LibreOffice is given a lines-only copy (for-libreoffice.ts).
          grid: {
            type: DocumentGridType.LINES_AND_CHARS,
            linePitch: GRID_PITCH.lineTwips,
            charSpace: GRID_PITCH.charSpace,
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
