/**
 * Every run ends when asked, in every phase, with the status a shell reports for the signal (128 + its
 * number) and no temporary file; concurrent builds of one output never leave a broken file (issue 12).
 * The time bounds are generous for a loaded machine; a hang would exceed them by far.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ROOT, fixture, runCli, tempDir } from "./helpers.js";
import { sleep, startCli } from "./processes.js";

/** Every file under `dir`, as paths relative to it. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

/** A whole .docx: a zip every part of which inflates, with the main document in it. */
function isWholeDocx(bytes: Uint8Array): boolean {
  try {
    return "word/document.xml" in unzipSync(bytes);
  } catch {
    return false;
  }
}

describe("a data file that is a named pipe no one writes to", () => {
  it.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
    ["SIGHUP", 129],
  ] as const)("%s after 1 s ends the build within 1 s more, status %i, nothing written", async (signal, status) => {
    const dir = tempDir();
    execFileSync("mkfifo", [join(dir, "pipe.yaml")]);
    const { child, ended } = startCli(["build", join(dir, "pipe.yaml"), "-o", join(dir, "out", "pipe.docx")]);
    await sleep(1000);
    const sent = performance.now();
    child.kill(signal);
    const end = await ended;
    expect(end.at - sent).toBeLessThan(1000);
    expect(end.status).toBe(status);
    expect(allFiles(dir)).toEqual(["pipe.yaml"]);
  });

  it("ends on SIGTERM in a batch with worker threads too, where the listeners are installed", async () => {
    const dir = tempDir();
    execFileSync("mkfifo", [join(dir, "a-pipe.yaml")]);
    copyFileSync(fixture("2021-filled.yaml"), join(dir, "b.yaml"));
    const inputs = [join(dir, "a-pipe.yaml"), join(dir, "b.yaml")];
    const { child, ended } = startCli(["build", ...inputs, "--out-dir", join(dir, "out"), "--jobs", "2"]);
    await sleep(1500);
    const sent = performance.now();
    child.kill("SIGTERM");
    const end = await ended;
    expect(end.at - sent).toBeLessThan(1000);
    expect(end.status).toBe(143);
    expect(allFiles(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(isWholeDocx(readFileSync(join(dir, "out", "b.docx")))).toBe(true);
  });
});

// With --jobs 2 the listeners are the pool's; with --jobs 1 a batch keeps them for its length.
describe.each(["1", "2"])("SIGTERM in the middle of a 500-file batch with --jobs %s", (jobs) => {
  it("ends within 1 s, leaves no .tmp file anywhere, and every output present is a whole .docx", async () => {
    const dir = tempDir();
    const data = join(dir, "data");
    const out = join(dir, "out");
    mkdirSync(data);
    const sample = readFileSync(fixture("2021-filled.yaml"), "utf8");
    for (let i = 0; i < 500; i++) writeFileSync(join(data, `s${String(i).padStart(3, "0")}.yaml`), sample);
    const { child, ended } = startCli(["build", data, "--out-dir", out, "--jobs", jobs], { limitMs: 120_000 });
    // Wait until the batch is well under way: every thread building and writing.
    for (let waited = 0; waited < 60_000 && (readdirSafe(out).length < 30 || waited < 500); waited += 50)
      await sleep(50);
    const sent = performance.now();
    child.kill("SIGTERM");
    const end = await ended;
    expect(end.at - sent).toBeLessThan(1000);
    expect(end.status).toBe(143);
    const written = readdirSafe(out);
    expect(written.length).toBeGreaterThanOrEqual(30);
    expect(written.length).toBeLessThan(500);
    expect(allFiles(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
    for (const name of written) {
      expect(name).toMatch(/^s\d{3}\.docx$/);
      expect(isWholeDocx(readFileSync(join(out, name))), name).toBe(true);
    }
  }, 180_000);
});

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

describe("two builds writing one output at once", () => {
  it("leave, 50 times out of 50, a valid .docx equal to one build", async () => {
    const dir = tempDir();
    const output = join(dir, "out.docx");
    const data = join(ROOT, "data", "2020.yaml");
    const alone = join(dir, "alone.docx");
    expect(runCli(["build", data, "-o", alone]).status).toBe(0);
    const expected = readFileSync(alone);
    expect(isWholeDocx(expected)).toBe(true);
    for (let round = 0; round < 50; round++) {
      const both = [startCli(["build", data, "-o", output]), startCli(["build", data, "-o", output])];
      const ends = await Promise.all(both.map((b) => b.ended));
      for (const end of ends) expect(end.status, end.stderr).toBe(0);
      expect(readFileSync(output).equals(expected), `round ${round}`).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(["alone.docx", "out.docx"]);
    }
  }, 300_000);
});
