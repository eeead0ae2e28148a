/**
 * The layout decisions, made once and written by either writer: which paragraph (of styles.ts's
 * kinds) each block becomes, which run each piece of text, where the title breaks, how far the
 * closing is indented and how wide a table's columns are. Pure; knows nothing of XML.
 */
import { ATTACHMENT_NOTE_LABEL, formOf, type PerKind } from "../../blocks.js";
import {
  plainText,
  type Colophon,
  type DocumentModel,
  type HeadingLevel,
  type Letterhead,
  type Run,
  type Table,
} from "../../model.js";
import { closingLeftIndents, sealedClosingLeftIndents } from "../layout/closing.js";
import { FRAME, LINE, PAGE, SIZE_PT, TEXT_BLOCK, TITLE, ptToTwips } from "../layout/layout.js";
import { splitOutsideGb2312 } from "./outside-gb2312.js";
import { CONTENTS_END_MARK } from "./contents-field.js";
import { numberContents, placeColophon, type PageMetrics } from "./pagination.js";
import { EVEN_PAGE_MARK } from "./sections.js";
import type { ParagraphKind } from "./styles.js";
import { emWidth, titleLines } from "../layout/title-lines.js";

export type { ParagraphKind } from "./styles.js";

export interface PlannedRun {
  readonly text: string;
  /** A run-in heading's run: it takes that level's font; other runs take their paragraph style's. */
  readonly runIn?: HeadingLevel;
  /** A blank figure in a draft. */
  readonly highlight: boolean;
  /** The run starts a new line (the title's balanced lines, the attachment note's items). */
  readonly breakBefore: boolean;
  /**
   * Only characters outside GB2312: drawn in the fallback face of the font the run would take, its
   * run-in level's or its paragraph style's (outside-gb2312.ts).
   */
  readonly outsideGb2312?: true;
  /** A tab before the text: the 签发人 after the 发文字号, the 印发日期 after the 印发机关. */
  readonly tabBefore?: true;
}

export type CellAlign = "left" | "center" | "right";

export interface PlannedParagraph {
  readonly kind: ParagraphKind;
  readonly runs: readonly PlannedRun[];
  /** Closing lines: the computed left indent, and kept with the next line. */
  readonly leftIndentTwips?: number;
  readonly keepNext?: boolean;
  /** A table cell's alignment where it differs from its style's (left). */
  readonly align?: Exclude<CellAlign, "left">;
  /**
   * A run-in heading's own paragraph, its mark hidden (Word's style separator, w:specVanish): the
   * page shows it run in to the paragraph after it, while the navigation pane, a TOC and a PDF's
   * bookmarks list it as a heading of its level.
   */
  readonly separator?: true;
}

export interface PlannedTable {
  readonly kind: "table";
  /** Column widths summing to the text block's width. */
  readonly columnWidthsTwips: readonly number[];
  /** The first row is the header, repeated on every page the table runs onto. */
  readonly rows: readonly (readonly PlannedParagraph[])[];
}

/**
 * Paragraphs in a box at a fixed place on the page, out of the flow: the 版记 at the foot of the
 * last page, its last rule on the text block's bottom edge (§7.4.1). `topTwips` is from the page's top edge.
 */
export interface PlannedBox {
  readonly kind: "box";
  readonly topTwips: number;
  readonly paragraphs: readonly PlannedParagraph[];
}

export type PlannedBlock = PlannedParagraph | PlannedTable | PlannedBox;

const BLANK_LINE: PlannedParagraph = { kind: "body", runs: [] };
/** Where the section of the 版记 begins: both writers make this paragraph a section break (sections.ts). */
const EVEN_PAGE_SECTION: PlannedParagraph = {
  kind: "body",
  runs: [{ text: EVEN_PAGE_MARK, highlight: false, breakBefore: false }],
};

export interface PlanOptions {
  /** A draft: the blanks highlighted. */
  readonly highlightBlanks: boolean;
  /**
   * The page is the standard layout's from the top of page 1 (no office's reference file sets its
   * own page or puts its letterhead above the content): the page estimate may place the 版记.
   * Otherwise the 版记 keeps its section on the next even page, which is right whatever the pages.
   */
  readonly standardPage?: boolean;
  /**
   * Run-in headings as real headings joined to their paragraph by Word's style separator (the
   * default); without it, the heading's runs sit in the body paragraph in its font.
   */
  readonly runInSeparator?: boolean;
}

