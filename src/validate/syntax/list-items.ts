/**
 * A list item indented less than its siblings. YAML reads the less-indented `- ` as the start of a
 * new list used as a mapping key and reports “block sequence as implicit key” — nothing a clerk can
 * act on. The dash itself is where the mistake is.
 */
import type { CST } from "yaml";
import type { Visit } from "./cst.js";
import { found, lineStart, type Found } from "./found.js";

export function listAsKey(visit: Visit, text: string): Found | undefined {
  const { token, parent, item } = visit;
  if (token.type !== "block-seq" || (visit.role !== "key" && visit.role !== "key-without-colon")) return undefined;
  const dash = token.items[0]?.start.find((s) => s.type === "seq-item-ind");
  if (!dash) return undefined;
  const index = parent && item ? (parent.items as readonly unknown[]).indexOf(item) : -1;
  const previous = index > 0 ? parent?.items[index - 1]?.value : undefined;
  const column = previous?.type === "block-seq" ? dashColumn(previous, text) : undefined;
  return found("listItemIndent", dash.offset, column ? { column } : {});
}

/** The 1-based column of a list's first dash. */
export function dashColumn(list: CST.BlockSequence, text: string): number | undefined {
  const dash = list.items[0]?.start.find((s) => s.type === "seq-item-ind");
  return dash ? dash.offset - lineStart(text, dash.offset) + 1 : undefined;
}
