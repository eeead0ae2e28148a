/** The validate stage: a parsed file → a Summary, or every problem in it, each with its place. */
import { isMap } from "yaml";
import type { Diagnostic } from "../errors.js";
import { toPlainData, type SourceFile } from "../load/source-file.js";
import { fragmentPosition, keyPosition } from "./locate.js";
import { parseProse } from "./prose.js";
import { fieldName, proseFields } from "./prose-fields.js";
import { schemaDiagnostics } from "./schema-issues.js";
import { BUILT_IN_REFERENCES, summarySchema, type Summary } from "./schema.js";
import { closest } from "./suggest.js";

export interface Validation {
  /** Present when there is no error; warnings may still be listed. */
  readonly summary?: Summary;
  readonly diagnostics: readonly Diagnostic[];
}

const RESERVED_NAMES: readonly string[] = Object.values(BUILT_IN_REFERENCES);

export function validate(source: SourceFile): Validation {
  const { document } = source;
  const error = (code: Diagnostic["code"], offset: number, params: object = {}): Diagnostic =>
    ({ code, severity: "error", file: source.path, position: source.positionAt(offset), params }) as Diagnostic;

  if (document.errors.length > 0) {
    return {
      diagnostics: document.errors.map((e) => error("yamlSyntax", e.pos[0], { detail: e.code })),
    };
  }
  if (document.contents === null) return { diagnostics: [error("emptyFile", 0)] };
  if (!isMap(document.contents)) return { diagnostics: [error("notAMapping", document.contents.range?.[0] ?? 0)] };

  const data = toPlainData(source);
  const parsed = summarySchema.safeParse(data);
  if (!parsed.success) return { diagnostics: schemaDiagnostics(parsed.error.issues, source, data) };
  const diagnostics = checkReferences(parsed.data, source);
  const failed = diagnostics.some((d) => d.severity === "error");
  return failed ? { diagnostics } : { summary: parsed.data, diagnostics };
}

/** Every reference names a figure, and every figure is used somewhere. */
function checkReferences(summary: Summary, source: SourceFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const figureNames = Object.keys(summary.figures);
  const used = new Set<string>();
  const report = (code: Diagnostic["code"], severity: Diagnostic["severity"], field: string, position: Diagnostic["position"], params: object) =>
    diagnostics.push({ code, severity, file: source.path, position, field, params } as Diagnostic);

  for (const name of figureNames.filter((n) => RESERVED_NAMES.includes(n))) {
    report("reservedFigureName", "error", `figures.${name}`, keyPosition(source, ["figures"], name), { name });
  }
  for (const { path, text } of proseFields(summary)) {
    const { segments, problems } = parseProse(text);
    const where = (offset: number, raw: string) => fragmentPosition(source, path, text, offset, raw);
    for (const problem of problems) {
      report(problem.code, "error", fieldName(path), where(problem.offset, problem.raw), problem.code === "proseSyntax" ? { detail: problem.detail } : { found: problem.raw });
    }
    for (const segment of segments) {
      if (segment.kind !== "reference") continue;
      used.add(segment.name);
      if (segment.name === BUILT_IN_REFERENCES.year || Object.hasOwn(summary.figures, segment.name)) continue;
      report("unknownFigure", "error", fieldName(path), where(segment.offset, segment.raw), {
        name: segment.name,
        suggestion: closest(segment.name, figureNames),
      });
    }
  }
  for (const name of figureNames.filter((n) => !used.has(n) && !RESERVED_NAMES.includes(n))) {
    report("unusedFigure", "warning", `figures.${name}`, keyPosition(source, ["figures"], name), { name });
  }
  return diagnostics;
}
