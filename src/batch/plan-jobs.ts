/** Data files and options → one job each, with its output path; refuses plans that would clobber files. */
import { lstatSync, statSync, type Stats } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { ReportError, type Diagnostic } from "../errors.js";
import type { BuildOptions } from "../pipeline.js";
import { DEFAULT_OUT_DIR, STDOUT } from "./conventions.js";
import type { BuildJob } from "./job.js";

export interface PlanOptions {
  readonly build: BuildOptions;
  /** `-o`: one input only. */
  readonly output?: string;
  readonly outDir?: string;
  readonly check: boolean;
}

export function planJobs(files: readonly string[], options: PlanOptions): BuildJob[] {
  const { format } = options.build;
  if (files.length === 0) throw usage({ code: "noInputs", severity: "error", params: {} });
  if (options.output !== undefined && files.length > 1)
    throw usage({ code: "outputNeedsOneInput", severity: "error", params: { count: files.length } });
  if (options.output === STDOUT && (format === "docx" || format === "pdf"))
    throw usage({ code: "stdoutNeedsText", severity: "error", params: {} });

  const jobs = files.map((input) => ({
    input,
    output: options.output ?? join(options.outDir ?? DEFAULT_OUT_DIR, `${basename(input, extname(input))}.${format}`),
    options: options.build,
    check: options.check,
  }));
  const seen = new Map<string, string>();
  for (const { input, output } of jobs) {
    if (output === STDOUT) continue;
    const target = resolve(output);
    if (target === resolve(input) || sameFile(output, input))
      throw usage({ code: "outputIsInput", severity: "error", file: input, params: { path: input } });
    // Refused rather than written through: the rename would replace the link, not its target, and a
    // link planted at an output's name must not decide where the document goes.
    if (lstat(output)?.isSymbolicLink())
      throw usage({ code: "outputIsLink", severity: "error", params: { path: output } });
    const existing = stat(output);
    // A rename over /dev/null or a named pipe would replace it with a regular file.
    if (existing && !existing.isFile())
      throw usage({ code: "outputNotAFile", severity: "error", params: { path: output } });
    const other = seen.get(target);
    if (other)
      throw usage({ code: "outputCollision", severity: "error", params: { output, first: other, second: input } });
    seen.set(target, input);
  }
  return jobs;
}

/** The same file under another name: a link, or another spelling on a case-insensitive disk. */
function sameFile(a: string, b: string): boolean {
  const x = stat(a);
  const y = stat(b);
  return Boolean(x && y && x.dev === y.dev && x.ino === y.ino && x.ino !== 0);
}

/** What is at `path`, if anything can be seen there (a file in the way of its folder is the write's to report). */
function stat(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function lstat(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function usage(diagnostic: Diagnostic): ReportError {
  return new ReportError("usage", [diagnostic]);
}

/**
 * How many files a batch builds at once when --jobs is not given: one fewer than the CPUs. Each
 * builder's V8 compiles its hot code and collects its garbage on threads of its own, about half a
 * core more: on 2 CPUs, two builders took longer than one (`npm run bench` prints both).
 */
export function defaultParallelism(cpus: number): number {
  return Math.max(1, cpus - 1);
}
