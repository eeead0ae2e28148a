/**
 * Text that XML 1.0 can hold. A data file may carry characters no XML document may contain (C0
 * controls other than tab and line feed; U+FFFE, U+FFFF; halves of surrogate pairs), typed by
 * accident or pasted from elsewhere; written into word/document.xml they make a file Word refuses
 * to open. Also dropped: the C1 controls and DEL, which XML 1.0 discourages and which print nothing,
 * and the carriage return and the separators U+0085, U+2028, U+2029, which an XML reader turns into
 * line feeds, so the text read back would not be the text written. Done once, for every writer.
 */
const ILLEGAL =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlLegal(text: string): string {
  return text.replace(ILLEGAL, "");
}
