/**
 * `--format pdf` of a data file at the size limit (issue 25): 1.9 MB of text in one paragraph is a
 * thousand pages, which LibreOffice took two minutes to lay out. The page estimate counts them first,
 * and a document past MAX_PDF_PAGES is refused at once, within the bounds every build at
 * the size limits keeps (20 s, 700 MB), with the way to a PDF all the same. The refusal comes before
 * LibreOffice is looked for, so this runs without it.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMeasured } from "../scripts/run-measured.mjs";
import { createContext } from "../src/context.js";
import { MAX_PDF_PAGES } from "../src/limits.js";
import { check, modelOf } from "../src/pipeline.js";
import { estimatedPages, loadKit } from "../src/write/docx/kit/replay.js";
import { ROOT, fixture, runCli, tempDir } from "./helpers.js";

const SECONDS = 20;
const PEAK_MIB = 700;
const filled = readFileSync(fixture("2020-filled.yaml"), "utf8");
const UNIT = "今年以来，推动工作落实落地。";

/** The filled fixture with an opening paragraph making the file `bytes` long. */
function withIntroOf(bytes: number): string {
  const count = Math.floor((bytes - Buffer.byteLength(filled)) / Buffer.byteLength(UNIT));
  return filled.replace(/^intro: .*$/m, () => `intro: ${UNIT.repeat(count)}`);
}

async function pagesOf(text: string): Promise<number> {
  const file = join(tempDir(), "data.yaml");
  writeFileSync(file, text);
  const options = { final: false, fonts: "standard" } as const;
  const context = createContext();
  const { model } = modelOf(await check(file), options, context);
  return estimatedPages(model, options, loadKit(options, context.kits));
}

describe("--format pdf of a long document", () => {
  it("refuses a 1.9 MB data file's thousand pages at once, naming the file and the way to a PDF", async () => {
    const dir = tempDir();
    const file = join(dir, "长.yaml");
    writeFileSync(file, withIntroOf(1_900_000));
    const output = join(dir, "长.pdf");
    const run = await runMeasured(["--lang", "zh", "build", file, "-o", output], {
      timeoutMs: SECONDS * 1000,
      peakFile: join(dir, "peak.json"),
    });
    expect(run.timedOut, `over ${SECONDS} s`).toBe(false);
    expect(run.peakMiB ?? Infinity).toBeLessThan(PEAK_MIB);
    expect(run.status).toBe(1);
    expect(existsSync(output)).toBe(false);
    const printed = runCli(["--lang", "zh", "build", file, "-o", output]);
    expect(printed.stderr).toContain(
      `长.yaml  错误：这份文件大约有 1028 页，超过了生成 PDF 的上限（${MAX_PDF_PAGES} 页）`,
    );
    expect(printed.stderr).toContain("再在 Word 或 WPS 里“另存为 PDF”");
    // The Word file of the same data has no such bound.
    expect(runCli(["build", file, "-o", join(dir, "长.docx")]).status).toBe(0);
  });

  it("counts the pages as the Word file will have them: data/2020.yaml's six, and the bound's edge", async () => {
    expect(await pagesOf(readFileSync(join(ROOT, "data", "2020.yaml"), "utf8"))).toBe(6);
    // The bound sits between a document a few pages past it and one well inside it.
    expect(await pagesOf(withIntroOf(1_000_000))).toBeGreaterThan(MAX_PDF_PAGES);
    expect(await pagesOf(withIntroOf(800_000))).toBeLessThan(MAX_PDF_PAGES);
  });
});
