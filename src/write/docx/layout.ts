/**
 * The official layout (GB/T 9704-2012) as numbers, each named with its unit.
 * Source: shared/reference/layout.md; § numbers are the standard's clauses.
 */

/** 1 mm in twips (twentieths of a point), rounded as Word rounds: 37 mm → 2098, not 2097. */
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const ptToHalfPoints = (pt: number): number => pt * 2;
export const ptToTwips = (pt: number): number => pt * 20;

/** Chinese type sizes (号) in points. */
export const SIZE_PT = { 二号: 22, 三号: 16, 四号: 14 } as const;

export const PAGE = {
  widthTwips: mmToTwips(210),
  heightTwips: mmToTwips(297),
  marginTopTwips: mmToTwips(37),
  marginBottomTwips: mmToTwips(35),
  marginLeftTwips: mmToTwips(28),
  marginRightTwips: mmToTwips(26),
} as const;

export const BODY = {
  sizePt: SIZE_PT.三号,
  /** Two characters of the 16 pt body: Word's own unit is 1/100 character. */
  firstLineIndentChars: 200,
  firstLineIndentTwips: 2 * ptToTwips(SIZE_PT.三号),
} as const;

export const TITLE = { sizePt: SIZE_PT.二号 } as const;
