/**
 * A Word file's bytes from a path, read only up to a limit: a device, a FIFO or a huge file is never
 * read whole. What is wrong is said by `BoundedReadProblem.reason`, for the caller's own message
 * (import's and the reference's differ).
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

export class BoundedReadProblem extends Error {
  constructor(
    readonly reason: "missing" | "unreadable" | "notAFile" | "tooLarge",
    /** The system's error code (ENOENT, EACCES…), when it gave one. */
    readonly code = "",
  ) {
    super(`${reason}${code ? ` (${code})` : ""}`);
    this.name = "BoundedReadProblem";
  }
}

export function readBounded(path: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    const code = String((error as NodeJS.ErrnoException).code ?? error);
    throw new BoundedReadProblem(code === "ENOENT" ? "missing" : "unreadable", code);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new BoundedReadProblem("notAFile");
    if (stat.size > maxBytes) throw new BoundedReadProblem("tooLarge");
    const bytes = new Uint8Array(stat.size);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) break;
      at += n;
    }
    return bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}
