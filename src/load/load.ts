/** The load stage: a path → a parsed data file, or a clear error about the path. */
import { readFileSync } from "node:fs";
import { ReportError } from "../errors.js";
import { decode } from "./decode.js";
import { parseSource, type SourceFile } from "./source-file.js";

export function loadSource(path: string): SourceFile {
  const { text, encoding } = decode(readBytes(path));
  return parseSource(path, text, encoding);
}

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
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
