/**
 * The worst-case corpus (scripts/hostile-corpus.mjs): every case at the size limit, through validate,
 * build -f docx and build -f md, answered within a bound a linear scan meets with a wide margin and a
 * quadratic one far exceeds (before the fixes: minutes, or out of memory). The bounds are generous
 * because the machine may be shared; `npm run bench:hostile` prints the actual figures.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hostileCorpus } from "../../scripts/hostile-corpus.mjs";
import { runMeasured } from "../../scripts/run-measured.mjs";
import { MAX_FILE_BYTES } from "../../src/limits.js";
import { fixture, tempDir } from "../helpers.js";

const SECONDS = 20;
const PEAK_MIB = 700;
/** Output stays small whatever the input: at most 100 problems, each with a capped code frame. */
const OUTPUT_BYTES = 256 * 1024;

const corpus = hostileCorpus(readFileSync(fixture("2021-filled.yaml"), "utf8"));
const commands = {
  validate: (file: string) => ["validate", file],
  "build -f docx": (file: string, dir: string) => ["build", file, "-f", "docx", "-o", join(dir, "out.docx")],
  "build -f md": (file: string, dir: string) => ["build", file, "-f", "md", "-o", join(dir, "out.md")],
};

describe("worst cases at the size limit are answered in bounded time and memory", () => {
  for (const [name, text] of Object.entries(corpus)) {
    it(
      name,
      async () => {
        expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_FILE_BYTES);
        expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_FILE_BYTES / 2);
        const dir = tempDir();
        const file = join(dir, "data.yaml");
        writeFileSync(file, text);
        for (const [command, args] of Object.entries(commands)) {
          const run = await runMeasured(args(file, dir), {
            timeoutMs: SECONDS * 1000,
            peakFile: join(dir, "peak.json"),
          });
          const what = `${command}: ${run.firstLine}`;
          expect(run.timedOut, `${what} took over ${SECONDS} s`).toBe(false);
          expect([0, 1], what).toContain(run.status); // done, or the data refused: never an internal error
          expect(run.peakMiB, what).toBeDefined();
          expect(run.peakMiB ?? Infinity, what).toBeLessThan(PEAK_MIB);
          expect(run.outputBytes, what).toBeLessThan(OUTPUT_BYTES);
        }
      },
      3 * (SECONDS + 5) * 1000,
    );
  }
});
