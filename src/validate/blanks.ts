/** The blanks a final document may not have: every reference to a figure that has no value yet. */
import type { Diagnostic } from "../errors.js";
import type { SourceFile } from "../load/source-file.js";
import { fragmentPosition, keyPosition } from "./locate.js";
import { parseProse } from "./prose.js";
import { fieldName, proseFields } from "./prose-fields.js";
import type { Summary } from "./schema.js";

/** One error for each place in the text where a blank would print, in the order of the file. */
export function blankReferences(summary: Summary, source: SourceFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { path, text } of proseFields(summary)) {
    for (const segment of parseProse(text).segments) {
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
  return diagnostics.sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0));
}
