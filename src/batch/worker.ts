/** The worker side of the pool: build each job it is sent and send back its result, by index. */
import { parentPort } from "node:worker_threads";
import { runJob, type BuildJob, type JobResult } from "./job.js";
import { afterFile, boundHeap } from "./memory.js";

export interface JobMessage {
  readonly index: number;
  readonly job: BuildJob;
}

export interface ResultMessage {
  readonly index: number;
  readonly result: JobResult;
}

export function serveJobs(): void {
  const port = parentPort;
  if (!port) throw new Error("serveJobs: not in a worker thread");
  // V8's growth factor is one for the whole process: this thread must hold to the same bound as the main one.
  boundHeap(true);
  port.on("message", ({ index, job }: JobMessage) => {
    void runJob(job).then((result) => {
      port.postMessage({ index, result } satisfies ResultMessage);
      afterFile();
    });
  });
}
