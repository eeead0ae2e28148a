/**
 * Writing an output so that it is whole or absent: the bytes go to a temporary file beside the
 * target (same folder, so the rename cannot cross disks), which is then renamed over it. A failed
 * write (disk full, no permission) removes the temporary file and leaves the previous output as it
 * was. Ctrl-C or a kill (SIGINT, SIGTERM, SIGHUP) during the write is held until the write is over
 * (the write is synchronous, so the handler runs only after it), then the temporary file, if any, is
 * removed and the process ends as the signal asks (interrupt.ts). Only SIGKILL cannot be caught: it
 * may leave the temporary file behind, but never a half-written output.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { ReportError } from "../errors.js";
import { withCleanup } from "./interrupt.js";

export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

export function writeOutputFile(path: string, bytes: Uint8Array): void {
  const temporary = temporaryPathFor(path);
  withCleanup(
    () => removeQuietly(temporary),
    () => {
      try {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(temporary, bytes);
        renameSync(temporary, path);
      } catch (error) {
        removeQuietly(temporary);
        const reason = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new ReportError("output", [
          { code: "cannotWrite", severity: "error", file: path, params: { path, reason } },
        ]);
      }
    },
  );
}

/** Removes what an unfinished write of `path` left, if anything (a worker thread ended mid-write). */
export function discardTemporaryFor(path: string): void {
  removeQuietly(temporaryPathFor(path));
}

/** Clean-up must never hide why the write failed (the folder may not exist, or be in the way). */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // nothing was written there, or it is not ours to remove
  }
}
