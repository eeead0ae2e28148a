/** The line grid every paragraph sits on: 22 lines a page at an exact 28.95 pt. */
import { LineRuleType, type IParagraphOptions } from "docx";
import { LINE } from "./layout.js";

/**
 * What every paragraph shares. widowControl is written off because LibreOffice otherwise applies
 * 2 widow/orphan lines and leaves pages of 21. overflowPunctuation is written on, which is Word's
 * own default; LibreOffice 7.4 reads the element backwards and, when it is absent, hangs ，。 into
 * the margin and then does not print them.
 */
export const GRID: IParagraphOptions = {
  spacing: { line: LINE.exactTwips, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
  widowControl: false,
  overflowPunctuation: true,
};
