#!/usr/bin/env node
// npm run bench: speed and memory of `report build` on this machine. Prints every figure with its
// target (issue 24's) and, last, the targets missed; asserts nothing. Run it on a quiet machine:
// other work on the cores skews every figure. `npm run bench -- --quick` (under 30 s, before a
// commit): fewer runs and files, no 2,000- or 10,000-file batches, no preview.
//
//   1. one cold `report build data/2020.yaml`, median wall time, against `node -e 0`;
//   2. a batch of 500 generated data files, --jobs 1 and --jobs <cores>: time per document, speed-up;
//      the 500 split between <cores> separate processes, for comparison; the same for 2,000 files
//      (BENCH_LARGE_FILES; 0 skips them);
//   3. the same documents filled by docxtemplater in one process, per document, and our ratio to it;
//      and the comparison: 300 copies of data/2020.yaml with --jobs 1 against docxtemplater
//      filling report's own output of it, with a tag at each of its blanks, 300 times (after a
//      warm-up); and of ours, what is paid once (start-up, V8's warm-up) and a document once warm;
//   4. the peak memory of each run;
//   5. the peak memory of batches of 500 and 10,000 files (BENCH_MEMORY_FILES; 0 skips) with --jobs 1
//      and --jobs 2, which must not grow with the batch (scripts/bench/batch-memory.mjs).
//   6. the live preview: save → page updated (scripts/bench-preview.mjs, in headless Chromium).
//   7. a cold `report import` of data/2020's .docx (scripts/bench/import.mjs).
import { fileURLToPath } from "node:url";
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { batchMemory, printBatchMemory } from "./bench/batch-memory.mjs";
import { blankTemplateFrom, perDocumentMs, perDocumentMsOf } from "./bench/docxtemplater.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin", "report.cjs");
const peakRss = join(root, "scripts", "bench", "peak-rss.cjs");
const scratch = mkdtempSync(join(tmpdir(), "report-bench-"));
const quick = process.argv.includes("--quick");
const RUNS = Number(process.env.BENCH_RUNS ?? (quick ? 10 : 30));
const FILES = Number(process.env.BENCH_FILES ?? (quick ? 100 : 500));
const LARGE = Number(process.env.BENCH_LARGE_FILES ?? (quick ? 0 : 2000));
const COPIES = Number(process.env.BENCH_COPIES ?? (quick ? 100 : 300));
const MEMORY_FILES = Number(process.env.BENCH_MEMORY_FILES ?? (quick ? 0 : 10_000));
const cores = availableParallelism();

