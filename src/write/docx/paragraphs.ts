/** Model blocks → docx paragraphs, each element in its font, size and indent. */
import { AlignmentType, HighlightColor, Paragraph, TextRun } from "docx";
import type { Block, Run } from "../../model.js";
import { fontAttributes, type FontSet } from "./fonts.js";
import { BODY, TITLE, ptToHalfPoints } from "./layout.js";

const firstLineIndent = { firstLine: BODY.firstLineIndentTwips, firstLineChars: BODY.firstLineIndentChars };

export function toParagraphs(block: Block, fonts: FontSet): Paragraph[] {
  switch (block.kind) {
    case "title":
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, children: runs(block.runs, fonts.title, TITLE.sizePt, fonts) }),
        new Paragraph({ children: [] }),
      ];
    case "heading":
      return [new Paragraph({ indent: firstLineIndent, children: runs(block.runs, fonts.heading1, BODY.sizePt, fonts) })];
    case "paragraph":
      return [
        new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: firstLineIndent, children: runs(block.runs, fonts.body, BODY.sizePt, fonts) }),
      ];
    case "closing":
      return block.lines.map((line) => new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(line, fonts.body, BODY.sizePt, fonts) }));
  }
}

function runs(list: readonly Run[], font: string, sizePt: number, fonts: FontSet): TextRun[] {
  return list.map(
    (run) =>
      new TextRun({
        text: run.text,
        font: fontAttributes(run.role === "runin" ? fonts.runIn : font),
        size: ptToHalfPoints(sizePt),
        ...(run.figure === "blank" ? { highlight: HighlightColor.YELLOW } : {}),
      }),
  );
}
