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
const OPENING_QUOTE_CODE = OPENING_QUOTE.charCodeAt(0);
const CLOSING_QUOTE_CODE = CLOSING_QUOTE.charCodeAt(0);
/** 1 for every character some rule of this file judges (`judge` returns nothing for any other). */
const JUDGED = new Uint8Array(0x10000);
for (const c of [...RUNS, ...Object.keys(FULL_WIDTH), '"', "(", ")", "…", " ", "\u3000", "\u00a0"])
  JUDGED[c.charCodeAt(0)] = 1;

/**
 * A fix changes the neighbours of the marks next to it: in `元 ,中` the comma becomes “，”, and then
 * the space sits between two Chinese characters. So each mark is judged by its neighbours as they
 * will be once fixed: left to right, each sees the fixes already decided on its left; a fix then
 * has its neighbours judged again, so a fix also reaches leftwards. Each mark is fixed at most once,
 * and each fix re-judges two neighbours: still one pass, and `report fix` is done in one go.
 */
export function punctuationFindings(scanned: ScannedText): Finding[] {
  const { text, at } = scanned;
  const quotes = straightQuotes(scanned);
  const parens = halfWidthParens(scanned);
  // The units a rule may judge: each mark (or run of marks) any rule looks at. Every other
  // character is passed by with one table look-up: most of a Chinese text is Han characters.
  const starts: number[] = [];
  const [runStartOf, lengthOf, depthOf] = unitTables(text.length);
  const unitOf = (j: number): number => {
    const start = runStartOf[j] ?? 0;
    return start === 0 ? j : start - 1;
  };
  let quoteDepth = 0;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (JUDGED[code] !== 1) {
      if (scanned.kept[i] !== 1) {
        if (code === OPENING_QUOTE_CODE) quoteDepth++;
        else if (code === CLOSING_QUOTE_CODE) quoteDepth = Math.max(0, quoteDepth - 1);
      }
      i++;
      continue;
    }
    const c = at(i);
    if (c === undefined) {
      i++;
      continue;
    }
    const run = RUNS.has(c) || isSpace(c) ? runLength(scanned, i, c) : 1;
    for (let j = i + 1; j < i + run; j++) runStartOf[j] = i + 1;
    starts.push(i);
    lengthOf[i] = run;
    depthOf[i] = quoteDepth;
    i += run;
  }

  /** What a unit will read as once fixed ("" for a space that goes), or undefined if it stays. */
  const fixedAs = new Map<number, string>();
  const findings = new Map<number, Finding>();
  const neighbour = (from: number, step: -1 | 1): string | undefined => {
    for (let j = from; j >= 0 && j < text.length;) {
      const unit = unitOf(j);
      const fixed = fixedAs.get(unit);
      if (fixed === undefined) return at(j);
      if (fixed !== "") return step < 0 ? fixed[fixed.length - 1] : fixed[0];
      j = step < 0 ? unit - 1 : unit + (lengthOf[unit] || 1);
    }
    return undefined;
  };
  const decide = (i: number): Finding | undefined => {
    const c = at(i);
    // A character no rule looks at is never a finding.
    if (c === undefined || JUDGED[text.charCodeAt(i)] !== 1) return undefined;
    const run = lengthOf[i] || 1;
    const [before, after] = [neighbour(i - 1, -1), neighbour(i + run, 1)];
    return judge({ scanned, i, c, run, before, after, quoteDepth: depthOf[i] ?? 0, quotes, parens });
  };
  const record = (i: number, finding: Finding): void => {
    findings.set(i, finding);
    if (finding.fix !== undefined) fixedAs.set(i, finding.fix);
  };

  const again: number[] = [];
  const rejudgeAround = (i: number) => {
    const after = i + (lengthOf[i] || 1);
    if (i > 0) again.push(unitOf(i - 1));
    if (after < text.length) again.push(after);
  };
  for (const i of starts) {
    const finding = decide(i);
    if (!finding) continue;
    record(i, finding);
    if (finding.fix !== undefined) rejudgeAround(i);
  }
  for (let i = again.pop(); i !== undefined; i = again.pop()) {
    if (findings.has(i)) continue;
    const finding = decide(i);
    if (!finding) continue;
    record(i, finding);
    if (finding.fix !== undefined) rejudgeAround(i);
  }
  return [...findings.values()].sort((a, b) => a.offset - b.offset);
}

