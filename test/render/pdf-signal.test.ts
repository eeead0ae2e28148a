/**
 * SIGTERM in the middle of a real `--format pdf` conversion by LibreOffice (test/pdf-signals.test.ts
 * has the same with a stand-in soffice, in npm test): report exits 143 within seconds, every
 * LibreOffice process it started is gone, and neither the private folder with the profile nor a
 * PDF, whole or half-written, is left (issue 25). The data file is as large as --format pdf takes
 * (about 480 of its 500 pages) and the signal comes half a second after LibreOffice starts, so the
 * conversion is still running then: here it ends 2.4 s after LibreOffice starts, and a CI machine
 * finished 400 pages within the 2 s this test once waited.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { constants } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers.js";
import { missingPrerequisites } from "./tools.js";

/** The LibreOffice processes whose command line names `folder` (their profile is in it): pgrep's ids. */
function libreOfficeIn(folder: string): number[] {
  const found = spawnSync("pgrep", ["-f", folder], { encoding: "utf8" });
  return found.stdout
    .split("\n")
    .filter(Boolean)
    .map(Number)
    .filter((pid) => pid !== process.pid && !isZombie(pid));
}

function isZombie(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true; // gone between pgrep and the read
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** data/2020.yaml with a work section of 180 items of long paragraphs: about 480 pages. */
function largeData(dir: string): string {
  const base = readFileSync(join(ROOT, "data", "2020.yaml"), "utf8");
  const paragraph = "今年以来，街道紧紧围绕中心工作，统筹推进经济发展和民生保障，各项工作取得新成效。".repeat(40);
  const items = Array.from(
    { length: 180 },
    (_, i) => `  - heading: 第${i + 1}项工作稳步推进。\n    body: ${paragraph}\n`,
  ).join("");
  const file = join(dir, "2020.yaml");
  writeFileSync(
    file,
    base.replace(/^work:\n/m, () => `work:\n${items}`),
  );
  return file;
}

beforeAll(() => {
  const missing = missingPrerequisites().filter((problem) => !problem.startsWith("OOXML schema"));
  if (missing.length > 0) throw new Error(`The render test cannot run:\n  ${missing.join("\n  ")}`);
});

describe("SIGTERM during a real --format pdf conversion", () => {
  it("exits 143, LibreOffice's processes are gone, no profile or folder and no PDF is left", async () => {
    const dir = tempDir();
    // The system's temporary folder, for report alone: whatever report leaves there is seen.
    const tmp = join(dir, "tmp");
    mkdirSync(tmp);
    const data = largeData(dir);
    const out = join(dir, "out");
    const child = spawn(
      process.execPath,
      [join(ROOT, "bin", "report.cjs"), "build", data, "-f", "pdf", "--out-dir", out],
      { env: { ...process.env, TMPDIR: tmp, LANG: "C.UTF-8", NO_COLOR: "1" }, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const ended = new Promise<{ status: number; at: number }>((resolve) =>
      child.on("close", (code, signal) =>
        resolve({ status: code ?? 128 + (signal ? constants.signals[signal] : 0), at: performance.now() }),
      ),
    );
    const killer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    try {
      // LibreOffice started (its profile is in `tmp`) and at work on the file.
      const started = performance.now();
      while (libreOfficeIn(tmp).length === 0) {
        expect(performance.now() - started, "LibreOffice never started").toBeLessThan(60_000);
        await sleep(100);
      }
      const converting = libreOfficeIn(tmp);
      await sleep(500);
      expect(existsSync(join(out, "2020.pdf")), "the conversion ended before the signal").toBe(false);

      const asked = performance.now();
      child.kill("SIGTERM");
      const { status, at } = await ended;
      expect(status, stderr).toBe(143);
      expect(at - asked).toBeLessThan(5_000);
      expect(stderr).not.toMatch(/java|Error|at .*\.js/);

      for (let waited = 0; libreOfficeIn(tmp).length > 0 && waited < 5_000; waited += 100) await sleep(100);
      expect(libreOfficeIn(tmp), "LibreOffice processes left").toEqual([]);
      for (const pid of converting) expect(isZombie(pid), `process ${pid}`).toBe(true);
      expect(readdirSync(tmp), "a profile or folder left in the temporary folder").toEqual([]);
      expect(existsSync(out) ? readdirSync(out) : [], "a PDF or a temporary file left").toEqual([]);
    } finally {
      clearTimeout(killer);
      child.kill("SIGKILL");
      for (const pid of libreOfficeIn(tmp)) process.kill(pid, "SIGKILL");
    }
  }, 180_000);
});
