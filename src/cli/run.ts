/** What the bundle runs: the command line, or, in a worker thread of a batch build, the job loop. */
import { isMainThread, workerData } from "node:worker_threads";
import { WORKER_ROLE } from "../batch/pool.js";
import { serveJobs } from "../batch/worker.js";
import { main } from "./main.js";

if (!isMainThread && (workerData as { role?: unknown } | null)?.role === WORKER_ROLE) {
  serveJobs();
} else {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
