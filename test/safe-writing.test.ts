/** Outputs are whole or absent: a failed or interrupted build never leaves a partial file or damages the last one. */
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ReportError } from "../src/errors.js";
import { temporaryPathFor, writeOutputFile } from "../src/write/output-file.js";
import { ROOT, fixture, runCli, tempDir } from "./helpers.js";

describe("a build that fails", () => {
  it("on bad data leaves the earlier output at the same path byte for byte", () => {
    const dir = tempDir();
    const output = join(dir, "2021.docx");
    copyFileSync(fixture("2021-filled.yaml"), join(dir, "2021.yaml"));
    expect(runCli(["build", join(dir, "2021.yaml"), "-o", output]).status).toBe(0);
    const earlier = readFileSync(output);

    writeFileSync(
      join(dir, "2021.yaml"),
      readFileSync(fixture("2021-filled.yaml"), "utf8").replace("year: 2021", "year: 二〇二一"),
    );
    const result = runCli(["build", join(dir, "2021.yaml"), "-o", output]);
    expect(result.status).toBe(1);
    expect(readFileSync(output).equals(earlier)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["2021.docx", "2021.yaml"]);
  });

  it("refuses an output path that is a folder, before writing anything", () => {
    const dir = tempDir();
    const output = join(dir, "taken.docx");
    mkdirSync(join(output, "inside"), { recursive: true });
    const result = runCli(["build", join(ROOT, "data", "2020.yaml"), "-o", output]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${output} is not a regular file`);
    expect(readdirSync(dir)).toEqual(["taken.docx"]);
  });

  it("when the folder cannot be made (a file is in the way) says so, exit 1, no stack trace", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "file"), "x");
    const result = runCli(["build", join(ROOT, "data", "2020.yaml"), "-o", join(dir, "file", "out.docx")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `Cannot write ${join(dir, "file", "out.docx")}: the folder ${join(dir, "file")} cannot be made (ENOTDIR)`,
    );
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("writeOutputFile", () => {
  it("creates a missing folder", () => {
    const path = join(tempDir(), "a", "b", "out.docx");
    writeOutputFile(path, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
  });

  it("when every temporary name is taken throws an output error and leaves the target as it was", () => {
    const dir = tempDir();
    const path = join(dir, "out.docx");
    writeFileSync(path, "earlier");
    const random = () => new Uint8Array(8).fill(7);
    mkdirSync(temporaryPathFor(path, random));
    expect(() => writeOutputFile(path, new Uint8Array([1]), { random })).toThrow(ReportError);
    expect(readFileSync(path, "utf8")).toBe("earlier");
    expect(readdirSync(dir).sort()).toEqual([basename(temporaryPathFor(path, random)), "out.docx"].sort());
  });
});

describe("an output path that is the data file", () => {
  it("is refused and the data file is untouched", () => {
    const dir = tempDir();
    const data = join(dir, "2021.yaml");
    copyFileSync(fixture("2021-filled.yaml"), data);
    const result = runCli(["build", data, "-o", join(dir, ".", "2021.yaml"), "--format", "txt"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("would overwrite the data file");
    expect(readFileSync(data, "utf8")).toBe(readFileSync(fixture("2021-filled.yaml"), "utf8"));
  });
});

describe("Ctrl-C", () => {
  it("at any moment leaves the earlier output or the whole new one, and no temporary file", async () => {
    const dir = tempDir();
    const output = join(dir, "out.docx");
    writeFileSync(output, "earlier");
    for (const delayMs of [0, 40, 80, 120, 160, 200, 240, 280, 320, 360]) {
      const child = spawn(process.execPath, [
        join(ROOT, "bin", "report.cjs"),
        "build",
        join(ROOT, "data", "2020.yaml"),
        "-o",
        output,
      ]);
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      setTimeout(() => child.kill("SIGINT"), delayMs);
      await new Promise((resolve) => child.on("close", resolve));
      expect(stderr).not.toMatch(/^\s+at /m);
      const bytes = readFileSync(output);
      // Either untouched, or a whole .docx (a zip ends with its end-of-central-directory record).
      if (bytes.toString() !== "earlier") expect(bytes.subarray(-22, -18).toString("hex")).toBe("504b0506");
      expect(readdirSync(dir)).toEqual(["out.docx"]);
    }
  }, 60_000);
});
