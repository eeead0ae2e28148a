/**
 * The document as HTML for the preview: one continuous column of text as wide as the text block,
 * on the 28.95 pt line grid, which the page's script cuts into pages of 22 lines. Reads only the
 * model; every length comes from the page layout (layout/layout.ts) and every font name from the font
 * profiles, so the preview and the Word file agree by construction.
 */
import { ATTACHMENT_NOTE_LABEL_CHARS, TRACED_KINDS, attachmentNoteLines, type BlockOf } from "../blocks.js";
import {
  colophonLines,
  letterheadLines,
  plainText,
  signersText,
  type Block,
  type BlockKind,
  type DocumentModel,
  type HeadingLevel,
  type Run,
  type Table,
} from "../model.js";
import { closingLeftIndents } from "./layout/closing.js";
import { FONT_PROFILES, type FontSet } from "./layout/fonts.js";
import {
  BODY,
  BODY_CHAR_TWIPS,
  FRAME,
  LINE,
  PAGE,
  PAGE_NUMBER,
  TEXT_BLOCK,
  TITLE,
  mmToTwips,
} from "./layout/layout.js";
import { titleLines } from "./layout/title-lines.js";
import { codeMark } from "../messages/visible.js";

export interface HtmlOptions {
  /** A final document: blanks are not highlighted (the draft header is the page's to show). */
  readonly final: boolean;
}

/** The blocks as HTML; paragraphs a clerk can trace carry `data-line`, the data file's line. */
export function documentHtml(model: DocumentModel, options: HtmlOptions): string {
  const html = model.blocks.map((block) => blockHtml(block, options)).join("");
  return `<div class="flow" lang="zh-CN">${html}</div>`;
}

const pt = (twips: number) => `${twips / 20}pt`;
const LINES_PER_PAGE = Math.floor(TEXT_BLOCK.heightTwips / LINE.exactTwips);

/** The page's lengths, in the units the standard gives them, for the stylesheet and the script. */
export const PAGE_GEOMETRY = {
  width: pt(PAGE.widthTwips),
  height: pt(PAGE.heightTwips),
  marginTop: pt(PAGE.marginTopTwips),
  marginLeft: pt(PAGE.marginLeftTwips),
  textWidth: pt(TEXT_BLOCK.widthTwips),
  line: pt(LINE.exactTwips),
  linesPerPage: LINES_PER_PAGE,
  textHeight: pt(LINES_PER_PAGE * LINE.exactTwips),
  header: pt(PAGE.headerTwips),
  /** The page number's line: 7 mm below the text block (§7.5). */
  pageNumberTop: pt(PAGE.marginTopTwips + TEXT_BLOCK.heightTwips + mmToTwips(7)),
  pageNumberInset: pt(PAGE_NUMBER.sideIndentTwips),
} as const;

type FontRole = keyof Omit<FontSet, "latin">;

/**
 * A CSS font list for one role: the names every profile gives it (the machine uses the first it
 * has), then the free CJK fonts Linux has, then the generic family.
 */
export function fontStack(role: FontRole): string {
  const names = new Set(Object.values(FONT_PROFILES).map((profile) => profile[role]));
  const sans = role === "heading1";
  const free = sans ? ["Noto Sans CJK SC", "Source Han Sans SC"] : ["Noto Serif CJK SC", "Source Han Serif SC"];
  return [...names, ...free].map((name) => `"${name}"`).join(", ") + (sans ? ", sans-serif" : ", serif");
}

/** The stylesheet of the document column (the page's own chrome is styled by the preview). */
export function documentCss(): string {
  const g = PAGE_GEOMETRY;
  const kinds = (Object.keys(PREVIEW) as BlockKind[]).map((kind) => PREVIEW[kind].css).join("\n");
  return `
.flow { width: ${g.textWidth}; font: ${BODY.sizePt}pt/${g.line} ${fontStack("body")};
  letter-spacing: ${pt(BODY.characterSpacingTwips)}; text-align: justify; line-break: strict;
  /* Every character a full em, as in Word: no trimming of adjacent punctuation (Chrome 123+). */
  text-spacing-trim: space-all; }
.flow p { margin: 0; min-height: ${g.line}; }
${kinds}
.flow .runin { font-family: ${fontStack("runIn")}; }
.flow .runin.l1 { font-family: ${fontStack("heading1")}; }
.flow .blank { background: #ffeb3b; color: inherit; }
[data-line] { cursor: pointer; }
`;
}

/** A kind of block in the preview: its HTML, its CSS, and the selector that finds it on the page. */
interface PreviewForm<K extends BlockKind> {
  readonly html: (block: BlockOf<K>, options: HtmlOptions) => string;
  readonly css: string;
  readonly selector: string;
}

