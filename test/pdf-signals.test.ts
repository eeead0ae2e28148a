/**
 * `--format pdf` against signals and odd names, with a stand-in for LibreOffice (a script named
 * soffice first on the PATH) that behaves as the real one does where it matters: it prints the Java
 * warning, starts a process of its own (as oosplash starts soffice.bin) and takes its time. The real
 * conversion is checked by the render suite.
 */
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { constants } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers.js";
import { sleep } from "./processes.js";
import { PDF_FILTER } from "../src/write/pdf.js";

const JAVA_WARNING = "Warning: failed to launch javaldx - java may not function correctly";

/** A soffice that logs its arguments, its folder's and Word file's modes and its processes' ids. */
function fakeSoffice(behaviour: "slow" | "convert" | "fail"): { bin: string; log: string } {
  const bin = tempDir();
  const log = join(bin, "log");
  const body = {
    slow: `sleep 60 & echo "child $!" >> "$LOG"; wait`,
    convert: `printf '%%PDF-1.7 fake' > "$outdir/document.pdf"`,
    fail: `exit 1`,
  }[behaviour];
  writeFileSync(
    join(bin, "soffice"),
    `#!/bin/sh
LOG="${log}"
echo "pid $$" >> "$LOG"
for a in "$@"; do printf 'arg %s\\n' "$a" >> "$LOG"; done
outdir=""; prev=""
for a in "$@"; do [ "$prev" = "--outdir" ] && outdir="$a"; prev="$a"; done
echo "dirmode $(stat -c %a "$outdir")" >> "$LOG"
echo "docxmode $(stat -c %a "$outdir/document.docx")" >> "$LOG"
echo "${JAVA_WARNING}" >&2
${body}
`,
  );
  chmodSync(join(bin, "soffice"), 0o755);
  return { bin, log };
}

interface Run {
  readonly pid: number;
  readonly ended: Promise<{ status: number; at: number; stderr: string }>;
}

