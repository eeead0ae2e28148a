/**
 * A kit: the docx library's own XML for every kind of paragraph, run and table piece, and every
 * other part of the package, captured once at build time (make-kit.ts) so that a build only fills
 * in the text (replay.ts). The docx library stays the one author of the Word XML; it is just not
 * run per file. Paragraph kinds come from styles.ts: a new kind there is in the kit with no change here.
 */
import { HEADING_LEVELS, type HeadingLevel } from "../../../model.js";
import type { FontProfileName } from "../../layout/fonts.js";
import type { PageMetrics } from "../pagination.js";
import type { ParagraphKind, PlannedParagraph, PlannedRun } from "../plan.js";

/** The kits the command line has loaded (context.ts gives a library caller its own). */
export const processKits = new Map<string, DocxKit>();

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

/** A table cut into the pieces around its columns, rows and cells; widths are TWIPS_SLOT. */
export interface TableKit {
  /** `<w:tbl>` with its properties, up to the first column of the grid. */
  readonly open: string;
  readonly gridColumn: string;
  /** From the grid's end to the first row. */
  readonly gridClose: string;
  readonly headerRow: string;
  readonly bodyRow: string;
  readonly cell: string;
  readonly cellClose: string;
  readonly rowClose: string;
  readonly close: string;
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
  readonly table: TableKit;
  /** A box (plan.ts: PlannedBox) before and after its paragraphs; its top is BOX_TOP_SLOT. */
  readonly box: readonly [open: string, close: string];
  /** styles.xml with the 公文 frame's styles (styles.ts: onDemand), for a document that uses them. */
  readonly framedStyles: FixedPart;
  /** Each kind's metrics for the page estimate (page-metrics.ts), which a build cannot read from styles.ts. */
  readonly pageMetrics: PageMetrics;
}

export { APP_PART, CORE_PART, DOCUMENT_PART } from "../deterministic-zip.js";

/** Private-use characters no data can contain in a kit: text, the draft label. */
export const TEXT_SLOT = "\uE000";
export const LABEL_SLOT = "\uE001draft-label\uE001";
/** A length in twips that varies per document (an indent, a column's width), captured as this value. */
export const TWIPS_SLOT = 31_415;
/** The box's top in the kit, in its VML style's points; a build writes its own (docx-objects.ts: boxPoints). */
export const BOX_TOP_SLOT_TWIPS = TWIPS_SLOT * 20;
export const fillTwips = (xml: string, twips: number): string => xml.replace(`"${TWIPS_SLOT}"`, `"${twips}"`);

type ParagraphVariant = Pick<PlannedParagraph, "kind" | "keepNext" | "leftIndentTwips" | "align" | "separator">;
export const paragraphKey = (p: ParagraphVariant): string =>
  `${p.kind}${p.keepNext ? "+keep" : ""}${p.leftIndentTwips === undefined ? "" : "+indent"}${p.align ? `+${p.align}` : ""}${p.separator ? "+separator" : ""}`;

/** What may differ between paragraphs of one kind: every combination is recorded. */
export const PARAGRAPH_VARIANTS = {
  keepNext: [undefined, true],
  leftIndentTwips: [undefined, TWIPS_SLOT],
  align: [undefined, "center", "right"],
  separator: [undefined, true],
} as const;

/**
 * A run's key in a paragraph of `kind`. A run outside GB2312 names its font's fallback face: a
 * run-in level's, or else its paragraph style's, so that one is recorded for every kind.
 */
export const runKey = (
  r: Pick<PlannedRun, "runIn" | "highlight" | "breakBefore" | "outsideGb2312" | "tabBefore">,
  kind: ParagraphKind,
): string =>
  `${r.runIn ?? "style"}${r.highlight ? "+highlight" : ""}${r.breakBefore ? "+break" : ""}${r.tabBefore ? "+tab" : ""}${outsideKey(r, kind)}`;

const outsideKey = (r: Pick<PlannedRun, "runIn" | "outsideGb2312">, kind: ParagraphKind): string =>
  r.outsideGb2312 ? (r.runIn ? "+outside" : `+outside@${kind}`) : "";

/** A run takes its paragraph style's font, or a run-in heading level's. */
export const RUN_FONTS: readonly (HeadingLevel | undefined)[] = [undefined, ...HEADING_LEVELS];

export const kitFileName = (fonts: FontProfileName, final: boolean) => `${fonts}.${final ? "final" : "draft"}.json`;
