/**
 * A `>` text is joined as Chinese is (issue 22): YAML folds each line break of a `>` block to a
 * space, which printed a space between two Chinese characters at every line break. Its lines are
 * now read as a `|` block's, and the line breaks dropped between Chinese characters as everywhere
 * else; a space stays between two Latin words, and a blank line still starts a paragraph.
 */
import { describe, expect, it } from "vitest";
import { checkFile, fixture, runCli } from "./helpers.js";

const FILE = fixture("folded-text.yaml");

describe("a > text", () => {
  it("prints no space where a line broke between Chinese characters, and keeps its paragraphs", () => {
    const result = runCli(["build", FILE, "-f", "txt", "-o", "-"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      [
        "东湖街道2023年工作总结",
        "全年完成各项工作任务，引进Smart City平台。",
        "第二段写在空行之后。",
        "一、工作回顾",
        "完成老旧小区改造6个。",
        "二、下一步打算",
        "推进重点项目建设。",
        "",
      ].join("\n"),
    );
  });

  it("is not warned about the spaces YAML's folding would have put there", () => {
    expect(checkFile(FILE).diagnostics).toEqual([]);
  });
});
