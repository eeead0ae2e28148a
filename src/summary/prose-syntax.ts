/**
 * Prose → text and figure references. Prose is parsed with Handlebars' own parser but never
 * compiled or run: only `{{name}}`, `{{数值 name}}` and the comparisons `{{同比 name}}` and
 * `{{增减 name}}` are honoured, so nothing a data file says can reach helpers, partials or
 * JavaScript objects.
 */
import Handlebars from "handlebars";
import { MAX_REFERENCES_PER_TEXT } from "../limits.js";
import type { MessageCode } from "../messages/catalogue.js";
import { BUILT_IN_REFERENCES } from "./schema.js";

type HbsNode = hbs.AST.Statement;

export type ProseSegment =
  | { readonly kind: "text"; readonly text: string }
  | {
      readonly kind: "reference";
      readonly name: string;
      readonly withUnit: boolean;
      /** Set for a comparison with last year: `{{同比 name}}` (change) or `{{增减 name}}` (amount). */
      readonly compare?: "change" | "amount";
      /** Where the reference starts in the prose string, and how it was written. */
      readonly offset: number;
      readonly raw: string;
    };

export interface ProseProblem {
  readonly code: Extract<MessageCode, "proseSyntax" | "proseNotAllowed" | "tooManyReferences">;
  readonly offset: number;
  readonly raw: string;
  readonly detail: string;
}

export interface ParsedProse {
  readonly segments: readonly ProseSegment[];
  readonly problems: readonly ProseProblem[];
}

/**
 * Validation and rendering both read every text: the texts of the last few documents are
 * remembered, not parsed again (bounded, so a batch's memory does not grow with its files).
 */
const recent = new Map<string, ParsedProse>();
const RECENT_TEXTS = 512;

export function parseProse(text: string): ParsedProse {
  let parsed = recent.get(text);
  if (!parsed) {
    if (recent.size >= RECENT_TEXTS) recent.clear();
    parsed = parse(text);
    recent.set(text, parsed);
  }
  return parsed;
}

function parse(text: string): ParsedProse {
  if (!text.includes("{{")) return { segments: [{ kind: "text", text }], problems: [] };
  const tooMany = nthOpening(text, MAX_REFERENCES_PER_TEXT + 1);
  if (tooMany !== undefined) {
    return {
      segments: [],
      problems: [{ code: "tooManyReferences", offset: tooMany, raw: "{{", detail: String(MAX_REFERENCES_PER_TEXT) }],
    };
  }
  return readPlainly(text) ?? readWithHandlebars(text);
}

/** A name as Handlebars' lexer reads one (its ID): no spaces, no ASCII punctuation but $ - : ? _. */
const NAME = String.raw`[^\s!"#%-,./;->@[-^\`{-~]+`;
/** `{{name}}` or `{{word name}}`, spaces allowed inside the braces, not followed by a third `}`. */
const PLAIN_REFERENCE = new RegExp(String.raw`\{\{\s*(${NAME})(?:\s+(${NAME}))?\s*\}\}(?!\})`, "y");
/** Names that Handlebars' lexer reads as something else: literals, `this`; and `{{else` opens an inverse. */
const NOT_A_NAME = /^(?:true|false|undefined|null|this|-?[0-9]+)$/;
const ELSE = /^else\b/;
/**
 * NUL, which Handlebars' lexer takes for the end; and what its positions count otherwise than
 * src/lines.ts does (a carriage return, U+2028, U+2029), which readWithHandlebars allows for.
 */
const ODD_CHARACTERS = /[\0\r\u2028\u2029]/;

/**
 * The texts almost every data file holds: plain references between plain text, read here as
 * Handlebars reads them, without its parser (made by Jison, it took a cold build a few
 * milliseconds to load and run). Anything else, or anything Handlebars might read otherwise (a
 * backslash before `{{`, the characters above), is left to readWithHandlebars: undefined.
 * test/prose-syntax.property.test.ts holds the two to the same result.
 */
export function readPlainly(text: string): ParsedProse | undefined {
  if (text.includes("\\{{") || ODD_CHARACTERS.test(text)) return undefined;
  const segments: ProseSegment[] = [];
  let from = 0;
  for (let at = text.indexOf("{{"); at !== -1; at = text.indexOf("{{", from)) {
    PLAIN_REFERENCE.lastIndex = at;
    const match = PLAIN_REFERENCE.exec(text);
    if (!match) return undefined;
    const [raw, head = "", param] = match;
    if (NOT_A_NAME.test(head) || ELSE.test(head) || (param !== undefined && NOT_A_NAME.test(param))) return undefined;
    let reference: Omit<Extract<ProseSegment, { kind: "reference" }>, "kind" | "offset" | "raw">;
    if (param === undefined) reference = { name: head, withUnit: true };
    else {
      const compare = Object.hasOwn(COMPARISONS, head) ? COMPARISONS[head] : undefined;
      if (compare) reference = { name: param, withUnit: true, compare };
      else if (head === BUILT_IN_REFERENCES.valueOnly) reference = { name: param, withUnit: false };
      else return undefined;
    }
    if (at > from) segments.push({ kind: "text", text: text.slice(from, at) });
    segments.push({ kind: "reference", ...reference, offset: at, raw });
    from = at + raw.length;
  }
  if (from < text.length) segments.push({ kind: "text", text: text.slice(from) });
  return { segments, problems: [] };
}

