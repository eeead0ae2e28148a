/**
 * Punctuation marks (GB/T 15834-2011) that each depend only on their neighbours: half-width marks in
 * Chinese text, the ellipsis, the dash and connector, spaces, doubled marks, a 顿号 or comma before a
 * closing mark. One pass over the text, looking at most at the next few characters.
 */
import type { Finding } from "./rules.js";
import { isChinese, isDigit, isHan, isLatinLetter, isSpace, type ScannedText } from "./text.js";

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ",": "，",
  ";": "；",
  "!": "！",
  "?": "？",
  ":": "：",
  ".": "。",
};
const DOUBLED = new Set("，、；：");
const CLOSING = new Set("”’）》〉】」』〕");
/** Marks whose repetition is a mistake of its own (an ellipsis, a dash, doubled marks, spaces). */
const RUNS = new Set(".。·…-－─，、；：");
const OPENING_QUOTE = "“";
const CLOSING_QUOTE = "”";

export function punctuationFindings(scanned: ScannedText): Finding[] {
  const { text, at } = scanned;
  const findings: Finding[] = [];
  const add = (rule: Finding["rule"], offset: number, found: string, fix: string | undefined, suggestion = fix ?? "") =>
    findings.push({ rule, offset, found, suggestion, ...(fix === undefined ? {} : { fix }) });
  const quotes = straightQuotes(scanned);
  const parens = halfWidthParens(scanned);
  let quoteDepth = 0;

  for (let i = 0; i < text.length;) {
    const c = at(i);
    if (c === undefined) {
      i++;
      continue;
    }
    const run = RUNS.has(c) || isSpace(c) ? runLength(scanned, i, c) : 1;
    const before = at(i - 1);
    const after = at(i + run);
    const chineseSide = isChinese(before) || isChinese(after);

    if (c === OPENING_QUOTE) quoteDepth++;
    else if (c === CLOSING_QUOTE) quoteDepth = Math.max(0, quoteDepth - 1);

    if ((c === "." && run >= 2) || (c === "。" && run >= 3) || (c === "·" && run >= 3)) {
      if (c !== "." || chineseSide) add("punct-ellipsis", i, c.repeat(run), "……");
    } else if (c === "…" && (run === 1 || run === 3)) {
      add("punct-ellipsis", i, c.repeat(run), "……");
    } else if ((c === "-" || c === "－" || c === "─") && run >= 2 && chineseSide) {
      add("punct-dash", i, c.repeat(run), "——");
    } else if ((c === "-" || c === "－") && run === 1 && isHan(before) && isHan(after)) {
      add("punct-dash", i, c, "—");
    } else if (isSpace(c) && isChinese(before) && isChinese(after)) {
      // Inside quotation marks a space may part a slogan's two halves on purpose (“一网连心 党员帮办”).
      const slogan = quoteDepth > 0 && isHan(before) && isHan(after);
      if (!slogan) add("punct-space", i, text.slice(i, i + run), "");
    } else if (c === "。" && run === 2) {
      add("punct-double", i, c.repeat(run), undefined, c);
    } else if (DOUBLED.has(c) && run >= 2) {
      add("punct-double", i, c.repeat(run), undefined, c);
    } else if ((c === "、" || c === "，") && CLOSING.has(at(i + 1) ?? "")) {
      add("punct-before-closing", i, c, undefined, "");
    } else if (c in FULL_WIDTH && c !== "." && halfWidthInChinese(c, before, after)) {
      add("punct-width", i, c, FULL_WIDTH[c]);
    } else if (c === "." && run === 1 && halfWidthInChinese(c, before, after)) {
      add("punct-width", i, c, FULL_WIDTH[c]);
    } else if (c === '"' && chineseSide) {
      const fix = quotes.get(i);
      add("punct-width", i, c, fix, fix ?? `${OPENING_QUOTE} ${CLOSING_QUOTE}`);
    } else if ((c === "(" || c === ")") && parens.has(i)) {
      add("punct-width", i, c, c === "(" ? "（" : "）");
    }
    i += run;
  }
  return findings;
}

/** How many times `c` repeats from `i` (spaces count as one run, whichever kind). */
function runLength(scanned: ScannedText, i: number, c: string): number {
  let end = i + 1;
  const same = isSpace(c) ? isSpace : (x: string | undefined) => x === c;
  while (end < scanned.text.length && same(scanned.at(end))) end++;
  return end - i;
}

/**
 * A half-width mark belongs to Chinese text when it follows a Chinese character, or precedes one and
 * does not end a Latin word (“Yahoo!中国” keeps its mark). Inside numbers (3.5, 1,234, 8:30) it stays.
 */
function halfWidthInChinese(c: string, before: string | undefined, after: string | undefined): boolean {
  if (c === ".") return isChinese(before) && !isLatinLetter(after) && !isDigit(after);
  if (isChinese(before)) return !(c === ":" && isDigit(after) && isDigit(before));
  return isChinese(after) && !isLatinLetter(before) && !(c === ":" && isDigit(before));
}

/**
 * Straight double quotes → “ and ”, taken in turn. Only when the text has an even number of them;
 * otherwise which is which is a guess, and the finding is shown without a fix.
 */
function straightQuotes(scanned: ScannedText): Map<number, string> {
  const offsets: number[] = [];
  for (let i = 0; i < scanned.text.length; i++) if (scanned.at(i) === '"') offsets.push(i);
  if (offsets.length % 2 !== 0) return new Map();
  return new Map(offsets.map((offset, n) => [offset, n % 2 === 0 ? OPENING_QUOTE : CLOSING_QUOTE]));
}

/**
 * Half-width ( ) that belong to Chinese text: a pair that holds or touches a Han character, or a
 * lone one next to one. Pairs are matched with a stack; a prefix count of Han characters tells in
 * constant time whether a pair holds any.
 */
function halfWidthParens(scanned: ScannedText): Set<number> {
  const { text, at } = scanned;
  const hanBefore = new Array<number>(text.length + 1).fill(0);
  for (let i = 0; i < text.length; i++) hanBefore[i + 1] = (hanBefore[i] ?? 0) + (isHan(at(i)) ? 1 : 0);
  const open: number[] = [];
  const chosen = new Set<number>();
  const lone = (i: number) => {
    if (isChinese(at(i - 1)) || isChinese(at(i + 1))) chosen.add(i);
  };
  for (let i = 0; i < text.length; i++) {
    const c = at(i);
    if (c === "(") open.push(i);
    else if (c === ")") {
      const start = open.pop();
      if (start === undefined) {
        lone(i);
        continue;
      }
      const holdsHan = (hanBefore[i] ?? 0) - (hanBefore[start + 1] ?? 0) > 0;
      if (holdsHan || isChinese(at(start - 1)) || isChinese(at(i + 1))) {
        chosen.add(start);
        chosen.add(i);
      }
    }
  }
  for (const start of open) lone(start);
  return chosen;
}
