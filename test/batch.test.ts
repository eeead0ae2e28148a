import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultParallelism } from "../src/batch/plan-jobs.js";
import { fixture, runCli, tempDir } from "./helpers.js";

const BROKEN = "d07.yaml";
/** The broken file's mistake: a bracket that is never closed, at line 2, column 8. */
const BROKEN_TEXT = "year: 2020\ntitle: [这里少了右括号\norganisation: x\n";

/** A folder of 20 data files, the seventh broken. */
function dataFolder(): string {
  const root = tempDir();
  mkdirSync(join(root, "data"));
  for (let i = 1; i <= 20; i++) {
    const name = `d${String(i).padStart(2, "0")}.yaml`;
    if (name === BROKEN) writeFileSync(join(root, "data", name), BROKEN_TEXT);
    else copyFileSync(fixture("2021-filled.yaml"), join(root, "data", name));
  }
  return root;
}

describe("report build <folder> --out-dir", () => {
  let root: string;
  beforeAll(() => {
    root = dataFolder();
  });

  it("builds every good file on two cores and reports the bad one: 19 outputs, exit 1", () => {
    const result = runCli(["build", "data", "--out-dir", "out", "--jobs", "2"], { cwd: root });
    expect(result.status).toBe(1);
    expect(readdirSync(join(root, "out")).filter((f) => f.endsWith(".docx"))).toHaveLength(19);
    expect(result.stderr).toContain(`data/${BROKEN}:2:8`);
    expect(result.stderr).toMatch(/20 file\(s\): 19 ok, 1 with problems/);
  });

  it("gives the same position in the json and github reporters", () => {
    const json = runCli(["build", "data", "--out-dir", "out", "--reporter", "json"], { cwd: root });
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as {
      files: { input: string; status: string; errors: { line: number; column: number; code: string }[] }[];
      totals: { files: number; failed: number };
    };
    expect(report.totals).toMatchObject({ files: 20, failed: 1 });
    const broken = report.files.find((f) => f.input === `data/${BROKEN}`);
    expect(broken?.status).toBe("failed");
    const error = broken?.errors[0];
    expect([error?.line, error?.column]).toEqual([2, 8]);

    const github = runCli(["build", "data", "--out-dir", "out", "--reporter", "github"], { cwd: root });
    expect(github.status).toBe(1);
    expect(github.stdout).toContain(
      `::error file=data/${BROKEN},line=${error?.line},col=${error?.column},title=report ${error?.code}::`,
    );
  }, 30_000); // two batches of 20 files: past vitest's 5 s on a loaded machine

  it("is the default reporter under GitHub Actions", () => {
    const result = runCli(["build", `data/${BROKEN}`, "--out-dir", "out"], {
      cwd: root,
      env: { GITHUB_ACTIONS: "true" },
    });
    expect(result.stdout).toMatch(/^::error file=data\/d07\.yaml,line=2,col=8,/m);
  });

  it("writes the same bytes as single-file builds of the same inputs", () => {
    const single = tempDir();
    for (const name of ["d01.yaml", "d20.yaml"]) {
      expect(
        runCli(["build", join(root, "data", name), "-o", join(single, name.replace(".yaml", ".docx"))]).status,
      ).toBe(0);
    }
    runCli(["build", "data", "--out-dir", "batch", "--jobs", "2"], { cwd: root });
    for (const name of ["d01.docx", "d20.docx"]) {
      expect(readFileSync(join(root, "batch", name)).equals(readFileSync(join(single, name)))).toBe(true);
    }
  });

  it("expands globs itself, as Windows shells do not", () => {
    const result = runCli(["build", "data/d1*.yaml", "--out-dir", "glob", "-f", "txt"], { cwd: root });
    expect(result.status).toBe(0);
    expect(readdirSync(join(root, "glob")).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `d1${i}.txt`));
  });

  it("prints no colour when output is not a terminal", () => {
    const result = runCli(["build", "data", "--out-dir", "out"], { cwd: root, env: { NO_COLOR: "" } });
    expect(result.stderr).not.toMatch(/\x1b\[/);
  });
});

describe("report build --check", () => {
  it("passes on a fresh out dir and fails, naming the file, after one data file changes", () => {
    const root = tempDir();
    mkdirSync(join(root, "data"));
    for (const name of ["a.yaml", "b.yaml"]) copyFileSync(fixture("2021-filled.yaml"), join(root, "data", name));
    expect(runCli(["build", "data", "--out-dir", "drafts"], { cwd: root }).status).toBe(0);
    const before = readFileSync(join(root, "drafts", "a.docx"));

    const fresh = runCli(["build", "data", "--out-dir", "drafts", "--check"], { cwd: root });
    expect(fresh.status).toBe(0);

    writeFileSync(
      join(root, "data", "b.yaml"),
      readFileSync(join(root, "data", "b.yaml"), "utf8").replace("12345", "23456"),
    );
    const changed = runCli(["build", "data", "--out-dir", "drafts", "--check"], { cwd: root });
    expect(changed.status).toBe(1);
    expect(changed.stderr).toContain("drafts/b.docx differs from what data/b.yaml builds");
    expect(changed.stderr).not.toContain("drafts/a.docx differs");
    expect(readFileSync(join(root, "drafts", "a.docx")).equals(before)).toBe(true);
  });

  it("fails when an output is missing", () => {
    const root = tempDir();
    const result = runCli(["build", fixture("2021-filled.yaml"), "--out-dir", join(root, "none"), "--check"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/2021-filled\.docx is missing/);
  });
});

describe("usage errors in a batch exit 2 and build nothing", () => {
  it.each([
    [["build", "data/2020.yaml", fixture("2021-filled.yaml"), "-o", "x.docx"], /-o names one output file/],
    [["build", "data/2020.yaml", "--jobs", "0"], /--jobs <n> cannot be “0”\n.*whole number of 1 or more/],
    [["build", "nothing-here/*.yaml"], /No data files were found/],
  ])("%j", (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("refuses two inputs that would write the same output", () => {
    const root = tempDir();
    mkdirSync(join(root, "a"));
    mkdirSync(join(root, "b"));
    copyFileSync(fixture("2021-filled.yaml"), join(root, "a", "x.yaml"));
    copyFileSync(fixture("2021-filled.yaml"), join(root, "b", "x.yaml"));
    const result = runCli(["build", "a/x.yaml", "b/x.yaml"], { cwd: root });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/a\/x\.yaml and b\/x\.yaml would both be written to out\/x\.docx/);
  });
});

describe("--jobs when not given", () => {
  it("is one fewer than the CPUs, and at least 1", () => {
    expect([1, 2, 4, 16].map(defaultParallelism)).toEqual([1, 1, 3, 15]);
  });
});