/** Issue 24's targets. */
const TARGET = { cold: 1.5, batchVsDocxtemplater: 0.5, speedUp: 1.7 };
const missed = [];
/** Records a target: met, or missed under `name`. */
const target = (name, met) => {
  if (!met) missed.push(name);
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;

/** Wall time in ms and peak memory in KB of one process. */
function run(args, options = {}) {
  const peakFile = join(scratch, "peak");
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["-r", peakRss, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, BENCH_PEAK_FILE: peakFile },
    ...options,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  return { ms, peakKb: Number(readFileSync(peakFile, "utf8")) };
}

// 1. Cold start: the two commands in turns, so background noise hits both alike.
const out = join(scratch, "2020.docx");
const cold = { node: [], build: [], peak: 0 };
for (let i = 0; i < 3; i++) run([bin, "build", join(root, "data/2020.yaml"), "-o", out]);
for (let i = 0; i < RUNS; i++) {
  cold.node.push(run(["-e", "0"]).ms);
  const build = run([bin, "build", join(root, "data/2020.yaml"), "-o", out]);
  cold.build.push(build.ms);
  cold.peak = Math.max(cold.peak, build.peakKb);
}
const coldRatio = median(cold.build) / median(cold.node);
target("cold build", coldRatio <= TARGET.cold);
console.log(
  `cold build     median ${median(cold.build).toFixed(1)} ms, node -e 0 ${median(cold.node).toFixed(1)} ms: ${coldRatio.toFixed(2)}x (target <= ${TARGET.cold}), peak ${mb(cold.peak)}`,
);

// 2. Batches of summaries of different sub-districts, every figure filled: the 500 files,
//    and a larger batch, over which each worker thread's start-up and V8 warm-up is spread further.
const sample = readFileSync(join(root, "test/fixtures/2021-filled.yaml"), "utf8");
function dataFolder(files) {
  const folder = join(scratch, `data-${files}`);
  mkdirSync(folder);
  for (let i = 1; i <= files; i++) {
    const n = String(i).padStart(4, "0");
    writeFileSync(
      join(folder, `s${n}.yaml`),
      sample.replace("街道名: 北坦", `街道名: 第${n}`).replace("value: 12345", `value: ${10000 + i}`),
    );
  }
  return folder;
}
let outputs = 0;
/**
 * A new out dir for every run, all removed at the end: on some file systems (ext4 without a
 * journal) creating a file is slow for a while after many files were deleted, which would charge
 * the previous run's clean-up to this one.
 */
function batch(folder, files, jobs) {
  const outDir = join(scratch, `out-${++outputs}`);
  const { ms, peakKb } = run([bin, "build", folder, "--out-dir", outDir, "--jobs", String(jobs), "--reporter", "json"]);
  return { perDoc: ms / files, ms, peakKb, outDir };
}
function batches(files) {
  const folder = dataFolder(files);
  batch(folder, files, 1);
  // Alternated, medians of three: the two runs meet the same background noise.
  const one = [],
    all = [];
  for (let i = 0; i < 3; i++) {
    one.push(batch(folder, files, 1));
    all.push(batch(folder, files, cores));
  }
  const mid = (runs) => runs.sort((a, b) => a.ms - b.ms)[1];
  return {
    folder,
    one: mid(one),
    all: mid(all),
    peakKb: Math.max(...one.map((r) => r.peakKb)),
    allPeakKb: Math.max(...all.map((r) => r.peakKb)),
  };
}
const printBatch = (files, { one, all, peakKb, allPeakKb }) => {
  if (cores === 2) target(`speed-up ${files} files`, one.ms / all.ms >= TARGET.speedUp);
  console.log(
    `batch ${files} --jobs 1  ${one.ms.toFixed(0)} ms, ${one.perDoc.toFixed(2)} ms/document, peak ${mb(peakKb)}`,
  );
  console.log(
    `batch ${files} --jobs ${cores}  ${all.ms.toFixed(0)} ms, ${all.perDoc.toFixed(2)} ms/document, peak ${mb(allPeakKb)}, speed-up ${(one.ms / all.ms).toFixed(2)}x on ${cores} cores (target >= ${TARGET.speedUp} on 2)`,
  );
};
/**
 * The same batch split between `cores` separate processes, started together: nothing is shared, so
 * each pays its own start-up and V8 warm-up: what splitting this batch over the cores gains here,
 * whichever way it is split.
 */
async function separateProcesses(folder, files) {
  const parts = Array.from({ length: cores }, (_, i) => {
    const part = join(scratch, `${basename(folder)}-part-${i + 1}`);
    mkdirSync(part);
    return part;
  });
  readdirSync(folder).forEach((name, i) => copyFileSync(join(folder, name), join(parts[i % cores], name)));
  const once = async () => {
    const start = process.hrtime.bigint();
    await Promise.all(
      parts.map(
        (part) =>
          new Promise((resolve, reject) => {
            const args = [
              bin,
              "build",
              part,
              "--out-dir",
              join(scratch, `out-${++outputs}`),
              "--jobs",
              "1",
              "--reporter",
              "json",
            ];
            spawn(process.execPath, args, { stdio: "ignore" }).on("exit", (code) =>
              code === 0 ? resolve() : reject(new Error(`${args.join(" ")} failed (${code})`)),
            );
          }),
      ),
    );
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const times = [await once(), await once(), await once()];
  return { ms: median(times), perPart: files / cores };
}
const small = batches(FILES);
printBatch(FILES, small);
if (cores > 1 && !quick) {
  const split = await separateProcesses(small.folder, FILES);
  console.log(
    `  for comparison, ${cores} separate processes of ${split.perPart} files each, at once: ${split.ms.toFixed(0)} ms, ${(small.one.ms / split.ms).toFixed(2)}x (each pays its own start-up and V8 warm-up, as each worker thread does)`,
  );
}
const one = small.one;
const sampleDocx = join(one.outDir, "s0001.docx");
if (LARGE > 0) printBatch(LARGE, batches(LARGE));

// 3. docxtemplater, in this process, on the same document.
const template = perDocumentMs(sampleDocx, FILES);
const ratio = one.perDoc / template;
target("batch vs docxtemplater (a tag per text run)", ratio <= TARGET.batchVsDocxtemplater);
console.log(
  `docxtemplater  ${template.toFixed(2)} ms/document in one process (a tag at each text run); ours with --jobs 1 is ${ratio.toFixed(2)}x its time (target <= ${TARGET.batchVsDocxtemplater})`,
);

// 3b. The comparison: copies of data/2020.yaml, every blank still blank, against
//     docxtemplater filling report's own output of it with a tag at each blank.
const copies = join(scratch, "copies");
mkdirSync(copies);
const own = readFileSync(join(root, "data/2020.yaml"));
for (let i = 1; i <= COPIES; i++) writeFileSync(join(copies, `c${String(i).padStart(4, "0")}.yaml`), own);
batch(copies, COPIES, 1);
const copyRuns = [batch(copies, COPIES, 1), batch(copies, COPIES, 1), batch(copies, COPIES, 1)].sort(
  (a, b) => a.ms - b.ms,
);
const blanks = blankTemplateFrom(readFileSync(out));
const peer = perDocumentMsOf(blanks, COPIES);
const copyRatio = copyRuns[1].perDoc / peer;
target("batch vs docxtemplater (data/2020.yaml, a tag at each blank)", copyRatio <= TARGET.batchVsDocxtemplater);
console.log(
  `${COPIES} copies of data/2020.yaml --jobs 1  ${copyRuns[1].perDoc.toFixed(2)} ms/document; docxtemplater on its output with a tag at each of its ${blanks.blanks} blanks ${peer.toFixed(2)} ms/document: ${copyRatio.toFixed(2)}x (target <= ${TARGET.batchVsDocxtemplater})`,
);
// What of that is paid once, start-up and V8's warm-up (the first documents run before V8 has
// optimized the code): what twice as many copies cost more is a warm document's price.
const twice = join(scratch, "copies-twice");
mkdirSync(twice);
for (let i = 1; i <= 2 * COPIES; i++) writeFileSync(join(twice, `c${String(i).padStart(4, "0")}.yaml`), own);
const twiceMs = median([0, 1, 2].map(() => batch(twice, 2 * COPIES, 1).ms));
const warmPerDoc = (twiceMs - copyRuns[1].ms) / COPIES;
console.log(
  `  of which start-up and warm-up ${(copyRuns[1].ms - COPIES * warmPerDoc).toFixed(0)} ms once (cold build ${median(cold.build).toFixed(0)} ms); each document past the ${COPIES}th ${warmPerDoc.toFixed(2)} ms (${2 * COPIES} copies against ${COPIES}), ${(warmPerDoc / peer).toFixed(2)}x docxtemplater's`,
);
console.log(`docxtemplater's process peak ${mb(process.resourceUsage().maxRSS)}`);

rmSync(scratch, { recursive: true, force: true });

// 5. Memory by batch size.
if (MEMORY_FILES > 0) missed.push(...printBatchMemory(batchMemory(bin, [FILES, MEMORY_FILES], [1, 2])));

// 6. The live preview, in a process of its own (it drives a browser).
if (!quick) spawnSync(process.execPath, [join(root, "scripts", "bench-preview.mjs")], { stdio: "inherit" });

// 7. report import, cold, one file (issue 20's section; its code is scripts/bench/import.mjs).
spawnSync(process.execPath, [join(root, "scripts", "bench", "import.mjs")], { stdio: "inherit" });

console.log(missed.length === 0 ? "targets: all met" : `targets missed: ${missed.join("; ")}`);
