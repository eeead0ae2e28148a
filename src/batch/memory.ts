/**
 * Keeps a batch's memory independent of its size. Nothing is kept per file (results are reported and
 * dropped), yet V8 left to itself still grows with a long batch: it doubles the young generation
 * once a batch has run for a while, and lets the old generation fill with the dead objects of
 * earlier documents before collecting it. So, in each thread that builds: the young generation may
 * grow to what a short batch reaches and no further, and the old generation is collected once it
 * has grown by a few megabytes since the last collection (the live heap is small and does not grow).
 * npm run bench prints the peaks.
 */
import type * as V8 from "node:v8";
import { runInNewContext } from "node:vm";
import { nodeModule } from "../node-module.js";

/** node:v8, loaded when a batch first needs it (a single build never does); kept, being asked after each file. */
let v8: typeof V8 | undefined;
const nodeV8 = (): typeof V8 => (v8 ??= nodeModule<typeof V8>("node:v8"));

/**
 * Set once V8's flags are changed here. V8 refuses a code cache made under other flags, so
 * bin/report.cjs neither uses the caches of files it compiles from then on nor writes theirs:
 * otherwise each batch and each single build would in turn find those caches refused and write
 * them again.
 */
const V8_FLAGS_CHANGED = Symbol.for("zongjie.v8FlagsChanged");

function setV8Flags(flags: string): void {
  (globalThis as Record<symbol, unknown>)[V8_FLAGS_CHANGED] = true;
  nodeV8().setFlagsFromString(flags);
}

/**
 * The young generation's size (both halves) that a 500-file batch reaches anyway, in a batch on one
 * thread. With worker threads each thread's is half that, and the worker's capped there too
 * (pool.ts): two threads at the full size took a batch past 100 MB; one collects a little more often.
 */
export const YOUNG_GENERATION_MB = { alone: 16, withWorkers: 8 } as const;
let youngGenerationBound = YOUNG_GENERATION_MB.alone * 1024 * 1024;

/**
 * How much the old generation may grow, dead documents and all, before this thread collects it. By
 * growth, not every so many files: a full collection is not cheap for all its small heap, because
 * V8 then discards each optimized function that holds an object of a finished document (its
 * "weak objects" died) and compiles it again as the next documents run, a second core's worth of
 * work for a while (seen with --trace-deopt-verbose). Rare collections keep that off the batch.
 */
export const OLD_GENERATION_GROWTH_MB = { alone: 8, withWorkers: 4 } as const;
let oldGenerationGrowth = OLD_GENERATION_GROWTH_MB.alone * 1024 * 1024;
/** The old generation's size after the last collection (or at the first file), in bytes. */
let collectedDownTo: number | undefined;

let collect: (() => void) | undefined;

/** Called after each file a thread builds in a batch. */
export function afterFile(): void {
  const heap = heapSizes();
  holdYoungGenerationWithin(heap.young);
  collectedDownTo ??= heap.old;
  if (heap.old - collectedDownTo < oldGenerationGrowth) return;
  (collect ??= garbageCollector())();
  collectedDownTo = heapSizes().old;
}

/**
 * Called before a batch is planned: planning thousands of files keeps most of what it allocates,
 * which makes V8 grow the young generation, to twice the bound in one go.
 */
export function holdYoungGeneration(): void {
  growthFactor(1);
}

/**
 * Called when a thread starts its part of a batch, saying whether worker threads share it: the
 * bounds of its two generations (smaller each beside workers), which afterFile keeps to.
 */
export function boundHeap(withWorkers: boolean): void {
  const threads = withWorkers ? "withWorkers" : "alone";
  youngGenerationBound = YOUNG_GENERATION_MB[threads] * 1024 * 1024;
  oldGenerationGrowth = OLD_GENERATION_GROWTH_MB[threads] * 1024 * 1024;
  holdYoungGenerationWithin(heapSizes().young);
}

/** The young generation may grow up to the bound only. */
function holdYoungGenerationWithin(youngBytes: number): void {
  growthFactor(youngBytes >= youngGenerationBound ? 1 : 2);
}

let factor = 2; // V8's default

/** Read by V8 at each growth of the young generation, in every thread of the process. */
function growthFactor(wanted: number): void {
  if (wanted === factor) return;
  setV8Flags(`--semi-space-growth-factor=${wanted}`);
  factor = wanted;
}

/**
 * The young generation's reserved size, and the objects the old generation holds, live or not yet
 * collected (its code is left out: a batch's first files fill it with compiled code, which stays).
 */
function heapSizes(): { young: number; old: number } {
  let young = 0;
  let old = 0;
  for (const space of nodeV8().getHeapSpaceStatistics()) {
    if (space.space_name === "new_space") young = space.space_size;
    else if (space.space_name === "old_space" || space.space_name === "large_object_space")
      old += space.space_used_size;
  }
  return { young, old };
}

/** V8's own `gc`, which Node exposes only with --expose-gc: a context made after setting it has it. */
function garbageCollector(): () => void {
  setV8Flags("--expose-gc");
  return runInNewContext("gc") as () => void;
}
