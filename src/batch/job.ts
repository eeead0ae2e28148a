/** One data file → one output: built, then written or (with --check) compared. Never throws. */
import { readFileSync } from "node:fs";
import { ReportError, type Diagnostic, type FailureKind } from "../errors.js";
import { readDataFile } from "../load/data-file.js";
import { sourceOfBytes } from "../load/load.js";
import { buildChecked, checkSource, usesReference, type BuildOptions } from "../pipeline.js";
import { processContext } from "../context.js";
import { writeOutputFile } from "../write/output-file.js";
import { STDOUT } from "./conventions.js";

export interface BuildJob {
  readonly input: string;
  /** A file path, or `-` for stdout. */
  readonly output: string;
  readonly options: BuildOptions;
  /** Compare with the existing output instead of writing it. */
  readonly check: boolean;
}

export type JobStatus = "written" | "printed" | "unchanged" | "differs" | "missing" | "failed";

export interface JobResult {
  readonly input: string;
  readonly output: string;
  readonly status: JobStatus;
  readonly diagnostics: readonly Diagnostic[];
  /** Why it failed, when it did: decides the exit code. */
  readonly failure?: FailureKind | "internal";
  /** The document, when it goes to stdout. */
  readonly bytes?: Uint8Array;
}

/**
 * A job's data file being read: started before the job before it is built (a named pipe then fills
 * meanwhile; a regular file is read at once). Its failure is the job's, reported when the job runs.
 */
export function readInput(job: BuildJob): Promise<Uint8Array> {
  const reading = readDataFile(job.input);
  reading.catch(() => {});
  return reading;
}

export async function runJob(job: BuildJob, reading: Promise<Uint8Array> = readInput(job)): Promise<JobResult> {
  const { input, output } = job;
  try {
    const checked = checkSource(sourceOfBytes(input, await reading), job.options);
    const { bytes, warnings } = usesReference(checked, job.options)
      ? await (await import("../reference/build.js")).buildWithReference(checked, job.options, processContext)
      : await buildChecked(checked, job.options, processContext);
    if (output === STDOUT) return { input, output, status: "printed", diagnostics: warnings, bytes };
    if (job.check) return { input, output, status: compare(output, bytes), diagnostics: warnings };
    writeOutputFile(output, bytes);
    return { input, output, status: "written", diagnostics: warnings };
  } catch (error) {
    if (error instanceof ReportError)
      return { input, output, status: "failed", diagnostics: error.diagnostics, failure: error.kind };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      input,
      output,
      status: "failed",
      diagnostics: [{ code: "internal", severity: "error", file: input, params: { detail } }],
      failure: "internal",
    };
  }
}

function compare(path: string, bytes: Uint8Array): JobStatus {
  let existing: Buffer;
  try {
    existing = readFileSync(path);
  } catch {
    return "missing";
  }
  return existing.equals(bytes) ? "unchanged" : "differs";
}
