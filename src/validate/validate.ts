/**
 * The validate stage: a parsed file → a Summary, or every problem in it, each with its place.
 * Order: the text (encoding, YAML mistakes) → numbers as clerks write them → the schema → figure
 * references. Every check runs, so all problems of a file are listed at once: with YAML mistakes,
 * the later checks read only the top-level fields no mistake is in (a broken field would only
 * produce misleading follow-ups), and what depends on the whole file (a missing field, a figure
 * no text uses) waits until the mistakes are corrected.
 */
import { isMap } from "yaml";
import { located, type Diagnostic } from "../errors.js";
import type { MessageCode } from "../messages/catalogue.js";
import { firstNonAscii } from "../load/decode.js";
import { toPlainData, type SourceFile } from "../load/source-file.js";
import { yearMatchesFileName } from "./file-name.js";
import { outsideGb2312Characters } from "./gb2312-characters.js";
import { checkNumbers } from "./numbers.js";
import type { FieldPath } from "../summary/prose-fields.js";
import { sizeProblems } from "./list-sizes.js";
import { checkComparisons } from "./comparisons.js";
import { checkReferences } from "./references.js";
import { schemaDiagnostics } from "./schema-issues.js";
import { summarySchema, type Summary } from "../summary/schema.js";
import { syntaxProblems } from "./syntax/index.js";
import { checkWriting } from "./writing/check.js";
import { leftovers } from "./leftovers.js";
import { textShapeProblems } from "./text-shapes.js";
import { typedMarkWarnings } from "./typed-marks.js";
import { brokenFields } from "./broken-fields.js";

export interface Validation {
  /** Present when there is no error; warnings may still be listed. */
  readonly summary?: Summary;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ValidateOptions {
  /** Writing-check rules switched off on the command line, on top of the data file's `checks.off`. */
  readonly checksOff?: readonly string[];
}

export function validate(source: SourceFile, options: ValidateOptions = {}): Validation {
  const { document } = source;
  const at = (offset: number) => ({ file: source.path, position: source.positionAt(offset) });
  const diagnostics: Diagnostic[] = [];
  if (source.encoding !== "utf-8") {
    const code = source.encoding === "gb18030" ? "encodingGbk" : "encodingUtf16";
    diagnostics.push({ code, severity: "warning", ...at(firstNonAscii(source.text)), params: {} });
  }
  for (const problem of syntaxProblems(source.text, source.tokens, document.errors, source.unlistedErrors)) {
    diagnostics.push(located(problem, { severity: problem.severity, ...at(problem.offset) }));
  }
  // An alias would be expanded when the data is built: refused here, before that ever happens.
  for (const { offset, written } of source.references) {
    diagnostics.push({ code: "yamlReference", severity: "error", ...at(offset), params: { written } });
  }
  const syntaxFailed = hasError(diagnostics);
  if (syntaxFailed && !isMap(document.contents)) return { diagnostics: diagnostics.sort(byPosition) };
  if (document.contents === null)
    return {
      diagnostics: [...diagnostics, { code: "emptyFile", severity: "error", ...at(0), params: { path: source.path } }],
    };
  if (!isMap(document.contents)) {
    return {
      diagnostics: [
        ...diagnostics,
        {
          code: "notAMapping",
          severity: "error",
          ...at(document.contents.range?.[0] ?? 0),
          params: { path: source.path },
        },
      ],
    };
  }

  const tooMany = sizeProblems(source);
  if (tooMany.length > 0) return { diagnostics: [...diagnostics, ...tooMany] };

  const broken = syntaxFailed ? brokenFields(source, diagnostics) : undefined;
  const data = broken ? broken.data : toPlainData(source);
  const reportedBefore = diagnostics.length;
  const numbers = checkNumbers(data, source);
  const parsed = summarySchema.safeParse(data);
  const schemaIssues = parsed.success
    ? []
    : parsed.error.issues.filter((issue) => !coveredBy(issue.path, numbers.reported));
  diagnostics.push(
    ...numbers.diagnostics,
    ...withoutMisspelledRequired(schemaDiagnostics(schemaIssues, source, data)),
    ...checkReferences(data, source),
    ...(parsed.success ? withoutRefusedFigures(checkComparisons(parsed.data, source), numbers.reported) : []),
    ...checkWriting(data, source, options.checksOff),
    ...textShapeProblems(data, source),
    ...leftovers(data, source),
    ...typedMarkWarnings(data, source),
    ...yearMatchesFileName(parsed.success ? parsed.data.year : undefined, source),
    ...outsideGb2312Characters(source),
  );
  if (broken) diagnostics.splice(reportedBefore, Infinity, ...diagnostics.slice(reportedBefore).filter(broken.trusted));
  diagnostics.sort(byPosition);
  return parsed.success && !hasError(diagnostics) ? { summary: parsed.data, diagnostics } : { diagnostics };
}

/** `titel:` is reported as “did you mean title?”; that title is then missing goes without saying. */
function withoutMisspelledRequired(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const parent = (field: string | undefined) => (field ?? "").split(".").slice(0, -1).join(".");
  const misspelled = diagnostics.flatMap((d) =>
    is(d, "unknownKey") && d.params.suggestion ? [`${parent(d.field)}|${d.params.suggestion}`] : [],
  );
  return diagnostics.filter((d) => !(is(d, "required") && misspelled.includes(`${parent(d.field)}|${d.params.field}`)));
}

function is<C extends MessageCode>(d: Diagnostic, code: C): d is Diagnostic<C> & Diagnostic {
  return d.code === code;
}

function hasError(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/**
 * Comparisons of a figure whose number was refused are left out: 1e-400 reads as 0, and “last
 * year's value is 0” (or a hand-typed change checked against 0) would say what the file does not.
 */
function withoutRefusedFigures(diagnostics: readonly Diagnostic[], reported: readonly FieldPath[]): Diagnostic[] {
  const refused = new Set(reported.flatMap((path) => (path[0] === "figures" ? [String(path[1])] : [])));
  return diagnostics.filter((d) => {
    const name: unknown = (d.params as { name?: unknown } | undefined)?.name;
    return typeof name !== "string" || !refused.has(name);
  });
}

/** A schema issue at or above a slot the number check has already explained. */
function coveredBy(issuePath: readonly PropertyKey[], reported: readonly FieldPath[]): boolean {
  if (issuePath.length === 0) return false;
  return reported.some((path) => issuePath.every((key, i) => key === path[i]));
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0);
}
