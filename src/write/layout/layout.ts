/**
 * The official layout (GB/T 9704-2012) as numbers, each named with its unit.
 * Source: shared/reference/layout.md; § numbers are the standard's clauses. The values that make
 * LibreOffice agree with Word were measured in LibreOffice 7.4 (see the render test).
 */

/** 1 mm in twips (twentieths of a point), rounded as Word rounds: 37 mm → 2098, not 2097. */
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const ptToHalfPoints = (pt: number): number => pt * 2;
export const ptToTwips = (pt: number): number => pt * 20;

/** Chinese type sizes (号) in points. */
export const SIZE_PT = { 初号: 42, 小初: 36, 一号: 26, 二号: 22, 三号: 16, 四号: 14 } as const;

export const PAGE = {
  widthTwips: mmToTwips(210),
  heightTwips: mmToTwips(297),
  marginTopTwips: mmToTwips(37),
  marginBottomTwips: mmToTwips(35),
  marginLeftTwips: mmToTwips(28),
  marginRightTwips: mmToTwips(26),
  /** Where the draft header sits, from the top edge. */
  headerTwips: mmToTwips(15),
} as const;

/** 版心: 156 × 225 mm. */
export const TEXT_BLOCK = {
  widthTwips: PAGE.widthTwips - PAGE.marginLeftTwips - PAGE.marginRightTwips,
  heightTwips: PAGE.heightTwips - PAGE.marginTopTwips - PAGE.marginBottomTwips,
} as const;

/**
 * 22 lines in 225 mm: 579 twips (28.95 pt) is the largest exact spacing that still fits 22.
 * Every body paragraph, the title and the blank lines use it, so all lines sit on one grid.
 */
export const LINE = { exactTwips: 579 } as const;

/**
 * The document grid as Word's own 公文 templates write it (页面设置 → 文档网格: 指定行和字符网格,
 * 每页 22 行, 每行 28 字): linesAndChars, linePitch 579, charSpace −849, i.e. each character cell is
 * 16 pt − 849/4096 pt = 15.79 pt, 28 cells = 8844 twips inside the 8845-twip text block (word-wps.md).
 */
export const GRID_PITCH = { lineTwips: LINE.exactTwips, charSpace: -849 } as const;

/** Word's default tab stop in a Chinese document: 420 twips, two 五号 characters (Word's 公文 templates). */
export const DEFAULT_TAB_STOP_TWIPS = 420;

export const BODY = {
  sizePt: SIZE_PT.三号,
  /** 28 characters in 156 mm is 15.8 pt a character: −0.25 pt between characters makes 28 fit. */
  characterSpacingTwips: -5,
  /** Two characters of the 16 pt body: Word reads 1/100 characters, LibreOffice only twips. */
  firstLineIndentChars: 200,
  firstLineIndentTwips: 2 * ptToTwips(SIZE_PT.三号),
} as const;

/** One body character as set, spacing included: the unit of 右空二字 and the like. */
export const BODY_CHAR_TWIPS = ptToTwips(BODY.sizePt) + BODY.characterSpacingTwips;

export const TITLE = {
  sizePt: SIZE_PT.二号,
  /** Full-width characters a title line holds: 8845 / 440 → 20. */
  charsPerLine: Math.floor(TEXT_BLOCK.widthTwips / ptToTwips(SIZE_PT.二号)),
} as const;

export const PAGE_NUMBER = {
  sizePt: SIZE_PT.四号,
  /** One character of the 14 pt number in from the edge of the text block (§7.5). */
  sideIndentTwips: ptToTwips(SIZE_PT.四号),
  /** The footer's distance from the bottom edge: puts the number's line 7 mm below the text block. */
  footerTwips: PAGE.marginBottomTwips - mmToTwips(7) - ptToTwips(SIZE_PT.四号),
} as const;

/**
 * The 公文 frame (§7.2 版头, §7.4 版记). Where the standard gives a distance it is named with its
 * clause; the rest are practice, chosen here (a design choice, said so).
 */
export const FRAME = {
  /** The red of the 发文机关标志 and the separator line (practice: pure red). */
  red: "FF0000",
  /** The 标志's size: the largest that holds the name on one line (design choice: 初号 down to 二号). */
  issuerMarkSizesPt: [SIZE_PT.初号, SIZE_PT.小初, SIZE_PT.一号, SIZE_PT.二号],
  /** The 标志's line, as a share of its size: an exact line a little taller than the characters. */
  issuerMarkLineRatio: 1.2,
  /**
   * §7.2.4: the 标志's upper edge 35 mm below the text block's; three lines (份号, 密级, 紧急程度, or
   * blank) are above it, so this is what is left of the 35 mm, less the gap above the characters in
   * their exact line.
   */
  issuerMarkSpaceTwips: mmToTwips(35) - 3 * LINE.exactTwips - Math.round(ptToTwips(SIZE_PT.初号) * 0.1),
  /** §7.2.7: the red line 4 mm under the 发文字号; the space below the number's line makes it so. */
  separatorSpaceTwips: mmToTwips(4) - Math.round((LINE.exactTwips - ptToTwips(SIZE_PT.三号)) / 2),
  /** The red line's thickness in eighths of a point (practice: 1.5 pt; the standard gives none). */
  separatorRuleEighths: 12,
  /** §7.4.1: the 版记's first and last rules 0.35 mm (1 pt, Word's nearest), those between 0.25 mm (0.75 pt). */
  colophonThickRuleEighths: 8,
  colophonThinRuleEighths: 6,
  /**
   * A text box's inner margin at the sides, in twips: LibreOffice 7.4 keeps about 1.5 mm inside a
   * VML text box whatever its inset says, Word keeps what the inset says; the box is this much wider
   * on each side and its inset says so, so its paragraphs are the text block's width in both.
   */
  boxSideInsetTwips: mmToTwips(1.5),
  /** Above the box's first paragraph, likewise (LibreOffice's own, measured: about 1.4 mm). */
  boxTopInsetTwips: mmToTwips(1.4),
  /** A rule's own paragraph: one point high, its border below it. */
  colophonRuleLineTwips: 20,
} as const;
