/**
 * Output written only where it was asked, and data read only from data files (issues 12 and 17):
 * output folders that cannot be made, read-only disks, links at the output and at every temporary
 * name, and data files that are devices, system files, links leading out of their folder, or loops.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReportError } from "../src/errors.js";
import { temporaryPathFor, writeOutputFile } from "../src/write/output-file.js";
import { ROOT, fixture, runCli, tempDir } from "./helpers.js";
import { startCli } from "./processes.js";

const data = join(ROOT, "data", "2020.yaml");

describe("an output folder that cannot be made", () => {
  it("under /proc: exit 1 within 2 s, naming the path and the folder, instead of looping for ever", async () => {
    const started = performance.now();
    const end = await startCli(["build", data, "-o", "/proc/no/such/dir/x.docx"], { limitMs: 20_000 }).ended;
    expect(end.at - started).toBeLessThan(2000);
    expect(end.status).toBe(1);
    expect(end.stderr).toContain("Cannot write /proc/no/such/dir/x.docx: the folder /proc/no cannot be made (ENOENT)");
    expect(end.stderr).toContain("not a system folder such as /proc");
  });
});

describe("an output folder on a read-only disk", () => {
  // A read-only tmpfs needs root and a kernel that lets this container mount; chmod would not do
  // (root writes through it). Mounted in beforeAll, so a filtered run that skips the test mounts nothing.
  let mountPoint = "";
  let mounted = false;
  beforeAll(() => {
    mountPoint = tempDir();
    mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", mountPoint]).status === 0;
  });
  afterAll(() => {
    if (mounted) spawnSync("umount", [mountPoint]);
  });

  it("is a clear error, exit 1, for the folder itself and for a folder to be made in it", (context) => {
    if (!mounted) context.skip("cannot mount a read-only tmpfs here (not root, or no permission to mount)");
    for (const output of [join(mountPoint, "x.docx"), join(mountPoint, "sub", "x.docx")]) {
      const result = runCli(["build", data, "-o", output]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Cannot write ${output}: `);
      expect(result.stderr).toContain("is on a read-only disk (EROFS); nothing was written");
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
    expect(readdirSync(mountPoint)).toEqual([]);
  });
});

describe("an output path that is a symbolic link", () => {
  it("is refused (exit 2), the link and the file it points to left as they were", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "elsewhere.docx"), "someone else's file");
    symlinkSync(join(dir, "elsewhere.docx"), join(dir, "out.docx"));
    symlinkSync(join(dir, "missing.docx"), join(dir, "dangling.docx"));
    for (const name of ["out.docx", "dangling.docx"]) {
      const result = runCli(["build", data, "-o", join(dir, name)]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`${join(dir, name)} is a symbolic link; report does not write through links`);
    }
    expect(readlinkSync(join(dir, "out.docx"))).toBe(join(dir, "elsewhere.docx"));
    expect(readFileSync(join(dir, "elsewhere.docx"), "utf8")).toBe("someone else's file");
    expect(existsSync(join(dir, "missing.docx"))).toBe(false);
  });

  it("in a batch's output folder is refused before anything is built", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "data"));
    copyFileSync(fixture("2021-filled.yaml"), join(dir, "data", "a.yaml"));
    copyFileSync(fixture("2021-filled.yaml"), join(dir, "data", "b.yaml"));
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "target"), "keep");
    symlinkSync(join(dir, "target"), join(dir, "out", "b.docx"));
    const result = runCli(["build", join(dir, "data"), "--out-dir", join(dir, "out")]);
    expect(result.status).toBe(2);
    expect(readdirSync(join(dir, "out"))).toEqual(["b.docx"]);
    expect(readFileSync(join(dir, "target"), "utf8")).toBe("keep");
  });
});

describe("the temporary file", () => {
  /** Random bytes from a list, so the test knows every name the temporary file will try. */
  const scripted = (seeds: number[]) => {
    const queue = [...seeds];
    return (size: number) => new Uint8Array(size).fill(queue.shift() ?? 0xff);
  };

  it("is a hidden name beside the output with 16 random hex digits, different each time", () => {
    const path = join(tempDir(), "out.docx");
    const a = temporaryPathFor(path);
    const b = temporaryPathFor(path);
    expect(a).toMatch(new RegExp(`/\\.out\\.docx\\.${process.pid}\\.[0-9a-f]{16}\\.tmp$`));
    expect(a).not.toBe(b);
  });

  it("never follows a link planted at any name it could take: the link's target is untouched", () => {
    const dir = tempDir();
    const path = join(dir, "out.docx");
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "precious");
    const names = [1, 2, 3].map((seed) => temporaryPathFor(path, scripted([seed])));
    for (const name of names) symlinkSync(victim, name);

    expect(() => writeOutputFile(path, new Uint8Array([1, 2, 3]), { random: scripted([1, 2, 3]) })).toThrow(
      ReportError,
    );
    try {
      writeOutputFile(path, new Uint8Array([1, 2, 3]), { random: scripted([1, 2, 3]) });
    } catch (error) {
      expect((error as ReportError).diagnostics.map((d) => d.code)).toEqual(["temporaryNamesTaken"]);
    }
    expect(readFileSync(victim, "utf8")).toBe("precious");
    expect(existsSync(path)).toBe(false);
    for (const name of names) expect(lstatSync(name).isSymbolicLink()).toBe(true);

    // With one name left free, the write goes there and only there.
    writeOutputFile(path, new Uint8Array([1, 2, 3]), { random: scripted([1, 2, 4]) });
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    expect(readFileSync(victim, "utf8")).toBe("precious");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp")).length).toBe(3);
  });
});

