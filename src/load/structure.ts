/**
 * One pass of YAML's lexer over the text, before anything builds a tree: how deeply the data nests,
 * and where anchors (&name) and aliases (*name) are written. The lexer is a flat loop, so a file of a
 * million brackets or “- - - …” is measured in a fraction of a second, where the parser would take
 * seconds and its composer gives up with a bare RESOURCE_EXHAUSTION. The lexemes are kept for the
 * parser (source-file.ts), so the text is lexed once.
 */
import { CST, Lexer } from "yaml";

export interface Structure {
  /** Where the nesting first goes deeper than the limit, if it does. */
  readonly tooDeepAt?: number;
  /** Where the entries (`name:` and `-`) first exceed their limit, if they do. */
  readonly tooManyEntriesAt?: number;
  /** Anchors and aliases: the data format has no use for them, and aliases are how “billion laughs” expands. */
  readonly references: readonly { readonly offset: number; readonly written: string }[];
  /** The lexer's output, whole when no limit was passed. */
  readonly lexemes: readonly string[];
}

/** Tokens that mark what follows and take no room in the text. */
const MARKERS: ReadonlySet<string> = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);
const BLOCK_INDICATORS: ReadonlySet<string> = new Set(["seq-item-ind", "explicit-key-ind", "map-value-ind"]);

/**
 * Depth is counted generously: the indentation levels open above a line, plus each “-”, “?” and “:”
 * on it, plus open brackets. The data format needs about five; the limit is far above that.
 */
export function scanStructure(text: string, limits: { maxDepth: number; maxEntries: number }): Structure {
  const references: { offset: number; written: string }[] = [];
  const indents: number[] = [];
  let offset = 0;
  let flowDepth = 0;
  let onLine = 0;
  let lineStart = true;
  let indent = 0;
  let scalarNext = false;
  let entries = 0;
  const lexemes: string[] = [];
  for (const token of new Lexer().lex(text)) {
    lexemes.push(token);
    if (MARKERS.has(token)) {
      scalarNext = token === CST.SCALAR;
      continue;
    }
    const type = scalarNext ? "scalar" : CST.tokenType(token);
    scalarNext = false;
    const at = offset;
    offset += token.length;
    if (type === "newline") {
      lineStart = true;
      indent = 0;
      onLine = 0;
      continue;
    }
    if (type === "space" || type === "comment" || type === "byte-order-mark") {
      if (type === "space" && lineStart) indent = token.length;
      continue;
    }
    if (lineStart && flowDepth === 0) {
      while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop();
      indents.push(indent);
    }
    lineStart = type === "scalar" && token.endsWith("\n"); // a block scalar's text ends its last line
    if (lineStart) indent = 0;
    if (type === "flow-map-start" || type === "flow-seq-start") flowDepth++;
    else if (type === "flow-map-end" || type === "flow-seq-end") flowDepth = Math.max(0, flowDepth - 1);
    else if (flowDepth === 0 && type !== null && BLOCK_INDICATORS.has(type)) onLine++;
    else if (type === "anchor" || type === "alias") references.push({ offset: at, written: token });
    if (type === "map-value-ind" || type === "seq-item-ind" || type === "comma") entries++;
    if (indents.length + onLine + flowDepth > limits.maxDepth) return { tooDeepAt: at, references, lexemes };
    if (entries > limits.maxEntries) return { tooManyEntriesAt: at, references, lexemes };
  }
  return { references, lexemes };
}
