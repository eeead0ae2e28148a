/**
 * How a document numbers its headings: the ordinal style of each level (一、 （一） 1. （1）, and the
 * 第一部分 / 第一章 / ① some documents use), a level written without numbers, and the number each
 * heading of the data gets. The data says it in `numbering` (the document's, or a section's for the
 * levels under it); the render stage prints these numbers and validation quotes them, so both read
 * them from here.
 */

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五: the ordinals of 一、（一） and 一是. */
const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`chineseNumeral: ${n} is not in 1..999`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let text = hundreds > 0 ? `${DIGITS[hundreds]}百` : "";
  if (tens > 0) text += hundreds === 0 && tens === 1 ? "十" : `${DIGITS[tens]}十`;
  else if (hundreds > 0 && ones > 0) text += "零";
  if (ones > 0) text += DIGITS[ones];
  return text;
}

/**
 * The ordinal styles a level may use, written as the first heading of the level prints its number;
 * 无 is a level whose headings have no number (2024年工作回顾 above 一、…).
 */
export const ORDINAL_STYLES = ["一、", "（一）", "1.", "1、", "（1）", "第一部分", "第一章", "①", "无"] as const;
export type OrdinalStyle = (typeof ORDINAL_STYLES)[number];

/** GB/T 9704 §7.3.3: the levels' ordinals in order, 一、 （一） 1. （1）; levels the data does not set use these. */
export const STANDARD_ORDINALS = { 1: "一、", 2: "（一）", 3: "1.", 4: "（1）" } as const satisfies Record<
  number,
  OrdinalStyle
>;

/** The style that follows a level's in the standard order, for the levels below the last one a list gives. */
const NEXT: Readonly<Record<Exclude<OrdinalStyle, "无">, OrdinalStyle>> = {
  第一部分: "一、",
  第一章: "一、",
  "一、": "（一）",
  "（一）": "1.",
  "1.": "（1）",
  "1、": "（1）",
  "（1）": "①",
  "①": "①",
};

