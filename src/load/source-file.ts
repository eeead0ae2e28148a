import { Composer, CST, isMap, isScalar, isSeq, Parser, YAMLParseError, type Document, type Scalar } from "yaml";
import { ReportError, type SourcePosition } from "../errors.js";
import { textLines, type Lines } from "../lines.js";
import { replaceLineBreaks } from "../line-breaks.js";
import type { Encoding } from "./decode.js";
import { MAX_ENTRIES, MAX_NESTING_DEPTH, MAX_YAML_ERRORS } from "../limits.js";
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
   * Errors past the first MAX_YAML_ERRORS (of stray tokens such as a `]` alone on a line, and of YAML's own):
   * left out of `tokens` and `document`; only the lines they are on are counted, and where the first is.
   */
  readonly unlistedErrors?: { readonly lines: number; readonly offset: number };
  positionAt(offset: number): SourcePosition;
  lineText(line: number): string;
}

/** A second line of defence: validation refuses aliases before the data is ever expanded. */
const MAX_ALIAS_COUNT = 100;

/** Text → YAML document. Refuses, before parsing, data nested deeper than any summary needs. */
export function parseSource(path: string, text: string, encoding: Encoding = "utf-8"): SourceFile {
  const lines = textLines(text);
  // The lexer's own pass comes first, on purpose: the parser below recurses, and a hostile file would
  // take it seconds or overflow its stack before any limit could be checked.
  const { tooDeepAt, tooManyEntriesAt, references, lexemes } = scanStructure(text, {
    maxDepth: MAX_NESTING_DEPTH,
    maxEntries: MAX_ENTRIES,
  });
  const refuse = (offset: number, problem: { code: "tooDeep" | "tooManyEntries"; params: { limit: number } }) => {
    const position = lines.positionAt(offset);
    return new ReportError("data", [
      { ...problem, severity: "error", file: path, position, excerpt: lines.lineText(position.line) },
    ]);
  };
  if (tooDeepAt !== undefined) throw refuse(tooDeepAt, { code: "tooDeep", params: { limit: MAX_NESTING_DEPTH } });
  if (tooManyEntriesAt !== undefined)
    throw refuse(tooManyEntriesAt, { code: "tooManyEntries", params: { limit: MAX_ENTRIES } });
  const unlisted = new Unlisted(lines);
  const tokens = parseLexemes(lexemes, unlisted);
  const document = compose(tokens, text.length, unlisted);
  const unlistedErrors = unlisted.result;
  return {
    path,
    text,
    encoding,
    document,
    tokens,
    references,
    ...(unlistedErrors ? { unlistedErrors } : {}),
    positionAt: lines.positionAt,
    lineText: lines.lineText,
  };
}

/** What yaml's Parser.parse does, from the lexemes the structure scan has already read. */
function parseLexemes(lexemes: readonly string[], unlisted: Unlisted): CST.Token[] {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  let strays = 0;
  const add = (token: CST.Token) => {
    if (token.type !== "error" || ++strays <= MAX_YAML_ERRORS) tokens.push(token);
    else unlisted.add(token.offset);
  };
  for (const lexeme of lexemes) for (const token of parser.next(lexeme)) add(token);
  for (const token of parser.end()) add(token);
  return tokens;
}

/**
 * Errors past the first MAX_YAML_ERRORS (stray tokens, or YAML's errors while composing), only
 * counted, a line each: kept, a file of a million stray `]` lines made a million error objects, a
 * minute of work and a gigabyte of memory.
 */
class Unlisted {
  private lastLine = 0;
  result: { lines: number; offset: number } | undefined;
  constructor(private readonly lines: Lines) {}

  add(offset: number): void {
    const { line } = this.lines.positionAt(offset);
    this.result ??= { lines: 0, offset };
    if (line !== this.lastLine) this.result.lines++;
    this.lastLine = line;
  }
}

/**
 * What yaml's parseDocument does, from tokens already parsed (the syntax checks read the same
 * tokens, so the text is parsed once): the first document, and an error for any second one.
 */
