// How a batch keeps its memory (src/batch/memory.ts). The peaks themselves are figures of
// npm run bench; what is tested here is that a batch does not pay for them with full collections
// while its old generation is within bounds: each costs V8 the optimized code of the busiest
// functions, compiled again as the next documents run.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, ROOT, tempDir } from "./helpers.js";

const COUNTER = join(ROOT, "test", "batch-memory", "count-collections.cjs");

/** The full collections of `report build --jobs <jobs>` over `files` copies of `data`. */
function collections(data: string, files: number, jobs: number): { full: number; forced: number } {
  const root = tempDir();
  mkdirSync(join(root, "data"));
  for (let i = 1; i <= files; i++) copyFileSync(data, join(root, "data", `s${String(i).padStart(4, "0")}.yaml`));
  const counts = join(root, "collections.json");
  const args = ["-r", COUNTER, join(ROOT, "bin", "report.cjs"), "build", "data", "--out-dir", "out"];
  const result = spawnSync(process.execPath, [...args, "--jobs", String(jobs), "--reporter", "json"], {
    cwd: root,
    env: { ...process.env, REPORT_COLLECTIONS_FILE: counts },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(readFileSync(counts, "utf8")) as { full: number; forced: number };
}

describe("a batch's memory", () => {
  // 300 filled files leave the old generation a few megabytes larger, below the bound; a
  // collection every 200 files, as before, made one here.
  it("asks V8 for no full collection while the old generation is within its bound", () => {
    expect(collections(fixture("2021-filled.yaml"), 300, 1).forced).toBe(0);
  }, 60_000);

  // data/2020.yaml, its blanks and all, leaves some 30 KB a document in the old generation: 600
  // copies pass the bound about twice over. A batch that never collected would grow with its size.
  it("collects the old generation once it has grown past the bound", () => {
    expect(collections(join(ROOT, "data", "2020.yaml"), 600, 1).forced).toBeGreaterThanOrEqual(1);
  }, 60_000);
});
