import { LineCounter, parseDocument, type Document } from "yaml";
import type { SourcePosition } from "../errors.js";
import type { Encoding } from "./decode.js";

/** A parsed data file that can still say where each of its values came from. */
export interface SourceFile {
  /** The path as the user gave it, used in every message. */
  readonly path: string;
  /** The text as decoded: LF line endings, no byte-order mark. Offsets and positions refer to it. */
  readonly text: string;
  /** How the bytes were encoded; anything but UTF-8 earns a warning. */
  readonly encoding: Encoding;
  readonly document: Document.Parsed;
  positionAt(offset: number): SourcePosition;
  lineText(line: number): string;
}

/** Limits that keep a hostile file from exhausting memory (“billion laughs”). */
const MAX_ALIAS_COUNT = 100;

export function parseSource(path: string, text: string, encoding: Encoding = "utf-8"): SourceFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    // “1,234” and “12万” stay strings, so the schema can say what is wrong with them.
    schema: "core",
  });
  const lines = text.split("\n");
  return {
    path,
    text,
    encoding,
    document,
    positionAt: (offset) => {
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    },
    lineText: (line) => lines[line - 1] ?? "",
  };
}

export function toPlainData(source: SourceFile): unknown {
  return source.document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}
