/** A broken custom template is reported at its file and line, exit 1, before anything is written. */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "./helpers.js";

const summary = readFileSync(join(ROOT, "templates", "summary.hbs"), "utf8");
/** The default template's partial, copied with it as a clerk copies the folder. */
const section = readFileSync(join(ROOT, "templates", "section.hbs"), "utf8");
const lastLine = summary.trimEnd().split("\n").length + 1;

/** The default template with `extra` appended as its last line, plus any partial files. */
function build(extra: string, partials: Record<string, string> = {}, lang = "en") {
  const dir = tempDir();
  mkdirSync(join(dir, "t"));
  writeFileSync(join(dir, "t", "summary.hbs"), `${summary.trimEnd()}\n${extra}\n`);
  for (const [name, text] of Object.entries({ section, ...partials }))
    writeFileSync(join(dir, "t", `${name}.hbs`), text);
  copyFileSync(join(ROOT, "data", "2020.yaml"), join(dir, "2020.yaml"));
  const result = runCli([
    "--lang",
    lang,
    "build",
    join(dir, "2020.yaml"),
    "-t",
    join(dir, "t"),
    "-o",
    join(dir, "out.docx"),
  ]);
  expect(result.status, result.stderr).toBe(1);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(existsSync(join(dir, "out.docx"))).toBe(false);
  return { ...result, summaryPath: join(dir, "t", "summary.hbs"), dir };
}

describe("a broken custom template", () => {
  it("with a syntax error: its file and line", () => {
    const { stderr, summaryPath } = build("<p>{{title</p>");
    expect(stderr).toContain(`${summaryPath}:${lastLine}:1  error: This template line is not valid Handlebars`);
  });

  it("with a block never closed: the line of the block", () => {
    const { stderr, summaryPath } = build("{{#if title}}<p>x</p>");
    expect(stderr).toContain(`${summaryPath}:${lastLine}:1  error: This {{#…}} block is never closed`);
  });

  it("including a partial that does not exist: its file, line and column", () => {
    const { stderr, summaryPath } = build("<p>{{> footer}}</p>");
    expect(stderr).toContain(`${summaryPath}:${lastLine}:4  error: The template includes a partial \`footer\``);
  });

  it("calling an unknown helper, in a partial: the partial's file and line", () => {
    const { stderr, dir } = build("{{> closing}}", { closing: "<p>\n{{shout title}}</p>\n" });
    expect(stderr).toContain(
      `${join(dir, "t", "closing.hbs")}:2:1  error: The template calls a helper \`shout\` that does not exist`,
    );
  });

  it("naming a field the data does not have: its line, in Chinese too", () => {
    const { stderr, summaryPath } = build("<p>{{titel}}</p>", {}, "zh");
    expect(stderr).toContain(`${summaryPath}:${lastLine}:6  错误：模板 ${summaryPath} 无法使用："titel" not defined\n`);
  });
});

describe("the shipped template", () => {
  it("passes the checks a custom template gets (it is not checked again at every build)", async () => {
    const { templateProblems } = await import("../src/render/template-check.js");
    for (const [name, text] of Object.entries({ summary, section })) {
      const path = join(ROOT, "templates", `${name}.hbs`);
      expect(templateProblems({ path, text }, ["section"], ["ordinal"])).toEqual([]);
    }
  });
});
