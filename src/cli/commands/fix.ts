/**
 * `report fix <files…>` (also `report validate --fix`): applies the safe fixes to each data file (even
 * one with other errors) and says what changed and what is left; `--dry-run` prints a diff instead. A
 * file not saved as UTF-8 is left as it is. Exit 0 when every file is left without errors, 1 otherwise.
 */
import { expandInputs } from "../../batch/inputs.js";
import { ReportError, type Diagnostic } from "../../errors.js";
import { fixAll } from "../../fix/edits.js";
import { fixedTooLarge, lineDiff, readForFix, writeBack, type Original } from "../../fix/write-back.js";
import { sourceOfBytes } from "../../load/load.js";
import { parseSource } from "../../load/source-file.js";
import { MAX_PROBLEMS_PER_FILE } from "../../limits.js";
import { check, checkSource } from "../../pipeline.js";
import { visible } from "../../messages/visible.js";
import { rulesOff } from "../../validate/writing/check.js";
import { EXIT, type ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { checksOffOption } from "./checks-off.js";

export interface FixCommandOptions {
  readonly dryRun?: boolean;
  readonly off?: readonly string[];
}

export async function runFix(inputs: readonly string[], options: FixCommandOptions, out: Output): Promise<ExitCode> {
  const files = await expandInputs(inputs);
  if (files.length === 0) throw new ReportError("usage", [{ code: "noInputs", severity: "error", params: {} }]);
  const checksOff = checksOffOption(options.off);
  let failed = false;
  for (const file of files) if (!(await fixOne(file, checksOff, options.dryRun === true, out))) failed = true;
  return failed ? EXIT.failed : EXIT.ok;
}

/**
 * Fixes what can be fixed safely in one file, even when it has other errors; false when errors are
 * left (listed, with what was fixed), or it had to be left as it was.
 */
export async function fixOne(
  file: string,
  checksOff: readonly string[],
  dryRun: boolean,
  out: Output,
): Promise<boolean> {
  let checked: Awaited<ReturnType<typeof check>>;
  let original: Original;
  try {
    original = await readForFix(file);
    checked = checkSource(sourceOfBytes(file, original.bytes), { checksOff });
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    out.diagnostics(error.diagnostics);
    return false;
  }
  const { source, diagnostics } = checked;
  if (source.encoding !== "utf-8") {
    out.note("fixNotUtf8", { file });
    return false;
  }
  const result = fixAll(source, (data) => rulesOff(data, checksOff));
  const where = (c: { line: number; column: number }) => `${file}:${c.line}:${c.column}`;
  // A summary, not a line each: 100,000 changes must not print megabytes.
  for (const change of result.changes.slice(0, MAX_PROBLEMS_PER_FILE))
    out.note("fixChanged", { where: where(change), ...change, found: clipped(change.found), fix: clipped(change.fix) });
  if (result.changes.length > MAX_PROBLEMS_PER_FILE)
    out.note("fixMoreChanges", { file, more: result.changes.length - MAX_PROBLEMS_PER_FILE });
  for (const lost of result.untraced.slice(0, MAX_PROBLEMS_PER_FILE))
    out.note("fixNotTraced", { where: where(lost), rule: lost.rule });
  const errorsOf = (list: readonly Diagnostic[]) => list.filter((d) => d.severity === "error");
  const writingWarnings = (list: readonly Diagnostic[]) => list.filter((d) => d.code === "writing").length;
  if (result.changes.length === 0) {
    const errors = errorsOf(diagnostics);
    if (errors.length > 0) {
      out.diagnostics(errors);
      out.note("fixHasErrors", { file, errors: errors.length });
      return false;
    }
    out.note("fixNothing", { file, left: writingWarnings(diagnostics) });
    return true;
  }
  const tooLarge = fixedTooLarge(original, result.text);
  if (tooLarge) {
    out.diagnostics(tooLarge.diagnostics);
    return false;
  }
  if (dryRun) {
    // Shown, not obeyed: an escape sequence in a comment on a changed line must not reach the terminal.
    out.data(new TextEncoder().encode(visibleLines(lineDiff(file, source.text, result.text))));
  } else {
    try {
      writeBack(original, result.text);
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      out.diagnostics(error.diagnostics);
      return false;
    }
  }
  // What is left, read from the fixed text itself (for --dry-run, the text as it would be).
  const after = dryRun ? checkSource(parseSource(file, result.text), { checksOff }) : await check(file, { checksOff });
  const errors = errorsOf(after.diagnostics);
  if (errors.length > 0) out.diagnostics(errors);
  const left = {
    file,
    changes: result.changes.length,
    errors: errors.length,
    left: writingWarnings(after.diagnostics),
  };
  if (dryRun) out.note("fixDryRun", left);
  else if (errors.length > 0) out.note("fixErrorsLeft", left);
  else out.note("fixWritten", left);
  return errors.length === 0;
}

/** A change's text as a note shows it: a run of 2 MB of 。 fixed as one is not printed whole. */
const clipped = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max)}…` : text);

function visibleLines(diff: string): string {
  return diff
    .split("\n")
    .map((line) => visible(line))
    .join("\n");
}