/** Any text with `{{`, read by Handlebars' own parser. */
export function readWithHandlebars(text: string): ParsedProse {
  let program: hbs.AST.Program;
  // Handlebars' lexer takes NUL for the end of the text; U+FFFF, like NUL, is never printed, and
  // has the same length, so every offset stays where it was.
  const read = text.replaceAll("\u0000", "\uFFFF");
  try {
    program = Handlebars.parse(read);
  } catch {
    return { segments: [], problems: [unparsable(text)] };
  }
  // Handlebars gives each node a line and a column: its lines end at a carriage return too, and
  // its columns go wrong after a U+2028 or U+2029 in a text that spans lines (its lexer measures a
  // line with `.`, which stops there). So a node starts where the text before it ends, that text
  // being what Handlebars says was written (`original`, less the backslash of an escaped `\{{`);
  // within one line, a node's two columns still differ by its length. A node over several lines
  // ends where its position says, counting lines as Handlebars does.
  const lineStarts = handlebarsLineStarts(text);
  const at = (position: hbs.AST.Position) => (lineStarts[position.line - 1] ?? 0) + position.column;

  const segments: ProseSegment[] = [];
  const problems: ProseProblem[] = [];
  let from = 0;
  for (const node of program.body) {
    if (node.type === "ContentStatement") {
      // Handlebars' own types call `original` strip flags; its parser sets the text there.
      const { original } = node as unknown as { original: unknown };
      from = (typeof original === "string" ? writtenEnd(read, from, original) : undefined) ?? at(node.loc.end);
      segments.push({ kind: "text", text: (node as hbs.AST.ContentStatement).value });
      continue;
    }
    const { start, end } = node.loc;
    const offset = from;
    const raw = text.slice(offset, start.line === end.line ? offset + end.column - start.column : at(end));
    from = offset + raw.length;
    const reference = asReference(node);
    if (reference) segments.push({ kind: "reference", ...reference, offset, raw });
    else problems.push({ code: "proseNotAllowed", offset, raw, detail: raw });
  }
  return { segments, problems };
}

/**
 * Where `original`, a text as Handlebars read it, ends in `text` when it starts at `from`: the
 * same characters, but for the backslashes Handlebars takes out before a `{{` it escapes.
 */
function writtenEnd(text: string, from: number, original: string): number | undefined {
  let i = from;
  for (let j = 0; j < original.length; i++) {
    if (text[i] === original[j]) j++;
    else if (text[i] !== "\\") return undefined;
  }
  return i;
}

/** Where each line starts as Handlebars' lexer counts lines: after CR LF, a lone CR or LF. */
function handlebarsLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    if (c === 0x0d || c === 0x0a) starts.push(i + 1);
  }
  return starts;
}

const COMPARISONS: Readonly<Record<string, "change" | "amount">> = {
  [BUILT_IN_REFERENCES.change]: "change",
  [BUILT_IN_REFERENCES.amount]: "amount",
};

/**
 * `{{name}}`, `{{数值 name}}`, `{{同比 name}}` or `{{增减 name}}`, written plainly: no paths, data
 * variables, hashes or whitespace control.
 */
function asReference(node: HbsNode): { name: string; withUnit: boolean; compare?: "change" | "amount" } | undefined {
  if (node.type !== "MustacheStatement") return undefined;
  const mustache = node as hbs.AST.MustacheStatement;
  if (!mustache.escaped || mustache.strip.open || mustache.strip.close || mustache.hash) return undefined;
  const head = singleName(mustache.path);
  if (head === undefined) return undefined;
  if (mustache.params.length === 0) return { name: head, withUnit: true };
  const [param, ...rest] = mustache.params;
  const compare = Object.hasOwn(COMPARISONS, head) ? COMPARISONS[head] : undefined;
  if ((head !== BUILT_IN_REFERENCES.valueOnly && !compare) || rest.length > 0 || !param) return undefined;
  const name = singleName(param);
  if (name === undefined) return undefined;
  return compare ? { name, withUnit: true, compare } : { name, withUnit: false };
}

function singleName(expression: hbs.AST.Expression): string | undefined {
  if (expression.type !== "PathExpression") return undefined;
  const path = expression as hbs.AST.PathExpression;
  if (path.data || path.depth !== 0 || path.parts.length !== 1 || path.original !== path.parts[0]) return undefined;
  return path.parts[0];
}

/** Handlebars' parse errors carry no usable position, so find the first `{{` that is never closed. */
function unparsable(text: string): ProseProblem {
  const open = /(?<!\\)\{\{/g;
  let first: RegExpExecArray | null = null;
  for (let match = open.exec(text); match; match = open.exec(text)) {
    first ??= match;
    const close = text.indexOf("}}", match.index + 2);
    const next = text.indexOf("{{", match.index + 2);
    if (close === -1 || (next !== -1 && next < close)) {
      return { code: "proseSyntax", offset: match.index, raw: "{{", detail: "{{ … }}" };
    }
  }
  const offset = first?.index ?? 0;
  const end = text.indexOf("}}", offset);
  const raw = end === -1 ? text.slice(offset) : text.slice(offset, end + 2);
  return { code: "proseSyntax", offset, raw, detail: raw };
}

/** Where the n-th `{{` of a text is (1-based), if it has that many. */
export function nthOpening(text: string, n: number): number | undefined {
  let at = -2;
  for (let i = 0; i < n; i++) {
    at = text.indexOf("{{", at + 2);
    if (at === -1) return undefined;
  }
  return at;
}
