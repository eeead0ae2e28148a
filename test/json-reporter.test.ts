/** The json reporter writes its one document as the build goes, keeping nothing per file (issue 12). */
import { describe, expect, it } from "vitest";
import type { JobResult } from "../src/batch/job.js";
import { jsonReporter } from "../src/cli/reporters/json.js";
import { tally } from "../src/cli/reporters/reporter.js";

function streamed(results: JobResult[]): { chunks: string[]; text: string } {
  const chunks: string[] = [];
  const out = { write: (chunk: string) => chunks.push(chunk) } as unknown as NodeJS.WriteStream;
  const reporter = jsonReporter({ out, err: out, lang: "en" });
  const counts = tally();
  reporter.start(results.length);
  for (const result of results) {
    reporter.result(result);
    counts.add(result);
  }
  reporter.finish(counts.totals);
  return { chunks, text: chunks.join("") };
}

const written: JobResult = { input: "a.yaml", output: "out/a.docx", status: "written", diagnostics: [] };
const failed: JobResult = {
  input: "b.yaml",
  output: "out/b.docx",
  status: "failed",
  failure: "data",
  diagnostics: [
    { code: "fileLinkLoop", severity: "error", file: "b.yaml", params: { path: "b.yaml" } },
    {
      code: "fileNotFound",
      severity: "warning",
      file: "b.yaml",
      position: { line: 2, column: 3 },
      params: { path: "x" },
    },
  ],
};

describe("the json reporter", () => {
  it("writes each file's entry when it is reported, and the same text JSON.stringify would give for the whole", () => {
    const { chunks, text } = streamed([written, failed]);
    expect(chunks.length).toBe(4); // the opening, one per file, the totals
    expect(chunks[1]).toContain('"input": "a.yaml"');
    expect(text).toBe(
      `${JSON.stringify(
        {
          files: [
            { input: "a.yaml", status: "written", outputs: ["out/a.docx"], errors: [], warnings: [] },
            {
              input: "b.yaml",
              status: "failed",
              outputs: [],
              errors: [
                {
                  file: "b.yaml",
                  line: null,
                  column: null,
                  code: "fileLinkLoop",
                  message: "b.yaml is a link that leads back to itself (a loop); it was not read",
                  hint: "Remove the link, or make it point to the real data file.",
                },
              ],
              warnings: [
                {
                  file: "b.yaml",
                  line: 2,
                  column: 3,
                  code: "fileNotFound",
                  message: "File not found: x",
                  hint: "Check the path; data files usually live in data/, e.g. data/2020.yaml.",
                },
              ],
            },
          ],
          totals: { files: 2, ok: 1, failed: 1, errors: 1, warnings: 1 },
        },
        null,
        2,
      )}\n`,
    );
  });

  it("is a valid document with no files", () => {
    expect(JSON.parse(streamed([]).text)).toEqual({
      files: [],
      totals: { files: 0, ok: 0, failed: 0, errors: 0, warnings: 0 },
    });
  });
});
