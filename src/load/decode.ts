/**
 * Bytes → text. What editors on Windows produce must just work: a UTF-8 byte-order mark, CRLF line
 * endings, files saved as GBK/GB18030 (Notepad's “ANSI” on a Chinese Windows, older WPS), and
 * files saved as UTF-16 (Notepad's “Unicode” / “Unicode big endian”), which always start with a BOM.
 */

const BOM = "\uFEFF";

export type Encoding = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

export interface DecodedText {
  /** The text with LF line endings and no byte-order mark. */
  readonly text: string;
  readonly encoding: Encoding;
}

export function decode(bytes: Uint8Array): DecodedText {
  const utf16 = utf16ByBom(bytes);
  if (utf16 !== undefined) {
    // The decoder drops the BOM itself; a stray unpaired byte becomes U+FFFD, the rest stays readable.
    const text = new TextDecoder(utf16).decode(bytes);
    return { text: text.replace(/\r\n?/g, "\n"), encoding: utf16 };
  }
  const utf8 = tryUtf8(bytes);
  // Short GBK text can be valid UTF-8 by accident (某某 = C4 B3 C4 B3 reads as “ĳĳ”): a data file
  // without a single Chinese character but with Latin accents is GBK read wrongly.
  const encoding: Encoding = utf8 !== undefined && !looksLikeMisreadGbk(utf8, bytes) ? "utf-8" : "gb18030";
  let text = encoding === "utf-8" ? (utf8 ?? "") : new TextDecoder("gb18030").decode(bytes);
  if (text.startsWith(BOM)) text = text.slice(1);
  return { text: text.replace(/\r\n?/g, "\n"), encoding };
}

/** UTF-16 is told apart only by its byte-order mark; without one no Windows editor writes it. */
function utf16ByBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
const LATIN_EXTENDED = /[\u0080-\u024f]/;

function looksLikeMisreadGbk(utf8: string, bytes: Uint8Array): boolean {
  if (CJK.test(utf8) || !LATIN_EXTENDED.test(utf8)) return false;
  const gbk = new TextDecoder("gb18030").decode(bytes);
  return !gbk.includes("\uFFFD") && /[\u4e00-\u9fff]/.test(gbk);
}

/** Where the first character that is not ASCII is, to point an encoding warning at real text. */
export function firstNonAscii(text: string): number {
  const index = text.search(/[^\x00-\x7f]/);
  return index === -1 ? 0 : index;
}
