/**
 * Every kind of paragraph the Word file has, and the style that carries its layout: the one table
 * the writer, the styles part and the recorded kit (kit/make-kit.ts) are all derived from. A new
 * kind of paragraph is one entry here; the block that uses it says so in plan.ts.
 *
 * Word knows its built-in styles by their English names (Normal, heading 1, Title, header, footer,
 * Salutation), which Chinese Word and WPS show as 正文, 标题 1, 标题, 页眉, 页脚, 称呼; the styles
 * Word has no counterpart for carry Chinese names, as a clerk would see them.
 */
import {
  AlignmentType,
  BorderStyle,
  LeaderType,
  LineRuleType,
  TabStopType,
  type IParagraphOptions,
  type IParagraphStyleOptions,
  type IRunOptions,
} from "docx";
import { ATTACHMENT_NOTE_LABEL_CHARS, type BlockStyle } from "../../blocks.js";
import { HEADING_LEVELS, type HeadingLevel } from "../../model.js";
import { HEADING_FONT, fontAttributes, type FontRole, type FontSet } from "../layout/fonts.js";
import { FRAME_PARAGRAPH_KINDS, type FrameParagraphKind } from "./frame-kinds.js";
import { GRID } from "./grid.js";
import {
  BODY,
  BODY_CHAR_TWIPS,
  FRAME,
  LINE,
  PAGE_NUMBER,
  SIZE_PT,
  TEXT_BLOCK,
  TITLE,
  ptToHalfPoints,
  ptToTwips,
} from "../layout/layout.js";

export { HEADING_FONT, type FontRole } from "../layout/fonts.js";

export interface StyleSpec {
  readonly id: string;
  /** w:name: Word's English name for its built-in styles, a Chinese one for ours. */
  readonly name: string;
  /** Every style but Normal is based on Normal unless it says otherwise. */
  readonly basedOn?: string;
  readonly font: FontRole;
  readonly sizePt: number;
  /** Twips between characters; Normal's −0.25 pt unless given. */
  readonly characterSpacingTwips?: number;
  /**
   * Paragraph properties. The library's style type lists fewer than it writes for a style
   * (widowControl, pageBreakBefore), so the paragraph's own type is used here.
   */
  readonly paragraph: IParagraphOptions;
  /** A heading's level in Word's outline (0 = level 1): the navigation pane (导航窗格) lists these. */
  readonly outlineLevel?: number;
  /** Off the line grid (w:snapToGrid 0), written into the style by finish-parts.ts: the title's 22 pt lines. */
  readonly offGrid?: true;
  /** The text's colour (RRGGBB) where it is not black: the red 发文机关标志. */
  readonly color?: string;
  /**
   * The style Enter gives the next paragraph (w:next), by kind; absent = this style again, as Word
   * reads a style without w:next (its own header, footer and Signature styles have none).
   */
  readonly next?: "body";
  /** Where Word's styles pane and gallery show it, as Word's own templates write it (see WORD_UI). */
  readonly ui: StyleUi;
}

/** w:uiPriority, w:semiHidden/w:unhideWhenUsed and w:qFormat, as Word 2016's own styles.xml has them. */
export interface StyleUi {
  readonly priority?: number;
  /** Shown in the styles pane once used (header, footer, Salutation): the file uses them, so no semiHidden. */
  readonly unhideWhenUsed?: true;
  /** In the styles gallery (样式库). */
  readonly gallery?: true;
}

/** Word's built-ins (Normal 0, heading n 9, Title 10, the rest 99 shown when used); ours in the gallery. */
const WORD_UI = {
  normal: { gallery: true },
  heading: { priority: 9, gallery: true },
  title: { priority: 10, gallery: true },
  whenUsed: { priority: 99, unhideWhenUsed: true },
  ours: { gallery: true },
} as const satisfies Record<string, StyleUi>;

const noIndent = { firstLine: 0, firstLineChars: 0 };
/** 附件说明: 附件： two characters in, the names (and the lines under the first) three characters further. */
const NOTE_LABEL_TWIPS = ATTACHMENT_NOTE_LABEL_CHARS * BODY_CHAR_TWIPS;
export const ATTACHMENT_NOTE_INDENT = {
  leftTwips: BODY.firstLineIndentTwips + NOTE_LABEL_TWIPS,
  hangingTwips: NOTE_LABEL_TWIPS,
} as const;