/**
 * Three tables of a text's length, zeroed: for a character inside a run of two or more, its run's
 * start + 1 (0 for a unit of its own); a judged unit's length (0: a character no rule looks at, a
 * unit of one); the quotes open around it. Typed arrays, as a plain Array this long would be kept as
 * a slow dictionary; and one set, reused from text to text, for texts of ordinary length: three new
 * ones for each text were most of this scan's time, in allocation and garbage collection.
 */
function unitTables(length: number): [Int32Array, Int32Array, Int32Array] {
  const tables = length <= REUSED_LENGTH ? (reused ??= new Int32Array(3 * REUSED_LENGTH)) : new Int32Array(3 * length);
  if (tables === reused) tables.fill(0, 0, 3 * length);
  return [tables.subarray(0, length), tables.subarray(length, 2 * length), tables.subarray(2 * length, 3 * length)];
}
const REUSED_LENGTH = 4096;
let reused: Int32Array | undefined;

/** A mark (or run of marks) in its text, with what is around it. */
interface Mark {
  readonly scanned: ScannedText;
  /** Where the mark is, the mark, and how many times it is repeated there. */
  readonly i: number;
  readonly c: string;
  readonly run: number;
  /** The characters next to it, as they read once the fixes before it are made. */
  readonly before: string | undefined;
  readonly after: string | undefined;
  /** How many quotes are open around it. */
  readonly quoteDepth: number;
  readonly quotes: ReadonlyMap<number, string>;
  readonly parens: ReadonlySet<number>;
}

/** One mark (or run of marks) judged by its neighbours. */
function judge({ scanned, i, c, run, before, after, quoteDepth, quotes, parens }: Mark): Finding | undefined {
  const make = (rule: Finding["rule"], found: string, fix: string | undefined, suggestion = fix ?? ""): Finding => ({
    rule,
    offset: i,
    found,
    suggestion,
    ...(fix === undefined ? {} : { fix }),
  });
  const chineseSide = isChinese(before) || isChinese(after);
  if ((c === "." && run >= 2) || (c === "。" && run >= 3) || (c === "·" && run >= 3)) {
    return c !== "." || chineseSide ? make("punct-ellipsis", c.repeat(run), "……") : undefined;
  }
  if (c === "…" && (run === 1 || run === 3)) return make("punct-ellipsis", c.repeat(run), "……");
  if ((c === "-" || c === "－" || c === "─") && run >= 2)
    return chineseSide ? make("punct-dash", c.repeat(run), "——") : undefined;
  if ((c === "-" || c === "－") && isHan(before) && isHan(after)) return make("punct-dash", c, "—");
  if (isSpace(c)) {
    // Inside quotation marks a space may part a slogan's two halves on purpose (“一网连心 党员帮办”).
    const slogan = quoteDepth > 0 && isHan(before) && isHan(after);
    const between = isChinese(before) && isChinese(after);
    return between && !slogan ? make("punct-space", scanned.text.slice(i, i + run), "") : undefined;
  }
  if (c === "。" && run === 2) return make("punct-double", c.repeat(run), undefined, c);
  if (DOUBLED.has(c) && run >= 2) return make("punct-double", c.repeat(run), undefined, c);
  if ((c === "、" || c === "，") && CLOSING.has(scanned.at(i + 1) ?? ""))
    return make("punct-before-closing", c, undefined, "");
  if (c in FULL_WIDTH && halfWidthInChinese(c, before, after)) return make("punct-width", c, FULL_WIDTH[c]);
  if (c === '"' && chineseSide) {
    const fix = quotes.get(i);
    return make("punct-width", c, fix, fix ?? `${OPENING_QUOTE} ${CLOSING_QUOTE}`);
  }
  if ((c === "(" || c === ")") && parens.has(i)) return make("punct-width", c, c === "(" ? "（" : "）");
  return undefined;
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
  for (let i = scanned.text.indexOf('"'); i !== -1; i = scanned.text.indexOf('"', i + 1))
    if (scanned.kept[i] !== 1) offsets.push(i);
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
  const chosen = new Set<number>();
  if (text.indexOf("(") === -1 && text.indexOf(")") === -1) return chosen;
  const hanBefore = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) hanBefore[i + 1] = (hanBefore[i] ?? 0) + (isHan(at(i)) ? 1 : 0);
  const open: number[] = [];
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
