/**
 * An unclosed quote. YAML then reads on until the next quote of the same kind, often many lines
 * later, and reports a confusing error there; the clerk needs to see the quote that opened it.
 */
import type { CST } from "yaml";
import { found, type Found } from "./found.js";

/** `"…` or `'…` never closed, or “closed” by the opening quote of a later line. */
export function unclosedQuote(token: CST.FlowScalar, lineOf: (offset: number) => number): Found | undefined {
  if (token.type !== "double-quoted-scalar" && token.type !== "single-quoted-scalar") return undefined;
  const quote = token.source[0] ?? '"';
  // Scans from the end, not regexes: a regex anchored at the end is still tried at every offset.
  const body = token.source.trimEnd();
  const closed =
    body.length >= 2 &&
    body.endsWith(quote) &&
    (quote === '"' ? trailing(body.slice(1, -1), "\\") % 2 === 0 : trailing(body.slice(1), "'") % 2 === 1);
  // A later line that looks like `key: …` or `- …` was swallowed into the text.
  const swallowed = token.source
    .split("\n")
    .slice(1)
    .some((line) => /^\s*(-\s|[^\s:#"']+:\s)/.test(line));
  if (closed && !swallowed) return undefined;
  const lines = lineOf(token.offset + token.source.length) - lineOf(token.offset);
  return found("unclosedQuote", token.offset, { quote, lines });
}

function trailing(text: string, char: string): number {
  let count = 0;
  for (let i = text.length - 1; i >= 0 && text[i] === char; i--) count++;
  return count;
}

/**
 * Text after a closing quote on the same line (`title: "{{年度}}年度"{{街道名}}街道…`): the quotes
 * must hold the whole text. YAML loses its place there and complains about every line after it.
 */
export function textAfterQuote(token: CST.FlowScalar): Found | undefined {
  if (token.type !== "double-quoted-scalar" && token.type !== "single-quoted-scalar") return undefined;
  const extra = token.end?.find((t) => t.type !== "space" && t.type !== "newline" && t.type !== "comment");
  return extra ? found("textAfterQuote", extra.offset, { quote: token.source[0] ?? '"' }) : undefined;
}

/**
 * A Windows path in double quotes. YAML refuses `"D:\资料"` (yaml-errors.ts says so) but silently
 * reads `"D:\new"` as a line break and `"D:\table"` as a tab. Other escapes (`\t`, `\u2028`) are
 * left alone: tools that write YAML use them for characters that cannot be typed.
 */
export function backslashInDoubleQuotes(token: CST.FlowScalar): Found | undefined {
  if (token.type !== "double-quoted-scalar") return undefined;
  const path = /[A-Za-z]:(\\)(?![\\"])/.exec(token.source);
  return path ? found("backslashInDoubleQuotes", token.offset + path.index + 2, {}) : undefined;
}
