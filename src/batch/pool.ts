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
import {
  CONVERSION_REPORTS,
  stopConversionOf,
  type ConversionMessage,
  type ConversionReport,
} from "../write/pdf-conversions.js";
import { readInput, runJob, type BuildJob, type JobResult } from "./job.js";
import { afterFile, boundHeap, YOUNG_GENERATION_MB } from "./memory.js";
import type { JobMessage, ResultMessage } from "./worker.js";
import { WORKER_ENV } from "./conventions.js";

/** How long a signal's handler waits for a worker to stop its conversions, and to end, before going on. */
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
  if (jobs.length > 1) boundHeap(lanes > 0);
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
  const stops: (() => Promise<void>)[] = [];
  const interrupt =
    lanes > 0
      ? onInterrupt(async () => {
          stopped = true;
          // A worker's LibreOffice is a process of its own, which terminating the worker would leave:
          // each worker stops its conversions, then every one reported is ended here too.
          await Promise.all(stops.map((stop) => stop()));
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
    all.push(onWorker(jobs, take, onResult, { stopped: () => stopped, writing, conversions, stops }));
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
  while (current !== undefined && !stopped()) {
    const next = alone ? reading(take()) : undefined;
    finish(await runJob(current.job, current.bytes));
    // A single file is no batch: its memory needs no holding (and node:v8 costs a cold start).
    if (jobs.length > 1) afterFile();
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
  /** Each ends its worker after it has stopped its conversions, or been given time to (for a signal). */
  readonly stops: (() => Promise<void>)[];
}

function onWorker(
  jobs: readonly BuildJob[],
  take: () => number | undefined,
  finish: (r: JobResult) => void,
  { stopped, writing, conversions, stops }: InFlight,
): Promise<void> {
  // Loaded when first needed: a single build never is.
  const { Worker, MessageChannel, receiveMessageOnPort } = nodeModule<typeof WorkerThreads>("node:worker_threads");
  // The worker reports its LibreOffice conversions on a port of their own. On a signal it is asked
  // there to stop them itself, which it does between two of its steps (terminating it could land
  // between its starting LibreOffice and reporting it); reports this thread was too busy to hear are
  // read at once (receiveMessageOnPort).
  const reports = new MessageChannel();
  let listening = false;
  let hasStopped = () => {};
  const heard = (report: ConversionReport) => {
    if ("listening" in report) listening = true;
    else if ("stopped" in report) hasStopped();
    else if (report.conversion.ended) conversions.delete(report.conversion.dir);
    else conversions.set(report.conversion.dir, report.conversion);
  };
  const readReports = () => {
    for (let report = receiveMessageOnPort(reports.port1); report; report = receiveMessageOnPort(reports.port1))
      heard(report.message as ConversionReport);
  };
  reports.port1.on("message", heard);
  reports.port1.unref();
  const within = (work: Promise<unknown>) =>
    Promise.race([work, new Promise((resolve) => setTimeout(resolve, WORKER_END_MS).unref())]);
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
    stops.push(async () => {
      readReports();
      if (listening) {
        const done = new Promise<void>((resolve) => (hasStopped = resolve));
        reports.port1.postMessage({ stop: true });
        await within(done);
      }
      await within(worker.terminate());
      readReports();
    });
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