/** `metrics`: the kinds' metrics for the page estimate, which places the 版记 (pagination.ts). */
export function planParagraphs(
  model: DocumentModel,
  metrics: PageMetrics,
  { highlightBlanks, standardPage = true, runInSeparator = true }: PlanOptions,
): PlannedBlock[] {
  // A heading's own runs and the title's take their style's font, whatever the template marked.
  const run = (r: Run, breakBefore = false, styled = false): PlannedRun => ({
    text: r.text,
    ...(r.heading && !styled ? { runIn: r.heading } : {}),
    highlight: highlightBlanks && r.figure === "blank",
    breakBefore,
  });
  const runs = (list: readonly Run[]) => list.map((r) => run(r));
  const paragraph = (kind: ParagraphKind, list: readonly Run[]): PlannedParagraph => ({ kind, runs: runs(list) });

  /** Each kind of block as the paragraphs (of styles.ts's kinds) and tables it becomes. */
  const forms: PerKind<PlannedBlock[]> = {
    // The blank line under the title, or under the lines under it, is added below (afterTitle).
    title: (block) => [
      { kind: "title", runs: block.lines ? writtenLines(block.lines, run) : titleRuns(block.runs, run) },
    ],
    titleNote: (block) => [paragraph("titleNote", block.runs)],
    heading: (block) => [{ kind: `heading${block.level}`, runs: block.runs.map((r) => run(r, false, true)) }],
    paragraph: (block) => runInHeading(block.runs),
    salutation: (block) => [paragraph("salutation", block.runs)],
    // The 表题 centred above the table, kept with it.
    table: (block) => [
      ...(block.title.length > 0 ? [{ kind: "tableTitle" as const, runs: runs(block.title) }] : []),
      planTable(block.table, run),
    ],
    attachmentNote: (block) => {
      // 附件： before the first name; each further name on a new line of the same paragraph, which
      // the style's hanging indent sets under the first.
      const items = block.items.map((item, i) =>
        runs(item).map((r, j) => (i > 0 && j === 0 ? { ...r, breakBefore: true } : r)),
      );
      return [BLANK_LINE, { kind: "attachmentNote", runs: [run({ text: ATTACHMENT_NOTE_LABEL }), ...items.flat()] }];
    },
    // 附件 on the first line, the title on the third (§7.3.7), a blank line, then its text, then its table.
    attachment: (block) => [
      { kind: "attachmentLabel", runs: [run({ text: block.label })] },
      BLANK_LINE,
      { kind: "attachmentTitle", runs: titleRuns(block.title, run) },
      BLANK_LINE,
      ...(block.paragraphs ?? []).map((p) => paragraph("body", p)),
      ...(block.tableTitle?.length ? [{ kind: "tableTitle" as const, runs: runs(block.tableTitle) }] : []),
      ...(block.table ? [planTable(block.table, run)] : []),
    ],
    closing: (block) => {
      const texts = block.lines.map(plainText);
      const indents = block.seal ? sealedClosingLeftIndents(texts) : closingLeftIndents(texts);
      const lines = block.lines.map((line, i) => ({
        kind: "closing" as const,
        runs: runs(line),
        leftIndentTwips: Math.max(0, indents[i] ?? 0),
        keepNext: i < block.lines.length - 1,
      }));
      // With a seal, a second blank line: the seal's upper half sits there, its top within a line of the text.
      return [BLANK_LINE, ...(block.seal ? [BLANK_LINE] : []), ...lines];
    },
    letterhead: (block) => planLetterhead(block, run),
    annotation: (block) => [paragraph("body", [{ text: block.text }])],
    // On the last page, an even one: in a section of its own that starts on the next even page
    // (sections.ts), unless the body ends on an even page with room for it (placeColophon).
    colophon: (block) => [EVEN_PAGE_SECTION, planColophon(block, run)],
    // The title, a blank line, an entry a heading with its page after a tab (numberContents fills
    // it in), and the mark after which the body starts a new page (contents-field.ts).
    contents: (block) => [
      { kind: "contentsTitle", runs: [run({ text: block.title })] },
      BLANK_LINE,
      ...block.entries.map((entry): PlannedParagraph => ({
        kind: `contents${entry.level}`,
        runs: [run({ text: entry.text }), { ...run({ text: "" }), tabBefore: true }],
      })),
      { kind: "body", runs: [run({ text: CONTENTS_END_MARK })] },
    ],
  };

  /**
   * A paragraph that opens with a run-in heading: the heading (its leading runs of one level) in a
   * paragraph of that level's style joined to the body's by a style separator; alone, a heading.
   */
  function runInHeading(list: readonly Run[]): PlannedParagraph[] {
    const level = list[0]?.heading;
    if (level === undefined || !runInSeparator) return [paragraph("body", list)];
    const end = list.findIndex((r) => r.heading !== level);
    const heading = list.slice(0, end === -1 ? list.length : end).map((r) => run(r, false, true));
    const rest = end === -1 ? [] : list.slice(end);
    const kind = `heading${level}` as const;
    return rest.length === 0
      ? [{ kind, runs: heading }]
      : [{ kind, runs: heading, separator: true }, paragraph("body", rest)];
  }

  // One blank line between the title (with its 题注 and speaker lines) and what follows (§7.3.1).
  const afterTitle = (i: number) => {
    const [block, next] = [model.blocks[i], model.blocks[i + 1]];
    return (block?.kind === "title" || block?.kind === "titleNote") && next?.kind !== "titleNote";
  };
  const planned = model.blocks.flatMap((block, i) => [...formOf(forms, block), ...(afterTitle(i) ? [BLANK_LINE] : [])]);
  const numbered = numberContents(metrics, planned);
  return (standardPage ? placeColophon(metrics, numbered) : numbered).map(splitOutside);
}

