/**
 * .doc, .wps and .odt → .docx through LibreOffice, as `--format pdf` goes the other way: in a
 * temporary folder of its own with a LibreOffice profile of its own, removed afterwards or on
 * Ctrl-C. Without LibreOffice the import says how to install it (exit 2).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { diagnostic, ReportError } from "../errors.js";
import { onInterrupt } from "../write/interrupt.js";
import { findSoffice } from "../write/pdf.js";

const TIMEOUT_MS = 120_000;

export function convertToDocx(bytes: Uint8Array, extension: string, name: string): Uint8Array {
  const soffice = findSoffice();
  if (!soffice) throw new ReportError("usage", [diagnostic("importNeedsLibreOffice", { path: name })]);
  const dir = mkdtempSync(join(tmpdir(), "report-import-"));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const interrupt = onInterrupt(remove);
  try {
    const input = join(dir, `document${extension}`);
    writeFileSync(input, bytes);
    const result = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        join(dir, "out"),
        input,
      ],
      { encoding: "utf8", timeout: TIMEOUT_MS, windowsHide: true },
    );
    const output = join(dir, "out", "document.docx");
    if (result.status !== 0 || !existsSync(output)) {
      const detail = result.error?.message ?? (result.stderr.trim() || `exit ${String(result.status)}`);
      throw new ReportError("data", [diagnostic("importConvertFailed", { path: name, detail })]);
    }
    return readFileSync(output);
  } finally {
    interrupt.off();
    remove();
  }
}
