/**
 * Runs build jobs on N cores: this thread and N − 1 worker threads, each taking the next job as it
 * finishes one. A worker loads the CLI bundle once and then builds file after file, so start-up is
 * paid once per core, not once per file; this thread works too, so N cores cost N − 1 extra heaps.
 */
import type * as WorkerThreads from "node:worker_threads";
import { join } from "node:path";
import { nodeModule } from "../node-module.js";
import { PACKAGE_ROOT } from "../paths.js";
import { onInterrupt } from "../write/interrupt.js";
import { discardTemporariesFor } from "../write/output-file.js";
import { CONVERSION_REPORTS, stopConversionOf, type ConversionMessage } from "../write/pdf-conversions.js";
import { readInput, runJob, type BuildJob, type JobResult } from "./job.js";
import { afterFile, boundYoungGeneration, YOUNG_GENERATION_MB } from "./memory.js";
import type { JobMessage, ResultMessage } from "./worker.js";
import { WORKER_ENV } from "./conventions.js";

/** How long a signal's handler waits for the workers to end before ending their LibreOffices anyway. */
const WORKER_END_MS = 250;

/**
 * Runs every job and hands each result to `onResult` as it comes; keeps none of them, so a batch's
 * memory does not grow with its size.
 */
export async function runJobs(
  jobs: readonly BuildJob[],
  parallelism: number,
  onResult: (result: JobResult) => void,
): Promise<void> {
  const lanes = Math.min(parallelism, jobs.length) - 1;
  if (jobs.length > 1) boundYoungGeneration(lanes > 0);
  let next = 0;
  let stopped = false;
  const take = (): number | undefined => (!stopped && next < jobs.length ? next++ : undefined);

  // On a signal: no new job, the workers stopped (a write in progress finishes, being synchronous),
  // then whatever temporary files their writes left removed. This thread's own writes clean up
  // after themselves. A batch on a single lane has nothing more to clean up, but keeps the listeners
  // for its length all the same: installed and removed around each file's write, they were a fiftieth
  // of a batch's time. A single file leaves the signal its default action, which is quicker.
  const writing = new Set<string>();
  const conversions = new Map<string, ConversionMessage["conversion"]>();
  const workers: WorkerThreads.Worker[] = [];
  const drains: (() => void)[] = [];
  const interrupt =
    lanes > 0
      ? onInterrupt(async () => {
          stopped = true;
          // A worker's LibreOffice is a process of its own, which terminating the worker would leave.
          // The workers are ended first, so that none starts another conversion when one it waits on
          // is killed, then every conversion they reported is: reports read now, even those this
          // thread was too busy to hear (a worker may have started LibreOffice just before the signal).
          await Promise.race([
            Promise.all(workers.map((worker) => worker.terminate())),
            new Promise((resolve) => setTimeout(resolve, WORKER_END_MS).unref()),
          ]);
          drains.forEach((drain) => drain());
          conversions.forEach(stopConversionOf);
          writing.forEach(discardTemporariesFor);
        })
      : jobs.length > 1
        ? onInterrupt(() => {
            stopped = true;
          })
        : undefined;
  const all = [inThisThread(jobs, take, onResult, () => stopped, lanes === 0)];
  for (let i = 0; i < lanes; i++)
    all.push(onWorker(jobs, take, onResult, { stopped: () => stopped, writing, conversions, drains }, workers));
  await Promise.all(all).finally(() => interrupt?.off());
}

async function inThisThread(
  jobs: readonly BuildJob[],
  take: () => number | undefined,
  finish: (r: JobResult) => void,
  stopped: () => boolean,
  alone: boolean,
) {
  // Alone, this thread starts the next job's read before it builds one: a named pipe, read on the
  // thread pool, fills while the CPU builds (a regular file is read at once, synchronously:
  // load/data-file.ts). Not beside workers, which would then wait for a job taken early (and each has
  // two jobs in flight already).
  const reading = (index: number | undefined) =>
    index === undefined ? undefined : { job: jobs[index] as BuildJob, bytes: readInput(jobs[index] as BuildJob) };
  let current = reading(take());
  for (let built = 1; current !== undefined && !stopped(); built++) {
    const next = alone ? reading(take()) : undefined;
    finish(await runJob(current.job, current.bytes));
    // A single file is no batch: its memory needs no holding (and node:v8 costs a cold start).
    if (jobs.length > 1) afterFile(built);
    // Let the workers' results in between two builds of this thread.
    await new Promise<void>((resolve) => setImmediate(resolve));
    current = alone ? next : reading(take());
  }
}

/** What the workers are doing that a signal must undo: outputs being written, LibreOffice running. */
interface InFlight {
  /** After a signal: the process is ending, and what a stopped job says is no news. */
  readonly stopped: () => boolean;
  readonly writing: Set<string>;
  readonly conversions: Map<string, ConversionMessage["conversion"]>;
  /** Each reads its worker's conversion reports not yet heard, at once (for a signal). */
  readonly drains: (() => void)[];
}

function onWorker(
  jobs: readonly BuildJob[],
  take: () => number | undefined,
  finish: (r: JobResult) => void,
  { stopped, writing, conversions, drains }: InFlight,
  workers: WorkerThreads.Worker[],
): Promise<void> {
  // Loaded when first needed: a single build never is.
  const { Worker, MessageChannel, receiveMessageOnPort } = nodeModule<typeof WorkerThreads>("node:worker_threads");
  // The worker reports its LibreOffice conversions on a port of their own, which a signal's handler
  // can read at once (receiveMessageOnPort): a report still queued behind this thread's own build
  // would otherwise be lost with the worker, and its LibreOffice left running.
  const reports = new MessageChannel();
  const heard = ({ conversion }: ConversionMessage) => {
    if (conversion.ended) conversions.delete(conversion.dir);
    else conversions.set(conversion.dir, conversion);
  };
  reports.port1.on("message", heard);
  reports.port1.unref();
  drains.push(() => {
    for (let report = receiveMessageOnPort(reports.port1); report; report = receiveMessageOnPort(reports.port1))
      heard(report.message as ConversionMessage);
  });
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(PACKAGE_ROOT, "bin", "report.cjs"), {
      env: { ...process.env, [WORKER_ENV]: "1" },
      argv: [],
      workerData: { [CONVERSION_REPORTS]: reports.port2 },
      transferList: [reports.port2],
      // A worker's garbage is short-lived (one document at a time), so its young generation is capped
      // below V8's default to keep memory down. Not too far: a much smaller one collects so often that
      // the same survivors are copied again and again (`npm run bench` prints a batch's time and memory).
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB.withWorkers },
    });
    workers.push(worker);
    // Two jobs in flight: the worker starts the next as soon as it sends a result, instead of
    // waiting for this thread to finish its own build and read the message.
    let inFlight = 0;
    const give = () => {
      const index = take();
      if (index === undefined) {
        if (inFlight === 0) void worker.terminate().then(() => resolve());
        return;
      }
      const job = jobs[index] as BuildJob;
      if (!job.check) writing.add(job.output);
      inFlight++;
      worker.postMessage({ index, job } satisfies JobMessage);
    };
    worker.on("message", (message: ResultMessage) => {
      const { result } = message;
      if (stopped()) return;
      inFlight--;
      writing.delete(result.output);
      finish(result);
      give();
    });
    worker.on("error", reject);
    give();
    give();
  });
}
