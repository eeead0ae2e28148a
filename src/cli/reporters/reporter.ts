/** How a build tells the world what happened, file by file: pretty, json or github. */
import type { JobResult } from "../../batch/job.js";
import { problemCounts } from "../../errors.js";
import type { Lang } from "../../messages/catalogue.js";
import type { ConsoleStream } from "../output.js";

export const REPORTERS = ["pretty", "json", "github"] as const;
export type ReporterName = (typeof REPORTERS)[number];

/** Each result is reported as it comes and then dropped: a reporter keeps counts, never results. */
export interface Reporter {
  start(total: number): void;
  result(result: JobResult): void;
  finish(totals: Totals): void;
}

export interface Totals {
  readonly files: number;
  readonly ok: number;
  readonly failed: number;
  readonly errors: number;
  readonly warnings: number;
}

/** Counts results as they pass. */
export function tally(): { add(result: JobResult): void; readonly totals: Totals } {
  const totals = { files: 0, ok: 0, failed: 0, errors: 0, warnings: 0 };
  return {
    add: (result) => {
      totals.files++;
      if (isProblem(result)) totals.failed++;
      else totals.ok++;
      for (const d of result.diagnostics) totals[d.severity === "error" ? "errors" : "warnings"]++;
    },
    totals,
  };
}

export interface ReporterStreams {
  readonly out: ConsoleStream;
  readonly err: ConsoleStream;
  readonly lang: Lang;
}

/** GitHub Actions reads annotations from the log; elsewhere people read it. */
export function defaultReporter(env: NodeJS.ProcessEnv = process.env): ReporterName {
  return env.GITHUB_ACTIONS === "true" ? "github" : "pretty";
}

export function isProblem(result: JobResult): boolean {
  return result.status === "failed" || result.status === "differs" || result.status === "missing";
}

/** The status line of a result, as a catalogue entry. */
export function statusMessage(result: JobResult) {
  const { output, input } = result;
  switch (result.status) {
    case "written":
      return { code: "built", params: { output } } as const;
    case "unchanged":
      return { code: "unchanged", params: { output } } as const;
    case "differs":
      return { code: "differs", params: { output, input } } as const;
    case "missing":
      return { code: "missing", params: { output, input } } as const;
    case "failed":
      return { code: "failed", params: { file: input, errors: problemCounts(result.diagnostics).errors } } as const;
    case "printed":
      return undefined;
  }
}