const indent = pt(BODY.firstLineIndentTwips);
const noteIndent = pt(BODY.firstLineIndentTwips + ATTACHMENT_NOTE_LABEL_CHARS * BODY_CHAR_TWIPS);
const runs = (list: readonly Run[], options: HtmlOptions) => list.map((run) => runHtml(run, options)).join("");
const line = (n: number | undefined) => (n === undefined ? "" : ` data-line="${n}"`);

const PREVIEW: { readonly [K in BlockKind]: PreviewForm<K> } = {
  title: {
    html: (block, options) => `<p class="title">${titleHtml(block, options)}</p><p></p>`,
    css: `.flow .title { font: ${TITLE.sizePt}pt/${PAGE_GEOMETRY.line} ${fontStack("title")}; letter-spacing: 0; text-align: center; }`,
    selector: ".flow > .title",
  },
  // Right under the title: the blank line after the title (or the line above) is the one after the last of them.
  titleNote: {
    html: (block, options) => `<p class="title-note">${runs(block.runs, options)}</p><p></p>`,
    css: `.flow .title-note { font-family: ${fontStack("runIn")}; text-align: center; text-indent: 0; }
.flow p:empty:has(+ .title-note) { display: none; }`,
    selector: ".flow > .title-note",
  },
  heading: {
    html: (block, options) => `<p class="h${block.level}"${line(block.line)}>${runs(block.runs, options)}</p>`,
    css: `.flow .h1 { text-indent: ${indent}; font-family: ${fontStack("heading1")}; }
.flow .h2, .flow .h3, .flow .h4 { text-indent: ${indent}; font-family: ${fontStack("runIn")}; }`,
    selector: ".flow .h1, .flow .h2, .flow .h3, .flow .h4",
  },
  paragraph: {
    html: (block, options) => `<p class="body"${line(block.line)}>${runs(block.runs, options)}</p>`,
    css: `.flow .body { text-indent: ${indent}; }`,
    selector: ".flow .body",
  },
  salutation: {
    html: (block, options) => `<p class="salutation"${line(block.line)}>${runs(block.runs, options)}</p>`,
    css: "",
    selector: ".flow .salutation",
  },
  closing: {
    html: (block, options) => {
      const indents = closingLeftIndents(block.lines.map(plainText));
      const lines = block.lines.map(
        (l, i) => `<p style="margin-left: ${pt(Math.max(0, indents[i] ?? 0))}">${runs(l, options)}</p>`,
      );
      return `<p></p><div class="closing">${lines.join("")}</div>`;
    },
    css: ".flow .closing p { text-align: left; white-space: pre; }",
    selector: ".flow .closing",
  },
  // The table's CSS is the attachment's (below): the page's CSS has every kind's.
  table: {
    html: (block, options) =>
      `<div class="text-table">${block.title.length > 0 ? `<p class="table-title">${runs(block.title, options)}</p>` : ""}` +
      `${tableHtml(block.table, options)}</div>`,
    css: `.flow .table-title { font-family: ${fontStack("heading1")}; text-align: center; text-indent: 0; }`,
    selector: ".flow .text-table",
  },
  attachmentNote: {
    html: (block, options) => {
      const items = attachmentNoteLines(block).map(
        ({ lead, runs: item }) => `<p class="note">${lead}${runs(item, options)}</p>`,
      );
      return `<p></p>${items.join("")}`;
    },
    css: `.flow .note { padding-left: ${noteIndent}; text-indent: ${pt(-ATTACHMENT_NOTE_LABEL_CHARS * BODY_CHAR_TWIPS)}; }`,
    selector: ".flow .note",
  },
  attachment: {
    html: (block, options) =>
      `<section class="attachment" data-new-page><p class="label">${escapeHtml(block.label)}</p>` +
      `<p class="title">${runs(block.title, options)}</p><p></p>` +
      (block.paragraphs ?? []).map((p) => `<p class="body">${runs(p, options)}</p>`).join("") +
      (block.tableTitle?.length ? `<p class="table-title">${runs(block.tableTitle, options)}</p>` : "") +
      `${block.table ? tableHtml(block.table, options) : ""}</section>`,
    css: `.flow .label { font-family: ${fontStack("heading1")}; }
.flow table { width: 100%; border-collapse: collapse; }
.flow td, .flow th { padding: 0 4pt; line-height: ${PAGE_GEOMETRY.line}; font-weight: normal; box-shadow: inset 0 0 0 0.5pt #000; }
.flow th { text-align: center; }`,
    selector: ".flow .attachment",
  },
  letterhead: {
    html: (block) => letterheadHtml(block),
    css: `.flow .mark { font-family: ${fontStack("heading1")}; }
.flow .issuer { font: ${FRAME.issuerMarkSizesPt[0]}pt/${pt(2 * LINE.exactTwips)} ${fontStack("title")}; letter-spacing: 0;
  text-align: center; color: #${FRAME.red}; }
.flow .document-number { text-align: center; }
.flow .document-number.signed { display: flex; justify-content: space-between; padding: 0 ${pt(BODY_CHAR_TWIPS)}; }
.flow .document-number .signers { font-family: ${fontStack("runIn")}; }
.flow .red-line { min-height: 0; height: ${PAGE_GEOMETRY.line}; border-top: 1.5pt solid #${FRAME.red}; box-sizing: border-box; }`,
    selector: ".flow .letterhead",
  },
  annotation: {
    html: (block) => `<p class="body annotation">${escapeHtml(block.text)}</p>`,
    css: "",
    selector: ".flow .annotation",
  },
  colophon: {
    html: (block) =>
      `<div class="colophon" data-foot-of-even-page>${colophonLines(block)
        .map((l) => `<p>${escapeHtml(l)}</p>`)
        .join("")}</div>`,
    css: `.flow .colophon { font-size: 14pt; letter-spacing: 0; padding: 0 14pt; border-top: 1pt solid #000;
  border-bottom: 1pt solid #000; }`,
    selector: ".flow .colophon",
  },
  // The body starts on the page after it, as in Word.
  contents: {
    html: (block) =>
      `<section class="contents"><p class="title">${escapeHtml(block.title)}</p><p></p>` +
      block.entries.map((e) => `<p class="toc${e.level}">${escapeHtml(e.text)}</p>`).join("") +
      `</section><div data-new-page></div>`,
    css: `.flow .contents p { text-indent: 0; }
.flow .contents .toc2 { padding-left: ${pt(2 * BODY_CHAR_TWIPS)}; }
.flow .contents .toc3 { padding-left: ${pt(4 * BODY_CHAR_TWIPS)}; }
.flow .contents .toc4 { padding-left: ${pt(6 * BODY_CHAR_TWIPS)}; }`,
    selector: ".flow .contents",
  },
};

