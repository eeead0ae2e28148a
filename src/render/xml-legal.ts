/**
 * Text that XML 1.0 can hold. A data file may carry characters no XML document may contain (C0
 * controls other than tab, line feed and carriage return; U+FFFE, U+FFFF; halves of surrogate
 * pairs), typed by accident or pasted from elsewhere; written into word/document.xml they make a
 * file Word refuses to open. They print nothing, so they are dropped here, once, for every writer.
 */
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlLegal(text: string): string {
  return text.replace(ILLEGAL, "");
}
