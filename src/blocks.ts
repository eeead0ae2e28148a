/**
 * The registry of block kinds: for each kind of block in the document model (model.ts), what every
 * stage needs to know about it, in one entry. A new kind is
 *
 *   1. its type in model.ts's `Block` union (the compiler then asks for an entry here);
 *   2. its entry in `BLOCK_KINDS` below: the markup elements templates write for it, the Word
 *      paragraph styles it is set in, whether a click on it in the preview shows where it comes from;
 *   3. its form in each writer, which the compiler asks for by the kind's name, since each writer's
 *      forms are a `PerKind` table: txt.ts (plain text), md.ts (Markdown), html.ts (the preview, its
 *      CSS in `KIND_CSS`), docx/plan.ts (the Word paragraphs), and each new style in docx/styles.ts.
 *
 * Layout decisions that more than one writer prints (the attachment note's label and the indent of
 * its lines) are made here too, so that the writers cannot disagree.
 */
import {
  HEADING_LEVELS,
  plainText,
  type Block,
  type BlockKind,
  type HeadingLevel,
  type Runs,
  type Table,
} from "./model.js";

/** The block of one kind. */
export type BlockOf<K extends BlockKind> = Extract<Block, { kind: K }>;

/**
 * A writer's form of every kind of block: an object with one function a kind, so that a kind
 * without one is a compile error naming it (`Property 'quotation' is missing …`).
 */
export type PerKind<R> = { readonly [K in BlockKind]: (block: BlockOf<K>) => R };

/** A block in its writer's form. */
export function formOf<R>(forms: PerKind<R>, block: Block): R {
  // The table's entry for a kind takes that kind's block; TypeScript cannot correlate the two
  // through the union (microsoft/TypeScript#30581), PerKind's type is what checks it.
  return (forms[block.kind] as (block: Block) => R)(block);
}

/** What a markup element holds when it is closed: its runs (its lines, for <closing>) and its data line. */
export interface ElementContent {
  readonly runs: Runs;
  readonly lines: readonly Runs[];
  readonly line: number | undefined;
  /** A <table>'s <caption> and its rows of cells (<tr>, <td>), the first row the header. */
  readonly caption: Runs;
  readonly rows: readonly (readonly Runs[])[];
}

/** A block element of the template's markup (render/markup.ts). */
export interface MarkupElement {
  readonly make: (content: ElementContent) => Block;
  /** Its content is a <caption> and rows: <tr> of <td> cells (a <table>). */
  readonly table?: true;
  /** Its content is <line> elements, one a line (a closing), rather than text. */
  readonly lines?: true;
  /** A heading: the element is numbered at this level (一、 （一） 1. （1）) when it opens. */
  readonly level?: HeadingLevel;
}

export interface KindSpec {
  /** The markup elements that make it, by tag; none for a kind the render stage adds itself. */
  readonly elements: Readonly<Record<string, MarkupElement>>;
  /** The Word paragraph styles (docx/styles.ts's kinds) its paragraphs are set in. */
  readonly styles: readonly string[];
  /** The preview shows, on a click, the line of the data file it comes from (it has `line`). */
  readonly traced: boolean;
}

const at = (line: number | undefined) => (line === undefined ? {} : { line });

const headingElements = Object.fromEntries(
  HEADING_LEVELS.map((level): [string, MarkupElement] => [
    `h${level}`,
    { level, make: ({ runs, line }) => ({ kind: "heading", level, runs, ...at(line) }) },
  ]),
);