/** report in a process group of its own, as a terminal runs a command. */
function start(args: readonly string[], bin: string, cwd: string): Run {
  const child = spawn(process.execPath, [join(ROOT, "bin", "report.cjs"), "--lang", "en", ...args], {
    cwd,
    detached: true,
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ""}`, NO_COLOR: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  const ended = new Promise<{ status: number; at: number; stderr: string }>((resolve) =>
    child.on("close", (code, signal) => {
      clearTimeout(killer);
      resolve({ status: code ?? 128 + (signal ? constants.signals[signal] : 0), at: performance.now(), stderr });
    }),
  );
  return { pid: child.pid as number, ended };
}

const logLines = (log: string, key: string) =>
  existsSync(log)
    ? readFileSync(log, "utf8")
        .split("\n")
        .filter((l) => l.startsWith(`${key} `))
        .map((l) => l.slice(key.length + 1))
    : [];

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > ms) throw new Error("timed out waiting");
    await sleep(25);
  }
}

/** A process that has ended but not been reaped (a zombie, state Z) counts as ended. */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

function dataIn(dir: string, name = "2020.yaml"): string {
  const file = join(dir, name);
  writeFileSync(file, readFileSync(join(ROOT, "data", "2020.yaml")));
  return file;
}

describe("--format pdf: a signal ends LibreOffice too", () => {
  for (const [signal, status, group] of [
    ["SIGTERM", 143, false],
    ["SIGHUP", 129, false],
    ["SIGINT", 130, true],
  ] as const) {
    it(`${signal}${group ? " to the process group (Ctrl-C)" : ""}: exit ${status} at once, LibreOffice ended, no folder, no output`, async () => {
      const { bin, log } = fakeSoffice("slow");
      const dir = tempDir();
      const file = dataIn(dir);
      const run = start(["build", file, "-f", "pdf", "-o", join(dir, "out", "2020.pdf")], bin, dir);
      await until(() => logLines(log, "child").length === 1);
      const asked = performance.now();
      process.kill(group ? -run.pid : run.pid, signal);
      const ended = await run.ended;
      expect(ended.status).toBe(status);
      expect(ended.at - asked).toBeLessThan(2_000);
      expect(ended.stderr).not.toContain("java");
      for (const pid of [...logLines(log, "pid"), ...logLines(log, "child")].map(Number))
        await until(() => !alive(pid), 2_000);
      const outdir = logLines(log, "arg")[logLines(log, "arg").indexOf("--outdir") + 1] ?? "";
      expect(outdir).toMatch(/report-pdf-/);
      expect(existsSync(outdir)).toBe(false);
      expect(existsSync(join(dir, "out")) ? readdirSync(join(dir, "out")) : []).toEqual([]);
    }, 20_000);
  }

  it("SIGTERM during a batch of PDFs on two threads ends every LibreOffice", async () => {
    const { bin, log } = fakeSoffice("slow");
    const dir = tempDir();
    const files = ["a.yaml", "b.yaml", "c.yaml"].map((name) => dataIn(dir, name));
    const run = start(["build", ...files, "-f", "pdf", "--jobs", "2", "--out-dir", join(dir, "out")], bin, dir);
    await until(() => logLines(log, "child").length === 2);
    process.kill(run.pid, "SIGTERM");
    const ended = await run.ended;
    expect(ended.status).toBe(143);
    expect(ended.stderr).not.toContain("LibreOffice");
    for (const pid of [...logLines(log, "pid"), ...logLines(log, "child")].map(Number))
      await until(() => !alive(pid), 2_000);
    for (const arg of logLines(log, "arg").filter((a) => a.includes("report-pdf-") && !a.startsWith("-env")))
      expect(existsSync(arg), arg).toBe(false);
  }, 20_000);
});

describe("--format pdf: names and folders", () => {
  it("the Word file and the profile are in a private folder (700, the file 600)", async () => {
    const { bin, log } = fakeSoffice("convert");
    const dir = tempDir();
    const run = start(["build", dataIn(dir), "-f", "pdf", "-o", join(dir, "2020.pdf")], bin, dir);
    expect((await run.ended).status).toBe(0);
    expect(logLines(log, "dirmode")).toEqual(["700"]);
    expect(logLines(log, "docxmode")).toEqual(["600"]);
  });

  it("names beginning with -, holding quotes, $(…), a newline or a bidi override: written as named, nothing run", async () => {
    const { bin, log } = fakeSoffice("convert");
    const dir = tempDir();
    mkdirSync(join(dir, "out"));
    for (const name of ["-o.pdf", `it's "x".pdf`, "$(touch pwned).pdf", "a\nb.pdf", "\u202Efdp.exe.pdf"]) {
      const data = dataIn(dir, `-${name.replace(".pdf", "")}.yaml`);
      const run = start(["build", `./${data.slice(dir.length + 1)}`, "-f", "pdf", "-o", join("out", name)], bin, dir);
      const ended = await run.ended;
      expect(ended.status, `${name}: ${ended.stderr}`).toBe(0);
      expect(readFileSync(join(dir, "out", name), "utf8")).toBe("%PDF-1.7 fake");
      // The name is shown, not obeyed: no override reorders the line, no newline starts one.
      expect(ended.stderr).not.toContain("\u202E");
      expect(ended.stderr).not.toMatch(/^b\.pdf/m);
    }
    expect(existsSync(join(dir, "pwned"))).toBe(false);
    // Only the private folder's paths reach LibreOffice's command line.
    for (const arg of logLines(log, "arg"))
      expect(arg.startsWith("-") || arg.includes("report-pdf-") || arg === PDF_FILTER, arg).toBe(true);
  }, 30_000);

  it("a failed conversion names its cause, never the Java warning", async () => {
    const { bin } = fakeSoffice("fail");
    const dir = tempDir();
    const run = start(["build", dataIn(dir), "-f", "pdf", "-o", join(dir, "2020.pdf")], bin, dir);
    const ended = await run.ended;
    expect(ended.status).toBe(1);
    expect(ended.stderr).toContain("into a PDF (exit 1)");
    expect(ended.stderr).not.toContain("java");
  });
});
