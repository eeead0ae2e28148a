#!/usr/bin/env node
// The live preview's speed (npm run bench runs it; alone: node scripts/bench-preview.mjs): the time
// from saving the data file to the open page showing the new state, median over 20 saves, in
// Debian's headless Chromium. Prints figures; asserts nothing. Needs `npm run build` and chromium.
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, missingChromium } from "./chromium.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const SAVES = Number(process.env.BENCH_PREVIEW_SAVES ?? 20);

if (missingChromium()) {
  console.log(`preview: skipped, ${missingChromium()}`);
  process.exit(0);
}

const scratch = mkdtempSync(join(tmpdir(), "report-bench-preview-"));
mkdirSync(join(scratch, "data"));
const data = join(scratch, "data", "2020.yaml");
copyFileSync(join(root, "data", "2020.yaml"), data);
const original = readFileSync(data, "utf8");

const server = spawn(process.execPath, [join(root, "bin", "report.cjs"), "preview", "data/2020.yaml", "--port", "0"], {
  cwd: scratch,
  stdio: ["ignore", "ignore", "pipe"],
});
const url = await new Promise((resolve, reject) => {
  let printed = "";
  server.stderr.on("data", (chunk) => {
    printed += chunk;
    const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(printed);
    if (match) resolve(match[0]);
  });
  server.once("exit", () => reject(new Error(`preview ended: ${printed}`)));
});

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector(".page");
  const times = [];
  for (let i = 0; i < SAVES; i++) {
    // Armed before the save: resolves when the page has laid out the next state.
    await page.evaluate(`void (window.__next = new Promise((resolve) => new MutationObserver((_, observer) => {
      observer.disconnect(); resolve();
    }).observe(document.body, { attributeFilter: ["data-version"] })))`);
    const start = performance.now();
    writeFileSync(data, original.replace("今年以来", `今年以来（第${i + 1}次修改）`));
    await page.evaluate("window.__next");
    times.push(performance.now() - start);
    // Let the watcher settle, so each save is measured alone.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor((times.length - 1) / 2)];
  console.log(
    `preview: save → page updated, median ${median.toFixed(0)} ms over ${SAVES} saves (fastest ${times[0].toFixed(0)} ms, slowest ${times.at(-1).toFixed(0)} ms); includes the watcher's 30 ms wait for the save to finish`,
  );
} finally {
  await browser.close();
  server.kill("SIGINT");
  rmSync(scratch, { recursive: true, force: true });
}
