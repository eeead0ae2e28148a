/** What -o, -f and the reporters do together; found in review. */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, fixture, runCli, tempDir } from "./helpers.js";

const data = join(ROOT, "data", "2020.yaml");

describe("the output format follows -o", () => {
  it("takes the format from the file's extension when -f is not given", () => {
    const dir = tempDir();
    expect(runCli(["build", data, "-o", join(dir, "总结.md")]).status).toBe(0);
    expect(readFileSync(join(dir, "总结.md"), "utf8")).toMatch(/^# 2020年度X街道工作总结\n/);
  });

  it("prints text for -o - without -f", () => {
    const result = runCli(["build", data, "-o", "-"]);
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("2020年度X街道工作总结");
  });

  it("refuses a -f that contradicts the extension, and writes nothing", () => {
    const dir = tempDir();
    const result = runCli(["build", data, "-f", "txt", "-o", join(dir, "x.docx")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--format txt does not match the output file");
    expect(existsSync(join(dir, "x.docx"))).toBe(false);
  });
});

describe("outputs that are not ordinary new files", () => {
  it("refuses a folder or a named pipe as -o, leaving it as it was", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "folder"));
    execFileSync("mkfifo", [join(dir, "pipe")]);
    for (const target of ["folder", "pipe"]) {
      const result = runCli(["build", data, "-o", join(dir, target)]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("is not a regular file");
    }
    expect(statSync(join(dir, "folder")).isDirectory()).toBe(true);
    expect(statSync(join(dir, "pipe")).isFIFO()).toBe(true);
  });

  it("refuses an output that is the data file under another name (a hard link)", () => {
    const dir = tempDir();
    copyFileSync(fixture("2021-filled.yaml"), join(dir, "2021.yaml"));
    linkSync(join(dir, "2021.yaml"), join(dir, "link.txt"));
    const result = runCli(["build", join(dir, "2021.yaml"), "-o", join(dir, "link.txt")]);
    expect(result.status).toBe(2);
    expect(readFileSync(join(dir, "2021.yaml"), "utf8")).toBe(readFileSync(fixture("2021-filled.yaml"), "utf8"));
  });
});

describe("with -o -, stdout is the document alone", () => {
  it.each(["json", "github"])("the %s reporter writes to stderr", (reporter) => {
    const result = runCli(["build", fixture("2021-filled.yaml"), "-f", "md", "-o", "-", "--reporter", reporter]);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith("# 2021年度北坦街道工作总结\n")).toBe(true);
    expect(result.stdout).not.toMatch(/"totals"|::|file\(s\)/);
    expect(result.stderr).toMatch(reporter === "json" ? /"totals"/ : /1 file\(s\): 1 ok/);
  });
});

describe("problems that concern every file are said once, as usage errors", () => {
  it("a missing template folder: exit 2, even when the data is also wrong", () => {
    const result = runCli(["build", fixture("invalid/tab-indent.yaml"), data, "-t", join(tempDir(), "none")]);
    expect(result.status).toBe(2);
    expect(result.stderr.match(/Template folder not found/g)).toHaveLength(1);
  });

  it("validate on a glob that matches nothing: exit 2, not a silent success", () => {
    const result = runCli(["validate", "nothing-here/*.yaml"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("No data files were found");
  });
});