/** A title's lines as the data writes them: each after the first starts with a break. */
function writtenLines(
  lines: readonly (readonly Run[])[],
  run: (r: Run, breakBefore: boolean, styled: boolean) => PlannedRun,
): PlannedRun[] {
  return lines.flatMap((line, i) => line.map((r, j) => run(r, i > 0 && j === 0, true)));
}

/** Every run of the block cut where it leaves GB2312 (outside-gb2312.ts). */
function splitOutside(block: PlannedBlock): PlannedBlock {
  const split = (paragraph: PlannedParagraph): PlannedParagraph => ({
    ...paragraph,
    runs: paragraph.runs.flatMap(splitOutsideGb2312),
  });
  if (block.kind === "table") return { ...block, rows: block.rows.map((cells) => cells.map(split)) };
  if (block.kind === "box") return { ...block, paragraphs: block.paragraphs.map(split) };
  return split(block);
}

type PlanRun = (r: Run, breakBefore?: boolean, styled?: boolean) => PlannedRun;

/**
 * The 版头 (§7.2): three lines from the top for 份号, 密级, 紧急程度 (blank where absent), the space
 * that puts the 标志's upper edge 35 mm below the text block's, the 标志 a line an issuer, two lines,
 * the 发文字号 (with the 签发人 on its right in an upward document), the red line, two lines.
 */
function planLetterhead(head: Letterhead, run: PlanRun): PlannedParagraph[] {
  const line = (kind: PlannedParagraph["kind"], text: string): PlannedParagraph => ({
    kind,
    runs: text ? [run({ text })] : [],
  });
  const marks = [0, 1, 2].map((i) => line("frameMark", head.marks[i] ?? ""));
  const issuers = head.issuers.map((name, i) => {
    const text = i === head.issuers.length - 1 ? name + head.suffix : name;
    return line(
      issuerMarkKind(head.issuers.map((n, j) => (j === head.issuers.length - 1 ? n + head.suffix : n))),
      text,
    );
  });
  const number = numberLines(head, run);
  return [
    ...marks,
    { kind: "issuerMarkSpace", runs: [] },
    ...issuers,
    ...(issuers.length > 0 ? [BLANK_LINE, BLANK_LINE] : []),
    ...number,
    { kind: "separatorLine", runs: [] },
    BLANK_LINE,
    BLANK_LINE,
  ];
}

/** The largest of the 标志's sizes in which every issuer's line fits the text block. */
function issuerMarkKind(lines: readonly string[]): PlannedParagraph["kind"] {
  const widest = Math.max(1, ...lines.map(emWidth));
  const size = FRAME.issuerMarkSizesPt.find((pt) => widest * ptToTwips(pt) <= TEXT_BLOCK.widthTwips);
  return `issuerMark${size ?? SIZE_PT.二号}`;
}

