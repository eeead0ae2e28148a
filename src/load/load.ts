/** The load stage: a path → a parsed data file, or a clear error about the path. */
import { readDataFile } from "./data-file.js";
import { decode } from "./decode.js";
import { parseSource, type SourceFile } from "./source-file.js";

export async function loadSource(path: string): Promise<SourceFile> {
  const { text, encoding } = decode(await readDataFile(path));
  return parseSource(path, text, encoding);
}
