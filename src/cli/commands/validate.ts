/**
 * `report validate <files, folders or globs…>`: checks data files and writes nothing.
 * Exit 0 when no file has an error (warnings are printed), 1 otherwise.
 */
import { expandInputs } from "../../batch/inputs.js";
import { ReportError, type Diagnostic } from "../../errors.js";
import { check } from "../../pipeline.js";
import { EXIT, type ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";

export async function runValidate(inputs: readonly string[], out: Output): Promise<ExitCode> {
  const files = expandInputs(inputs);
  if (files.length === 0) throw new ReportError("usage", [{ code: "noInputs", severity: "error", params: {} }]);
  let failed = false;
  for (const file of files) {
    const diagnostics = await checkOne(file);
    out.diagnostics(diagnostics);
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    if (errors > 0) {
      failed = true;
      out.note("failed", { file, errors });
    } else {
      out.note("valid", { file, warnings: diagnostics.length });
    }
  }
  return failed ? EXIT.failed : EXIT.ok;
}

async function checkOne(file: string): Promise<readonly Diagnostic[]> {
  try {
    return (await check(file)).diagnostics;
  } catch (error) {
    if (error instanceof ReportError) return error.diagnostics;
    throw error;
  }
}
