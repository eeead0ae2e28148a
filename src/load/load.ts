/** The load stage: a path → a parsed data file, or a clear error about the path. */
import { readDataFile } from "./data-file.js";
import { decode } from "./decode.js";
import { parseSource, type SourceFile } from "./source-file.js";

export async function loadSource(path: string): Promise<SourceFile> {
  return sourceOfBytes(path, await readDataFile(path));
}

/** A data file's bytes, already read, as the loader reads them. */
export function sourceOfBytes(path: string, bytes: Uint8Array): SourceFile {
  const { text, encoding } = decode(bytes);
  return parseSource(path, text, encoding);
}
