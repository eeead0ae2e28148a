/**
 * The numbers a heading is typed with, as the tool prints them (一、 （一） 1. （1）), and the forms
 * it does not print (1、 (一) 第一部分 ① …), which are kept as written. Also the points of a
 * paragraph written 一是…二是…, and a sentence's end outside quotation marks and brackets.
 */
import { chineseNumeral } from "../summary/numbering.js";
import type { HeadingLevel } from "../model.js";

export interface TypedHeading {
  readonly level: HeadingLevel;
  readonly n: number;
  /** The text after the number. */
  readonly rest: string;
}

const NUMERAL = "[一二三四五六七八九十百零]{1,6}";
const FORMS: readonly [HeadingLevel, RegExp, boolean][] = [
  [1, new RegExp(`^(${NUMERAL})、`), true],
  [2, new RegExp(`^（(${NUMERAL})）`), true],
  [3, /^(\d{1,3})\.(?![\d.])/, false],
  [4, /^（(\d{1,3})）/, false],
];

/** A heading typed with the tool's own number, or undefined. */
export function typedHeading(text: string): TypedHeading | undefined {
  for (const [level, form, chinese] of FORMS) {
    const match = form.exec(text);
    if (!match) continue;
    const token = match[1] ?? "";
    const n = chinese ? chineseValue(token) : Number(token);
    // Only the form the tool prints (十二, not 一十二; 3, not 03) is its numbering.
    if (n === undefined || n < 1 || (chinese ? chineseNumeral(n) : String(n)) !== token) return undefined;
    return { level, n, rest: text.slice(match[0].length) };
  }
  return undefined;
}

/** Numbering the tool does not print: kept as typed, with a warning. */
const OTHER_FORMS =
  /^(?:第[一二三四五六七八九十百]+[部分章节篇]|[一二三四五六七八九十]+[.．，,]|\d{1,3}[、．，](?!\d)|[（(][一二三四五六七八九十]+[)）]|\([一二三四五六七八九十]+\)|\(\d{1,3}\)|[①-⑳])/;

export function otherNumbering(text: string): string | undefined {
  return OTHER_FORMS.exec(text)?.[0];
}

const DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

function chineseValue(token: string): number | undefined {
  let total = 0;
  let digit = 0;
  for (const c of token) {
    if (c === "百") {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (c === "十") {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (DIGIT[c] !== undefined) digit = DIGIT[c];
    else return undefined;
  }
  return total + digit;
}

const OPENERS = "“‘（《「『【〔(";
const CLOSERS = "”’）》」』】〕)";
const ENDS = "。！？!?";

/** Where the first sentence ends outside quotes and brackets: the index after its mark, or -1. */
export function firstSentenceEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && ENDS.includes(c)) {
      let end = i + 1;
      while (end < text.length && ENDS.includes(text[end] ?? "")) end++;
      return end;
    }
  }
  return -1;
}

export interface Points {
  readonly lead: string;
  readonly points: readonly string[];
}

const BEFORE_FIRST = "：:。；;，,";
const BEFORE_NEXT = "。；;，,！？";

/**
 * A paragraph written 一是…二是…三是…: the lead-in before 一是 (at the start, or after a colon or a
 * sentence's end) and at least two points, each marker after a point's closing punctuation.
 * Undefined when the paragraph is not such a list, or when its text would not come back the same.
 */
export function splitPoints(text: string): Points | undefined {
  let first = -1;
  for (let at = text.indexOf("一是"); at !== -1; at = text.indexOf("一是", at + 1)) {
    if (at === 0 || BEFORE_FIRST.includes(text[at - 1] ?? "")) {
      first = at;
      break;
    }
  }
  if (first === -1) return undefined;
  const starts: number[] = [first];
  for (let k = 2; k < 1000; k++) {
    const marker = `${chineseNumeral(k)}是`;
    let at = text.indexOf(marker, (starts.at(-1) ?? 0) + 2);
    while (at !== -1 && !BEFORE_NEXT.includes(text[at - 1] ?? "")) at = text.indexOf(marker, at + 1);
    if (at === -1) break;
    starts.push(at);
  }
  if (starts.length < 2) return undefined;
  const lead = text.slice(0, first);
  const points = starts.map((start, i) => {
    const k = i + 1;
    return text.slice(start + chineseNumeral(k).length + 1, starts[i + 1] ?? text.length);
  });
  if (lead !== lead.trim() || points.some((p) => !p || p !== p.trim() || /^[一二三四五六七八九十]+是/.test(p)))
    return undefined;
  return { lead, points };
}

/** `一是…` alone: the k of a paragraph that is one point of a list set one a paragraph. */
export function pointNumber(text: string): { k: number; rest: string } | undefined {
  const match = /^([一二三四五六七八九十百]{1,6})是/.exec(text);
  if (!match) return undefined;
  const k = chineseValue(match[1] ?? "");
  if (k === undefined || k < 1 || chineseNumeral(k) !== match[1]) return undefined;
  const rest = text.slice(match[0].length);
  return rest && rest === rest.trim() ? { k, rest } : undefined;
}
