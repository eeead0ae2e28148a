#!/usr/bin/env node
// npm run bench:hostile: how long `report build` takes to refuse each kind of hostile file, near
// each limit. Prints figures; no test depends on them (speed is never asserted in a test).
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hostileCorpus } from "./hostile-corpus.mjs";
import { runMeasured } from "./run-measured.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const filled = readFileSync(join(root, "test/fixtures/2021-filled.yaml"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "report-bench-"));
const laughs = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
for (let i = 1; i < 10; i++)
  laughs.push(
    `a${i}: &a${i} [${Array(9)
      .fill(`*a${i - 1}`)
      .join(",")}]`,
  );

const cases = {
  "billion laughs": `${laughs.join("\n")}\nyear: *a9\n`,
  "2 MB of [": `year: ${"[".repeat(2 * 1024 * 1024 - 10)}\n`,
  "2 MB of - - -": `year: 2021\nwork:\n${"- ".repeat(1024 * 1024 - 20)}x\n`,
  "3 MB file": `intro: ${"很".repeat(1024 * 1024)}\n`,
  "4999 keys": Array.from({ length: 4999 }, (_, i) => `k${i}: ${i}\n`).join(""),
  "3000 paragraphs": filled.replace("problems:\n", `problems:\n${"  - 问题。\n".repeat(3000)}`),
  "100k unclosed {{#x}} in one text": filled.replace(/^intro: .*$/m, `intro: "${"{{#x}}".repeat(100000)}"`),
  "12 texts of 199 {{#x}}": filled.replace("problems:\n", `problems:\n${`  - "${"{{#x}}".repeat(199)}"\n`.repeat(12)}`),
  "300k unknown references": filled.replace(/^intro: .*$/m, `intro: "${"{{a}}".repeat(300000)}"`),
  "450 figures (accepted)":
    filled + Array.from({ length: 450 }, (_, i) => `  数据${i}: { value: ${i}, unit: 个 }\n`).join(""),
  "one 1.9 MB paragraph (accepted)": filled.replace(
    /^intro: .*$/m,
    `intro: ${"今年以来，推动工作落实落地。".repeat(45000)}{{街道名}}{{战略名称}}`,
  ),
  // The writing check: a warning for nearly every character (only the first few are printed).
  "1.9 MB paragraph of writing mistakes": filled.replace(/^intro: .*$/m, `intro: ${"街道 工作,".repeat(130000)}`),
  "1.9 MB paragraph of spaced Han": filled.replace(/^intro: .*$/m, `intro: ${"中 ".repeat(450000)}`),
};

for (const [name, text] of Object.entries(cases)) {
  const file = join(dir, "data.yaml");
  writeFileSync(file, text);
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [join(root, "bin/report.cjs"), "build", file, "-o", join(dir, "out.docx")],
    { encoding: "utf8" },
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const first = (result.stderr.split("\n")[0] ?? "").replace(file, "data.yaml").slice(0, 90);
  process.stdout.write(
    `${name.padEnd(34)} ${String(Math.round(ms)).padStart(6)} ms  exit ${result.status}  ${first}\n`,
  );
}

// The worst-case corpus at the size limit: each case through validate, build -f docx and build -f md.
// A run is stopped after BENCH_TIMEOUT_S seconds (default 60); figures are wall time and peak memory.
const timeoutMs = Number(process.env.BENCH_TIMEOUT_S ?? 60) * 1000;
const commands = {
  validate: (file) => ["validate", file],
  docx: (file) => ["build", file, "-f", "docx", "-o", join(dir, "out.docx")],
  md: (file) => ["build", file, "-f", "md", "-o", join(dir, "out.md")],
};
process.stdout.write(`\nworst cases at the size limit (wall time, peak memory, exit status, output)\n`);
process.stdout.write(
  `${"".padEnd(28)}${Object.keys(commands)
    .map((c) => c.padEnd(34))
    .join("")}\n`,
);
for (const [name, text] of Object.entries(hostileCorpus(filled))) {
  const file = join(dir, "data.yaml");
  writeFileSync(file, text);
  const cells = [];
  for (const args of Object.values(commands)) {
    const r = await runMeasured(args(file), { timeoutMs, peakFile: join(dir, "peak.json") });
    const time = r.timedOut ? `>${timeoutMs / 1000} s` : `${(r.ms / 1000).toFixed(1)} s`;
    const memory = r.peakMiB === undefined ? "died" : `${Math.round(r.peakMiB)} MB`;
    const output =
      r.outputBytes > 1024 * 1024
        ? `${Math.round(r.outputBytes / 1024 / 1024)} MB`
        : `${Math.round(r.outputBytes / 1024)} KB`;
    cells.push(`${time} ${memory} ${r.timedOut ? "killed" : `exit ${r.status}`} ${output}`.padEnd(34));
  }
  process.stdout.write(`${name.padEnd(28)}${cells.join("")}\n`);
}

// How each formerly quadratic scan grows: one case each at 10k, 30k and 100k characters.
const withIntro = (value) => filled.replace(/^intro: .*$/m, () => `intro: ${value}`);
const scaling = {
  "validate: spaces in quotes (quotes.ts)": [(n) => withIntro(`"a${" ".repeat(n)}"`), commands.validate],
  "docx: spaces in a text (prose-markup.ts)": [(n) => withIntro(`a${" ".repeat(n)}b`), commands.docx],
  "validate: a duplicated key (yaml-errors.ts)": [(n) => `k${" ".repeat(n)}k: 1\n`.repeat(2), commands.validate],
  "md: a heading of punctuation (md.ts)": [
    (n) => filled.replace("  - heading: 稳住经济基本盘。", () => `  - heading: 稳住${"，。".repeat(n / 2)}x`),
    commands.md,
  ],
  "docx: a long title (title-lines.ts)": [
    (n) => filled.replace(/^title: .*$/m, () => `title: ${"工作总结".repeat(n / 4)}`),
    commands.docx,
  ],
};
process.stdout.write(`\nformerly quadratic scans by length (wall time, peak memory)\n`);
process.stdout.write(`${"".padEnd(44)}${["10k", "30k", "100k"].map((n) => n.padEnd(18)).join("")}\n`);
for (const [name, [make, command]] of Object.entries(scaling)) {
  const cells = [];
  for (const n of [10_000, 30_000, 100_000]) {
    const file = join(dir, "data.yaml");
    writeFileSync(file, make(n));
    const r = await runMeasured(command(file), { timeoutMs, peakFile: join(dir, "peak.json") });
    const time = r.timedOut ? `>${timeoutMs / 1000} s` : `${(r.ms / 1000).toFixed(1)} s`;
    cells.push(`${time} ${r.peakMiB === undefined ? "died" : `${Math.round(r.peakMiB)} MB`}`.padEnd(18));
  }
  process.stdout.write(`${name.padEnd(44)}${cells.join("")}\n`);
}
rmSync(dir, { recursive: true, force: true });
