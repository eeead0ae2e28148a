/**
 * Mistakes that turn a `key: value` line into one long unquoted text: a full-width colon `：`, no
 * space after `:`, or a list item / key indented further than its siblings (which YAML reads as the
 * continuation of the text above). YAML's own error then lands on some later line.
 */
import type { CST } from "yaml";
import type { Visit } from "./cst.js";
import { dashColumn } from "./list-items.js";
import { found, lineStart, type Found } from "./found.js";

/** What can be a field name: short, no spaces or punctuation that prose uses. */
const KEY_LIKE = /^[^\s:：#"'“”‘’[\]{}（）(),，、。-][^\s:：#"'“”‘’[\]{},，、。]{0,29}$/u;
const LEADING_SPACE = /^[ \t\u3000\u00a0]*/;

export function plainScalar(visit: Visit, text: string): Found | undefined {
  const token = visit.token as CST.FlowScalar;
  if (token.type !== "scalar") return undefined;
  const keyish =
    visit.role === "key" || visit.role === "key-without-colon" || visit.role === "document" || listOfMappings(visit);
  const ownLine =
    visit.role === "value" &&
    visit.item !== undefined &&
    "sep" in visit.item &&
    visit.item.sep?.some((s) => s.type === "newline");
  // Most scalars: a value on its key's line, of one line, which nothing below looks at.
  if (!keyish && !ownLine && !token.source.includes("\n")) return undefined;
  const before = text.slice(lineStart(text, token.offset), token.offset);
  const startsLine = /^[ \t\u3000\u00a0]*(-[ \t\u3000]+)*$/.test(before);
  const lines = token.source.split("\n");
  let lineOffset = token.offset;
  for (const [index, raw] of lines.entries()) {
    const lead = (LEADING_SPACE.exec(raw)?.[0] ?? "").length;
    const body = raw.slice(lead);
    const base = lineOffset + lead;
    lineOffset += raw.length + 1;
    const first = index === 0;
    if ((keyish && (!first || startsLine)) || (ownLine && first)) {
      const colon = colonMistake(body, base);
      if (colon) return keyish ? colon : { ...colon, severity: "warning" };
    }
    if (first) continue;
    if (/^-([ \t\u3000]|$)/.test(body)) {
      const list =
        visit.role === "list-item" && visit.parent?.type === "block-seq" ? dashColumn(visit.parent, text) : undefined;
      return found("listItemIndent", base, list ? { column: list } : {});
    }
    if (visit.role === "key" && index === lines.length - 1 && !startsLine) return found("indentMismatch", base, {});
  }
  return undefined;
}

function colonMistake(body: string, base: number): Found | undefined {
  const fullWidth = body.indexOf("：");
  const halfWidth = /^([^:#]+?):([^ \t\n])/.exec(body);
  if (fullWidth > 0 && (!halfWidth || (halfWidth[1] ?? "").length > fullWidth)) {
    const key = body.slice(0, fullWidth).trim();
    if (KEY_LIKE.test(key)) return found("fullWidthColon", base + fullWidth, { key });
  }
  const [, key = "", next = ""] = halfWidth ?? [];
  // `http://…` and `12:30` are ordinary text, not a key missing its space.
  if (halfWidth && KEY_LIKE.test(key.trim()) && next !== "/" && !/^\d+$/.test(key)) {
    const rest = body.slice(key.length + 1).replace(/^\u3000+/, "");
    return found("missingSpaceAfterColon", base + key.length, { key, rest, fullWidthSpace: next === "\u3000" });
  }
  return undefined;
}

/** A list whose items are mappings: a plain text item there was meant to be `key: value`. */
function listOfMappings(visit: Visit): boolean {
  return (
    visit.role === "list-item" &&
    visit.parent !== undefined &&
    visit.parent.items.some((item) => item.value?.type === "block-map")
  );
}
