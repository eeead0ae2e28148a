/**
 * The writing check against 2 MB texts built to hurt it (scripts/hostile-corpus.mjs, writingCorpus):
 * for each rule, long runs of what it looks for, near-misses repeated and alternations, through
 * `validate` (every rule, its findings listed) and `report fix` (every finding fixed, or the file
 * refused as a whole), each within the bounds of issue 25. Before: `fix` of 500,000 half-width
 * parentheses took 1 GB and wrote a file past the size limit that could not be read again.
 */
import { copyFileSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writingCorpus } from "../../scripts/hostile-corpus.mjs";
import { runMeasured } from "../../scripts/run-measured.mjs";
import { MAX_FILE_BYTES } from "../../src/limits.js";
import { fixture, tempDir } from "../helpers.js";

const SECONDS = 20;
const PEAK_MIB = 700;
/** At most 100 problems or changes listed, each a line or a capped code frame. */
const OUTPUT_BYTES = 256 * 1024;

const corpus = writingCorpus(readFileSync(fixture("2021-filled.yaml"), "utf8"));

describe("the writing check and report fix against texts built to hurt each rule", () => {
  for (const [name, text] of Object.entries(corpus)) {
    it(
      name,
      async () => {
        expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_FILE_BYTES);
        expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_FILE_BYTES / 2);
        const dir = tempDir();
        const file = join(dir, "data.yaml");
        writeFileSync(file, text);
        const copy = join(dir, "copy.yaml");
        copyFileSync(file, copy);
        for (const [command, args] of [
          ["validate", ["validate", file]],
          ["fix", ["fix", copy]],
        ] as const) {
          const run = await runMeasured(args, { timeoutMs: SECONDS * 1000, peakFile: join(dir, "peak.json") });
          const what = `${command}: ${run.firstLine.slice(0, 200)}`;
          expect(run.timedOut, `${what} took over ${SECONDS} s`).toBe(false);
          expect([0, 1], what).toContain(run.status);
          expect(run.peakMiB ?? Infinity, what).toBeLessThan(PEAK_MIB);
          expect(run.outputBytes, what).toBeLessThan(OUTPUT_BYTES);
        }
        // Fixed, or left as it was: never a file past the limit that report could not read again.
        expect(statSync(copy).size).toBeLessThanOrEqual(MAX_FILE_BYTES);
      },
      2 * (SECONDS + 5) * 1000,
    );
  }
});
