/** For tests that signal or time the command: run it in the background and see how it ended. */
import { spawn, type ChildProcess } from "node:child_process";
import { constants } from "node:os";
import { join } from "node:path";
import { ROOT } from "./helpers.js";

export interface Ended {
  /** What a shell or CI runner reports: the exit code, or 128 + the signal that ended the process. */
  readonly status: number;
  readonly signal: NodeJS.Signals | null;
  /** performance.now() when it ended. */
  readonly at: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Running {
  readonly child: ChildProcess;
  readonly ended: Promise<Ended>;
}

/** Starts bin/report.cjs; `ended` settles when it has ended, and the process is killed after `limitMs`. */
export function startCli(args: readonly string[], options: { cwd?: string; limitMs?: number } = {}): Running {
  const child = spawn(process.execPath, [join(ROOT, "bin", "report.cjs"), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "", NO_COLOR: "1" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  // A hang must fail the test, not stall the suite: SIGKILL shows as status 137.
  const killer = setTimeout(() => child.kill("SIGKILL"), options.limitMs ?? 30_000);
  const ended = new Promise<Ended>((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(killer);
      const status = code ?? 128 + (signal ? constants.signals[signal] : 0);
      resolve({ status, signal, at: performance.now(), stdout, stderr });
    });
  });
  return { child, ended };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
