/** Bytes → text. Editors on Windows add a byte-order mark and write CRLF; neither should matter. */

const BOM = "\uFEFF";

export interface DecodedText {
  readonly text: string;
  readonly encoding: "utf-8";
}

export function decode(bytes: Uint8Array): DecodedText {
  let text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  if (text.startsWith(BOM)) text = text.slice(1);
  return { text: text.replace(/\r\n?/g, "\n"), encoding: "utf-8" };
}