describe("data files that are not data files", () => {
  const secret = "s3cr3t-token-for-the-test";
  const validate = (args: string[]) => runCli(["validate", ...args], { env: { REPORT_TEST_SECRET: secret } });

  it("a link to /proc/self/environ, to /dev/zero, outside its folder, or in a loop: a clear error each, nothing of it shown", () => {
    const dir = tempDir();
    copyFileSync(fixture("2021-filled.yaml"), join(dir, "good.yaml"));
    writeFileSync(join(dir, "..", `outside-${secret}.yaml`), `title: ${secret}\n`);
    symlinkSync("/proc/self/environ", join(dir, "environ.yaml"));
    symlinkSync("/dev/zero", join(dir, "zero.yaml"));
    symlinkSync(join(dir, "..", `outside-${secret}.yaml`), join(dir, "outside.yaml"));
    symlinkSync("loop.yaml", join(dir, "loop.yaml"));
    symlinkSync("good.yaml", join(dir, "inside.yaml"));

    const result = validate([dir]);
    expect(result.status).toBe(1);
    const out = result.stdout + result.stderr;
    expect(out).toContain(`${join(dir, "environ.yaml")} is a link to /proc/`);
    expect(out).toContain(`${join(dir, "zero.yaml")} is a link to /dev/zero, outside ${dir}; it was not read`);
    expect(out).toContain(`${join(dir, "outside.yaml")} is a link to `);
    expect(out).toContain(`${join(dir, "loop.yaml")} is a link that leads back to itself (a loop); it was not read`);
    expect(out).toContain(`${join(dir, "good.yaml")}: no problems found`);
    expect(out).toContain(`${join(dir, "inside.yaml")}: no problems found`);
    // The secret is in the environment and in the outside file's content, never in the output
    // (its file name holds it too, so only lines not naming that file are checked).
    expect(out.split("\n").filter((line) => line.includes(secret) && !line.includes(`outside-${secret}`))).toEqual([]);
    expect(out).not.toContain("\0");
    expect(out).not.toContain("internal error");
  });

  it("a loop in a batch build is an error for that file alone: the others are built, exit 1, not 3", () => {
    const dir = tempDir();
    copyFileSync(fixture("2021-filled.yaml"), join(dir, "good.yaml"));
    symlinkSync("loop.yaml", join(dir, "loop.yaml"));
    for (const args of [[dir], [join(dir, "loop.yaml"), join(dir, "good.yaml")]]) {
      const result = runCli(["build", ...args, "--out-dir", join(dir, "out"), "--reporter", "json"]);
      expect(result.status).toBe(1);
      const report = JSON.parse(result.stdout) as {
        files: { input: string; status: string; errors: { code: string }[] }[];
      };
      const byInput = Object.fromEntries(report.files.map((f) => [f.input, f]));
      expect(byInput[join(dir, "loop.yaml")]?.errors.map((e) => e.code)).toEqual(["fileLinkLoop"]);
      expect(byInput[join(dir, "good.yaml")]?.status).toBe("written");
    }
  });

  it("devices and system files named directly are refused without being read", () => {
    const sys = ["/sys/kernel/mm/transparent_hugepage/enabled"].filter((f) => existsSync(f));
    const result = validate(["/dev/zero", "/proc/self/environ", ...sys]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("/dev/zero is not a data file but a device; it was not read");
    expect(result.stderr).toMatch(
      /\/proc\/self\/environ is a file of the operating system \(\/proc\/\d+\/environ\), not a data file; it was not read/,
    );
    if (existsSync("/sys/kernel/mm/transparent_hugepage/enabled"))
      expect(result.stderr).toContain("/sys/kernel/mm/transparent_hugepage/enabled is a file of the operating system");
    expect(result.stderr).not.toContain(secret);
  });

  it("a named pipe is read when named itself, refused through a link", () => {
    const dir = tempDir();
    execFileSync("mkfifo", [join(dir, "pipe.yaml")]);
    symlinkSync("pipe.yaml", join(dir, "via-link.yaml"));
    const result = validate([join(dir, "via-link.yaml")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(dir, "via-link.yaml")} is not a data file but a link to a named pipe`);
  });

  it("says so in Chinese too", () => {
    const dir = tempDir();
    symlinkSync("loop.yaml", join(dir, "loop.yaml"));
    const result = runCli(["validate", join(dir, "loop.yaml"), "/dev/zero"], { env: { LANG: "zh_CN.UTF-8" } });
    expect(result.stderr).toContain(`${join(dir, "loop.yaml")} 是一个绕回自己的链接（循环），没有读取它`);
    expect(result.stderr).toContain("/dev/zero 不是数据文件，而是设备，没有读取它");
  });
});
