// npm run bench, section 7 (issue 20): a cold `report import` of data/2020's .docx, one file,
// median wall time against `node -e 0`, and its peak memory. Prints figures; asserts nothing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "bin", "report.cjs");
const peakRss = join(root, "scripts", "bench", "peak-rss.cjs");
const scratch = mkdtempSync(join(tmpdir(), "report-bench-import-"));
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

function run(args) {
  const peakFile = join(scratch, "peak");
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["-r", peakRss, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, BENCH_PEAK_FILE: peakFile },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  return { ms, peakKb: Number(readFileSync(peakFile, "utf8")) };
}

const docx = join(scratch, "2020.docx");
run([bin, "build", join(root, "data", "2020.yaml"), "-o", docx]);
const importArgs = [bin, "import", docx, "-o", join(scratch, "2020.yaml"), "--force"];
for (let i = 0; i < 3; i++) run(importArgs);
const node = [];
const imports = [];
let peak = 0;
for (let i = 0; i < RUNS; i++) {
  node.push(run(["-e", "0"]).ms);
  const one = run(importArgs);
  imports.push(one.ms);
  peak = Math.max(peak, one.peakKb);
}
console.log(
  `cold import    median ${median(imports).toFixed(1)} ms for data/2020's .docx, node -e 0 ${median(node).toFixed(1)} ms: ${(median(imports) / median(node)).toFixed(2)}x, peak ${(peak / 1024).toFixed(0)} MB`,
);
rmSync(scratch, { recursive: true, force: true });
