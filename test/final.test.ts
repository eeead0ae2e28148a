/** --final: a document without blanks, or exit 1 and the list of every blank. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runCli, tempDir } from "./helpers.js";

describe("report build --final", () => {
  it("refuses data/2020.yaml: exit 1, every blank listed with its line, nothing written", () => {
    const output = join(tempDir(), "final.docx");
    const result = runCli(["build", "data/2020.yaml", "--final", "-o", output]);
    expect(result.status).toBe(1);
    expect(existsSync(output)).toBe(false);

    // In data/2020.yaml every figure is blank, so every reference outside comments is one, 年度 aside.
    const lines = readFileSync("data/2020.yaml", "utf8").split("\n");
    const expected = lines.flatMap((text, i) =>
      text.trimStart().startsWith("#")
        ? []
        : [...text.matchAll(/\{\{(?:数值 )?([^}]+)\}\}/g)]
            .filter((m) => m[1] !== "年度")
            .map((m) => `${i + 1}:${m.index + 1} ${m[1]}`),
    );
    const listed = [
      ...result.stderr.matchAll(/^data\/2020\.yaml:(\d+):(\d+) {2}error: The figure `([^`]+)` is still blank/gm),
    ];
    expect(listed.map(([, line, column, name]) => `${line}:${column} ${name}`)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(25);
    expect(listed.map(([, , , name]) => name)).toContain("黄岗东路门牌号");
  });

  it("builds a fully filled file", () => {
    const output = join(tempDir(), "final.docx");
    expect(runCli(["build", fixture("2020-filled.yaml"), "--final", "-o", output]).status).toBe(0);
    expect(existsSync(output)).toBe(true);
  });

  it("says it in Chinese for a Chinese user", () => {
    const result = runCli(["--lang", "zh", "build", "data/2020.yaml", "--final", "-o", join(tempDir(), "f.docx")]);
    expect(result.stderr).toMatch(/data\/2020\.yaml:10:16 {2}错误：数据“街道名”还没有填写/);
  });
});

describe("the closing date", () => {
  it("must be a real day written YYYY-MM-DD", () => {
    const dir = tempDir();
    const data = readFileSync(fixture("2020-filled.yaml"), "utf8").replace("date: 2020-12-28", "date: 2020-2-30");
    writeFileSync(join(dir, "bad.yaml"), data);
    const result = runCli(["build", join(dir, "bad.yaml"), "-o", join(dir, "o.docx")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad\.yaml:9:9 {2}error: `closing\.date` is not a date: 2020-2-30/);
  });
});
