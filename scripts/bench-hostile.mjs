#!/usr/bin/env node
// npm run bench:hostile: how long `report build` takes to refuse each kind of hostile file, near
// each limit. Prints figures; no test depends on them (speed is never asserted in a test).
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hostileCorpus, writingCorpus } from "./hostile-corpus.mjs";
import { runMeasured } from "./run-measured.mjs";

// BENCH_ROOT: another checkout's build (its bin/ and dist/), for before-and-after figures.
const root = process.env.BENCH_ROOT ?? fileURLToPath(new URL("..", import.meta.url));
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

// BENCH_ONLY=fix,library,preview: only those sections (the others take minutes).
const only = process.env.BENCH_ONLY?.split(",");
const withIntro = (value) => filled.replace(/^intro: .*$/m, () => `intro: ${value}`);
const timeoutMs = Number(process.env.BENCH_TIMEOUT_S ?? 60) * 1000;
if (!only) {
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
}

if (!only || only.includes("fix")) await benchFix();
if (!only || only.includes("writing")) await benchWriting();
if (!only || only.includes("library")) await benchLibrary();
if (!only || only.includes("preview")) await benchPreview();
rmSync(dir, { recursive: true, force: true });

/** report fix on files full of fixable marks: time, peak memory, exit status and output. */
async function benchFix() {
  process.stdout.write(`\nreport fix (wall time, CPU time, peak memory, exit status, output)\n`);
  const head = "year: 2021\norganisation: 某某街道\ntitle: 某某街道2021年度工作总结\n";
  const cases = {
    "140,000 marks, 0.8 MB": `${head}intro: "${"中,".repeat(140_000)}"\n`,
    "1.9 MB paragraph of writing mistakes": withIntro(`${"街道 工作,".repeat(130_000)}`),
    "--dry-run, 140,000 marks": `${head}intro: "${"中,".repeat(140_000)}"\n`,
  };
  for (const [name, text] of Object.entries(cases)) {
    const file = join(dir, "fix.yaml");
    writeFileSync(file, text);
    const args = name.startsWith("--dry-run") ? ["fix", "--dry-run", file] : ["fix", file];
    const r = await runMeasured(args, { timeoutMs, peakFile: join(dir, "peak.json") });
    process.stdout.write(`${name.padEnd(40)} ${figures(r)}\n`);
  }
}

/** The writing check's worst cases (writingCorpus): validate, then fix of a copy. */
async function benchWriting() {
  process.stdout.write(`\nthe writing check against 2 MB texts built to hurt it (validate | fix)\n`);
  for (const [name, text] of Object.entries(writingCorpus(filled))) {
    const cells = [];
    for (const command of ["validate", "fix"]) {
      const file = join(dir, "writing.yaml");
      writeFileSync(file, text);
      const r = await runMeasured([command, file], { timeoutMs, peakFile: join(dir, "peak.json") });
      cells.push(figures(r).padEnd(44));
    }
    process.stdout.write(`${name.padEnd(44)} ${cells.join(" | ")}\n`);
  }
}

function figures(r) {
  const time = r.timedOut ? `>${timeoutMs / 1000} s` : `${(r.ms / 1000).toFixed(1)} s`;
  const cpu = r.cpuMs === undefined ? "" : `cpu ${(r.cpuMs / 1000).toFixed(1)} s`;
  const memory = r.peakMiB === undefined ? "died" : `${Math.round(r.peakMiB)} MB`;
  const output =
    r.outputBytes > 1024 * 1024
      ? `${(r.outputBytes / 1024 / 1024).toFixed(1)} MB`
      : `${Math.round(r.outputBytes / 1024)} KB`;
  return `${time.padStart(7)} ${cpu.padStart(10)} ${memory.padStart(7)}  ${r.timedOut ? "killed" : `exit ${r.status}`}  ${output}`;
}

