/**
 * `report fix` fixes what it safely can even when the file has errors it cannot correct (issue 22):
 * the colon and space inside a text, a list item's missing space, the numbers typed into headings
 * and points, and the writing check's fixes, then lists what is left.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runCli, tempDir } from "./helpers.js";

const FIXABLE = fixture(join("invalid", "fixable-with-errors.yaml"));

describe("report fix on a file with errors", () => {
  it("makes every safe fix, writes them, and names the error left", () => {
    const file = join(tempDir(), "2023.yaml");
    copyFileSync(FIXABLE, file);
    const result = runCli(["--lang", "en", "fix", file]);
    expect(result.status).toBe(1);
    expect(readFileSync(file, "utf8")).toBe(
      [
        "# report fix 能改的：冒号加空格、“-”后面没有空格、自己写的编号、半角逗号；改不了的：titel。",
        "year: 2023",
        "titel: 多余的字段",
        "organisation: 县统计局",
        "title: 县统计局{{年度}}年工作总结",
        "parts:",
        "  - heading: 存在的问题：三个方面",
        "    points:",
        "      - 统计基础薄弱，人员不足。",
        "  - heading: 下一步打算",
        "    body: 做好统计调查。",
        "",
      ].join("\n"),
    );
    expect(result.stderr).toContain(`${file}:7:19  [colon-in-text] “: ” → “：”`);
    expect(result.stderr).toContain(`${file}:10:4  [dash-without-space] added “ ”`);
    expect(result.stderr).toContain(`${file}:9:9  [own-ordinal] deleted “一是”`);
    expect(result.stderr).toContain(`${file}:10:14  [own-ordinal] deleted “（二）”`);
    expect(result.stderr).toContain(`${file}:9:17  [punct-width] “,” → “，”`);
    expect(result.stderr).toContain(`${file}:3:1  error: Unknown field \`titel\``);
    expect(result.stderr).toContain(`${file}: 5 change(s) written; 1 error(s) above are left for you to correct`);
  });

  it("writes {名称} and ｛｛名称｝｝ as {{名称}}, and deletes the quotes typed around the title", () => {
    const dir = tempDir();
    const braces = join(dir, "braces.yaml");
    const quoted = join(dir, "quoted.yaml");
    copyFileSync(fixture(join("warnings", "braces-around-name.yaml")), braces);
    copyFileSync(fixture(join("warnings", "quoted-title.yaml")), quoted);
    const result = runCli(["--lang", "en", "fix", braces, quoted]);
    expect(result.status).toBe(0);
    expect(readFileSync(braces, "utf8").split("\n")[3]).toBe(
      "intro: 全年完成财政收入{{财政收入}}，新增市场主体{{新增主体}}，{{同比 新增主体}}。",
    );
    expect(readFileSync(quoted, "utf8").split("\n")[2]).toBe("title: 东湖街道{{年度}}年工作总结");
    expect(result.stderr).toContain(`${braces}:4:16  [braces-around-name] “{财政收入}” → “{{财政收入}}”`);
    expect(result.stderr).toContain(`${quoted}:3:8  [quoted-title] deleted ““”`);
    const built = runCli(["build", "--final", "-f", "txt", "-o", "-", braces]);
    expect(built.stdout).toBe("东湖街道2023年工作总结\n全年完成财政收入3.62亿元，新增市场主体420户，增长8.2%。\n");
  });

  it("--dry-run shows the same fixes and what would be left, and writes nothing", () => {
    const file = join(tempDir(), "2023.yaml");
    copyFileSync(FIXABLE, file);
    const result = runCli(["--lang", "zh", "fix", "--dry-run", file]);
    expect(result.stdout).toContain("+  - heading: 存在的问题：三个方面");
    expect(result.stderr).toContain("不认识的字段 titel");
    expect(result.stderr).toContain("可以改 5 处");
    expect(readFileSync(file, "utf8")).toBe(readFileSync(FIXABLE, "utf8"));
  });
});
