/**
 * `report build <files, folders or globs…>`: builds each data file; a bad one is reported and the
 * rest are still built. Options are checked here; the work is in batch/ and pipeline.ts.
 */
import type * as Os from "node:os";
import { extname } from "node:path";
import { STDOUT } from "../../batch/conventions.js";
import { expandInputs } from "../../batch/inputs.js";
import { defaultParallelism, planJobs } from "../../batch/plan-jobs.js";
import { holdYoungGeneration } from "../../batch/memory.js";
import { runJobs } from "../../batch/pool.js";
import { ReportError } from "../../errors.js";
import type { BuildOptions } from "../../pipeline.js";
import type { FontProfileName } from "../../write/layout/fonts.js";
import { loadTemplate } from "../../render/template.js";
import { FORMATS, type Format } from "../../write/index.js";
import { nodeModule } from "../../node-module.js";
import { EXIT, exitCodeForResult, type ExitCode } from "../exit-code.js";
import { stderr, stdout, type Output } from "../output.js";
import { checksOffOption } from "./checks-off.js";
import { createReporter, defaultReporter, type ReporterName } from "../reporters/index.js";
import { tally } from "../reporters/reporter.js";

export interface BuildCommandOptions {
  readonly output?: string;
  readonly outDir?: string;
  /** Absent: the -o file's extension says, else docx (txt for -o -). */
  readonly format?: Format;
  readonly template?: string;
  readonly reference?: string;
  readonly fonts: FontProfileName;
  readonly final?: boolean;
  readonly jobs?: number;
  readonly reporter?: ReporterName;
  readonly check?: boolean;
  readonly off?: readonly string[];
}

export async function runBuild(
  inputs: readonly string[],
  options: BuildCommandOptions,
  out: Output,
): Promise<ExitCode> {
  const documentTimestamp = sourceDateEpoch(process.env.SOURCE_DATE_EPOCH);
  const build: BuildOptions = {
    format: outputFormat(options.format, options.output),
    fonts: options.fonts,
    final: options.final === true,
    checksOff: checksOffOption(options.off),
    ...(options.template ? { templateDir: options.template } : {}),
    ...(options.reference ? { reference: options.reference } : {}),
    ...(documentTimestamp ? { documentTimestamp } : {}),
  };
  // Only a batch needs its memory held (a single file is no batch, and node:v8 costs a cold start).
  const batch = inputs.length > 1 || inputs.some((arg) => !/\.ya?ml$/i.test(arg));
  if (batch) holdYoungGeneration();
  // A template folder that is missing or broken fails every file alike: say so once, before any.
  loadTemplate(build.templateDir);
  const jobs = planJobs(await expandInputs(inputs), {
    build,
    ...(options.output !== undefined ? { output: options.output } : {}),
    ...(options.outDir !== undefined ? { outDir: options.outDir } : {}),
    check: options.check ?? false,
  });
  // So does a PDF build without LibreOffice.
  if (build.format === "pdf") (await import("../../write/pdf.js")).requireSoffice();
  // With -o -, stdout is the document: every reporter writes to stderr instead.
  const toStdout = jobs.some((job) => job.output === STDOUT);
  const reporter = createReporter(options.reporter ?? defaultReporter(), {
    out: toStdout ? stderr() : stdout(),
    err: stderr(),
    lang: out.lang,
  });
  reporter.start(jobs.length);
  const parallelism = toStdout || jobs.length === 1 ? 1 : (options.jobs ?? defaultParallelism(cpus()));
  const counts = tally();
  let exitCode: ExitCode = EXIT.ok;
  await runJobs(jobs, parallelism, (result) => {
    counts.add(result);
    exitCode = Math.max(exitCode, exitCodeForResult(result)) as ExitCode;
    reporter.result(result);
    if (result.bytes) out.data(result.bytes);
  });
  reporter.finish(counts.totals);
  return exitCode;
}

/** The CPUs, asked for a batch only: a single build is one job whatever the CPUs. */
function cpus(): number {
  return nodeModule<typeof Os>("node:os").availableParallelism();
}

/** `-f` when given (it must agree with `-o`'s extension), else the extension, else docx. */
export function outputFormat(format: Format | undefined, output: string | undefined): Format {
  const extension =
    output === STDOUT
      ? "txt"
      : extname(output ?? "")
          .slice(1)
          .toLowerCase();
  const implied = FORMATS.find((f) => f === extension);
  if (format && implied && output !== STDOUT && format !== implied) {
    throw new ReportError("usage", [
      { code: "formatMismatch", severity: "error", params: { format, output: output ?? "" } },
    ]);
  }
  return format ?? implied ?? "docx";
}

/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970 UTC, which, when set, the
 * document records as its date instead of the data's own.
 */
export function sourceDateEpoch(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  const seconds = /^\d{1,12}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(seconds))
    throw new ReportError("usage", [{ code: "badSourceDateEpoch", severity: "error", params: { value } }]);
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}
