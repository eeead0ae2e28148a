/**
 * Planned blocks → the docx library's objects. A paragraph names its style (styles.ts), which
 * carries its layout; only what really differs from the style is written on the paragraph or run:
 * a closing line's computed indent, a table cell's alignment, a run-in heading's font, the fallback
 * face of characters outside GB2312, a highlight.
 */
import {
  AlignmentType,
  BorderStyle,
  HighlightColor,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  Textbox,
  TextRun,
  WidthType,
} from "docx";
import { fallbackFace, fontAttributes, type FontSet } from "../layout/fonts.js";
import { boxPoints } from "./frame-kinds.js";
import { FRAME, TEXT_BLOCK } from "../layout/layout.js";
import type { PlannedBlock, PlannedBox, PlannedParagraph, PlannedRun, PlannedTable } from "./plan.js";
import { HEADING_FONT, PARAGRAPH_STYLES, styleId, type FontRole } from "./styles.js";

const ALIGNMENT = { center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

export function toDocxBlock(block: PlannedBlock, fonts: FontSet): Paragraph | Table | Textbox {
  if (block.kind === "table") return toDocxTable(block, fonts);
  if (block.kind === "box") return toDocxBox(block, fonts);
  return toDocxParagraph(block, fonts);
}

/**
 * A text box at a fixed place on the page (VML, which Word, WPS and LibreOffice all place): as wide
 * as the text block plus its inner margins (finish-parts.ts writes them; layout.ts: FRAME), its top
 * `topTwips` from the page's top edge.
 */
export function toDocxBox(box: PlannedBox, fonts: FontSet): Textbox {
  return new Textbox({
    style: {
      position: "absolute",
      width: boxPoints(TEXT_BLOCK.widthTwips + 2 * FRAME.boxSideInsetTwips),
      marginLeft: boxPoints(-FRAME.boxSideInsetTwips),
      marginTop: boxPoints(box.topTwips),
      positionHorizontalRelative: "margin",
      positionVerticalRelative: "page",
      wrapStyle: "square",
    },
    children: box.paragraphs.map((p) => toDocxParagraph(p, fonts)),
  });
}

export function toDocxParagraph(paragraph: PlannedParagraph, fonts: FontSet): Paragraph {
  return new Paragraph({
    style: styleId(paragraph.kind),
    ...(paragraph.keepNext ? { keepNext: true } : {}),
    ...(paragraph.leftIndentTwips === undefined ? {} : { indent: { left: paragraph.leftIndentTwips } }),
    ...(paragraph.align ? { alignment: ALIGNMENT[paragraph.align] } : {}),
    // Word's style separator: the mark hidden, always (specVanish), so the next paragraph runs on.
    ...(paragraph.separator ? { run: { vanish: true, specVanish: true } } : {}),
    children: paragraph.runs.map((run) => toTextRun(run, fonts, PARAGRAPH_STYLES[paragraph.kind].font)),
  });
}

/** A run of a paragraph whose style's font is `styleFont`. */
export function toTextRun(run: PlannedRun, fonts: FontSet, styleFont: FontRole): TextRun {
  // Run-in headings sit in body paragraphs: levels 3 and 4 are in the body's font already.
  const runInFont = run.runIn && HEADING_FONT[run.runIn] !== "body" ? HEADING_FONT[run.runIn] : undefined;
  const fallback = run.outsideGb2312 ? fallbackFace(fonts[run.runIn ? HEADING_FONT[run.runIn] : styleFont]) : undefined;
  const font = fallback ?? (runInFont ? fonts[runInFont] : undefined);
  return new TextRun({
    text: run.text,
    ...(font ? { font: fontAttributes(font, fonts.latin) } : {}),
    ...(run.tabBefore ? { children: [new Tab(), run.text] } : {}),
    ...(run.breakBefore ? { break: 1 } : {}),
    ...(run.highlight ? { highlight: HighlightColor.YELLOW } : {}),
  });
}

/** A single ruled line, 0.5 pt, on every edge and between every cell. */
const RULE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;

/**
 * A real table as wide as the text block: fixed column widths (WPS goes by the grid and does not
 * autofit), rules, rows that do not split, and the header row repeated on every page.
 */
export function toDocxTable(table: PlannedTable, fonts: FontSet): Table {
  const widths = table.columnWidthsTwips;
  return new Table({
    width: { size: TEXT_BLOCK.widthTwips, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE },
    rows: table.rows.map(
      (cells, i) =>
        new TableRow({
          cantSplit: true,
          ...(i === 0 ? { tableHeader: true } : {}),
          children: cells.map(
            (cell, j) =>
              new TableCell({
                width: { size: widths[j] ?? 0, type: WidthType.DXA },
                children: [toDocxParagraph(cell, fonts)],
              }),
          ),
        }),
    ),
  });
}
