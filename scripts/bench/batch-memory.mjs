// The peak memory of a batch, by its size: a batch must keep nothing per file (issue 12), so 500 and
// 10,000 files should peak alike. Run by npm run bench; also alone, on any build of the command:
//   node scripts/bench/batch-memory.mjs [path/to/bin/report.cjs]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const peakRss = join(root, "scripts", "bench", "peak-rss.cjs");

/** Peak resident memory in MB of `report build <files> --jobs <jobs> --reporter json`, for each size and setting. */
export function batchMemory(bin, sizes = [500, 10_000], settings = [1, 2]) {
  const scratch = mkdtempSync(join(tmpdir(), "report-memory-"));
  const sample = readFileSync(join(root, "test/fixtures/2021-filled.yaml"), "utf8");
  const rows = [];
  try {
    for (const files of sizes) {
      const folder = join(scratch, `data-${files}`);
      mkdirSync(folder);
      for (let i = 1; i <= files; i++) {
        const n = String(i).padStart(5, "0");
        writeFileSync(join(folder, `s${n}.yaml`), sample.replace("value: 12345", `value: ${10000 + i}`));
      }
      for (const jobs of settings) {
        const peakFile = join(scratch, "peak");
        const outDir = join(scratch, `out-${files}-${jobs}`);
        const args = ["-r", peakRss, bin, "build", folder, "--out-dir", outDir, "--jobs", String(jobs)];
        const start = process.hrtime.bigint();
        const result = spawnSync(process.execPath, [...args, "--reporter", "json"], {
          stdio: ["ignore", "ignore", "pipe"],
          env: { ...process.env, BENCH_PEAK_FILE: peakFile },
        });
        if (result.status !== 0) throw new Error(`${args.join(" ")} failed (${result.status}): ${result.stderr}`);
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        rows.push({ files, jobs, peakMb: Number(readFileSync(peakFile, "utf8")) / 1024, seconds });
        rmSync(outDir, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return rows;
}

/** The targets (issue 24): the peak flat in the batch's size, and under a ceiling. */
export const MEMORY_TARGETS = { spreadMb: 10, largestMb: 100 };

/** Prints a line for each --jobs setting; returns the names of the targets missed. */
export function printBatchMemory(rows) {
  const missed = [];
  for (const jobs of new Set(rows.map((r) => r.jobs))) {
    const mine = rows.filter((r) => r.jobs === jobs);
    const peaks = mine.map((r) => r.peakMb);
    const spread = Math.max(...peaks) - Math.min(...peaks);
    const largest = Math.max(...peaks);
    if (spread > MEMORY_TARGETS.spreadMb) missed.push(`memory spread --jobs ${jobs}`);
    if (largest >= MEMORY_TARGETS.largestMb) missed.push(`memory peak --jobs ${jobs}`);
    console.log(
      `memory --jobs ${jobs}  ${mine.map((r) => `${r.files} files: peak ${r.peakMb.toFixed(0)} MB (${r.seconds.toFixed(1)} s)`).join(", ")}; spread ${spread.toFixed(1)} MB (target <= ${MEMORY_TARGETS.spreadMb}), largest ${largest.toFixed(0)} MB (target < ${MEMORY_TARGETS.largestMb})`,
    );
  }
  return missed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printBatchMemory(batchMemory(process.argv[2] ?? join(root, "bin", "report.cjs")));
}
