/**
 * `report fix` (and `validate --fix`): the safe fixes, written back into the clerk's own file with
 * nothing else touched; `--dry-run` shows them; a file it cannot change safely is left as it was.
 */
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { fixture, runCli, tempDir } from "./helpers.js";

const MESSY = fixture(join("writing", "fix-all.yaml"));
/** The same file as a careful clerk would have corrected it by hand. */
const FIXED = fixture(join("writing", "fix-all.fixed.yaml"));

function copyOf(source: string, name = "2021.yaml"): string {
  const path = join(tempDir(), name);
  copyFileSync(source, path);
  return path;
}

describe("report fix", () => {
  it("changes exactly the characters the rules name, keeps comments and layout, and leaves no warning", () => {
    const file = copyOf(MESSY);
    const result = runCli(["--lang", "en", "fix", file]);
    expect(result.status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(FIXED, "utf8"));
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`${file}:8:12  [punct-width] “,” → “，”`);
    expect(result.stderr).toContain(`${file}:11:29  [num-width] “８５％” → “85%”`);
    expect(result.stderr).toContain(`${file}:11:68  [punct-dash] “--” → “——”`);
    expect(result.stderr).toContain(`${file}:19:23  [punct-space] deleted “ ”`);
    expect(result.stderr).toMatch(/: 30 change\(s\) written\n$/);
    const after = runCli(["--lang", "en", "validate", file]);
    expect(after.stderr).toBe(`${file}: no problems found\n`);
    expect(readdirSync(join(file, ".."))).toEqual(["2021.yaml"]);
  });

  it("a second run finds nothing to change", () => {
    const file = copyOf(FIXED);
    const result = runCli(["--lang", "zh", "fix", file]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`${file}：没有可以自动改的地方\n`);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(FIXED, "utf8"));
  });

  it("--dry-run prints the changed lines as a diff and writes nothing", () => {
    const file = copyOf(MESSY);
    const result = runCli(["--lang", "en", "fix", "--dry-run", file]);
    expect(result.status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(MESSY, "utf8"));
    expect(result.stdout).toContain(
      [
        "@@ -19 +19 @@",
        "-  - 人居环境亟待改善。辖区老旧小区数量多 ， 安全隐患多。",
        "+  - 人居环境亟待改善。辖区老旧小区数量多，安全隐患多。",
      ].join("\n"),
    );
    expect(result.stdout.split("\n").filter((line) => line.startsWith("@@"))).toHaveLength(7);
    expect(result.stderr).toContain("30 change(s) would be made; nothing was written (--dry-run)");
  });

  it("validate --fix fixes, then validates the fixed file", () => {
    const file = copyOf(MESSY);
    const result = runCli(["--lang", "en", "validate", "--fix", file]);
    expect(result.status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(FIXED, "utf8"));
    expect(result.stderr).toMatch(/no problems found\n$/);
  });

  it("keeps the byte-order mark and the Windows line endings", () => {
    const file = join(tempDir(), "2021.yaml");
    const windows = (text: string) => `\uFEFF${text.replaceAll("\n", "\r\n")}`;
    writeFileSync(file, windows(readFileSync(MESSY, "utf8")));
    expect(runCli(["fix", file]).status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(windows(readFileSync(FIXED, "utf8")));
  });

  it("--off leaves that rule's mistakes as they are", () => {
    const file = copyOf(MESSY);
    runCli(["fix", "--off", "punct-width,num-width", file]);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("intro: 今年以来,{{街道名}}街道");
    expect(text).toContain("完成８５％的任务;开展扶老、助残、救孤等工作……构建街道—社区—网格小组");
  });

  it("a text folded over two lines: no space between the Chinese characters, so nothing to fix (issue 22)", () => {
    const file = copyOf(fixture(join("writing", "punct-space.ok.yaml")));
    const folded = readFileSync(file, "utf8").replace(
      "body: 厚植创新发展优势。",
      "body: >-\n      厚植创新\n      发展优势。",
    );
    writeFileSync(file, folded);
    const result = runCli(["--lang", "en", "fix", file]);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain("punct-space");
    expect(readFileSync(file, "utf8")).toBe(folded);
  });

  it('a straight quote written \\" inside double quotes becomes a curly one, escape and all', () => {
    const file = copyOf(fixture(join("writing", "punct-width.ok.yaml")));
    const before = readFileSync(file, "utf8").replace("body: 厚植创新发展优势。", 'body: "厚植\\"创新\\"发展优势。"');
    writeFileSync(file, before);
    expect(runCli(["fix", file]).status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(before.replace('"厚植\\"创新\\"发展优势。"', '"厚植“创新”发展优势。"'));
  });

  it("fixes the warnings of a file with an error too (as eslint --fix does), and lists the error left", () => {
    const file = copyOf(MESSY);
    const broken = readFileSync(MESSY, "utf8").replace("year: 2021", "year: 2021\ntitel: 多余");
    writeFileSync(file, broken);
    const result = runCli(["--lang", "zh", "fix", file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:9:12  ［检查项 punct-width］“,”→“，”`);
    expect(result.stderr).toContain(`${file}:5:1  错误：不认识的字段 titel`);
    expect(result.stderr).toMatch(/已改好 \d+ 处，已保存；上面还有 1 处错误要由人来改/);
    expect(readFileSync(file, "utf8")).toBe(
      readFileSync(FIXED, "utf8").replace("year: 2021", "year: 2021\ntitel: 多余"),
    );
  });

  it("leaves a file whose errors it cannot correct, with nothing else to fix, as it was", () => {
    const file = copyOf(FIXED);
    const broken = readFileSync(FIXED, "utf8").replace("year: 2021", "year: 2021\ntitel: 多余");
    writeFileSync(file, broken);
    const result = runCli(["--lang", "zh", "fix", file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("不认识的字段 titel");
    expect(result.stderr).toContain("有 1 处错误 report fix 不能自动改，这个文件没有改动");
    expect(readFileSync(file, "utf8")).toBe(broken);
  });

  it("refuses a file saved as GBK, and leaves its bytes as they were", () => {
    const file = join(tempDir(), "2021.yaml");
    const bytes = iconv.encode(readFileSync(MESSY, "utf8"), "gb18030");
    writeFileSync(file, bytes);
    const result = runCli(["--lang", "zh", "fix", file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("不是 UTF-8 编码，report fix 只改 UTF-8 文件，这个文件没有改动");
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
