/**
 * The json reporter's whole documented shape as the command prints it (docs/cli.md, “Batches and CI”):
 * programs read every field, so each one is asserted, with its type, and no field beyond them.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runCli, tempDir } from "./helpers.js";

describe("--reporter json", () => {
  it("prints one JSON document with every file, its status, outputs, errors, warnings and the totals", () => {
    const outDir = tempDir();
    const good = fixture("warnings/unused-figure.yaml");
    const bad = fixture("invalid/unknown-key.yaml");
    const result = runCli(["build", good, bad, "--out-dir", outDir, "--reporter", "json", "-j", "1"], {
      cwd: tempDir(),
    });

    expect(result.status).toBe(1);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as unknown;
    expect(report).toStrictEqual({
      files: [
        {
          input: good,
          status: "written",
          outputs: [join(outDir, "unused-figure.docx")],
          errors: [],
          warnings: [
            {
              file: good,
              line: 22,
              column: 3,
              code: "unusedFigure",
              message: "The figure `备用数据` is not used in any text",
              hint: "Use it as {{备用数据}} in a sentence, or remove it.",
            },
          ],
        },
        {
          input: bad,
          status: "failed",
          outputs: [],
          errors: [
            {
              file: bad,
              line: 3,
              column: 1,
              code: "unknownKey",
              message: "Unknown field `titel`",
              hint: "Did you mean `title`?",
            },
          ],
          warnings: [],
        },
      ],
      totals: { files: 2, ok: 1, failed: 1, errors: 1, warnings: 1 },
    });
    expect(existsSync(join(outDir, "unused-figure.docx"))).toBe(true);
    expect(existsSync(join(outDir, "unknown-key.docx"))).toBe(false);
  });

  it("gives every key of a problem (null where it has no value) and says unchanged with --check", () => {
    const outDir = tempDir();
    const data = fixture("2020-filled.yaml");
    expect(runCli(["build", data, "--out-dir", outDir]).status).toBe(0);
    const same = JSON.parse(runCli(["build", data, "--out-dir", outDir, "--check", "--reporter", "json"]).stdout) as {
      files: { status: string; outputs: string[] }[];
    };
    expect(same.files).toStrictEqual([
      { input: data, status: "unchanged", outputs: [join(outDir, "2020-filled.docx")], errors: [], warnings: [] },
    ]);

    const final = JSON.parse(
      runCli(["build", fixture("../../data/2020.yaml"), "--final", "--out-dir", outDir, "--reporter", "json"]).stdout,
    ) as { files: { status: string; errors: { hint: unknown; code: string }[] }[]; totals: Record<string, number> };
    expect(final.files[0]?.status).toBe("failed");
    for (const error of final.files[0]?.errors ?? []) {
      expect(Object.keys(error)).toEqual(["file", "line", "column", "code", "message", "hint"]);
      expect(error.code).toBe("blankInFinal");
      expect(error.hint === null || typeof error.hint === "string").toBe(true);
    }
    expect(final.totals).toStrictEqual({
      files: 1,
      ok: 0,
      failed: 1,
      errors: final.files[0]?.errors.length,
      warnings: 0,
    });
  });
});
