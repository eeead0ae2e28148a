/** The line grid every paragraph sits on: 22 lines a page at an exact 28.95 pt. */
import { LineRuleType, type IParagraphOptions } from "docx";
import { LINE } from "../layout/layout.js";

/**
 * What every paragraph shares. widowControl is written off because LibreOffice otherwise applies
 * 2 widow/orphan lines and leaves pages of 21. Hanging punctuation and the other line-breaking
 * rules are decided once for every paragraph, in the document defaults (package-parts.ts).
 */
export const GRID: IParagraphOptions = {
  spacing: { line: LINE.exactTwips, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
  widowControl: false,
};
