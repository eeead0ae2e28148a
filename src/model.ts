/**
 * The document model: what the templates produce and the only thing writers read.
 * It knows nothing of YAML, Handlebars or Word.
 */

/** The four heading levels of GB/T 9704 §7.3.3, numbered 一、 （一） 1. （1）; each has its own font. */
export const HEADING_LEVELS = [1, 2, 3, 4] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

export interface Run {
  readonly text: string;
  /**
   * Set when the run is part of a heading run in to its paragraph (its number, its sentence, or a
   * lead sentence without a number): the level decides the font. Absent for body text.
   */
  readonly heading?: HeadingLevel;
  /**
   * Set on a heading's first run when its text opens with the heading's number (一、, （一）, 第一部分 and a full-width space),
   * this text: the plain writers print it with the rest, a writer that has Word number the headings
   * takes it off (write/docx/word-numbering.ts).
   */
  readonly number?: string;
  /** Set when the run is a figure's value; `blank` when the data has no value yet (prints `X`). */
  readonly figure?: "filled" | "blank";
}

/** A line of runs: a paragraph's text, a closing line, a table cell. */
export type Runs = readonly Run[];

/** A table's column: its header and how its cells are aligned (numbers right, names left). */
export interface TableColumn {
  readonly header: string;
  readonly align: "left" | "center" | "right";
}

export interface Table {
  readonly columns: readonly TableColumn[];
  /** One entry a row, one `Runs` a cell, as many cells as columns. */
  readonly rows: readonly (readonly Runs[])[];
}

export type Block =
  /**
   * The title, centred; `runs` is all of it. `lines`, when the data writes the title over several
   * lines (a 梯形 or 菱形 of the clerk's own, §7.3.1), is its lines as written; otherwise the writers
   * break a long title into balanced lines themselves.
   */
  | { readonly kind: "title"; readonly runs: Runs; readonly lines?: readonly Runs[] }
  /**
   * A line under the title, centred in 楷体 (as 工作报告 and speeches print them): the 题注
   * (——在…会议上) or the speaker's or author's line (主席 U+3000 张三).
   */
  | { readonly kind: "titleNote"; readonly role: "subtitle" | "speaker"; readonly runs: Runs }
  /** A heading on a line of its own; its number (一、 …) is the first run. */
  | { readonly kind: "heading"; readonly level: HeadingLevel; readonly runs: Runs; readonly line?: number }
  /** Body text, first line indented two characters; it may open with a run-in heading (runs with `heading`). */
  | { readonly kind: "paragraph"; readonly runs: Runs; readonly line?: number }
  /** A salutation such as 各位代表：, set flush left (§7.3.2 主送机关). */
  | { readonly kind: "salutation"; readonly runs: Runs; readonly line?: number }
  /**
   * The closing (落款): the organisation and the date, one `Runs` a line; `seal` leaves room for the
   * seal (§7.3.5.1: the date four characters from the right, the organisation centred over it).
   */
  | { readonly kind: "closing"; readonly lines: readonly Runs[]; readonly seal?: true }
  /** 附件说明 (§7.3.4): one blank line under the body, 附件：1. name, one `Runs` an attachment. */
  | { readonly kind: "attachmentNote"; readonly items: readonly Runs[] }
  /**
   * An attachment on a new page: `label` (附件, 附件1) at the top left, `title` centred, then its
   * paragraphs, then its table (with its 表题, if it has one).
   */
  | {
      readonly kind: "attachment";
      readonly label: string;
      readonly title: Runs;
      readonly paragraphs?: readonly Runs[];
      readonly tableTitle?: Runs;
      readonly table?: Table;
    }
  /**
   * A table in the text: its 表题 centred above it (empty for none), the header row repeated on every
   * page it runs onto, number columns right-aligned.
   */
  | { readonly kind: "table"; readonly title: Runs; readonly table: Table }
  /** The 公文's 版头 (GB/T 9704 §7.2), above the title. */
  | ({ readonly kind: "letterhead" } & Letterhead)
  /** 附注 (§7.3.6): in parentheses, two characters in, the line under the date. */
  | { readonly kind: "annotation"; readonly text: string }
  /** 版记 (§7.4): at the foot of the last page, between rules; empty texts are left out. */
  | ({ readonly kind: "colophon" } & Colophon)
  /**
   * The table of contents (the data's `contents`): its title (目录) and an entry for every heading
   * of the body, in order, run-in ones too. The Word writer makes it a TOC field whose cached
   * entries carry the page numbers it estimates; the body starts on the page after it.
   */
  | { readonly kind: "contents"; readonly title: string; readonly entries: readonly ContentsEntry[] };

/** A heading as the contents list it: its level and its text, number included. */
export interface ContentsEntry {
  readonly level: HeadingLevel;
  readonly text: string;
}

/** The 版头's elements; an empty text or list is an element the document does not have. */
export interface Letterhead {
  /** 份号, 密级和保密期限, 紧急程度: those the document has, in that order, one a line from the top. */
  readonly marks: readonly string[];
  /** 发文机关标志: the issuers' names, the lead issuer first, and the word after them (文件). */
  readonly issuers: readonly string[];
  readonly suffix: string;
  /** 发文字号, e.g. 常政发〔2024〕12号. */
  readonly number: string;
  /** 签发人: an upward document's signers; with them the number goes left, the signers right. */
  readonly signers: readonly string[];
}

export interface Colophon {
  /** 抄送机关, ending in 。. */
  readonly copyTo: string;
  /** 印发机关 and 印发日期 (…年…月…日印发). */
  readonly printedBy: string;
  readonly printedOn: string;
}

/** A kind of block; what each stage knows about each kind is in its registry, src/blocks.ts. */
export type BlockKind = Block["kind"];

export interface DocumentModel {
  readonly blocks: readonly Block[];
  /** The document's own date, `YYYY-MM-DD`; its file properties carry this, never the build's clock. */
  readonly date: string;
  /** What a draft's page header says, e.g. 草稿. */
  readonly draftLabel: string;
  /**
   * The data's `wordNumbering`: the Word file numbers its headings with Word's own numbering
   * (numbering.xml) instead of typing each number, so numbers follow when a clerk inserts a part.
   */
  readonly wordNumbering?: true;
  /** The file's properties: its title (the title's text) and author (the organisation; empty for none). */
  readonly properties: { readonly title: string; readonly author: string };
}

/** The blocks alone, as a template's markup gives them. */
export type Body = Pick<DocumentModel, "blocks">;

export function plainText(runs: Runs): string {
  return runs.map((run) => run.text).join("");
}

/** The 签发人 line as printed: 签发人：, then the names a full-width space apart. */
export function signersText(signers: readonly string[]): string {
  return signers.length ? `签发人：${signers.join("　")}` : "";
}

/** The 版头 as lines of text, for the plain writers: each element where the standard puts it, top to bottom. */
export function letterheadLines(head: Letterhead): string[] {
  const issuers = head.issuers.map((name, i) => (i === head.issuers.length - 1 ? name + head.suffix : name));
  const numberLine = [head.number, signersText(head.signers)].filter(Boolean).join("　　");
  return [...head.marks, ...issuers, ...(numberLine ? [numberLine] : [])];
}

/** The 版记 as lines of text: 抄送 above, 印发机关 and 印发日期 on the last line. */
export function colophonLines(colophon: Colophon): string[] {
  const printed = [colophon.printedBy, colophon.printedOn].filter(Boolean).join("　　");
  return [...(colophon.copyTo ? [`抄送：${colophon.copyTo}`] : []), ...(printed ? [printed] : [])];
}
