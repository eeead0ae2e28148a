/**
 * load → validate → render → write. Each stage is a function of the previous one's result; this
 * module strings them together and adds the offending line to each diagnostic for the code frame.
 */
import { ReportError, type Diagnostic } from "./errors.js";
import { loadSource } from "./load/load.js";
import type { SourceFile } from "./load/source-file.js";
import type { DocumentModel } from "./model.js";
import { render } from "./render/render.js";
import { DEFAULT_TEMPLATE_DIR, loadTemplate } from "./render/template.js";
import { blankReferences } from "./validate/blanks.js";
import { validate } from "./validate/validate.js";
import type { Summary } from "./validate/schema.js";
import { writeFormat, type Format, type WriterOptions } from "./write/index.js";

export interface Checked {
  readonly summary?: Summary;
  readonly diagnostics: readonly Diagnostic[];
  readonly source: SourceFile;
}

/** Reads and validates one data file; never throws for problems in the data, only lists them. */
export async function check(path: string): Promise<Checked> {
  const source = await loadSource(path);
  const { summary, diagnostics } = validate(source);
  return { ...(summary ? { summary } : {}), diagnostics: diagnostics.map((d) => withExcerpt(d, source)), source };
}

export interface BuildOptions extends WriterOptions {
  readonly format: Format;
  readonly templateDir?: string;
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
export async function buildDocument(path: string, options: BuildOptions): Promise<Built> {
  const { summary, diagnostics, source } = await check(path);
  if (!summary) throw new ReportError("data", diagnostics);
  if (options.final) {
    const blanks = blankReferences(summary, source).map((d) => withExcerpt(d, source));
    if (blanks.length > 0) throw new ReportError("data", [...diagnostics, ...blanks]);
  }
  const templateDir = options.templateDir ?? DEFAULT_TEMPLATE_DIR;
  const model = render(summary, loadTemplate(templateDir), templateDir);
  return { bytes: await writeFormat(options.format, model, options), model, warnings: diagnostics };
}

function withExcerpt(diagnostic: Diagnostic, source: SourceFile): Diagnostic {
  return diagnostic.position ? { ...diagnostic, excerpt: source.lineText(diagnostic.position.line) } : diagnostic;
}