/** Table text: 仿宋 四号, on the body's line pitch, no first-line indent (layout.md: Tables). */
const tableText = { font: "body", sizePt: SIZE_PT.四号, characterSpacingTwips: 0 } as const;

const headingStyle = (level: HeadingLevel): StyleSpec => ({
  id: `Heading${level}`,
  name: `heading ${level}`,
  font: HEADING_FONT[level],
  sizePt: BODY.sizePt,
  paragraph: { keepNext: true, keepLines: true },
  outlineLevel: level - 1,
  next: "body",
  ui: WORD_UI.heading,
});

const headingStyles = Object.fromEntries(HEADING_LEVELS.map((level) => [`heading${level}`, headingStyle(level)])) as {
  readonly [L in HeadingLevel as `heading${L}`]: StyleSpec;
};

// ─── The 公文 frame (GB/T 9704 §7.2, §7.4): styles written only into documents that have one ───

const exactLine = (twips: number) => ({ line: twips, lineRule: LineRuleType.EXACT, before: 0, after: 0 });
const rule = (eighths: number, color = "000000") => ({ style: BorderStyle.SINGLE, size: eighths, color, space: 0 });
/** 版记's text: 四号 仿宋, one character in on both sides (§7.4.2, §7.4.3), on the body's line pitch. */
const colophonText = { font: "body", sizePt: SIZE_PT.四号, characterSpacingTwips: 0, ui: WORD_UI.ours } as const;
const COLOPHON_SIDE_TWIPS = ptToTwips(SIZE_PT.四号);
/** A 版记 rule: an empty paragraph, one point high, as wide as the text block, its bottom border the rule. */
const colophonRule = (thick: boolean): StyleSpec => ({
  id: thick ? "ColophonRuleThick" : "ColophonRuleThin",
  name: thick ? "版记粗线" : "版记细线",
  ...colophonText,
  offGrid: true,
  paragraph: {
    indent: noIndent,
    keepNext: true,
    spacing: exactLine(FRAME.colophonRuleLineTwips),
    border: { bottom: rule(thick ? FRAME.colophonThickRuleEighths : FRAME.colophonThinRuleEighths) },
  },
});

/** 发文机关标志, one style a size: the largest of FRAME.issuerMarkSizesPt in which the name fits a line. */
const issuerMarkStyles = Object.fromEntries(
  FRAME.issuerMarkSizesPt.map((sizePt) => [
    `issuerMark${sizePt}`,
    {
      id: `IssuerMark${sizePt}`,
      ui: WORD_UI.ours,
      name: `发文机关标志 ${sizePt}`,
      font: "title",
      sizePt,
      characterSpacingTwips: 0,
      color: FRAME.red,
      offGrid: true,
      paragraph: {
        alignment: AlignmentType.CENTER,
        indent: noIndent,
        keepNext: true,
        spacing: exactLine(Math.round(ptToTwips(sizePt) * FRAME.issuerMarkLineRatio)),
      },
    } satisfies StyleSpec,
  ]),
) as { readonly [P in (typeof FRAME.issuerMarkSizesPt)[number] as `issuerMark${P}`]: StyleSpec };

/**
 * An entry of the contents (toc 1–4): flush left, two characters further in a level, the page number
 * at the right edge after a tab with a dot leader; level 1 in the 一、 headings' 黑体, the rest in 仿宋.
 */
const contentsStyle = (level: HeadingLevel): StyleSpec => ({
  id: `TOC${level}`,
  name: `toc ${level}`,
  next: "body",
  ui: WORD_UI.whenUsed,
  font: level === 1 ? "heading1" : "body",
  sizePt: BODY.sizePt,
  paragraph: {
    alignment: AlignmentType.LEFT,
    indent: { left: (level - 1) * 2 * BODY_CHAR_TWIPS, firstLine: 0, firstLineChars: 0 },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_BLOCK.widthTwips, leader: LeaderType.DOT }],
  },
});

