/** The blanks a final document may not have: every reference to a figure that has no value yet. */
import type { Diagnostic } from "../errors.js";
import type { SourceFile } from "../load/source-file.js";
import { fragmentPosition, keyPosition } from "./locate.js";
import { parseProse } from "./prose.js";
import { fieldName, proseFields } from "./prose-fields.js";
import type { Summary } from "./schema.js";
import { MAX_PROBLEMS_PER_TEXT } from "../load/limits.js";

/** One error for each place in the text where a blank would print, in the order of the file. */
export function blankReferences(summary: Summary, source: SourceFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { path, text } of proseFields(summary)) {
    const reportedBefore = diagnostics.length;
    for (const segment of parseProse(text).segments) {
      if (diagnostics.length - reportedBefore >= MAX_PROBLEMS_PER_TEXT) break; // see MAX_PROBLEMS_PER_TEXT
      if (segment.kind !== "reference" || !Object.hasOwn(summary.figures, segment.name)) continue;
      if (summary.figures[segment.name]?.value !== null) continue;
      diagnostics.push({
        code: "blankInFinal",
        severity: "error",
        file: source.path,
        position: fragmentPosition(source, path, text, segment.offset, segment.raw),
        field: fieldName(path),
        params: { name: segment.name, definedAtLine: keyPosition(source, ["figures"], segment.name).line },
      });
    }
  }
  return diagnostics.sort(
    (a, b) =>
      (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0),
  );
}
