/**
 * GB2312, the character set the 仿宋_GB2312, 楷体_GB2312 and 方正小标宋简体 fonts cover: a character
 * outside it (喆 堃 玥 …) has no glyph there. The set is read, once a process and only when asked,
 * from the GB18030 decoder the runtime already has (WHATWG Encoding, the one that reads GBK data
 * files, load/decode.ts): every two-byte code of GB2312's 87 rows of 94 (A1A1–F7FE), decoded. No
 * table of ours to keep right, and no npm package ships GB2312 alone (iconv-lite's “gb2312” is GBK).
 * The GBK additions in the symbol rows (ⅰ–ⅹ, a few pinyin letters) decode too and count as in;
 * none is a Chinese character. ASCII and spaces (a no-break space too) count as in: the fonts draw them.
 */
let gb2312: Set<number> | undefined;

function gb2312Set(): Set<number> {
  if (gb2312) return gb2312;
  const bytes: number[] = [];
  for (let row = 0xa1; row <= 0xf7; row++) for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  const decoded = new TextDecoder("gb18030").decode(new Uint8Array(bytes));
  gb2312 = new Set<number>();
  for (const char of decoded) {
    const code = char.codePointAt(0) ?? 0;
    // Unassigned codes decode to the private use area or U+FFFD: not characters of the set.
    if (code < 0xe000 || (code > 0xf8ff && code !== 0xfffd)) gb2312.add(code);
  }
  return gb2312;
}

export function inGb2312(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 || /\s/u.test(char) || gb2312Set().has(code);
}

/** Each maximal stretch of `text` in or outside GB2312, in order, whole characters (surrogate pairs kept). */
export function gb2312Stretches(text: string): { readonly text: string; readonly outside: boolean }[] {
  const stretches: { text: string; outside: boolean }[] = [];
  for (const char of text) {
    const outside = !inGb2312(char);
    const last = stretches.at(-1);
    if (last && last.outside === outside) last.text += char;
    else stretches.push({ text: char, outside });
  }
  return stretches;
}