const contentsStyles = Object.fromEntries(
  HEADING_LEVELS.map((level) => [`contents${level}`, contentsStyle(level)]),
) as { readonly [L in HeadingLevel as `contents${L}`]: StyleSpec };

const FRAME_STYLES = {
  /** 份号, 密级和保密期限, 紧急程度: 三号 黑体, flush left, one a line (§7.2.1–7.2.3). */
  frameMark: {
    id: "FrameMark",
    ui: WORD_UI.ours,
    name: "份号密级",
    font: "heading1",
    sizePt: BODY.sizePt,
    paragraph: { alignment: AlignmentType.LEFT, indent: noIndent, keepNext: true },
  },
  /** The room between the three lines above and the 发文机关标志's upper edge, 35 mm below the text block's (§7.2.4). */
  issuerMarkSpace: {
    id: "IssuerMarkSpace",
    ui: WORD_UI.ours,
    name: "版头留空",
    font: "body",
    sizePt: BODY.sizePt,
    offGrid: true,
    paragraph: { indent: noIndent, keepNext: true, spacing: exactLine(FRAME.issuerMarkSpaceTwips) },
  },
  ...issuerMarkStyles,
  /** 发文字号 of a downward document, centred (§7.2.5). */
  documentNumber: {
    id: "DocumentNumber",
    ui: WORD_UI.ours,
    name: "发文字号",
    font: "body",
    sizePt: BODY.sizePt,
    paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, keepNext: true },
  },
  /** An upward document's 发文字号 one character in on the left, 签发人 one in on the right, one line (§7.2.5, §7.2.6). */
  documentNumberSigned: {
    id: "DocumentNumberSigned",
    ui: WORD_UI.ours,
    name: "发文字号和签发人",
    font: "body",
    sizePt: BODY.sizePt,
    paragraph: {
      alignment: AlignmentType.LEFT,
      indent: { left: BODY_CHAR_TWIPS, right: BODY_CHAR_TWIPS, firstLine: 0, firstLineChars: 0 },
      keepNext: true,
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_BLOCK.widthTwips - BODY_CHAR_TWIPS }],
    },
  },
  /** Lines of 签发人 above the last, two names a line, right one character in. */
  signers: {
    id: "Signers",
    ui: WORD_UI.ours,
    name: "签发人",
    font: "body",
    sizePt: BODY.sizePt,
    paragraph: { alignment: AlignmentType.RIGHT, indent: { right: BODY_CHAR_TWIPS, ...noIndent }, keepNext: true },
  },
  /** The red separator line (§7.2.7): an empty paragraph whose bottom border is the line, as wide as the text block. */
  separatorLine: {
    id: "SeparatorLine",
    ui: WORD_UI.ours,
    name: "红色分隔线",
    font: "body",
    sizePt: BODY.sizePt,
    offGrid: true,
    paragraph: {
      indent: noIndent,
      keepNext: true,
      spacing: exactLine(FRAME.separatorSpaceTwips),
      border: { bottom: rule(FRAME.separatorRuleEighths, FRAME.red) },
    },
  },
  /** 抄送: one character in on both sides, continuation lines after 抄送： (§7.4.2). */
  colophonCopy: {
    id: "ColophonCopy",
    name: "版记抄送",
    ...colophonText,
    paragraph: {
      alignment: AlignmentType.LEFT,
      indent: { left: COLOPHON_SIDE_TWIPS * 4, right: COLOPHON_SIDE_TWIPS, hanging: COLOPHON_SIDE_TWIPS * 3 },
      spacing: exactLine(LINE.exactTwips),
    },
  },
  /** 印发机关 one character in on the left, 印发日期 one in on the right, after a tab (§7.4.3). */
  colophonPrinted: {
    id: "ColophonPrinted",
    name: "版记印发",
    ...colophonText,
    paragraph: {
      alignment: AlignmentType.LEFT,
      indent: { left: COLOPHON_SIDE_TWIPS, right: COLOPHON_SIDE_TWIPS, firstLine: 0, firstLineChars: 0 },
      spacing: exactLine(LINE.exactTwips),
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_BLOCK.widthTwips - COLOPHON_SIDE_TWIPS }],
    },
  },
  /**
   * The 题注 (——在…会议上) and the speaker's line under the title: 三号 楷体, centred, on the line
   * grid, as 工作报告 print them; kept with the title and the body after it.
   */
  titleNote: {
    id: "TitleNote",
    ui: WORD_UI.ours,
    name: "题注",
    font: "runIn",
    sizePt: BODY.sizePt,
    paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, keepNext: true },
  },
  /** A table's 表题 in the text: 黑体 三号, centred over it, kept with its first row. */
  tableTitle: {
    id: "TableTitle",
    next: "body",
    ui: WORD_UI.ours,
    name: "表题",
    font: "heading1",
    sizePt: BODY.sizePt,
    paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, keepNext: true },
  },
  /** The first and last rules (0.35 mm) and those between (0.25 mm), §7.4.1. */
  colophonRuleThick: colophonRule(true),
  colophonRuleThin: colophonRule(false),
  // The table of contents (目录): Word's own TOC Heading and toc 1–4, written only when used too.
  /** 目录, centred in the title's face and size, as 目录 pages print it; kept with the entries. */
  contentsTitle: {
    id: "TOCHeading",
    name: "TOC Heading",
    next: "body",
    ui: WORD_UI.whenUsed,
    font: "title",
    sizePt: TITLE.sizePt,
    characterSpacingTwips: 0,
    offGrid: true,
    paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, keepNext: true },
  },
  ...contentsStyles,
} as const satisfies Record<string, StyleSpec>;

