/**
 * load → validate → render → write. Each stage is a function of the previous one's result; this
 * module strings them together and adds the offending line to each diagnostic for the code frame.
 * The command line reads data files by path; the library (api.ts) also gives text or an object.
 */
import { processContext, type ReportContext } from "./context.js";
import { diagnostic, listed, ReportError, type Diagnostic } from "./errors.js";
import { loadSource } from "./load/load.js";
import type { SourceFile } from "./load/source-file.js";
import type { DocumentModel } from "./model.js";
import { render, type LineOf } from "./render/render.js";
import { DEFAULT_TEMPLATE_DIR, loadTemplate } from "./render/template.js";
import { REFUSED_IN_FINAL } from "./validate/leftovers.js";
import { blankReferences } from "./validate/blanks.js";
import { fragmentLocator, positionOf } from "./validate/locate.js";
import { validate, type ValidateOptions } from "./validate/validate.js";
import { fieldName, type FieldPath } from "./summary/prose-fields.js";
import type { Summary } from "./summary/schema.js";
import { writeFormat, type Format, type WriterOptions } from "./write/index.js";

export interface Checked {
  readonly summary?: Summary;
  readonly diagnostics: readonly Diagnostic[];
  readonly source: SourceFile;
}

/** Reads and validates one data file; never throws for problems in the data, only lists them. */
export async function check(path: string, options: ValidateOptions = {}): Promise<Checked> {
  return checkSource(await loadSource(path), options);
}

/** Validates a data file already read and parsed. */
export function checkSource(source: SourceFile, options: ValidateOptions = {}): Checked {
  const { summary, diagnostics } = validate(source, options);
  // Capped before the code frames are added: a million problems must not take a million lines.
  const shown = listed(diagnostics, source.path).map((d) => withExcerpt(d, source));
  return { ...(summary ? { summary } : {}), diagnostics: shown, source };
}

export interface BuildOptions extends WriterOptions, ValidateOptions {
  readonly format: Format;
  readonly templateDir?: string;
  /**
   * The office's own Word file as the template (its path, or its bytes): applied by reference/
   * after the Word file is written; the data file's `reference:` when absent. See reference/build.ts.
   */
  readonly reference?: string | Uint8Array;
}

export interface Built {
  readonly bytes: Uint8Array;
  readonly model: DocumentModel;
  readonly warnings: readonly Diagnostic[];
}

/**
 * One data file → the bytes of one output. Throws ReportError listing every problem found; a final
 * build also lists every blank still in the text.
 */
export async function buildDocument(
  path: string,
  options: BuildOptions,
  context: ReportContext = processContext,
): Promise<Built> {
  return buildChecked(await check(path, options), options, context);
}

/** A checked data file → the bytes of one output; throws as buildDocument does. */
export async function buildChecked(checked: Checked, options: BuildOptions, context: ReportContext): Promise<Built> {
  const { model, warnings } = modelOf(checked, options, context);
  try {
    return { bytes: await writeFormat(options.format, model, options, context.kits), model, warnings };
  } catch (error) {
    // A writer's refusal of what the data makes (a PDF too long) is the data file's: named after it.
    if (!(error instanceof ReportError) || error.kind !== "data") throw error;
    const file = checked.source.path;
    throw new ReportError(
      "data",
      error.diagnostics.map((d) => (d.file === undefined ? { ...d, file } : d)),
    );
  }
}

/**
 * The build is given the office's own Word file (the option, or the data file's `reference:`) and
 * writes Word or PDF, which it applies to: the caller then builds through reference/build.ts,
 * loaded only then. Plain text and Markdown have no page, fonts or letterhead to take.
 */
export function usesReference(checked: Checked, options: Pick<BuildOptions, "reference" | "format">): boolean {
  return (
    (options.reference !== undefined || checked.summary?.reference !== undefined) &&
    (options.format === "docx" || options.format === "pdf")
  );
}

/**
 * A checked data file → its document model, each block with the line it comes from, and the
 * file's warnings (the checks', and a warning for each text a custom template never printed);
 * throws as buildDocument does (a final build also lists every blank still in the text).
 */
export function modelOf(
  { summary, diagnostics, source }: Checked,
  options: Pick<BuildOptions, "final" | "templateDir">,
  context: ReportContext = processContext,
): { readonly model: DocumentModel; readonly warnings: readonly Diagnostic[] } {
  if (!summary) throw new ReportError("data", diagnostics);
  if (options.final) {
    // A draft's leftovers (a lost `#…`, points run together, placeholders, last year's years) are errors now.
    const leftover = diagnostics.filter((d) => d.severity === "warning" && REFUSED_IN_FINAL.has(d.code));
    const blanks = [
      ...leftover.map((d) => ({ ...d, severity: "error" as const })),
      ...blankReferences(summary, source),
    ];
    if (blanks.length > 0)
      throw new ReportError(
        "data",
        listed([...diagnostics, ...blanks.map((d) => withExcerpt(d, source))], source.path),
      );
  }
  const templateDir = options.templateDir ?? DEFAULT_TEMPLATE_DIR;
  const lineOf: LineOf = (path, text) => {
    const locate = fragmentLocator(source, path, text);
    return (offset) => locate(offset, text.slice(offset, offset + 16).split("\n")[0] ?? "").line;
  };
  const { model, unprinted } = render(summary, loadTemplate(templateDir, context.templates), templateDir, lineOf);
  const skipped = unprinted.map((path) => skippedText(path, source, templateDir));
  // The shipped template prints every text (test/every-text-printed.test.ts); if it ever leaves one
  // out, that is report's bug, and the build stops rather than hand in a document with a hole.
  if (templateDir === DEFAULT_TEMPLATE_DIR && skipped.length > 0) throw new ReportError("data", skipped);
  return { model, warnings: [...diagnostics, ...skipped.map((d) => ({ ...d, severity: "warning" as const }))] };
}

/** A text the template never printed, at its place in the data file. */
function skippedText(path: FieldPath, source: SourceFile, templateDir: string): Diagnostic {
  const field = fieldName(path);
  const place = { file: source.path, field, position: positionOf(source, path) };
  return withExcerpt(diagnostic("templateSkipsText", { field, file: templateDir }, place), source);
}

function withExcerpt(diagnostic: Diagnostic, source: SourceFile): Diagnostic {
  return diagnostic.position ? { ...diagnostic, excerpt: source.lineText(diagnostic.position.line) } : diagnostic;
}
