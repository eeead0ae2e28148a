/**
 * A kit: the docx library's own XML for every kind of paragraph and run, and every other part of
 * the package, captured once at build time (make-kit.ts) so that a build only fills in the text
 * (replay.ts). The docx library stays the one author of the Word XML; it is just not run per file.
 */
import type { FontProfileName } from "../fonts.js";
import type { ParagraphKind, PlannedParagraph, PlannedRun, RunFont } from "../plan.js";

/** A part the same in every document of this kit: its zip entry, deflated at build time. */
export interface FixedPart {
  readonly path: string;
  readonly method: 0 | 8;
  readonly crc32: number;
  readonly size: number;
  readonly base64: string;
}

/** A part that holds the document's own text, date or label, filled in per build. */
export interface DocumentPart {
  readonly path: string;
  /** The docx library's XML; empty for document.xml, which is built from the pieces below. */
  readonly xml: string;
}

export interface DocxKit {
  /** The package's parts in the docx library's order. */
  readonly parts: readonly (FixedPart | DocumentPart)[];
  /** document.xml up to the first paragraph, and from the section properties on. */
  readonly documentHead: string;
  readonly documentTail: string;
  /** `<w:p>` with its properties, by paragraph key (paragraphKey). */
  readonly paragraphs: Readonly<Record<string, string>>;
  /** A run's XML before and after its text, by run key (runKey). */
  readonly runs: Readonly<Record<string, readonly [open: string, close: string]>>;
}

export { CORE_PART, DOCUMENT_PART } from "../deterministic-zip.js";

/** Private-use characters no data can contain in a kit: text, the draft label, an indent. */
export const TEXT_SLOT = "\uE000";
export const LABEL_SLOT = "\uE001draft-label\uE001";
/** A closing line's indent is a number in the properties, captured as this value and replaced. */
export const INDENT_SLOT_TWIPS = 31_415;

export const paragraphKey = (p: Pick<PlannedParagraph, "kind" | "keepNext">): string =>
  p.kind === "closing" ? `closing${p.keepNext ? "+keep" : ""}` : p.kind;

export const runKey = (r: Pick<PlannedRun, "font" | "highlight" | "breakBefore" | "outsideGb2312">): string =>
  `${r.font}${r.highlight ? "+highlight" : ""}${r.breakBefore ? "+break" : ""}${r.outsideGb2312 ? "+outside" : ""}`;

export const PARAGRAPH_KINDS: readonly ParagraphKind[] = ["title", "blankLine", "heading", "body", "closing"];
export const RUN_FONTS: readonly RunFont[] = ["title", "heading1", "runIn", "body"];

export const kitFileName = (fonts: FontProfileName, final: boolean) => `${fonts}.${final ? "final" : "draft"}.json`;
