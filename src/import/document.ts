/**
 * What the readers of a document (Word, text) hand the recogniser: its paragraphs in order, each
 * with what the file says about it besides its text — a heading level from its style or outline
 * level, whether it is centred or set right, and the text of a run-in heading set in a heading
 * font — and tables as rows of cells. `where` says where it stood, for warnings (第 12 段).
 */
import type { HeadingLevel } from "../model.js";

export interface ParagraphHints {
  /** A heading level from the paragraph's style or outline level (heading 1 … heading 4). */
  readonly level?: HeadingLevel;
  /** The paragraph is styled as the title. */
  readonly title?: boolean;
  readonly align?: "center" | "right";
  /** The leading text set in a heading font or bold (a run-in heading or lead sentence). */
  readonly lead?: string;
}

export type ImportedBlock =
  | { readonly kind: "paragraph"; readonly text: string; readonly where: number; readonly hints: ParagraphHints }
  | { readonly kind: "table"; readonly rows: readonly (readonly string[])[]; readonly where: number };

/** What could not be placed in the data and how it was kept; each becomes a warning at its paragraph. */
export interface Unplaced {
  readonly what: "textBox" | "image" | "footnote" | "comment" | "trackedChange" | "table" | "object";
  readonly where: number;
  readonly text: string;
}

export interface ImportedDocument {
  readonly blocks: readonly ImportedBlock[];
  readonly unplaced: readonly Unplaced[];
}
