/**
 * The preview's one use of the pipeline: a data file → the document model, or the problems that
 * stop it, exactly as `validate` reports them. Never throws for anything wrong with the file
 * (missing, renamed, unreadable, invalid): the page shows that instead.
 */
import { ReportError, type Diagnostic } from "../errors.js";
import type { DocumentModel } from "../model.js";
import { check } from "../pipeline.js";
import { render } from "../render/render.js";
import { DEFAULT_TEMPLATE_DIR, loadTemplate } from "../render/template.js";
import { withSourceLines } from "./source-lines.js";

export interface Snapshot {
  /** Absent when the file has errors: the page keeps showing the last good one. */
  readonly model?: DocumentModel;
  /** Errors and warnings, with the line of the file for the code frame. */
  readonly diagnostics: readonly Diagnostic[];
}

export function snapshot(path: string, templateDir: string = DEFAULT_TEMPLATE_DIR): Snapshot {
  try {
    const { summary, diagnostics, source } = check(path);
    if (!summary) return { diagnostics };
    const model = render(summary, loadTemplate(templateDir), templateDir);
    return { model: withSourceLines(model, source), diagnostics };
  } catch (error) {
    if (error instanceof ReportError) return { diagnostics: error.diagnostics };
    throw error;
  }
}
