/** The one place that turns how a run ended into an exit code. Documented in docs/cli.md (Exit codes). */
import type { JobResult } from "../batch/job.js";
import { ReportError } from "../errors.js";

export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof ReportError) return error.kind === "usage" ? EXIT.usage : EXIT.failed;
  return EXIT.internal;
}

/**
 * One file of a batch; the batch's code is the highest of its files' (an internal error, then wrong
 * usage, then a failed file), so it is known without keeping the results.
 */
export function exitCodeForResult(result: JobResult): ExitCode {
  const failure = result.failure ?? (result.status === "differs" || result.status === "missing" ? "data" : undefined);
  if (failure === "internal") return EXIT.internal;
  if (failure === "usage") return EXIT.usage;
  if (failure === "data" || failure === "output") return EXIT.failed;
  return EXIT.ok;
}
