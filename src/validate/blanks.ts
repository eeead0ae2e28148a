/**
 * The blanks a final document may not have: every reference to a figure that has no value yet, every
 * comparison whose figure has no value for last year, and the same in the key-figures table.
 */
import type { Diagnostic } from "../errors.js";
import type { SourceFile } from "../load/source-file.js";
import { fragmentPosition, keyPosition, positionOf } from "./locate.js";
import { parseProse } from "../summary/prose-syntax.js";
import { fieldName, proseFields } from "../summary/prose-fields.js";
import type { Figure, Summary } from "../summary/schema.js";
import { MAX_PROBLEMS_PER_TEXT } from "../limits.js";

/** One error for each place in the text where a blank would print, in the order of the file. */
export function blankReferences(summary: Summary, source: SourceFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { path, text } of proseFields(summary)) {
    const reportedBefore = diagnostics.length;
    for (const segment of parseProse(text).segments) {
      if (diagnostics.length - reportedBefore >= MAX_PROBLEMS_PER_TEXT) break; // see MAX_PROBLEMS_PER_TEXT
      if (segment.kind !== "reference" || !Object.hasOwn(summary.figures, segment.name)) continue;
      const code = blankCode(summary.figures[segment.name], segment.compare !== undefined);
      if (!code) continue;
      diagnostics.push({
        code,
        severity: "error",
        file: source.path,
        position: fragmentPosition(source, path, text, segment.offset, segment.raw),
        field: fieldName(path),
        params: { name: segment.name, definedAtLine: keyPosition(source, ["figures"], segment.name).line },
      });
    }
  }
  summary.keyFigures?.figures.forEach((name, index) => {
    const code = Object.hasOwn(summary.figures, name) ? blankCode(summary.figures[name], true) : undefined;
    if (!code) return;
    const path = ["keyFigures", "figures", index];
    diagnostics.push({
      code,
      severity: "error",
      file: source.path,
      position: positionOf(source, path),
      field: fieldName(path),
      params: { name, definedAtLine: keyPosition(source, ["figures"], name).line },
    });
  });
  return diagnostics.sort(
    (a, b) =>
      (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0),
  );
}

/** This year's value blank, or, where last year's is compared, last year's. */
function blankCode(figure: Figure | undefined, compared: boolean): "blankInFinal" | "blankLastYearInFinal" | undefined {
  if (figure?.value === null) return "blankInFinal";
  if (compared && figure?.last === null) return "blankLastYearInFinal";
  return undefined;
}