export const PARAGRAPH_STYLES = {
  /** 正文: the default paragraph style, so a paragraph typed or pasted in Word keeps the layout. */
  body: {
    id: "Normal",
    ui: WORD_UI.normal,
    name: "Normal",
    font: "body",
    sizePt: BODY.sizePt,
    characterSpacingTwips: BODY.characterSpacingTwips,
    paragraph: {
      ...GRID,
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: BODY.firstLineIndentTwips, firstLineChars: BODY.firstLineIndentChars },
    },
  },
  title: {
    id: "Title",
    next: "body",
    ui: WORD_UI.title,
    name: "Title",
    font: "title",
    sizePt: TITLE.sizePt,
    characterSpacingTwips: 0,
    paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, keepNext: true },
    offGrid: true,
  },
  ...headingStyles,
  /** 主送机关 such as 各位代表：, flush left (§7.3.2). */
  salutation: {
    id: "Salutation",
    next: "body",
    ui: WORD_UI.whenUsed,
    name: "Salutation",
    font: "body",
    sizePt: BODY.sizePt,
    paragraph: { indent: noIndent },
  },
  /** 落款: each line's left indent is computed (closing.ts) and given on the paragraph. */
  closing: {
    id: "SignOff",
    ui: WORD_UI.ours,
    name: "落款",
    font: "body",
    sizePt: BODY.sizePt,
    paragraph: { alignment: AlignmentType.LEFT, indent: noIndent },
  },
  /** 附件说明 (§7.3.4); its lines are breaks in one paragraph, so every line sits under the first name. */
  attachmentNote: {
    id: "AttachmentNote",
    ui: WORD_UI.ours,
    name: "附件说明",
    font: "body",
    sizePt: BODY.sizePt,
    paragraph: {
      alignment: AlignmentType.LEFT,
      indent: { left: ATTACHMENT_NOTE_INDENT.leftTwips, hanging: ATTACHMENT_NOTE_INDENT.hangingTwips },
    },
  },
  /** 附件 at the top left of a new page, in 黑体 (§7.3.7). */
  attachmentLabel: {
    id: "AttachmentLabel",
    next: "body",
    ui: WORD_UI.ours,
    name: "附件标识",
    font: "heading1",
    sizePt: BODY.sizePt,
    paragraph: { alignment: AlignmentType.LEFT, indent: noIndent, pageBreakBefore: true, keepNext: true },
  },
  /** The attachment's title, set like the document's. */
  attachmentTitle: {
    id: "AttachmentTitle",
    next: "body",
    ui: WORD_UI.ours,
    name: "附件标题",
    basedOn: "Title",
    font: "title",
    sizePt: TITLE.sizePt,
    characterSpacingTwips: 0,
    paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, keepNext: true },
    offGrid: true,
  },
  tableHeader: {
    id: "TableHeading",
    ui: WORD_UI.ours,
    name: "表头",
    ...tableText,
    font: "heading1",
    paragraph: { alignment: AlignmentType.CENTER, indent: noIndent },
  },
  tableText: {
    id: "TableText",
    ui: WORD_UI.ours,
    name: "表格文字",
    ...tableText,
    paragraph: { alignment: AlignmentType.LEFT, indent: noIndent },
  },
  /** The draft label above the text (页眉). */
  draftHeader: {
    id: "Header",
    ui: WORD_UI.whenUsed,
    name: "header",
    font: "body",
    sizePt: BODY.sizePt,
    characterSpacingTwips: 0,
    paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, spacing: { before: 0, after: 0 } },
  },
  /** — 1 — in 宋体 四号 (§7.5, 页脚); its side is given on each footer's paragraph. */
  pageNumber: {
    id: "Footer",
    ui: WORD_UI.whenUsed,
    name: "footer",
    font: "pageNumber",
    sizePt: PAGE_NUMBER.sizePt,
    characterSpacingTwips: 0,
    paragraph: {
      indent: noIndent,
      spacing: { line: ptToTwips(PAGE_NUMBER.sizePt), lineRule: "exact", before: 0, after: 0 },
    },
  },
  ...FRAME_STYLES,
  // Every style a block kind is set in (src/blocks.ts) must be here.
} as const satisfies Record<string, StyleSpec> & Record<BlockStyle, StyleSpec>;