/** ① to ㊿: Unicode has circled numbers up to 50; beyond, （51）. */
function circled(n: number): string {
  if (n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return `（${n}）`;
}

/**
 * The number of the n-th heading of a level in a style, as printed before its text. 第一部分 and
 * 第一章 are parted from the heading by a full-width space, as documents print them.
 */
export function ordinalText(style: OrdinalStyle, n: number): string {
  switch (style) {
    case "一、":
      return `${chineseNumeral(n)}、`;
    case "（一）":
      return `（${chineseNumeral(n)}）`;
    case "1.":
      return `${n}.`;
    // 1、 is not GB/T 9704's, but many offices number their third level so (1、合理划分清洁区。).
    case "1、":
      return `${n}、`;
    case "（1）":
      return `（${n}）`;
    case "第一部分":
      return `第${chineseNumeral(n)}部分\u3000`;
    case "第一章":
      return `第${chineseNumeral(n)}章\u3000`;
    case "①":
      return circled(n);
    case "无":
      return "";
  }
}

/** The largest ordinal `parseOrdinal` reads back: chineseNumeral's. */
const MAX_ORDINAL = 999;
let printedOrdinals: Map<string, { readonly style: OrdinalStyle; readonly n: number }> | undefined;

/**
 * A number as ordinalText prints it, read back: `（三）` → （一） style, 3. A writer that has Word draw
 * the numbers (write/docx/word-numbering.ts) knows each heading's style and count from it; the first
 * style and count that print the text win (（51） is the （1） style's, as ① prints it past ㊿).
 */
export function parseOrdinal(text: string): { readonly style: OrdinalStyle; readonly n: number } | undefined {
  if (!printedOrdinals) {
    printedOrdinals = new Map();
    for (const style of ORDINAL_STYLES)
      for (let n = 1; style !== "无" && n <= MAX_ORDINAL; n++) {
        const printed = ordinalText(style, n);
        if (!printedOrdinals.has(printed)) printedOrdinals.set(printed, { style, n });
      }
  }
  return printedOrdinals.get(text);
}

/** The number the tool gives a heading by level when the data sets no numbering: 一、 （一） 1. （1）. */
export function headingNumber(level: number, n: number): string {
  return ordinalText(STANDARD_ORDINALS[Math.min(Math.max(level, 1), 4) as 1 | 2 | 3 | 4], n);
}

/**
 * The numbering of a list of sections and of the levels under it: `styles[0]` is this list's, the
 * rest are for the levels below; `above` is the style of the level above, which a list beyond the
 * end of `styles` follows in the standard order.
 */
interface Scheme {
  readonly styles: readonly OrdinalStyle[];
  readonly above?: OrdinalStyle | undefined;
}

/** A list's own style under a scheme, at a style level (1–4, for the standard's default). */
function styleOf(scheme: Scheme, level: number): OrdinalStyle {
  const own = scheme.styles[0];
  if (own) return own;
  if (scheme.above && scheme.above !== "无") return NEXT[scheme.above];
  return STANDARD_ORDINALS[Math.min(Math.max(level, 1), 4) as 1 | 2 | 3 | 4];
}

/**
 * The scheme of the lists under a section of a list: the section's own `numbering` when it has one
 * (it restarts the levels below it), else the rest of its list's.
 */
function schemeBelow(scheme: Scheme, level: number, own?: readonly OrdinalStyle[]): Scheme {
  const above = styleOf(scheme, level);
  return own && own.length > 0 ? { styles: own, above } : { styles: scheme.styles.slice(1), above };
}

/** What a section needs for its number: whether it has a heading and whether it is numbered. */
interface Numberable {
  readonly heading?: unknown;
  readonly numbered?: boolean;
}

/**
 * The numbers of a list of sections, in order: a section without a heading, or with `numbered:
 * false`, takes none and the next one counts on.
 */
function numbersOf(sections: readonly Numberable[], style: OrdinalStyle): string[] {
  let n = 0;
  return sections.map((section) =>
    section.heading === undefined || section.numbered === false ? "" : ordinalText(style, ++n),
  );
}

type Path = readonly (string | number)[];
/** A place in the data as a key of `headingNumbers`' map: `parts/0/items/1`. */
export const pathKey = (path: Path): string => path.join("/");

const sectionsAt = (value: unknown): readonly Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.map((item: unknown) => (item !== null && typeof item === "object" ? (item as Record<string, unknown>) : {}))
    : [];

/** A level's style as written: YAML reads an unquoted `1.` as the number 1, which means “1.”. */
export function asOrdinalStyle(value: unknown): OrdinalStyle | undefined {
  if (value === 1) return "1.";
  return (ORDINAL_STYLES as readonly unknown[]).includes(value) ? (value as OrdinalStyle) : undefined;
}

const stylesOf = (value: unknown): readonly OrdinalStyle[] | undefined => {
  if (!Array.isArray(value)) return undefined;
  const styles = value.map(asOrdinalStyle);
  return styles.every((style) => style !== undefined) ? styles : undefined;
};

/**
 * The number each heading of the data prints, by its place: `parts/0` → 一、, `parts/0/items/1` →
 * （二）; the three-part shape's parts are `work`, `problems` and `plans`. It reads the data as
 * written, before the schema has accepted it, so validation can quote a heading's number; what is
 * not where the schema expects it is skipped.
 */
export function headingNumbers(data: unknown): Map<string, string> {
  const numbers = new Map<string, string>();
  const summary = (data !== null && typeof data === "object" ? data : {}) as Record<string, unknown>;
  const list = (sections: readonly Record<string, unknown>[], path: Path, level: number, scheme: Scheme) => {
    const printed = numbersOf(sections, styleOf(scheme, level));
    sections.forEach((section, i) => {
      numbers.set(pathKey([...path, i]), printed[i] ?? "");
      const below = schemeBelow(scheme, level, stylesOf(section.numbering));
      list(sectionsAt(section.items), [...path, i, "items"], Math.min(level + 1, 4), below);
    });
  };
  const top: Scheme = { styles: stylesOf(summary.numbering) ?? [] };
  if (summary.parts !== undefined) list(sectionsAt(summary.parts), ["parts"], 1, top);
  else if (summary.items !== undefined) list(sectionsAt(summary.items), ["items"], 2, top);
  else {
    const parts = (["work", "problems", "plans"] as const).filter((key) => summary[key] !== undefined);
    const printed = numbersOf(
      parts.map(() => ({ heading: "" })),
      styleOf(top, 1),
    );
    parts.forEach((key, i) => {
      numbers.set(key, printed[i] ?? "");
      if (key !== "problems") list(sectionsAt(summary[key]), [key], 2, schemeBelow(top, 1));
    });
  }
  return numbers;
}
