import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, docxParagraphTexts, fixture, runCli, tempDir } from "./helpers.js";

const reference = readFileSync(fixture("2020-street-summary.txt"), "utf8");

describe("report build data/2020.yaml", () => {
  it("prints the reference summary exactly, as text", () => {
    const result = runCli(["build", "data/2020.yaml", "--format", "txt", "-o", "-"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(reference);
    expect(result.stdout.split("\n").filter(Boolean)).toHaveLength(16);
  });

  it("writes out/<name>.docx whose paragraphs are the reference's, one by one", () => {
    const cwd = tempDir();
    const result = runCli(["build", join(ROOT, "data", "2020.yaml"), "-o", join(cwd, "out", "2020.docx")]);
    expect(result.status).toBe(0);
    const paragraphs = docxParagraphTexts(readFileSync(join(cwd, "out", "2020.docx")));
    // The title is followed by one empty paragraph: the blank line before the body.
    expect(paragraphs[1]).toBe("");
    expect(paragraphs.filter((_, i) => i !== 1)).toEqual(reference.trimEnd().split("\n"));
  });

  it("defaults to out/<name>.docx beside where it runs, creating the folder", () => {
    const cwd = tempDir();
    const result = runCli(["build", join(ROOT, "data", "2020.yaml")], { cwd });
    expect(result.status).toBe(0);
    expect(readdirSync(join(cwd, "out"))).toEqual(["2020.docx"]);
  });

  it("writes Markdown with headings and bold run-in headings", () => {
    const result = runCli(["build", "data/2020.yaml", "-f", "md", "-o", "-"]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split("\n\n");
    expect(lines[0]).toBe("# 2020年度X街道工作总结");
    expect(lines[2]).toBe("## 一、主要工作完成情况");
    expect(lines[3]).toMatch(/^\*\*（一）攻坚疫情防控，提升辖区“免疫力”\*\*。自疫情防控工作以来/);
  });
});

describe("a next year's file with other counts and every figure filled", () => {
  const result = runCli(["build", fixture("2021-filled.yaml"), "-f", "txt", "-o", "-"]);
  const lines = result.stdout.trimEnd().split("\n");

  it("numbers seven sections, five problems and three plans without code changes", () => {
    expect(result.status).toBe(0);
    expect(lines.filter((l) => /^（[一二三四五六七八九十]+）/.test(l)).map((l) => l.slice(0, 3))).toEqual([
      "（一）",
      "（二）",
      "（三）",
      "（四）",
      "（五）",
      "（六）",
      "（七）",
      "（一）",
      "（二）",
      "（三）",
    ]);
    expect(lines).toContain(
      "一是经济增长后劲不足。二是招商载体仍然偏少。三是老旧小区改造任务重。四是信访积案存量仍在。五是干部队伍结构需要优化。",
    );
    expect(lines.filter((l) => /^[一二三]、/.test(l))).toEqual([
      "一、主要工作完成情况",
      "二、工作中存在的问题",
      "三、明年工作计划",
    ]);
  });

  it("prints figures as given: Arabic digits, the data's units, percentages as 85%", () => {
    expect(lines[0]).toBe("2021年度北坦街道工作总结");
    expect(lines).toContain("（一）稳住经济基本盘。完成财政收入12345万元，同比增长8.5%。");
    expect(lines).toContain("（五）化解信访积案。信访积案化解率达到85%。");
    expect(lines).toContain("（三）推进项目建设。累计推进项目15个，完成投资5000余万元。");
    expect(result.stdout).not.toContain("X");
  });
});

describe("a file that cannot be built", () => {
  const cases = {
    "not YAML": { file: "not-yaml.yaml", says: /not-yaml\.yaml:\d+:\d+/ },
    "a schema error": { file: "schema-error.yaml", says: /schema-error\.yaml:6:3 .*`intro`/ },
  };
  for (const [name, { file, says }] of Object.entries(cases)) {
    it(`stops on ${name}: exit 1, the file and field named, nothing written, no stack trace`, () => {
      const cwd = tempDir();
      const result = runCli(["build", fixture(join("invalid", file)), "-o", join(cwd, "out.docx")]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(says);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(cwd, "out.docx"))).toBe(false);
    });
  }
});
