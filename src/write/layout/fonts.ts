/**
 * Font profiles: which font names the Word file asks for (§7.3). Word has no per-run fallback list,
 * so the choice is made at build time for the machines the document will be opened on.
 */
import type { HeadingLevel } from "../../model.js";

/** The fonts of one profile, one per element. */
export interface FontSet {
  readonly title: string;
  readonly heading1: string;
  readonly runIn: string;
  readonly body: string;
  readonly pageNumber: string;
  /** Digits and Latin letters; absent: they take the element's Chinese font. */
  readonly latin?: string;
}

/** Which of a profile's fonts an element takes. */
export type FontRole = Exclude<keyof FontSet, "latin">;

/** GB/T 9704 §7.3.3: 黑体, 楷体, 仿宋, 仿宋. A run-in heading's runs take the same font. */
export const HEADING_FONT: Readonly<Record<HeadingLevel, FontRole>> = {
  1: "heading1",
  2: "runIn",
  3: "body",
  4: "body",
};

const profiles = {
  /** The names the standard gives, as Word in a Chinese locale knows them. */
  standard: {
    title: "方正小标宋简体",
    heading1: "黑体",
    runIn: "楷体_GB2312",
    body: "仿宋_GB2312",
    pageNumber: "宋体",
  },
  /** Windows without the GB2312 fonts: the fonts every Chinese Windows has. */
  windows: {
    title: "宋体",
    heading1: "黑体",
    runIn: "楷体",
    body: "仿宋",
    pageNumber: "宋体",
    latin: "Times New Roman",
  },
  /** macOS: the STxxx fonts, by their Chinese names. */
  macos: {
    title: "华文中宋",
    heading1: "华文黑体",
    runIn: "华文楷体",
    body: "华文仿宋",
    pageNumber: "华文宋体",
    latin: "Times New Roman",
  },
} as const satisfies Record<string, FontSet>;

export type FontProfileName = keyof typeof profiles;
export const FONT_PROFILES: Readonly<Record<FontProfileName, FontSet>> = profiles;
export const FONT_PROFILE_NAMES = Object.keys(FONT_PROFILES) as FontProfileName[];
export const DEFAULT_FONT_PROFILE: FontProfileName = "standard";

/**
 * w:rFonts for a run whose Chinese font is `chinese`. The eastAsia hint makes Word draw the
 * characters both scripts share (“”、—、…) in the Chinese font, so Chinese punctuation keeps its
 * full width even where digits and letters take a Latin font.
 */
export function fontAttributes(chinese: string, latin: string = chinese) {
  return { ascii: latin, hAnsi: latin, eastAsia: chinese, cs: chinese, hint: "eastAsia" } as const;
}

/**
 * What Word substitutes a missing font by (ECMA-376 Part 1 §17.8.3, font substitution data): the
 * alternative name it tries first, the PANOSE class, the character set and the family and pitch.
 * Values as Word and WPS themselves record them for these fonts; panose left out where unknown.
 * A font that holds only GB2312's characters (`gb2312Only`) has its `altName` draw the others.
 */
export interface FontFacts {
  readonly altName?: string;
  readonly panose?: string;
  /** Hex, as w:charset writes it: 86 is GB2312, 00 ANSI. */
  readonly charset: "86" | "00";
  readonly family: "roman" | "swiss" | "modern" | "script" | "decorative" | "auto";
  readonly pitch: "fixed" | "variable" | "default";
  readonly gb2312Only?: true;
}

const SONG = { charset: "86", family: "auto", pitch: "variable" } as const;
const FIXED_CJK = { charset: "86", family: "modern", pitch: "fixed" } as const;
const HUAWEN_PANOSE = "02010600040101010101";

export const FONT_FACTS: Readonly<Record<string, FontFacts>> = {
  方正小标宋简体: { ...SONG, altName: "宋体", gb2312Only: true },
  仿宋_GB2312: { ...FIXED_CJK, altName: "仿宋", panose: "02010609030101010101", gb2312Only: true },
  楷体_GB2312: { ...FIXED_CJK, altName: "楷体", panose: "02010609030101010101", gb2312Only: true },
  宋体: { ...SONG, altName: "SimSun", panose: "02010600030101010101" },
  黑体: { ...FIXED_CJK, altName: "SimHei", panose: "02010609060101010101" },
  仿宋: { ...FIXED_CJK, altName: "FangSong", panose: "02010609060101010101" },
  楷体: { ...FIXED_CJK, altName: "KaiTi", panose: "02010609060101010101" },
  华文中宋: { ...SONG, altName: "STZhongsong", panose: HUAWEN_PANOSE },
  华文黑体: { ...SONG, altName: "STHeiti", panose: HUAWEN_PANOSE },
  华文楷体: { ...SONG, altName: "STKaiti", panose: HUAWEN_PANOSE },
  华文仿宋: { ...SONG, altName: "STFangsong", panose: HUAWEN_PANOSE },
  华文宋体: { ...SONG, altName: "STSong", panose: HUAWEN_PANOSE },
  "Times New Roman": { charset: "00", family: "roman", pitch: "variable", panose: "02020603050405020304" },
};

/** The face that draws characters outside GB2312 where `font` has none of them: its altName. */
export function fallbackFace(font: string): string {
  const facts = FONT_FACTS[font];
  return facts?.gb2312Only && facts.altName ? facts.altName : font;
}

/** Every font a document in this profile can name: the profile's own and their fallback faces. */
export function profileFontNames(fonts: FontSet): string[] {
  const named = [fonts.title, fonts.heading1, fonts.runIn, fonts.body, fonts.pageNumber, fonts.latin];
  const own = named.filter((name): name is string => name !== undefined);
  return [...new Set([...own, ...own.map(fallbackFace)])];
}
