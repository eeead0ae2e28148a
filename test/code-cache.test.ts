/**
 * bin/report.cjs reads the command line's files from dist/cli.pack and their V8 code caches from
 * one file beside it (scripts/build.mjs). A cache missing, damaged or left by another build only
 * costs speed: the document is the same, and the run leaves a cache the next run takes whole. Run on
 * a copy of the package, so the repository's own cache is not touched while other tests use it.
 */
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers.js";

const copy = tempDir();
for (const part of ["bin", "dist", "templates", "package.json"])
  cpSync(join(ROOT, part), join(copy, part), { recursive: true });
const cacheFile = join(copy, "dist", `cli.pack.${process.versions.v8}.cache`);
const scratch = tempDir();

/** `report <args>` run by the copy (or by `bin`): the files it compiled without a cache. */
function run(args: readonly string[], bin = join(copy, "bin", "report.cjs")): string[] {
  const uncachedFile = join(scratch, "uncached.json");
  const record = join(ROOT, "test", "cold-start", "record-uncached.cjs");
  const result = spawnSync(process.execPath, ["-r", record, bin, ...args], {
    encoding: "utf8",
    env: { ...process.env, REPORT_UNCACHED_FILE: uncachedFile },
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(readFileSync(uncachedFile, "utf8")) as string[];
}

/** A build of data/2020.yaml: the document, and the files compiled without a cache. */
function build(bin?: string): { bytes: Buffer; uncached: string[] } {
  const out = join(scratch, "2020.docx");
  const uncached = run(["build", join(ROOT, "data", "2020.yaml"), "-o", out], bin);
  return { bytes: readFileSync(out), uncached };
}

describe("the code caches' file", () => {
  const expected = build(join(ROOT, "bin", "report.cjs")).bytes;

  it("is taken whole by a build, as npm run build left it", () => {
    expect(build().uncached).toEqual([]);
  });

  it("holds each cache 8 bytes aligned in the file, so V8 takes it where it was read instead of a copy", () => {
    const bytes = readFileSync(cacheFile);
    const from = bytes.indexOf(10) + 1;
    const index = JSON.parse(bytes.toString("latin1", 0, from)) as Record<string, [number, number]>;
    expect(Object.keys(index).length).toBeGreaterThan(10);
    for (const [name, [start]] of Object.entries(index)) expect((from + start) % 8, name).toBe(0);
  });

  it("is left as it is by a batch, whose V8 flags (src/batch/memory.ts) would make V8 refuse what it wrote", () => {
    const folder = tempDir();
    for (const name of ["a", "b", "c"]) cpSync(join(ROOT, "data", "2020.yaml"), join(folder, `${name}.yaml`));
    const before = readFileSync(cacheFile);
    for (const jobs of ["1", "2"]) run(["build", folder, "--out-dir", join(scratch, "out"), "--jobs", jobs]);
    expect(readFileSync(cacheFile).equals(before)).toBe(true);
    expect(build().uncached).toEqual([]);
  });

  for (const [damage, harm] of [
    ["missing", () => rmSync(cacheFile)],
    ["cut short", () => writeFileSync(cacheFile, readFileSync(cacheFile).subarray(0, 5000))],
    ["garbage", () => writeFileSync(cacheFile, Buffer.alloc(3000, 7))],
    ["of other files", () => writeFileSync(cacheFile, `{"report.cjs":[0,4]}\nabcd`)],
    ["with no index", () => writeFileSync(cacheFile, "null\nabcd")],
  ] as const)
    it(`${damage}, costs one slower build: the same document, and a cache the next build takes`, () => {
      harm();
      const slower = build();
      expect(slower.uncached).toContain("report.cjs");
      expect(slower.bytes.equals(expected)).toBe(true);
      const next = build();
      expect(next.uncached).toEqual([]);
      expect(next.bytes.equals(expected)).toBe(true);
    });
});
