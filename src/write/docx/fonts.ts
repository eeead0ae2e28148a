/**
 * Font profiles: which font names the Word file asks for (§7.3). Word has no per-run fallback list,
 * so the choice is made at build time for the machines the document will be opened on.
 */

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
