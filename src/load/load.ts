/** The load stage: a path → a parsed data file, or a clear error about the path. */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { ReportError } from "../errors.js";
import { decode } from "./decode.js";
import { MAX_FILE_BYTES } from "./limits.js";
import { parseSource, type SourceFile } from "./source-file.js";

export function loadSource(path: string): SourceFile {
  const { text, encoding } = decode(readBytes(path));
  return parseSource(path, text, encoding);
}

function readBytes(path: string): Uint8Array {
  try {
    return readAtMost(path, MAX_FILE_BYTES);
  } catch (error) {
    if (error instanceof ReportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === "ENOENT" || code === "ENOTDIR"
        ? ({ code: "fileNotFound", params: { path } } as const)
        : code === "EISDIR"
          ? ({ code: "fileIsDirectory", params: { path } } as const)
          : ({ code: "fileUnreadable", params: { path, reason: code ?? String(error) } } as const);
    throw new ReportError("data", [{ ...problem, severity: "error", file: path }]);
  }
}

/**
 * Reads in chunks and stops one byte past the limit, so that neither a huge file nor an endless
 * device (/dev/zero, a pipe) is read whole before it is refused. The buffer starts at the size the
 * file reports (devices and pipes report 0) and doubles as needed: a zero-filled buffer of the
 * limit for every file cost a batch more time in allocation and garbage collection than its YAML.
 */
function readAtMost(path: string, limitBytes: number): Uint8Array {
  const fd = openSync(path, "r");
  try {
    const reported = fstatSync(fd).size;
    let buffer: Buffer = Buffer.allocUnsafe(Math.min(reported > 0 ? reported + 1 : 64 * 1024, limitBytes + 1));
    let length = 0;
    for (let read = -1; read !== 0 && length <= limitBytes; length += read) {
      if (length === buffer.length) buffer = grown(buffer, limitBytes + 1);
      read = readSync(fd, buffer, length, buffer.length - length, null);
    }
    if (length > limitBytes) {
      throw new ReportError("data", [
        { code: "fileTooLarge", severity: "error", file: path, params: { path, limitMiB: limitBytes / 1024 / 1024 } },
      ]);
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function grown(buffer: Buffer, maxBytes: number): Buffer {
  const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes));
  buffer.copy(bigger);
  return bigger;
}
