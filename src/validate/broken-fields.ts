/**
 * A file with YAML mistakes is still checked for everything else (issue 22: all problems in one
 * run): the later checks read only the top-level fields no mistake is in, and only what they find
 * outside the broken fields' lines and not about the file as a whole is said.
 */
import { isMap, isScalar, type Node } from "yaml";
import type { Diagnostic } from "../errors.js";
import { isRecord } from "../is-record.js";
import { toPlainData, type SourceFile } from "../load/source-file.js";
import type { MessageCode } from "../messages/catalogue.js";

/** Codes that speak of the whole file: with a field unread, they would be wrong. */
const WHOLE_FILE: ReadonlySet<MessageCode> = new Set<MessageCode>(["required", "unusedFigure", "mixedShapes"]);
const NEEDS_FIGURES: ReadonlySet<MessageCode> = new Set<MessageCode>(["unknownFigure", "unknownTableFigure"]);

/**
 * The data without the top-level fields a YAML mistake is in (from a field's key to the next
 * field's), and which later findings can be trusted: none inside those lines, none about the file
 * as a whole, and no unknown figure while `figures` itself is unread.
 */
export function brokenFields(source: SourceFile, syntax: readonly Diagnostic[]) {
  const errorLines = syntax
    .filter((d) => d.severity === "error")
    .map((d) => d.position?.line ?? 0)
    .sort((x, y) => x - y);
  const lineOf = (offset: number) => source.positionAt(offset).line;
  const document = source.document.clone() as SourceFile["document"];
  const contents = document.contents;
  const pairs = isMap(contents) ? contents.items : [];
  // A key YAML made of what a mistake left (a list, a text over two lines, full-width spaces) is no
  // field. One written at the start of its line still ends the field before it; one indented (with
  // full-width spaces, a tab) was meant to be inside it.
  const keyStart = (i: number) => (pairs[i]?.key as Node | null | undefined)?.range?.[0] ?? 0;
  const clean = (i: number) => {
    const key = pairs[i]?.key;
    return isScalar(key) && typeof key.value === "string" && !/\s/.test(key.value);
  };
  const startsLine = (i: number) => {
    const at = keyStart(i);
    return (at === 0 || source.text[at - 1] === "\n") && !/\s/.test(source.text[at] ?? " ");
  };
  // Each field's lines, from its key to the line before the next key that starts a line: found
  // from the end, so a file of many fields is one pass.
  const spans = Array.from({ length: pairs.length }, () => ({ from: 0, to: Infinity }));
  let nextLine = Infinity;
  for (let i = pairs.length - 1; i >= 0; i--) {
    const from = lineOf(keyStart(i));
    spans[i] = { from, to: nextLine === Infinity ? Infinity : nextLine - 1 };
    if (startsLine(i)) nextLine = from;
  }
  const removed: { from: number; to: number }[] = [];
  const intact = pairs.filter((_, i) => {
    const span = spans[i] ?? { from: 0, to: Infinity };
    if (clean(i) && !someIn(errorLines, span.from, span.to)) return true;
    removed.push(span);
    return false;
  });
  if (isMap(contents)) contents.items = intact;
  const data = toPlainData({ ...source, document });
  const figuresRead = isRecord(data) && Object.hasOwn(data, "figures");
  // The spans, in order and merged, so that a finding's line is looked up by a binary search.
  const merged: { from: number; to: number }[] = [];
  for (const span of removed) {
    const last = merged.at(-1);
    if (last && span.from <= last.to + 1) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  const starts = merged.map((span) => span.from);
  const trusted = (d: Diagnostic) => {
    const line = d.position?.line ?? 0;
    const span = merged[countAtMost(starts, line) - 1];
    if (span && line <= span.to) return false;
    if (WHOLE_FILE.has(d.code)) return false;
    return figuresRead || !NEEDS_FIGURES.has(d.code);
  };
  return { data, trusted };
}

/** Whether a sorted list has a number in [from, to]. */
function someIn(sorted: readonly number[], from: number, to: number): boolean {
  const before = countAtMost(sorted, from - 1);
  return before < sorted.length && (sorted[before] ?? Infinity) <= to;
}

/** How many numbers of a sorted list are ≤ n: a binary search. */
function countAtMost(sorted: readonly number[], n: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) <= n) low = mid + 1;
    else high = mid;
  }
  return low;
}
