/**
 * Characters the standard fonts cannot draw (gb2312.ts): a warning at the first place each one is
 * written in a text of the data, so a clerk can check a name like 张喆 before printing. Keys and
 * comments never reach the document and are not read.
 */
import type { Diagnostic } from "../errors.js";
import { inGb2312, skipInGb2312 } from "../gb2312.js";
import { eachValueScalar, type SourceFile } from "../load/source-file.js";

/** One warning a character, and no more than this many a file: a file of rare characters says enough with these. */
const MAX_WARNINGS = 20;

export function outsideGb2312Characters(source: SourceFile): Diagnostic[] {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  eachValueScalar(source.document.contents, (node) => {
    if (typeof node.value !== "string" || !node.range) return true;
    const [start, end] = node.range;
    for (let offset = skipInGb2312(source.text, start, end); offset < end && diagnostics.length < MAX_WARNINGS;) {
      const char = String.fromCodePoint(source.text.codePointAt(offset) ?? 0);
      if (!seen.has(char) && !inGb2312(char)) {
        seen.add(char);
        diagnostics.push({
          code: "outsideGb2312",
          severity: "warning",
          file: source.path,
          position: source.positionAt(offset),
          params: { char, codePoint: `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}` },
        });
      }
      offset = skipInGb2312(source.text, offset + char.length, end);
    }
    return diagnostics.length < MAX_WARNINGS;
  });
  return diagnostics;
}