/** 签发人 two names a line, the last line shared with the 发文字号; without signers, the number centred. */
function numberLines(head: Letterhead, run: PlanRun): PlannedParagraph[] {
  if (head.signers.length === 0)
    return head.number ? [{ kind: "documentNumber", runs: [run({ text: head.number })] }] : [];
  const pairs: string[][] = [];
  for (let i = 0; i < head.signers.length; i += 2) pairs.push(head.signers.slice(i, i + 2));
  // 签发人 in 仿宋, the names in 楷体 (§7.2.6): the names take the 楷体 of a level-2 run-in heading.
  const names = (pair: readonly string[], first: boolean): PlannedRun[] => [
    ...(first ? [run({ text: "签发人：" })] : []),
    { ...run({ text: pair.join("　") }), runIn: 2 },
  ];
  const above = pairs
    .slice(0, -1)
    .map((pair, i): PlannedParagraph => ({ kind: "signers", runs: names(pair, i === 0) }));
  const last = names(pairs.at(-1) ?? [], pairs.length === 1);
  const [first, ...rest] = last;
  const tabbed = first ? [{ ...first, tabBefore: true as const }, ...rest] : [];
  return [
    ...above,
    { kind: "documentNumberSigned", runs: [...(head.number ? [run({ text: head.number })] : []), ...tabbed] },
  ];
}

/** Characters of 四号 a 版记 line holds between its one-character sides. */
const COLOPHON_LINE_EMS = Math.floor(TEXT_BLOCK.widthTwips / ptToTwips(SIZE_PT.四号)) - 2;

/** The 版记 in a box whose last rule is the text block's bottom edge, on the last page. */
function planColophon(colophon: Colophon, run: PlanRun): PlannedBox {
  const printed: PlannedRun[] = [
    ...(colophon.printedBy ? [run({ text: colophon.printedBy })] : []),
    ...(colophon.printedOn ? [{ ...run({ text: colophon.printedOn }), tabBefore: true as const }] : []),
  ];
  const thick: PlannedParagraph = { kind: "colophonRuleThick", runs: [] };
  const thin: PlannedParagraph = { kind: "colophonRuleThin", runs: [] };
  const texts: PlannedParagraph[] = [
    ...(colophon.copyTo ? [{ kind: "colophonCopy" as const, runs: [run({ text: `抄送：${colophon.copyTo}` })] }] : []),
    ...(printed.length ? [{ kind: "colophonPrinted" as const, runs: printed }] : []),
  ];
  // The first rule thick, a thin one between the texts, the last thick.
  const paragraphs = [thick, ...texts.flatMap((p, i) => (i === 0 ? [p] : [thin, p])), thick];
  // 抄送 may take more than a line: 抄送： and the names, after the hanging indent.
  const copyLines = colophon.copyTo ? Math.ceil((emWidth(colophon.copyTo) + 3) / COLOPHON_LINE_EMS) : 0;
  const lines = copyLines + (printed.length ? 1 : 0);
  const rules = paragraphs.filter((p) => p.kind === "colophonRuleThick" || p.kind === "colophonRuleThin");
  const rulesTwips = rules.reduce(
    (sum, p) =>
      sum +
      FRAME.colophonRuleLineTwips +
      (p.kind === "colophonRuleThick" ? FRAME.colophonThickRuleEighths : FRAME.colophonThinRuleEighths) * 2.5,
    0,
  );
  const textBottom = PAGE.heightTwips - PAGE.marginBottomTwips;
  const height = lines * LINE.exactTwips + Math.round(rulesTwips);
  return { kind: "box", topTwips: textBottom - height - FRAME.boxTopInsetTwips, paragraphs };
}

/** Ems a text column is given at least. */
const MIN_COLUMN_EMS = 2;
/** Left and right cell margins (the default table style's 108 twips each side), in twips. */
const CELL_MARGIN_TWIPS = 2 * 108;
/** One em of table text (四号) in twips. */
const TABLE_EM_TWIPS = ptToTwips(SIZE_PT.四号);
/**
 * What must not wrap is measured wider than emWidth's half an em a Latin character: fonts draw
 * digits and % wider (Noto Serif CJK's, Times New Roman's), so each counts 0.6 em, and 5% more.
 */
