/**
 * The text outputs of the filled fixture, final, closing included, against files read and checked
 * by hand (test/golden/): the title, each heading, every figure and both closing lines. A change
 * to them is a change to what clerks hand in, so it shows in review as a change to these files.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, fixture, runCli } from "./helpers.js";

const golden = (name: string) => readFileSync(join(ROOT, "test", "golden", name), "utf8");
const build = (format: string) => runCli(["build", fixture("2020-filled.yaml"), "--final", "-f", format, "-o", "-"]);

describe("the filled 2020 summary as text, final, with its closing", () => {
  it.each(["txt", "md"])("%s is the golden file", (format) => {
    const result = build(format);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(golden(`2020-filled.${format}`));
  });

  it("ends with the closing: the organisation, then the date on a line of its own", () => {
    expect(golden("2020-filled.txt").endsWith("\n北坦街道\n2020年12月28日\n")).toBe(true);
    // Markdown keeps the two lines apart with a hard line break (two spaces), not as one paragraph.
    expect(golden("2020-filled.md").endsWith("\n\n北坦街道  \n2020年12月28日\n")).toBe(true);
  });
});
