/** The one place that turns how a run ended into an exit code. Documented in the README. */
import type { JobResult } from "../batch/job.js";
import { ReportError } from "../errors.js";

export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof ReportError) return error.kind === "usage" ? EXIT.usage : EXIT.failed;
  return EXIT.internal;
}

/** A batch: the worst of its files (an internal error, then wrong usage, then a failed file). */
export function exitCodeForResults(results: readonly JobResult[]): ExitCode {
  const failures = new Set(
    results.map((r) => r.failure ?? (r.status === "differs" || r.status === "missing" ? "data" : undefined)),
  );
  if (failures.has("internal")) return EXIT.internal;
  if (failures.has("usage")) return EXIT.usage;
  if (failures.has("data") || failures.has("output")) return EXIT.failed;
  return EXIT.ok;
}
