/**
 * Writing an output so that it is whole or absent: the bytes go to a temporary file beside the
 * target, which is then renamed over it. A failed or interrupted build leaves the previous file as it was.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { ReportError } from "../errors.js";

export function writeOutputFile(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ReportError("output", [{ code: "cannotWrite", severity: "error", file: path, params: { path, reason } }]);
  }
}
