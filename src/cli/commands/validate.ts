/**
 * `report validate <files, folders or globs…>`: checks data files and writes nothing.
 * Exit 0 when no file has an error (warnings are printed), 1 otherwise.
 */
import { expandInputs } from "../../batch/inputs.js";
import { problemCounts, ReportError, type Diagnostic } from "../../errors.js";
import { check } from "../../pipeline.js";
import { EXIT, type ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { checksOffOption } from "./checks-off.js";

export interface ValidateCommandOptions {
  readonly off?: readonly string[];
  readonly fix?: boolean;
  readonly dryRun?: boolean;
}

export async function runValidate(
  inputs: readonly string[],
  options: ValidateCommandOptions,
  out: Output,
): Promise<ExitCode> {
  const files = await expandInputs(inputs);
  if (files.length === 0) throw new ReportError("usage", [{ code: "noInputs", severity: "error", params: {} }]);
  const checksOff = checksOffOption(options.off);
  let failed = false;
  for (const file of files) {
    // A file with errors is left as it is by the fix; its errors are listed below all the same.
    if (options.fix)
      await (await import("./fix.js")).fixOne(file, checksOff, options.dryRun === true, silentDiagnostics(out));
    const diagnostics = await checkOne(file, checksOff);
    out.diagnostics(diagnostics);
    const { errors, warnings } = problemCounts(diagnostics);
    if (errors > 0) {
      failed = true;
      out.note("failed", { file, errors });
    } else {
      out.note("valid", { file, warnings });
    }
  }
  return failed ? EXIT.failed : EXIT.ok;
}

/** The fix's own listing of errors would repeat what validate prints next. */
function silentDiagnostics(out: Output): Output {
  return { ...out, diagnostics: () => {} };
}

async function checkOne(file: string, checksOff: readonly string[]): Promise<readonly Diagnostic[]> {
  try {
    return (await check(file, { checksOff })).diagnostics;
  } catch (error) {
    if (error instanceof ReportError) return error.diagnostics;
    throw error;
  }
}
