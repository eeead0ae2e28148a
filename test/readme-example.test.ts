/**
 * README's ten-line example as it is written: its data file built with its command gives the
 * file it names, holding the text it shows.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, docxParagraphTexts, runCli, tempDir } from "./helpers.js";

function example(): { data: string; command: string; output: string; text: string } {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## An example"));
  const data = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  const said = /`npx report build ([^`]+)` writes `([^`]+)`/.exec(section);
  const text = /whose text is:\n\n```\n([\s\S]*?)\n```/.exec(section)?.[1];
  if (!data || !said?.[1] || !said[2] || !text) throw new Error("README.md has no example section");
  return { data, command: said[1], output: said[2], text };
}

describe("the README's example", () => {
  it("builds the document it shows", () => {
    const { data, command, output, text } = example();
    const cwd = tempDir();
    mkdirSync(join(cwd, "data"));
    writeFileSync(join(cwd, command), data);
    const result = runCli(["build", command], { cwd });
    expect(result.status).toBe(0);
    const paragraphs = docxParagraphTexts(readFileSync(join(cwd, output))).filter((p) => p !== "");
    expect(paragraphs).toEqual(text.split("\n"));
  });

  it("is the repository's own data file, so the README's command works in a clone", () => {
    const { data, command } = example();
    expect(readFileSync(join(ROOT, command), "utf8")).toBe(data);
  });
});
