/** The worker side of the pool: build each job it is sent and send back the result. */
import { parentPort } from "node:worker_threads";
import { runJob, type BuildJob } from "./job.js";

export function serveJobs(): void {
  const port = parentPort;
  if (!port) throw new Error("serveJobs: not in a worker thread");
  port.on("message", (job: BuildJob) => {
    void runJob(job).then((result) => port.postMessage(result));
  });
}
