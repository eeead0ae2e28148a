/**
 * A write that really fails after its temporary file exists: the disk fills up in the middle of
 * it (a 64 KB tmpfs, mounted for the test as root). The previous output must stay byte for byte,
 * and nothing the build started may be left behind.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, runCli, tempDir } from "./helpers.js";

const folder = tempDir();
const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder]).status === 0;

describe.skipIf(!mounted)("a build whose disk fills up while the output is written (needs root for mount)", () => {
  const output = join(folder, "2020.docx");
  const previous = new Uint8Array(20_000).fill(7);

  beforeAll(() => {
    writeFileSync(output, previous);
    // What is left (about 40 KB less block overhead) holds the start of a .docx, not all of it.
    writeFileSync(join(folder, "filler"), new Uint8Array(30_000));
  });
  afterAll(() => {
    spawnSync("umount", [folder]);
    rmSync(folder, { recursive: true, force: true });
  });

  it("fails with exit 1, naming the output, and leaves the previous output and nothing else", () => {
    const result = runCli(["build", fixture("2020-filled.yaml"), "-o", output]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(output);
    expect(result.stderr).toContain(`the disk holding ${folder} is full (ENOSPC)`);
    expect(readFileSync(output)).toEqual(Buffer.from(previous));
    expect(readdirSync(folder).sort()).toEqual(["2020.docx", "filler"]);
  });
});

if (!mounted) console.warn(`failed-write.test.ts skipped: cannot mount a tmpfs on ${folder} (not root?)`);
