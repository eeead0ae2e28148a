// Runs `report` on one data file in a child process with a time limit; returns its exit status,
// wall time and peak memory (from scripts/peak-memory.cjs). Shared by the bench and the corpus test.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// BENCH_ROOT: another checkout's build, for before-and-after figures.
const root = process.env.BENCH_ROOT ?? fileURLToPath(new URL("..", import.meta.url));

/** `args` after `node bin/report.cjs`; resolves when the child ends or is killed at `timeoutMs`. */
export function runMeasured(args, { timeoutMs, peakFile, cwd = root }) {
  rmSync(peakFile, { force: true });
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      ["--require", join(root, "scripts/peak-memory.cjs"), join(root, "bin/report.cjs"), ...args],
      { cwd, env: { ...process.env, REPORT_PEAK_FILE: peakFile, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let outBytes = 0;
    let firstLine = "";
    child.stdout.on("data", (chunk) => (outBytes += chunk.length));
    child.stderr.on("data", (chunk) => {
      if (outBytes < 4096) firstLine += chunk.toString("utf8");
      outBytes += chunk.length;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const peak = existsSync(peakFile) ? JSON.parse(readFileSync(peakFile, "utf8")) : undefined;
      resolve({
        status,
        signal,
        ms,
        timedOut: signal === "SIGKILL",
        peakMiB: peak ? peak.maxRssKiB / 1024 : undefined,
        cpuMs: peak ? peak.cpuMs : undefined,
        outputBytes: outBytes,
        firstLine: firstLine.split("\n")[0] ?? "",
      });
    });
  });
}
