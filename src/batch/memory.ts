/**
 * Keeps a batch's memory independent of its size. Nothing is kept per file (results are reported and
 * dropped), yet V8 left to itself still grows with a long batch: it doubles the young generation
 * once a batch has run for a while, and lets the old generation fill with the dead objects of
 * earlier documents before collecting it. So, in each thread that builds: the young generation may
 * grow to what a short batch reaches and no further, and the old generation is collected every so
 * many files (cheap: the live heap is small and does not grow). npm run bench prints the peaks.
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
const FILES_PER_COLLECTION = 200;

let collect: (() => void) | undefined;

/** Called after each file a thread builds in a batch. */
export function afterFile(built: number): void {
  boundYoungGeneration();
  if (built % FILES_PER_COLLECTION === 0) (collect ??= garbageCollector())();
}

/**
 * Called before a batch is planned: planning thousands of files keeps most of what it allocates,
 * which makes V8 grow the young generation, to twice the bound in one go.
 */
export function holdYoungGeneration(): void {
  growthFactor(1);
}

/**
 * Called when a batch starts (saying whether worker threads share it) and after each file: the
 * young generation may grow up to the bound only.
 */
export function boundYoungGeneration(withWorkers?: boolean): void {
  if (withWorkers !== undefined)
    youngGenerationBound = YOUNG_GENERATION_MB[withWorkers ? "withWorkers" : "alone"] * 1024 * 1024;
  growthFactor(youngGenerationBytes() >= youngGenerationBound ? 1 : 2);
}

let factor = 2; // V8's default

/** Read by V8 at each growth of the young generation, in every thread of the process. */
function growthFactor(wanted: number): void {
  if (wanted === factor) return;
  setV8Flags(`--semi-space-growth-factor=${wanted}`);
  factor = wanted;
}

function youngGenerationBytes(): number {
  return (
    nodeV8()
      .getHeapSpaceStatistics()
      .find((space) => space.space_name === "new_space")?.space_size ?? 0
  );
}

/** V8's own `gc`, which Node exposes only with --expose-gc: a context made after setting it has it. */
function garbageCollector(): () => void {
  setV8Flags("--expose-gc");
  return runInNewContext("gc") as () => void;
}
