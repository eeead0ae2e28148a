/** Planned paragraphs → the docx library's objects, with the properties of layout.md. */
import { AlignmentType, HighlightColor, Paragraph, TextRun, type IParagraphOptions } from "docx";
import { fallbackFace, fontAttributes, type FontSet } from "./fonts.js";
import { GRID } from "./grid.js";
import { BODY, TITLE, ptToHalfPoints } from "./layout.js";
import type { ParagraphKind, PlannedParagraph, PlannedRun, RunFont } from "./plan.js";

const firstLineIndent = { firstLine: BODY.firstLineIndentTwips, firstLineChars: BODY.firstLineIndentChars };

function paragraphOptions(paragraph: PlannedParagraph, fonts: FontSet): IParagraphOptions {
  const byKind: Record<ParagraphKind, IParagraphOptions> = {
    title: { alignment: AlignmentType.CENTER },
    blankLine: { run: { font: fontAttributes(fonts.body, fonts.latin), size: ptToHalfPoints(BODY.sizePt) } },
    heading: { keepNext: true, indent: firstLineIndent },
    body: { alignment: AlignmentType.JUSTIFIED, indent: firstLineIndent },
    closing: {
      alignment: AlignmentType.LEFT,
      keepNext: paragraph.keepNext ?? false,
      indent: { left: paragraph.leftIndentTwips ?? 0 },
    },
  };
  return { ...GRID, ...byKind[paragraph.kind] };
}

export function toDocxParagraph(paragraph: PlannedParagraph, fonts: FontSet): Paragraph {
  return new Paragraph({
    ...paragraphOptions(paragraph, fonts),
    children: paragraph.runs.map((run) => toTextRun(run, fonts)),
  });
}

export function toTextRun(run: PlannedRun, fonts: FontSet): TextRun {
  const title = run.font === "title";
  const font = fontName(run.font, fonts);
  return new TextRun({
    text: run.text,
    font: fontAttributes(run.outsideGb2312 ? fallbackFace(font) : font, fonts.latin),
    size: ptToHalfPoints(title ? TITLE.sizePt : BODY.sizePt),
    ...(title ? {} : { characterSpacing: BODY.characterSpacingTwips }),
    ...(run.breakBefore ? { break: 1 } : {}),
    ...(run.highlight ? { highlight: HighlightColor.YELLOW } : {}),
  });
}

function fontName(font: RunFont, fonts: FontSet): string {
  return { title: fonts.title, heading1: fonts.heading1, runIn: fonts.runIn, body: fonts.body }[font];
}
