import { Composer, LineCounter, Parser, YAMLParseError, type CST, type Document } from "yaml";
import { ReportError, type SourcePosition } from "../errors.js";
import type { Encoding } from "./decode.js";
import { MAX_ENTRIES, MAX_NESTING_DEPTH, MAX_STRAY_TOKENS } from "./limits.js";
import { scanStructure, type Structure } from "./structure.js";

/** A parsed data file that can still say where each of its values came from. */
export interface SourceFile {
  /** The path as the user gave it, used in every message. */
  readonly path: string;
  /** The text as decoded: LF line endings, no byte-order mark. Offsets and positions refer to it. */
  readonly text: string;
  /** How the bytes were encoded; anything but UTF-8 earns a warning. */
  readonly encoding: Encoding;
  readonly document: Document.Parsed;
  /** YAML's concrete syntax tree: every token where it was written, even in a broken file. */
  readonly tokens: readonly CST.Token[];
  /** Anchors and aliases as written; validation refuses them, so aliases are never expanded. */
  readonly references: Structure["references"];
  /**
   * Stray tokens YAML cannot place (a `]` alone on a line) past the first MAX_STRAY_TOKENS: left out
   * of `tokens` and `document`; only the lines they are on are counted, and where the first is.
   */
  readonly unlistedErrors?: { readonly lines: number; readonly offset: number };
  positionAt(offset: number): SourcePosition;
  lineText(line: number): string;
}

/** A second line of defence: validation refuses aliases before the data is ever expanded. */
const MAX_ALIAS_COUNT = 100;

/** Text → YAML document. Refuses, before parsing, data nested deeper than any summary needs. */
export function parseSource(path: string, text: string, encoding: Encoding = "utf-8"): SourceFile {
  const lines = text.split("\n");
  const lineCounter = new LineCounter();
  // The lexer's own pass comes first, on purpose: the parser below recurses, and a hostile file would
  // take it seconds or overflow its stack before any limit could be checked.
  const { tooDeepAt, tooManyEntriesAt, references, lexemes } = scanStructure(text, {
    maxDepth: MAX_NESTING_DEPTH,
    maxEntries: MAX_ENTRIES,
  });
  const refuse = (offset: number, problem: { code: "tooDeep" | "tooManyEntries"; params: { limit: number } }) => {
    const position = positionIn(text, offset);
    return new ReportError("data", [
      { ...problem, severity: "error", file: path, position, excerpt: lines[position.line - 1] ?? "" },
    ]);
  };
  if (tooDeepAt !== undefined) throw refuse(tooDeepAt, { code: "tooDeep", params: { limit: MAX_NESTING_DEPTH } });
  if (tooManyEntriesAt !== undefined)
    throw refuse(tooManyEntriesAt, { code: "tooManyEntries", params: { limit: MAX_ENTRIES } });
  const { tokens, unlistedErrors } = parseLexemes(lexemes, lineCounter);
  const document = compose(tokens, text.length);
  return {
    path,
    text,
    encoding,
    document,
    tokens,
    references,
    ...(unlistedErrors ? { unlistedErrors } : {}),
    positionAt: (offset) => {
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    },
    lineText: (line) => lines[line - 1] ?? "",
  };
}

/**
 * What yaml's Parser.parse does, from the lexemes the structure scan has already read. Stray tokens
 * past the first MAX_STRAY_TOKENS are only counted, a line each: kept, a file of a million stray `]`
 * lines made a million YAML errors, a minute of work and a gigabyte of memory.
 */
function parseLexemes(
  lexemes: readonly string[],
  lineCounter: LineCounter,
): { tokens: CST.Token[]; unlistedErrors?: { lines: number; offset: number } } {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  let strays = 0;
  let unlistedErrors: { lines: number; offset: number } | undefined;
  let lastLine = 0;
  const add = (token: CST.Token) => {
    if (token.type !== "error" || ++strays <= MAX_STRAY_TOKENS) return void tokens.push(token);
    const { line } = lineCounter.linePos(token.offset);
    unlistedErrors ??= { lines: 0, offset: token.offset };
    if (line !== lastLine) unlistedErrors.lines++;
    lastLine = line;
  };
  for (const lexeme of lexemes) for (const token of parser.next(lexeme)) add(token);
  for (const token of parser.end()) add(token);
  return { tokens, unlistedErrors };
}

/**
 * What yaml's parseDocument does, from tokens already parsed (the syntax checks read the same
 * tokens, so the text is parsed once): the first document, and an error for any second one.
 */
function compose(tokens: readonly CST.Token[], length: number): Document.Parsed {
  const options = {
    uniqueKeys: true,
    strict: true,
    // “1,234” and “12万” stay strings, so the schema can say what is wrong with them.
    schema: "core",
  } as const;
  let document: Document.Parsed | undefined;
  // YAML makes an Error for each problem, and capturing each one's stack costs: a file with a
  // problem on each of a million lines took a minute and gigabytes. The positions are all we read.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const next of new Composer(options).compose(tokens, true, length)) {
      if (!document) document = next;
      else {
        document.errors.push(
          new YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents"),
        );
        break;
      }
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return document as Document.Parsed;
}

export function toPlainData(source: SourceFile): unknown {
  return source.document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}

function positionIn(text: string, offset: number): SourcePosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}
