/**
 * GB2312, the character set the 仿宋_GB2312, 楷体_GB2312 and 方正小标宋简体 fonts cover: a character
 * outside it (喆 堃 玥 …) has no glyph there. The set is read, once a process and only when asked,
 * from the GB18030 decoder the runtime already has (WHATWG Encoding, the one that reads GBK data
 * files, load/decode.ts): every two-byte code of GB2312's 87 rows of 94 (A1A1–F7FE), decoded. No
 * table of ours to keep right, and no npm package ships GB2312 alone (iconv-lite's “gb2312” is GBK).
 * The GBK additions in the symbol rows (ⅰ–ⅹ, a few pinyin letters) decode too and count as in;
 * none is a Chinese character. ASCII and spaces (a no-break space too) count as in: the fonts draw them.
 */
/**
 * The set as a bit a code point of the Basic Multilingual Plane (8 KB). `npm run build` works it out
 * and writes it into the bundle (GB2312_BITS, base64): decoding the 8,000 codes here, which opens the
 * runtime's GB18030 decoder, would cost every cold start its time. Run from the sources (the tests), it is
 * worked out on first use instead, the same way.
 */
declare const GB2312_BITS: string | undefined;

let bits: Uint8Array | undefined;

function gb2312Bits(): Uint8Array {
  bits ??= typeof GB2312_BITS === "string" ? new Uint8Array(Buffer.from(GB2312_BITS, "base64")) : computeGb2312Bits();
  return bits;
}

/** Every two-byte code of GB2312's rows, decoded; exported for the build, which embeds the result. */
export function computeGb2312Bits(): Uint8Array {
  const bytes: number[] = [];
  for (let row = 0xa1; row <= 0xf7; row++) for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  const decoded = new TextDecoder("gb18030").decode(new Uint8Array(bytes));
  const set = new Uint8Array(0x10000 / 8);
  for (const char of decoded) {
    const code = char.codePointAt(0) ?? 0;
    // Unassigned codes decode to the private use area or U+FFFD: not characters of the set.
    if (code <= 0xffff && (code < 0xe000 || (code > 0xf8ff && code !== 0xfffd))) set[code >> 3]! |= 1 << (code & 7);
  }
  return set;
}

export function inGb2312(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return true;
  if (code > 0xffff) return false;
  return ((gb2312Bits()[code >> 3] ?? 0) & (1 << (code & 7))) !== 0 || /\s/u.test(char);
}

/** Each maximal stretch of `text` in or outside GB2312, in order, whole characters (surrogate pairs kept). */
export function gb2312Stretches(text: string): { readonly text: string; readonly outside: boolean }[] {
  if (allInGb2312(text)) return text === "" ? [] : [{ text, outside: false }];
  const stretches: { text: string; outside: boolean }[] = [];
  for (const char of text) {
    const outside = !inGb2312(char);
    const last = stretches.at(-1);
    if (last && last.outside === outside) last.text += char;
    else stretches.push({ text: char, outside });
  }
  return stretches;
}

/**
 * The offset of the first code unit in text[from, to) that is neither ASCII nor a character of the
 * set (a character outside it, a surrogate, or a space inGb2312 still lets in), or `to`: the
 * characters before it need no closer look.
 */
export function skipInGb2312(text: string, from: number, to: number): number {
  const set = gb2312Bits();
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 && ((set[code >> 3] ?? 0) & (1 << (code & 7))) === 0) return i;
  }
  return to;
}

/**
 * Whether every character is ASCII or in the set, by code unit: true for nearly every text, which
 * is then one stretch, found without building one string a character.
 */
function allInGb2312(text: string): boolean {
  const set = gb2312Bits();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 && ((set[code >> 3] ?? 0) & (1 << (code & 7))) === 0) return false;
  }
  return true;
}