/** The library under hostile values, each in a fresh process: time, peak memory, what came back. */
async function benchLibrary() {
  process.stdout.write(`\nthe library under hostile values (wall time, peak memory, result)\n`);
  const base = `{ year: 2021, organisation: "某某街道", title: "某某街道2021年度工作总结", intro: "今年以来。" }`;
  const cases = {
    "21 MB text": `({ text: "intro: " + "很".repeat(7_000_000) })`,
    "21 MB bytes": `({ bytes: Buffer.from("intro: " + "很".repeat(7_000_000)) })`,
    "a million list items": `({ data: { ...${base}, work: new Array(1_000_000).fill({ heading: "a。", body: "b。" }) } })`,
    "one object under two names": `(() => { const p = { heading: "稳增长。", body: "正文。" }; return { data: { ...${base}, work: [p, p] } }; })()`,
    "an object shared 2^40 ways": `(() => { let n = { a: "x" }; for (let i = 0; i < 40; i++) n = { l: n, r: n }; return { data: { ...${base}, extra: n } }; })()`,
    "a cycle": `(() => { const d = { ...${base} }; d.work = [{ heading: "一", body: d }]; return { data: d }; })()`,
    "a function, a Symbol, a BigInt": `({ data: { ...${base}, intro: () => 1, title: Symbol("t"), year: 2021n } })`,
    "a Proxy that throws": `({ data: new Proxy({}, { ownKeys() { throw new Error("trap"); } }) })`,
  };
  const library = join(root, "dist", "index.js");
  for (const [name, source] of Object.entries(cases)) {
    const script = `import { createReport } from ${JSON.stringify(library)};
const r = await createReport().build(${source}, { format: "txt" }).catch((e) => ({ threw: String(e).slice(0, 60) }));
const { maxRSS } = process.resourceUsage();
console.log(JSON.stringify({ ok: r.ok, threw: r.threw, first: r.diagnostics?.[0]?.code, rss: maxRSS }));`;
    const file = join(dir, "library.mjs");
    writeFileSync(file, script);
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [file], { encoding: "utf8", timeout: timeoutMs });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    let said =
      run.stdout.trim() ||
      run.stderr
        .trim()
        .split("\n")
        .find((l) => /Error/.test(l)) ||
      `exit ${run.status}`;
    try {
      const r = JSON.parse(said);
      said = `${Math.round(r.rss / 1024)} MB  ${r.threw ? `threw ${r.threw}` : r.ok ? "ok" : r.first}`;
    } catch {
      said = `died: ${said.slice(0, 70)}`;
    }
    process.stdout.write(`${name.padEnd(40)} ${`${(ms / 1000).toFixed(1)} s`.padStart(7)}  ${said}\n`);
  }
}

/** report preview under attack: does it survive, how much memory it holds, how soon a page is served. */
async function benchPreview() {
  const { connect } = await import("node:net");
  const { spawn } = await import("node:child_process");
  process.stdout.write(`\nreport preview under attack\n`);
  const file = join(dir, "preview.yaml");
  writeFileSync(file, filled);
  const child = spawn("bash", [
    "-c",
    `ulimit -n 1024 && exec "${process.execPath}" "${join(root, "bin/report.cjs")}" --lang en preview "${file}" --port 0`,
  ]);
  let said = "";
  const port = await new Promise((resolve) => {
    child.stderr.on("data", (chunk) => {
      said += chunk;
      const found = /127\.0\.0\.1:(\d+)/.exec(said);
      if (found) resolve(Number(found[1]));
    });
    setTimeout(() => resolve(0), 15_000);
  });
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const rss = () => {
    try {
      return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1]) / 1024);
    } catch {
      return "gone";
    }
  };
  const get = (ms = 1000) =>
    new Promise((resolve) => {
      const socket = connect(port, "127.0.0.1");
      let answer = "";
      socket.on("data", (c) => (answer += c));
      socket.on("error", () => resolve("refused"));
      socket.on("close", () => resolve(answer.slice(9, 12) || "closed"));
      socket.write(`GET / HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\nconnection: close\r\n\r\n`);
      setTimeout(() => {
        socket.destroy();
        resolve("no answer");
      }, ms);
    });
  const line = (name, text) => process.stdout.write(`${name.padEnd(40)} ${text}\n`);
  if (!port) return line("start", `did not start: ${said.slice(0, 80)}`);
  const bad = connect(port, "127.0.0.1");
  bad.on("error", () => undefined);
  bad.write("GET //[ HTTP/1.1\r\nhost: 127.0.0.1:" + port + "\r\n\r\n");
  await sleep(500);
  line("GET //[ then GET /", `${await get()}  (${rss()} MB)`);
  const streams = [];
  for (let i = 0; i < 300; i++) {
    const s = connect(port, "127.0.0.1");
    s.on("error", () => undefined);
    s.write(`GET /events HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\n\r\n`);
    s.pause();
    streams.push(s);
  }
  for (let i = 0; i < 6; i++) {
    writeFileSync(file, withIntro(`${"今年以来，推动工作落实落地。".repeat(30_000)}第${i}`));
    await sleep(1000);
  }
  line("300 streams that never read, 6 saves", `server ${rss()} MB; GET / ${await get()}`);
  for (const s of streams) s.destroy();
  const loris = [];
  for (let i = 0; i < 2000; i++) {
    const s = connect(port, "127.0.0.1");
    s.on("error", () => undefined);
    s.write(`GET / HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\nx-a: `);
    loris.push(s);
  }
  const started = Date.now();
  let answer = "";
  while (answer !== "200" && Date.now() - started < 30_000) {
    answer = await get(1000);
    if (answer !== "200") await sleep(250);
  }
  line(
    "2,000 slow loris, ulimit -n 1024",
    `GET / answered ${answer} after ${((Date.now() - started) / 1000).toFixed(1)} s (${rss()} MB)`,
  );
  for (const s of loris) s.destroy();
  child.kill("SIGKILL");
}
