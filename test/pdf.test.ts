/**
 * `build --format pdf` where LibreOffice is missing: a clear message and exit 2, nothing written.
 * (The PDF itself is measured by the render test, test/render/pdf-format.test.ts.)
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "./helpers.js";

const data = join(ROOT, "data", "2020.yaml");
/** A PATH with no soffice on it (node itself is run by its full path). */
const noLibreOffice = { PATH: join(tempDir(), "empty") };

describe("build --format pdf without LibreOffice", () => {
  it("says in Chinese how to install it, exits 2 and writes nothing", () => {
    const out = tempDir();
    const result = runCli(["build", data, "--format", "pdf", "--out-dir", out, "--lang", "zh"], { env: noLibreOffice });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("生成 PDF 需要 LibreOffice，但这台电脑上没有安装（找不到 soffice 命令）");
    expect(result.stderr).toContain("apt-get install libreoffice-writer");
    expect(result.stderr).toContain("另存为 PDF");
    expect(existsSync(join(out, "2020.pdf"))).toBe(false);
  });

  it("says it once for a batch, in English too", () => {
    const out = tempDir();
    const result = runCli(["build", data, join(ROOT, "test", "fixtures", "2020-filled.yaml"), "--format", "pdf"], {
      env: { ...noLibreOffice, LANG: "en_US.UTF-8" },
      cwd: out,
    });
    expect(result.status).toBe(2);
    expect(result.stderr.match(/LibreOffice, which is not installed/g)).toHaveLength(1);
  });

  it("takes the format from -o's extension", () => {
    const output = join(tempDir(), "summary.pdf");
    const result = runCli(["build", data, "-o", output, "--lang", "en"], { env: noLibreOffice });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("A PDF is made by LibreOffice");
    expect(existsSync(output)).toBe(false);
  });

  it("refuses to print a PDF to the terminal", () => {
    const result = runCli(["build", data, "--format", "pdf", "-o", "-", "--lang", "en"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("A Word or PDF file cannot be printed to the terminal");
  });
});
