/**
 * Paired marks (GB/T 15834-2011): quotation marks, brackets and book-title marks must open and close
 * in pairs, nested properly. A stack; a count per kind says whether a closing mark's opening is
 * anywhere on it, so a mis-nested text is still one pass.
 */
import type { Finding } from "./rules.js";
import { isLatinLetter, type ScannedText } from "./text.js";

const PAIRS: Readonly<Record<string, string>> = {
  "“": "”",
  "‘": "’",
  "（": "）",
  "《": "》",
  "〈": "〉",
  "【": "】",
  "「": "」",
  "『": "』",
  "〔": "〕",
};
const OPENING_OF: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(PAIRS).map(([open, close]) => [close, open]),
);

/** 1 for every opening or closing mark of a pair: any other character is passed by with one look-up. */
const PAIRED = new Uint8Array(0x10000);
for (const [open, close] of Object.entries(PAIRS)) PAIRED[open.charCodeAt(0)] = PAIRED[close.charCodeAt(0)] = 1;

export function pairFindings(scanned: ScannedText): Finding[] {
  const { text, at } = scanned;
  const findings: Finding[] = [];
  const stack: { mark: string; offset: number }[] = [];
  const open = new Map<string, number>();
  const unclosed = (entry: { mark: string; offset: number }) =>
    findings.push({ rule: "punct-pair", offset: entry.offset, found: entry.mark, suggestion: PAIRS[entry.mark] ?? "" });

  for (let i = 0; i < text.length; i++) {
    if (PAIRED[text.charCodeAt(i)] !== 1) continue;
    const c = at(i);
    if (c === undefined) continue;
    if (c in PAIRS) {
      stack.push({ mark: c, offset: i });
      open.set(c, (open.get(c) ?? 0) + 1);
      continue;
    }
    const opening = OPENING_OF[c];
    if (opening === undefined) continue;
    // An apostrophe in a Latin name (McDonald’s) is not a closing quote.
    if (c === "’" && isLatinLetter(at(i - 1)) && isLatinLetter(at(i + 1))) continue;
    if ((open.get(opening) ?? 0) === 0) {
      findings.push({ rule: "punct-pair", offset: i, found: c, suggestion: opening });
      continue;
    }
    // Everything opened since this mark's own opening was never closed.
    for (let top = stack.pop(); top; top = stack.pop()) {
      open.set(top.mark, (open.get(top.mark) ?? 1) - 1);
      if (top.mark === opening) break;
      unclosed(top);
    }
  }
  stack.forEach(unclosed);
  return findings.sort((a, b) => a.offset - b.offset);
}
