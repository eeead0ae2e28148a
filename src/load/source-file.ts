import { Composer, isMap, isScalar, isSeq, LineCounter, Parser, YAMLParseError, type CST, type Document } from "yaml";
import { ReportError, type SourcePosition } from "../errors.js";
import type { Encoding } from "./decode.js";
import { MAX_ENTRIES, MAX_NESTING_DEPTH } from "./limits.js";
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
  const tokens = parseLexemes(lexemes, lineCounter);
  const document = compose(tokens, text.length);
  return {
    path,
    text,
    encoding,
    document,
    tokens,
    references,
    positionAt: (offset) => {
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    },
    lineText: (line) => lines[line - 1] ?? "",
  };
}

/** What yaml's Parser.parse does, from the lexemes the structure scan has already read. */
function parseLexemes(lexemes: readonly string[], lineCounter: LineCounter): CST.Token[] {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  for (const lexeme of lexemes) for (const token of parser.next(lexeme)) tokens.push(token);
  for (const token of parser.end()) tokens.push(token);
  return tokens;
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
  for (const next of new Composer(options).compose(tokens, true, length)) {
    if (!document) document = next;
    else {
      document.errors.push(
        new YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents"),
      );
      break;
    }
  }
  return document as Document.Parsed;
}

/**
 * The data as JavaScript values, every text with its paragraphs marked alike: a blank line between
 * two paragraphs is an empty line ("\n\n"), a line break inside a paragraph a single "\n" (which the
 * render stage drops between Chinese characters). A `|` block keeps that difference itself. A plain
 * text over several lines is taken as written, as if it were a `|` block: YAML would fold each line
 * break to a space, which has no place between Chinese characters. In quoted and `>` texts YAML's
 * folding stands, and the "\n" it leaves for a blank line is made a blank line again.
 */
export function toPlainData(source: SourceFile): unknown {
  if (!marked.has(source.document)) {
    marked.add(source.document);
    markParagraphs(source.document.contents, source.text);
  }
  return source.document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}

/** Every text value in the tree, as toPlainData says; a plain walk, lighter than yaml's visit. */
function markParagraphs(node: unknown, text: string): void {
  if (isMap(node)) for (const pair of node.items) markParagraphs(pair.value, text);
  else if (isSeq(node)) for (const item of node.items) markParagraphs(item, text);
  else if (isScalar(node) && typeof node.value === "string" && node.type !== "BLOCK_LITERAL" && node.range) {
    if (node.type === "PLAIN") {
      const written = text.slice(node.range[0], node.range[1]);
      if (written.includes("\n"))
        node.value = written
          .trim()
          .split(/[ \t]*\n[ \t]*(?:\n[ \t]*)+/)
          .map((paragraph) => paragraph.replace(/[ \t]*\n[ \t]*/g, "\n"))
          .join("\n\n");
    } else if (node.value.includes("\n")) node.value = node.value.replace(/\n+/g, "\n\n");
  }
}

const marked = new WeakSet<Document.Parsed>();

function positionIn(text: string, offset: number): SourcePosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}
