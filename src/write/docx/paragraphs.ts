/** Model blocks → docx paragraphs, each element in its font, size, indent and line spacing. */
import { AlignmentType, HighlightColor, Paragraph, TextRun } from "docx";
import { plainText, type Block, type Run } from "../../model.js";
import { closingParagraphs } from "./closing.js";
import { fontAttributes, type FontSet } from "./fonts.js";
import { blankLine, GRID } from "./grid.js";
import { BODY, TITLE, ptToHalfPoints } from "./layout.js";
import { titleLines } from "./title-lines.js";

export interface ParagraphContext {
  readonly fonts: FontSet;
  /** A draft highlights each blank figure. */
  readonly highlightBlanks: boolean;
}

const firstLineIndent = { firstLine: BODY.firstLineIndentTwips, firstLineChars: BODY.firstLineIndentChars };

export function toParagraphs(block: Block, context: ParagraphContext): Paragraph[] {
  const { fonts } = context;
  switch (block.kind) {
    case "title":
      return [new Paragraph({ ...GRID, alignment: AlignmentType.CENTER, children: titleRuns(block.runs, context) }), blankLine(fonts)];
    case "heading":
      return [new Paragraph({ ...GRID, keepNext: true, indent: firstLineIndent, children: bodyRuns(block.runs, fonts.heading1, context) })];
    case "paragraph":
      return [new Paragraph({ ...GRID, alignment: AlignmentType.JUSTIFIED, indent: firstLineIndent, children: bodyRuns(block.runs, fonts.body, context) })];
    case "closing":
      return [blankLine(fonts), ...closingParagraphs(block.lines.map((line) => bodyRuns(line, fonts.body, context)), block.lines.map(plainText))];
  }
}

/** Runs in the body size; a run-in heading's runs take its font, figures a run of their own. */
export function bodyRuns(list: readonly Run[], font: string, context: ParagraphContext): TextRun[] {
  return list.map((run) => textRun(run, run.role === "runin" ? context.fonts.runIn : font, BODY.sizePt, BODY.characterSpacingTwips, context));
}

/** The title in balanced lines: runs are cut where a line ends and the next starts with a break. */
function titleRuns(list: readonly Run[], context: ParagraphContext): TextRun[] {
  const lineStarts = new Set<number>();
  let offset = 0;
  for (const line of titleLines(plainText(list), TITLE.charsPerLine)) lineStarts.add((offset += line.length));
  const runs: TextRun[] = [];
  offset = 0;
  for (const run of list) {
    let from = 0;
    for (let i = 1; i <= run.text.length; i++) {
      if (i < run.text.length && !lineStarts.has(offset + i)) continue;
      const piece = { ...run, text: run.text.slice(from, i) };
      runs.push(textRun(piece, context.fonts.title, TITLE.sizePt, 0, context, from === 0 ? lineStarts.has(offset) && offset > 0 : true));
      from = i;
    }
    offset += run.text.length;
  }
  return runs;
}

function textRun(run: Run, font: string, sizePt: number, spacingTwips: number, context: ParagraphContext, breakBefore = false): TextRun {
  return new TextRun({
    text: run.text,
    font: fontAttributes(font, context.fonts.latin),
    size: ptToHalfPoints(sizePt),
    ...(spacingTwips ? { characterSpacing: spacingTwips } : {}),
    ...(breakBefore ? { break: 1 } : {}),
    ...(run.figure === "blank" && context.highlightBlanks ? { highlight: HighlightColor.YELLOW } : {}),
  });
}
