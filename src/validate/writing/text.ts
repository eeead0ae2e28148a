/**
 * What the rules need to know about each character of a text: is it Chinese (a Han character or a
 * full-width mark), Latin, a digit; and is it out of bounds for every rule (inside `{{…}}`, a URL or
 * an e-mail address), where what looks like a mistake is a name the text must keep as it is.
 * Everything here is one pass over the text: user text may be long and hostile.
 */

const HAN = /\p{Script=Han}/u;
/** The full-width marks of Chinese text (GB/T 15834), and the CJK symbols block. */
const CHINESE_MARKS = new Set("，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』…—～·％");

const KNOWN = 1;
const HAN_BIT = 2;
const CHINESE_BIT = 4;
/**
 * Each UTF-16 unit's class, worked out the first time it is seen: the rules ask about every
 * character several times, and a Unicode-property test each time costs more than all the rest.
 */
const classes = new Uint8Array(0x10000);

function classOf(c: string | undefined): number {
  if (c === undefined || c === "") return 0;
  const code = c.charCodeAt(0);
  let known = classes[code] ?? 0;
  if (known === 0) {
    const han = HAN.test(c);
    const chinese =
      han || CHINESE_MARKS.has(c) || (code >= 0x3001 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff5e);
    known = KNOWN | (han ? HAN_BIT : 0) | (chinese ? CHINESE_BIT : 0);
    classes[code] = known;
  }
  return known;
}

export function isHan(c: string | undefined): boolean {
  return (classOf(c) & HAN_BIT) !== 0;
}

export function isChinese(c: string | undefined): boolean {
  return (classOf(c) & CHINESE_BIT) !== 0;
}

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

export function isLatinLetter(c: string | undefined): boolean {
  if (c === undefined || c.length !== 1) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);
}

/** Chinese typesetting's spaces: the ordinary one, the ideographic space, the no-break space. */
export function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\u3000" || c === "\u00a0";
}

/** A text and which of its offsets every rule must leave alone. */
export interface ScannedText {
  readonly text: string;
  /** 1 where every rule must leave the character alone. */
  readonly kept: Uint8Array;
  /** The character at `i` as the rules see it: a kept one is neither Chinese nor Latin. */
  readonly at: (i: number) => string | undefined;
}

const URL_START = /https?:\/\/|www\./gi;

/**
 * A text's table of kept characters is a typed array (a plain Array this long would be kept as a
 * slow dictionary), and one, reused, for every text of ordinary length: a new one a text was a good
 * part of the check's time. So a ScannedText is good until the next scan (findMistakes reads it once).
 */
const REUSED_LENGTH = 4096;
const reused = new Uint8Array(REUSED_LENGTH);

export function scanText(text: string): ScannedText {
  const kept = text.length <= REUSED_LENGTH ? reused.subarray(0, text.length).fill(0) : new Uint8Array(text.length);
  const keep = (from: number, to: number) => {
    kept.fill(1, from, to);
  };
  // {{…}}: up to the next }}, or to the end of the text if it is never closed (reported elsewhere).
  for (let open = text.indexOf("{{"); open !== -1;) {
    const close = text.indexOf("}}", open + 2);
    const end = close === -1 ? text.length : close + 2;
    keep(open, end);
    open = text.indexOf("{{", end);
  }
  // A URL runs until a space or anything Chinese.
  for (let match = URL_START.exec(text); match; match = URL_START.exec(text)) {
    let end = match.index + match[0].length;
    while (end < text.length && !isSpace(text[end]) && text[end] !== "\n" && !isChinese(text[end])) end++;
    keep(match.index, end);
    URL_START.lastIndex = end;
  }
  // An e-mail address: the Latin run on both sides of an @.
  for (let at = text.indexOf("@"); at !== -1;) {
    let start = at;
    while (start > 0 && isAddressChar(text[start - 1]) && kept[start - 1] !== 1) start--;
    let end = at + 1;
    while (end < text.length && isAddressChar(text[end])) end++;
    if (start < at && end > at + 1) keep(start, end);
    at = text.indexOf("@", Math.max(end, at + 1));
  }
  return { text, kept, at: (i) => (i < 0 || i >= text.length || kept[i] === 1 ? undefined : text[i]) };
}

function isAddressChar(c: string | undefined): boolean {
  return c !== undefined && /^[A-Za-z0-9._%+-]$/.test(c);
}
