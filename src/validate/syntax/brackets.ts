/**
 * A `[` or `{` never closed. YAML reports it on the next line as bad indentation; the clerk needs to
 * see the bracket that was opened. (In data files `{ value: …, unit: … }` is the usual case.)
 */
import type { CST } from "yaml";
import { found, type Found } from "./found.js";

export function unclosedBracket(token: CST.FlowCollection): Found | undefined {
  const open = token.start.source;
  const close = open === "[" ? "flow-seq-end" : "flow-map-end";
  if (token.end.some((t) => t.type === close)) return undefined;
  return found("unclosedBracket", token.offset, { open, close: open === "[" ? "]" : "}" });
}