export type ParagraphKind = keyof typeof PARAGRAPH_STYLES;
export const STYLE_SPECS: readonly StyleSpec[] = Object.values(PARAGRAPH_STYLES);
export const PARAGRAPH_KINDS = Object.keys(PARAGRAPH_STYLES) as ParagraphKind[];

export const styleId = (kind: ParagraphKind): string => PARAGRAPH_STYLES[kind].id;

/** The frame's kinds, as FRAME_STYLES has them (frame-kinds.ts lists them; test/frame.test.ts compares). */
export const FRAME_STYLE_KINDS = Object.keys(FRAME_STYLES) as FrameParagraphKind[];
/** The styles written into styles.xml only when a document uses one (finish-parts.ts). */
export const FRAME_STYLE_IDS: ReadonlySet<string> = new Set(FRAME_PARAGRAPH_KINDS.map(styleId));

/** Run properties of a font of this profile: the Chinese font, Latin letters and digits, size, spacing. */
export function runFormat(
  fonts: FontSet,
  font: FontRole,
  sizePt: number = BODY.sizePt,
  characterSpacingTwips: number = BODY.characterSpacingTwips,
): IRunOptions {
  return {
    font: fontAttributes(fonts[font], fonts.latin),
    size: ptToHalfPoints(sizePt),
    characterSpacing: characterSpacingTwips,
  };
}

/** The styles part's paragraph styles for a font profile, in the docx library's terms. */
export function paragraphStyles(fonts: FontSet): IParagraphStyleOptions[] {
  return STYLE_SPECS.map((style) => {
    const normal = style.id === "Normal";
    const { font, sizePt, characterSpacingTwips = BODY.characterSpacingTwips } = style;
    return {
      id: style.id,
      name: style.name,
      ...(normal ? {} : { basedOn: style.basedOn ?? "Normal" }),
      ...(style.next ? { next: PARAGRAPH_STYLES[style.next].id } : {}),
      ...(style.ui.priority === undefined ? {} : { uiPriority: style.ui.priority }),
      ...(style.ui.unhideWhenUsed ? { unhideWhenUsed: true } : {}),
      ...(style.ui.gallery ? { quickFormat: true } : {}),
      paragraph: {
        ...style.paragraph,
        ...(style.outlineLevel === undefined ? {} : { outlineLevel: style.outlineLevel }),
      },
      run: { ...runFormat(fonts, font, sizePt, characterSpacingTwips), ...(style.color ? { color: style.color } : {}) },
    };
  });
}
