/**
 * Runs build jobs on N cores: worker threads that each load the CLI bundle once and then build
 * file after file, so start-up is paid once per core, not once per file. With one job, or one
 * file, everything runs in this thread.
 */
import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../paths.js";
import { runJob, type BuildJob, type JobResult } from "./job.js";

/** What the worker's entry (src/cli/run.ts) looks for in workerData. */
export const WORKER_ROLE = "report-build-worker";

export async function runJobs(jobs: readonly BuildJob[], parallelism: number, onResult: (result: JobResult) => void): Promise<JobResult[]> {
  const workers = Math.min(parallelism, jobs.length);
  if (workers <= 1) {
    const results: JobResult[] = [];
    for (const job of jobs) {
      const result = await runJob(job);
      onResult(result);
      results.push(result);
    }
    return results;
  }
  return runOnWorkers(jobs, workers, onResult);
}

function runOnWorkers(jobs: readonly BuildJob[], count: number, onResult: (result: JobResult) => void): Promise<JobResult[]> {
  const results: JobResult[] = new Array<JobResult>(jobs.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const start = () => {
      const worker = new Worker(join(PACKAGE_ROOT, "bin", "report.cjs"), { workerData: { role: WORKER_ROLE }, argv: [] });
      let current = -1;
      const give = () => {
        if (next >= jobs.length) return void worker.terminate();
        current = next++;
        worker.postMessage(jobs[current]);
      };
      worker.on("message", (result: JobResult) => {
        results[current] = result;
        onResult(result);
        if (++done === jobs.length) resolve(results);
        give();
      });
      worker.on("error", reject);
      give();
    };
    for (let i = 0; i < count; i++) start();
  });
}
