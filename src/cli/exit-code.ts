/** The one place that turns how a run ended into an exit code. Documented in the README. */
import { ReportError } from "../errors.js";

export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof ReportError) return error.kind === "usage" ? EXIT.usage : EXIT.failed;
  return EXIT.internal;
}
