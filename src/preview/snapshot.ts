/**
 * The preview's one use of the pipeline: a data file → the document model, or the problems that
 * stop it, exactly as `validate` reports them. Never throws: whatever is wrong with the file
 * (missing, renamed, unreadable, invalid), or with report itself, the page shows instead.
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
    // A bug in report: said on the page like any problem, so the preview keeps running.
    const detail = error instanceof Error ? error.message : String(error);
    return { diagnostics: [{ code: "internal", severity: "error", file: path, params: { detail } }] };
  }
}
