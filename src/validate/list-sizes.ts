/**
 * Counts the lists and figures of a parsed file before the data is built from it, so a file with
 * thousands of paragraphs gets one clear error instead of a long wait (and numbering past 999).
 */
import { isMap, type Node } from "yaml";
import type { Diagnostic } from "../errors.js";
import { MAX_FIGURES, MAX_LIST_ITEMS } from "../limits.js";
import type { SourceFile } from "../load/source-file.js";
import { fieldName } from "../summary/prose-fields.js";
import { eachList } from "../summary/structure.js";

export function sizeProblems(source: SourceFile): Diagnostic[] {
  const root = source.document.contents;
  if (!isMap(root)) return [];
  const diagnostics: Diagnostic[] = [];
  const at = (node: unknown) => {
    const range = (node as Node | null | undefined)?.range;
    return { file: source.path, position: source.positionAt(range?.[0] ?? 0) };
  };
  eachList(root, (path, items) => {
    if (items.length <= MAX_LIST_ITEMS) return;
    const field = fieldName(path);
    diagnostics.push({
      code: "tooManyItems",
      severity: "error",
      ...at(items[MAX_LIST_ITEMS]),
      field,
      params: { field, count: items.length, limit: MAX_LIST_ITEMS },
    });
  });
  const figures: unknown = root.get("figures", true);
  if (isMap(figures) && figures.items.length > MAX_FIGURES) {
    diagnostics.push({
      code: "tooManyFigures",
      severity: "error",
      ...at(figures.items[MAX_FIGURES]?.key),
      field: "figures",
      params: { count: figures.items.length, limit: MAX_FIGURES },
    });
  }
  return diagnostics;
}