function compose(tokens: readonly CST.Token[], length: number, unlisted: Unlisted): Document.Parsed {
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
    const composer = new Composer(options);
    // Its error callback (a private field of yaml's Composer) made to count the errors past the cap.
    // Should a later yaml rename it, this does nothing, and the corpus test fails on time.
    const internals = composer as unknown as { onError?: (source: unknown, ...rest: unknown[]) => void };
    const report = internals.onError;
    let errors = 0;
    if (report)
      internals.onError = (source: unknown, ...rest: unknown[]) => {
        if (rest[2] === true || ++errors <= MAX_YAML_ERRORS) report(source, ...rest);
        else unlisted.add(errorOffset(source));
      };
    for (const next of composer.compose(tokens, true, length)) {
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

/** Where an error the composer reports starts: it gives an offset, a range or a token. */
function errorOffset(source: unknown): number {
  if (typeof source === "number") return source;
  if (Array.isArray(source)) return Number(source[0]) || 0;
  return (source as { offset?: number } | null)?.offset ?? 0;
}

/**
 * The data as JavaScript values, every text with its paragraphs marked alike: a blank line between
 * two paragraphs is an empty line ("\n\n"), a line break inside a paragraph a single "\n" (which the
 * render stage drops between Chinese characters). A `|` block keeps that difference itself. A plain
 * text over several lines is taken as written, as if it were a `|` block: YAML would fold each line
 * break to a space, which has no place between Chinese characters. A `>` block likewise: its lines
 * are taken as a `|` block's would be (yaml's own reading of the block with `|` for `>`), so that a
 * line break between Chinese characters is dropped, not printed as a space. In quoted texts YAML's
 * folding stands, and the "\n" it leaves for a blank line is made a blank line again.
 */
export function toPlainData(source: SourceFile): unknown {
  if (!marked.has(source.document)) {
    marked.add(source.document);
    let folded: ReadonlyMap<number, string> | undefined;
    markParagraphs(source.document.contents, source.text, () => (folded ??= foldedAsLiteral(source.tokens)));
  }
  return source.document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}

/**
 * Calls `each` with every scalar that is a value (not a key) in the tree under `node`, in the order
 * written, until it returns false. A plain walk: yaml's visit, which builds a path for every node,
 * was a batch's tenth costliest function.
 */
export function eachValueScalar(node: unknown, each: (scalar: Scalar) => boolean | void): boolean {
  if (isMap(node)) {
    for (const pair of node.items) if (!eachValueScalar(pair.value, each)) return false;
  } else if (isSeq(node)) {
    for (const item of node.items) if (!eachValueScalar(item, each)) return false;
  } else if (isScalar(node)) return each(node) !== false;
  return true;
}

/** Every text value in the tree, as toPlainData says. */
function markParagraphs(root: unknown, text: string, folded: () => ReadonlyMap<number, string>): void {
  eachValueScalar(root, (node) => {
    if (typeof node.value !== "string" || node.type === "BLOCK_LITERAL" || !node.range) return;
    const literal = node.type === "BLOCK_FOLDED" ? folded().get(node.range[0]) : undefined;
    if (literal !== undefined) {
      node.value = literal;
      return;
    }
    if (node.type === "PLAIN") {
      const written = text.slice(node.range[0], node.range[1]);
      if (written.includes("\n"))
        // Linear in the text, like every scan of it: a regex around the line break would be tried
        // at each space of a long run (line-breaks.ts).
        node.value = replaceLineBreaks(written.trim(), () => "\n").replace(/\n{2,}/g, "\n\n");
    } else if (node.value.includes("\n")) node.value = node.value.replace(/\n+/g, "\n\n");
  });
}

const marked = new WeakSet<Document.Parsed>();

/**
 * Each `>` block's text as the same block written with `|` reads, by its offset (where its node's
 * range starts); a block with an explicit indentation (`>2`) keeps YAML's folding.
 */
function foldedAsLiteral(tokens: readonly CST.Token[]): ReadonlyMap<number, string> {
  const texts = new Map<number, string>();
  for (const token of tokens) {
    if (token.type !== "document") continue;
    CST.visit(token, (item) => {
      const value = item.value;
      if (value?.type !== "block-scalar") return;
      const header = value.props.find((prop): prop is CST.SourceToken => prop.type === "block-scalar-header");
      if (!header || !header.source.startsWith(">") || /\d/.test(header.source)) return;
      const literal = { ...header, source: `|${header.source.slice(1)}` };
      const read = CST.resolveAsScalar({ ...value, props: value.props.map((p) => (p === header ? literal : p)) });
      if (typeof read?.value === "string") texts.set(value.offset, read.value.replace(/\n{3,}/g, "\n\n"));
    });
  }
  return texts;
}
