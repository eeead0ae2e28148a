/** `report validate <files…>`: checks data files and writes nothing. Exit 0 when clean, 1 on any error. */
import { ReportError, type Diagnostic } from "../../errors.js";
import { check } from "../../pipeline.js";
import type { Output } from "../output.js";

export function runValidate(files: readonly string[], out: Output): void {
  let failed = false;
  for (const file of files) {
    const diagnostics = checkOne(file);
    out.diagnostics(diagnostics);
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    if (errors > 0) {
      failed = true;
      out.note("failed", { file, errors });
    } else {
      out.note("valid", { file, warnings: diagnostics.length });
    }
  }
  // Every problem has been printed above; the error only carries the exit code.
  if (failed) throw new ReportError("data", []);
}

function checkOne(file: string): readonly Diagnostic[] {
  try {
    return check(file).diagnostics;
  } catch (error) {
    if (error instanceof ReportError) return error.diagnostics;
    throw error;
  }
}