/** What a click in the preview finds: the blocks of the kinds the registry traces to the data file. */
export const TRACED_SELECTOR = TRACED_KINDS.map((kind) => PREVIEW[kind].selector).join(", ");

function blockHtml(block: Block, options: HtmlOptions): string {
  // As formOf does: the table's entry for a kind takes that kind's block (PREVIEW's type checks it).
  return (PREVIEW[block.kind].html as (block: Block, options: HtmlOptions) => string)(block, options);
}

/** The 版头 on the preview's line grid: three lines of marks, the red 标志, the number, the red line. */
function letterheadHtml(head: BlockOf<"letterhead">): string {
  const marks = [0, 1, 2].map((i) => `<p class="mark">${escapeHtml(head.marks[i] ?? "")}</p>`).join("");
  const issuers = letterheadLines({ ...head, marks: [], number: "", signers: [] })
    .map((name) => `<p class="issuer">${escapeHtml(name)}</p>`)
    .join("");
  const signers = signersText(head.signers);
  const number = signers
    ? `<p class="document-number signed"><span>${escapeHtml(head.number)}</span><span>签发人：<span class="signers">${escapeHtml(head.signers.join("　"))}</span></span></p>`
    : `<p class="document-number">${escapeHtml(head.number)}</p>`;
  return `<div class="letterhead">${marks}<p></p>${issuers}<p></p><p></p>${number}<p class="red-line"></p><p></p></div>`;
}

/** The title in the same balanced lines as the Word file. */
function titleHtml(block: BlockOf<"title">, options: HtmlOptions): string {
  if (block.lines) return block.lines.map((line) => runs(line, options)).join("<br>");
  const list = block.runs;
  const lines = titleLines(plainText(list), TITLE.charsPerLine);
  if (lines.length === 1) return list.map((run) => runHtml(run, options)).join("");
  return lines.map(escapeHtml).join("<br>");
}

function tableHtml({ columns, rows }: Table, options: HtmlOptions): string {
  const head = columns.map((c) => `<th>${escapeHtml(c.header)}</th>`).join("");
  const body = rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, i) => {
            const align = columns[i]?.align ?? "left";
            return `<td style="text-align: ${align}">${cell.map((run) => runHtml(run, options)).join("")}</td>`;
          })
          .join("")}</tr>`,
    )
    .join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function runHtml(run: Run, options: HtmlOptions): string {
  const text = escapeHtml(run.text);
  const blank = run.figure === "blank" && !options.final;
  const inner = blank ? `<mark class="blank">${text}</mark>` : text;
  return run.heading ? `<span class="runin l${run.heading satisfies HeadingLevel}">${inner}</span>` : inner;
}

/**
 * Text as HTML text. A bidi control (a mark, an embedding, an override, an isolate) is shown as its
 * code, `<U+202E>`, as a terminal shows it (messages/visible.ts): left in, it would turn the text
 * after it round on the page, a file's name or a figure in the preview reading otherwise than written.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(BIDI_CONTROLS, (c) => `&lt;${codeMark(c.charCodeAt(0)).slice(1, -1)}&gt;`);
}

/** Every bidi control of UAX #9: ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
