/**
 * The preview's one use of the pipeline: a data file → the document model, or the problems that
 * stop it, exactly as `validate` reports them. Never throws: whatever is wrong with the file
 * (missing, renamed, unreadable, invalid), or with report itself, the page shows instead.
 */
import { diagnostic, ReportError, type Diagnostic } from "../errors.js";
import type { DocumentModel } from "../model.js";
import { check, modelOf } from "../pipeline.js";
import { DEFAULT_TEMPLATE_DIR } from "../render/template.js";

export interface Snapshot {
  /** Absent when the file has errors: the page keeps showing the last good one. */
  readonly model?: DocumentModel;
  /** Errors and warnings, with the line of the file for the code frame. */
  readonly diagnostics: readonly Diagnostic[];
}

export async function snapshot(path: string, templateDir: string = DEFAULT_TEMPLATE_DIR): Promise<Snapshot> {
  try {
    const checked = await check(path);
    if (!checked.summary) return { diagnostics: checked.diagnostics };
    const { model, warnings } = modelOf(checked, { final: false, templateDir });
    return { model, diagnostics: warnings };
  } catch (error) {
    if (error instanceof ReportError) return { diagnostics: error.diagnostics };
    // A bug in report: said on the page like any problem, so the preview keeps running.
    const detail = error instanceof Error ? error.message : String(error);
    return { diagnostics: [diagnostic("internal", { detail }, { file: path })] };
  }
}