const unbreakableEms = (text: string) => 1.05 * [...text].reduce((ems, c) => ems + (emWidth(c) < 1 ? 0.6 : 1), 0);
/** A text cell this wide or less (in ems) is kept on one line, like a number: 万元, 单位, 平方米. */
const SHORT_CELL_EMS = 3;
/** Letters, digits and the marks of a number: a line never breaks inside such a run. */
const UNBREAKABLE_RUN = /[0-9A-Za-z.,%+\-×/:]+/g;

function planTable(table: Table, run: (r: Run) => PlannedRun): PlannedTable {
  const header = table.columns.map((column) => ({
    kind: "tableHeader" as const,
    runs: [run({ text: column.header })],
  }));
  const body = table.rows.map((row) =>
    table.columns.map((column, i): PlannedParagraph => {
      const runs = (row[i] ?? []).map((r) => run(r));
      return column.align === "left" ? { kind: "tableText", runs } : { kind: "tableText", runs, align: column.align };
    }),
  );
  const cells = (i: number) => table.rows.map((row) => plainText(row[i] ?? []));
  const twips = (ems: number) => Math.ceil(ems * TABLE_EM_TWIPS) + CELL_MARGIN_TWIPS;
  const columns = table.columns.map((column, i) => {
    const texts = [column.header, ...cells(i)];
    // A figure column's cells (1234567.89万元) stay on one line; a text column may wrap between
    // characters, but not inside a word as short as a unit or a header (万元, 单位).
    const unbreakable = (text: string) =>
      column.align === "left" && emWidth(text) > SHORT_CELL_EMS
        ? Math.max(0, ...[...text.matchAll(UNBREAKABLE_RUN)].map((m) => unbreakableEms(m[0])))
        : unbreakableEms(text);
    const least = twips(Math.max(MIN_COLUMN_EMS, ...texts.map(unbreakable)));
    return { least, wanted: Math.max(least, twips(Math.max(...texts.map(emWidth)))) };
  });
  return { kind: "table", columnWidthsTwips: columnWidths(TEXT_BLOCK.widthTwips, columns), rows: [header, ...body] };
}

/**
 * Column widths summing to `total` (the text block: WPS goes by them and does not autofit): each
 * column its least width (what must not wrap), the rest shared by what each would still use; where
 * even the least widths do not fit, in proportion to them.
 */
export function columnWidths(total: number, columns: readonly { least: number; wanted: number }[]): number[] {
  const least = columns.reduce((sum, c) => sum + c.least, 0);
  if (least >= total)
    return shareOut(
      total,
      columns.map((c) => c.least),
    );
  const more = columns.map((c) => c.wanted - c.least);
  const extra = more.some((m) => m > 0)
    ? shareOut(total - least, more)
    : shareOut(
        total - least,
        columns.map((c) => c.wanted),
      );
  return columns.map((c, i) => c.least + (extra[i] ?? 0));
}

/**
 * `total` twips shared in proportion to `weights`, whole twips summing exactly to `total` (the
 * remainders go to the first columns), so the table is as wide as the text block in Word and WPS.
 */
export function shareOut(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - shares.reduce((a, b) => a + b, 0);
  return shares.map((share) => (left-- > 0 ? share + 1 : share));
}

/** The title in balanced lines: runs are cut where a line ends, and the next starts with a break. */
function titleRuns(
  list: readonly Run[],
  run: (r: Run, breakBefore: boolean, styled: boolean) => PlannedRun,
): PlannedRun[] {
  const lineStarts = new Set<number>();
  let offset = 0;
  for (const line of titleLines(plainText(list), TITLE.charsPerLine)) lineStarts.add((offset += line.length));
  const runs: PlannedRun[] = [];
  offset = 0;
  for (const r of list) {
    let from = 0;
    for (let i = 1; i <= r.text.length; i++) {
      if (i < r.text.length && !lineStarts.has(offset + i)) continue;
      const breakBefore = from === 0 ? lineStarts.has(offset) && offset > 0 : true;
      runs.push(run({ ...r, text: r.text.slice(from, i) }, breakBefore, true));
      from = i;
    }
    offset += r.text.length;
  }
  return runs;
}