export const BLOCK_KINDS = {
  // A title written over several lines has a <br> between them (render/markup.ts).
  title: {
    elements: {
      title: {
        make: ({ lines }) => {
          const written = lines.filter((line) => line.length > 0);
          const runs = written.flat();
          return written.length > 1 ? { kind: "title", runs, lines: written } : { kind: "title", runs };
        },
      },
    },
    styles: ["title"],
    traced: false,
  },
  titleNote: {
    elements: {
      subtitle: { make: ({ runs }) => ({ kind: "titleNote", role: "subtitle", runs }) },
      speaker: { make: ({ runs }) => ({ kind: "titleNote", role: "speaker", runs }) },
    },
    styles: ["titleNote"],
    traced: false,
  },
  heading: { elements: headingElements, styles: ["heading1", "heading2", "heading3", "heading4"], traced: true },
  paragraph: {
    elements: { p: { make: ({ runs, line }) => ({ kind: "paragraph", runs, ...at(line) }) } },
    styles: ["body"],
    traced: true,
  },
  salutation: {
    elements: { salutation: { make: ({ runs, line }) => ({ kind: "salutation", runs, ...at(line) }) } },
    styles: ["salutation"],
    traced: true,
  },
  closing: {
    elements: { closing: { lines: true, make: ({ lines }) => ({ kind: "closing", lines }) } },
    styles: ["closing"],
    traced: false,
  },
  table: {
    elements: { table: { table: true, make: ({ caption, rows }) => tableBlock(caption, rows) } },
    styles: ["tableTitle", "tableHeader", "tableText"],
    traced: false,
  },
  attachmentNote: { elements: {}, styles: ["attachmentNote"], traced: false },
  attachment: {
    elements: {},
    styles: ["attachmentLabel", "attachmentTitle", "tableHeader", "tableText"],
    traced: false,
  },
  // The 公文 frame (GB/T 9704 §7.2–7.4), added by the render stage from the data's `frame` (render/frame.ts).
  letterhead: {
    elements: {},
    styles: [
      "frameMark",
      "issuerMarkSpace",
      "issuerMark42",
      "issuerMark36",
      "issuerMark26",
      "issuerMark22",
      "documentNumber",
      "documentNumberSigned",
      "signers",
      "separatorLine",
    ],
    traced: false,
  },
  annotation: { elements: {}, styles: ["body"], traced: false },
  colophon: {
    elements: {},
    styles: ["colophonCopy", "colophonPrinted", "colophonRuleThick", "colophonRuleThin"],
    traced: false,
  },
  // Added by the render stage from the data's `contents` (render/contents.ts).
  contents: {
    elements: {},
    styles: ["contentsTitle", "contents1", "contents2", "contents3", "contents4"],
    traced: false,
  },
} as const satisfies { readonly [K in BlockKind]: KindSpec };

/** Every Word paragraph style a block kind names: docx/styles.ts must define each. */
export type BlockStyle = (typeof BLOCK_KINDS)[BlockKind]["styles"][number];

/** The markup's block elements, by tag. */
export const MARKUP_ELEMENTS: ReadonlyMap<string, MarkupElement> = new Map(
  Object.values(BLOCK_KINDS).flatMap((spec: KindSpec) => Object.entries(spec.elements)),
);

/** The kinds a click in the preview traces to the data file. */
export const TRACED_KINDS: readonly BlockKind[] = (Object.keys(BLOCK_KINDS) as BlockKind[]).filter(
  (kind) => BLOCK_KINDS[kind].traced,
);

/**
 * 附件说明 (GB/T 9704 §7.3.4): 附件： before the first name, and each further name under the first,
 * as far in as the label is wide.
 */
export const ATTACHMENT_NOTE_LABEL = "附件：";
/** The label's width in characters: every line of the note after the first starts this far in. */
export const ATTACHMENT_NOTE_LABEL_CHARS = [...ATTACHMENT_NOTE_LABEL].length;

/** The note's lines as plain writers print them: the label, or as many ideographic spaces, then the name. */
export function attachmentNoteLines(
  block: BlockOf<"attachmentNote">,
): { readonly lead: string; readonly runs: Runs }[] {
  return block.items.map((runs, i) => ({
    lead: i === 0 ? ATTACHMENT_NOTE_LABEL : "\u3000".repeat(ATTACHMENT_NOTE_LABEL_CHARS),
    runs,
  }));
}

/** A number as a table cell holds it: 1,234.5, −3.2%, or X for a figure still blank. */
const NUMBER_CELL = /^(?:[+\-−]?\d[\d,]*(?:\.\d+)?%?|X)$/u;

/** A <table>: the first row the header. */
function tableBlock(caption: Runs, rows: readonly (readonly Runs[])[]): Block {
  const [header = [], ...body] = rows;
  return { kind: "table", title: caption, table: tableOf(header, body) };
}

/** A table from its header and rows: a column whose every cell is a number is right-aligned. */
export function tableOf(header: readonly Runs[], body: readonly (readonly Runs[])[]): Table {
  const columns = header.map((cell, i) => ({
    header: plainText(cell),
    align:
      body.length > 0 && body.every((row) => NUMBER_CELL.test(plainText(row[i] ?? []).trim()))
        ? ("right" as const)
        : ("left" as const),
  }));
  return { columns, rows: body };
}
