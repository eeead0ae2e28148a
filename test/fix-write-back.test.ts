/**
 * `report fix` rewrites the clerk's own file, so each way that can go wrong, by someone's design or
 * by bad luck, must end with the clerk's work whole: an editor's save while fix runs, links, read-only
 * files and folders, another user's file fixed by root, extended attributes, a named pipe, a full
 * disk, SIGKILL in the middle, escapes in comments, and a file's own BOM and line endings.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readForFix, writeBack } from "../src/fix/write-back.js";
import { runMeasured } from "../scripts/run-measured.mjs";
import { runCli, tempDir } from "./helpers.js";
import { sleep, startCli } from "./processes.js";

const HEAD = "year: 2021\norganisation: 某某街道\ntitle: 某某街道2021年度工作总结\n";
/** Two half-width commas in Chinese text, each fixed to “，”. */
const MESSY = `${HEAD}intro: 今年以来,推动工作落实落地,成效明显。\n`;
const FIXED = `${HEAD}intro: 今年以来，推动工作落实落地，成效明显。\n`;

function fileWith(text: string | Uint8Array, name = "2021.yaml"): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

const fix = (...args: string[]) => runCli(["--lang", "en", "fix", ...args]);
const isRoot = process.getuid?.() === 0;

describe("report fix never loses the clerk's work", () => {
  it("an editor's save after fix read the file is kept: fix notices and writes nothing", async () => {
    const file = fileWith(MESSY);
    const original = await readForFix(file);
    const saved = `${MESSY}# saved by the editor meanwhile\n`;
    writeFileSync(file, saved);
    expect(() => writeBack(original, FIXED)).toThrow(expect.objectContaining({ kind: "data" }));
    expect(readFileSync(file, "utf8")).toBe(saved);
    expect(readdirSync(join(file, ".."))).toEqual(["2021.yaml"]);
  });

  it("an editor saving over and over while fix works on a large file: its last save always stands", async () => {
    const file = fileWith(`${HEAD}intro: "${"中,".repeat(60_000)}"\n`);
    const saved = `${HEAD}intro: 编辑器保存的内容。\n`;
    for (const delay of [0, 100, 250, 400]) {
      writeFileSync(file, `${HEAD}intro: "${"中,".repeat(60_000)}"\n`);
      const run = startCli(["--lang", "en", "fix", file], { limitMs: 20_000 });
      await sleep(delay);
      writeFileSync(file, saved);
      const ended = await run.ended;
      expect([0, 1]).toContain(ended.status);
      if (ended.status === 1) expect(ended.stderr).toContain("changed while report fix was working");
      // Written before the save (the save then wins) or refused because of it: the save stands.
      expect(readFileSync(file, "utf8")).toBe(saved);
    }
  }, 60_000);

  it("a symbolic link is written through: its target is fixed and the link stays a link", () => {
    const dir = tempDir();
    const target = join(dir, "real.yaml");
    writeFileSync(target, MESSY);
    const link = join(dir, "2021.yaml");
    symlinkSync("real.yaml", link);
    const result = fix(link);
    expect(result.status, result.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe("real.yaml");
    expect(readFileSync(target, "utf8")).toBe(FIXED);
    expect(readdirSync(dir).sort()).toEqual(["2021.yaml", "real.yaml"]);
  });

  it("a file with two names (a hard link) is refused, both names left as they were", () => {
    const file = fileWith(MESSY);
    const other = join(file, "..", "copy.yaml");
    linkSync(file, other);
    const result = fix(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}  error: ${file} has 2 names (hard links)`);
    expect(statSync(file).nlink).toBe(2);
    expect(readFileSync(other, "utf8")).toBe(MESSY);
  });

  it("a read-only file, or a file in a read-only folder, is refused even for root", () => {
    const file = fileWith(MESSY);
    chmodSync(file, 0o444);
    const result = fix(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("is read-only; report fix leaves it as it was");
    expect(readFileSync(file, "utf8")).toBe(MESSY);
    expect(statSync(file).mode & 0o777).toBe(0o444);

    const inFolder = fileWith(MESSY);
    const folder = join(inFolder, "..");
    chmodSync(folder, 0o555);
    try {
      const refused = fix(inFolder);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain("cannot be written, so report fix cannot save it safely");
      expect(readFileSync(inFolder, "utf8")).toBe(MESSY);
    } finally {
      chmodSync(folder, 0o755);
    }
  });

  it("root fixing a clerk's file keeps its owner, group and mode", (context) => {
    if (!isRoot) return context.skip("needs root, to give a file to another user");
    const file = fileWith(MESSY);
    chownSync(file, 1234, 5678);
    chmodSync(file, 0o640);
    const result = fix(file);
    expect(result.status, result.stderr).toBe(0);
    const after = statSync(file);
    expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([1234, 5678, 0o640]);
    expect(readFileSync(file, "utf8")).toBe(FIXED);
  });

  it("the temporary copy is readable by no one else while it is written", async () => {
    const file = fileWith(MESSY);
    chmodSync(file, 0o600);
    let modeSeen = -1;
    writeBack(await readForFix(file), FIXED, (temporary) => (modeSeen = statSync(temporary).mode & 0o777));
    expect(modeSeen).toBe(0o600);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("extended attributes are kept", (context) => {
    const file = fileWith(MESSY);
    const set = spawnSync("setfattr", ["-n", "user.clerk", "-v", "王芳", file]);
    if (set.error || set.status !== 0) return context.skip("no setfattr here, or no user xattrs on this file system");
    expect(fix(file).status).toBe(0);
    const got = spawnSync("getfattr", ["--only-values", "-n", "user.clerk", file], { encoding: "utf8" });
    expect(got.stdout).toBe("王芳");
    expect(readFileSync(file, "utf8")).toBe(FIXED);
  });

  it("a named pipe is refused at once, never waited on", () => {
    const fifo = join(tempDir(), "2021.yaml");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const started = performance.now();
    const result = fix(fifo);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("is a named pipe, not a file");
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("a full disk leaves the file as it was, and no temporary file", (context) => {
    const mountPoint = tempDir();
    // 64 KB tmpfs: room for the file, not for its fixed copy beside it.
    if (spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint]).status !== 0)
      return context.skip("cannot mount a tmpfs here (not root, or no permission to mount)");
    try {
      const file = join(mountPoint, "2021.yaml");
      const messy = `${HEAD}intro: "${"中,".repeat(9_000)}"\n`;
      writeFileSync(file, messy);
      const result = fix(file);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("the disk holding");
      expect(readFileSync(file, "utf8")).toBe(messy);
      expect(readdirSync(mountPoint)).toEqual(["2021.yaml"]);
    } finally {
      spawnSync("umount", [mountPoint]);
    }
  });

  it("SIGKILL at any moment leaves the old file or the new one, whole", async () => {
    const messy = `${HEAD}intro: "${"中,".repeat(60_000)}"\n`;
    const fixed = messy.replaceAll("中,", "中，");
    for (const delay of [50, 150, 300, 450, 600, 800]) {
      const file = fileWith(messy);
      const run = startCli(["--lang", "en", "fix", file]);
      await sleep(delay);
      run.child.kill("SIGKILL");
      await run.ended;
      expect([messy, fixed]).toContain(readFileSync(file, "utf8"));
    }
  }, 60_000);

  it("--dry-run shows escapes from a comment on a changed line as symbols, never raw", () => {
    const file = fileWith(`${HEAD}intro: 今年以来,成效明显。 # \u001b]0;owned\u0007\u001b[2J\n`);
    const result = fix("--dry-run", file);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(result.stdout).toContain("␛]0;owned␇␛[2J");
  });

  it("keeps the byte-order mark, CRLF, a lone CR and U+2028 exactly", () => {
    const before = `\uFEFFyear: 2021\r\norganisation: 某某街道\rtitle: 某某街道2021年度工作总结\r\n# 注释\u2028 里的分隔符\nintro: 今年以来,成效明显。\r\n`;
    const file = fileWith(before);
    expect(fix(file).status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(before.replace("以来,", "以来，"));
  });

  it("140,000 fixable marks in one text: fixed within 20 s and 700 MB, with a summary, not a line each", async () => {
    const dir = tempDir();
    const file = join(dir, "2021.yaml");
    writeFileSync(file, `${HEAD}intro: "${"中,".repeat(140_000)}"\n`);
    // 20 s of CPU time; the wall-clock limit only catches a hang (the machine may be shared).
    const run = await runMeasured(["--lang", "en", "fix", file], {
      timeoutMs: 60_000,
      peakFile: join(dir, "peak.json"),
    });
    expect(run.timedOut).toBe(false);
    expect(run.cpuMs ?? Infinity).toBeLessThan(20_000);
    expect(run.status).toBe(0);
    expect(run.peakMiB ?? Infinity).toBeLessThan(700);
    expect(run.outputBytes).toBeLessThan(64 * 1024);
    expect(readFileSync(file, "utf8")).toBe(`${HEAD}intro: "${"中，".repeat(140_000)}"\n`);
  }, 70_000);

  it("a fix that would take the file past the 2 MB limit is refused whole, the file left as it was", async () => {
    const dir = tempDir();
    const file = join(dir, "2021.yaml");
    // Each "(" is one byte, its fix “（” three: 1.9 MB would become 3 MB, a file report could not read.
    const text = `${HEAD}intro: "${"(中".repeat(380_000)}"\n`;
    writeFileSync(file, text);
    for (const args of [[file], ["--dry-run", file]]) {
      const run = await runMeasured(["--lang", "en", "fix", ...args], {
        timeoutMs: 60_000,
        peakFile: join(dir, "peak.json"),
      });
      expect(run.timedOut).toBe(false);
      expect(run.cpuMs ?? Infinity).toBeLessThan(20_000);
      expect(run.peakMiB ?? Infinity).toBeLessThan(700);
      expect(run.status).toBe(1);
      expect(run.outputBytes).toBeLessThan(64 * 1024);
      expect(readFileSync(file, "utf8")).toBe(text);
    }
    const said = fix(file);
    expect(said.stderr).toMatch(
      /2021\.yaml would be \d+ bytes once fixed .*more than the 2 MB a data file may be; nothing was written/,
    );
    expect(runCli(["--lang", "zh", "fix", file]).stderr).toContain("超过了数据文件最多 2 MB 的限制；这次什么也没有写");
  }, 120_000);
});
