/**
 * `report build <files, folders or globs…>`: builds each data file; a bad one is reported and the
 * rest are still built. Options are checked here; the work is in batch/ and pipeline.ts.
 */
import { availableParallelism } from "node:os";
import { STDOUT } from "../../batch/job.js";
import { expandInputs } from "../../batch/inputs.js";
import { planJobs } from "../../batch/plan.js";
import { runJobs } from "../../batch/pool.js";
import type { Format } from "../../write/index.js";
import { exitCodeForResults, type ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { createReporter, defaultReporter, type ReporterName } from "../reporters/index.js";

export interface BuildCommandOptions {
  readonly output?: string;
  readonly outDir?: string;
  readonly format: Format;
  readonly template?: string;
  readonly jobs?: number;
  readonly reporter?: ReporterName;
  readonly check?: boolean;
}

export async function runBuild(inputs: readonly string[], options: BuildCommandOptions, out: Output): Promise<ExitCode> {
  const jobs = planJobs(expandInputs(inputs), {
    build: { format: options.format, ...(options.template ? { templateDir: options.template } : {}) },
    ...(options.output !== undefined ? { output: options.output } : {}),
    ...(options.outDir !== undefined ? { outDir: options.outDir } : {}),
    check: options.check ?? false,
  });
  const reporter = createReporter(options.reporter ?? defaultReporter(), { out: process.stdout, err: process.stderr, lang: out.lang });
  reporter.start(jobs.length);
  const parallelism = jobs.some((job) => job.output === STDOUT) ? 1 : (options.jobs ?? availableParallelism());
  const results = await runJobs(jobs, parallelism, (result) => {
    reporter.result(result);
    if (result.bytes) out.data(result.bytes);
  });
  reporter.finish(results);
  return exitCodeForResults(results);
}
