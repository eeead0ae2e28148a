/**
 * Ten more published summaries (issue 22), each written as a data file: each builds, as text, to
 * the document exactly as the page has it. The expected text is the `.txt` beside each file, copied
 * from the page (test/fixtures/published/README.md says where each was published and what was
 * changed in copying), never from report's output.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, fixture, runCli } from "./helpers.js";

const FOLDER = join(ROOT, "test", "fixtures", "published");
const DOCUMENTS = readdirSync(FOLDER)
  .filter((name) => name.endsWith(".yaml"))
  .map((name) => name.slice(0, -".yaml".length))
  .sort();

describe("published summaries written as data files", () => {
  it("there are ten, each with the text it reproduces", () => {
    expect(DOCUMENTS).toHaveLength(10);
    for (const name of DOCUMENTS) expect(readdirSync(FOLDER)).toContain(`${name}.txt`);
  });

  it.each(DOCUMENTS)("%s builds to its published text, with no error", (name) => {
    const result = runCli(["build", fixture(join("published", `${name}.yaml`)), "-f", "txt", "-o", "-"]);
    expect(result.stderr).not.toMatch(/ error: /);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(FOLDER, `${name}.txt`), "utf8"));
  });
});
