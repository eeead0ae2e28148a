/**
 * Source-level checks, run on the text before the parsed document is trusted. Each rule recognises
 * one mistake clerks make and reports it where it was made; YAML's own errors are then reported only
 * where no rule has already explained them (one mistake often makes YAML complain several lines later).
 */
import type { CST, YAMLError } from "yaml";
import { textLines } from "../../lines.js";
import { unclosedBracket } from "./brackets.js";
import { colonsAndDashes } from "./colons.js";
import { tokenEnd, walk } from "./cst.js";
import { found, lineStart, type Found, type Region } from "./found.js";
import { indentation } from "./indentation.js";
import { listAsKey } from "./list-items.js";
import { plainScalar } from "./plain-scalars.js";
import { backslashInDoubleQuotes, textAfterQuote, unclosedQuote } from "./quotes.js";
import { fromYamlError } from "./yaml-errors.js";

export type { Found } from "./found.js";

export function syntaxProblems(
  text: string,
  tokens: readonly CST.Token[],
  yamlErrors: readonly YAMLError[],
  /** Stray tokens left out of the parse (SourceFile.unlistedErrors): one line counts them, unless explained. */
  unlisted?: { readonly lines: number; readonly offset: number },
): Found[] {
  const { positionAt } = textLines(text);
  const lineOf = (offset: number) => positionAt(offset).line;
  const contentLines = new Set<number>();
  const explained: Region[] = [];
  const problems: Found[] = [];
  const isExplained = (offset: number) => explained.some(([start, end]) => offset >= start && offset < end);
  /** The region a problem explains is only worked out when there is a problem: it can be costly. */
  const report = (problem: Found | undefined, region: () => Region) => {
    if (!problem) return;
    problems.push(problem);
    explained.push(region());
  };

  // Lines that are a text's content, not YAML's structure: where the line rules do not look.
  for (const { token } of walk(tokens)) {
    if (token.type === "block-scalar") {
      const bodyStart = blockBodyStart(token);
      for (let line = lineOf(bodyStart); line <= lineOf(bodyStart + token.source.length); line++)
        contentLines.add(line);
    } else if (token.type === "double-quoted-scalar" || token.type === "single-quoted-scalar") {
      for (let line = lineOf(token.offset) + 1; line <= lineOf(token.offset + token.source.length); line++)
        contentLines.add(line);
    }
  }
  // A colon inside a text and a dash without its space confuse YAML about the rest of the item.
  for (const problem of colonsAndDashes(text, contentLines)) {
    report(problem, () => [lineStart(text, problem.offset), itemEnd(text, problem.offset)]);
  }

  for (const visit of walk(tokens)) {
    const { token } = visit;
    if (token.type === "double-quoted-scalar" || token.type === "single-quoted-scalar") {
      report(unclosedQuote(token, lineOf), () => [token.offset, text.length]);
      report(textAfterQuote(token), () => [token.offset, text.length]);
      report(backslashInDoubleQuotes(token), () => [token.offset, token.offset + token.source.length]);
    } else if (token.type === "flow-collection") {
      report(unclosedBracket(token), () => [token.offset, tokenEnd(token) + 1]);
    } else if (token.type === "block-seq") {
      report(listAsKey(visit, text), () => [token.offset, tokenEnd(token)]);
    } else if (token.type === "scalar" && !isExplained(token.offset)) {
      report(plainScalar(visit, text), () => [token.offset, token.offset + token.source.length + 1]);
    }
  }

  // A tab or full-width space in the indentation confuses YAML about the structure until the next
  // top-level line: whatever else is found there is a consequence, not a mistake of its own.
  const confused: Region[] = [];
  for (const problem of indentation(text, contentLines)) {
    report(problem, () => [problem.offset, problem.offset + 1]);
    confused.push([problem.offset, nextTopLevelLine(text, problem.offset)]);
  }
  const isConfused = (p: Found) => !p.wholeLine && confused.some(([a, b]) => p.offset >= a && p.offset < b);

  const linesReported = new Set(problems.map((p) => lineOf(p.offset)));
  for (const error of yamlErrors) {
    const [start, end] = error.pos;
    if (explained.some(([a, b]) => start <= b && end >= a)) continue;
    const problem = fromYamlError(error, text);
    const line = lineOf(problem.offset);
    if (linesReported.has(line)) continue; // one problem a line: the rest are its consequences
    linesReported.add(line);
    problems.push(problem);
  }
  if (unlisted && !explained.some(([a, b]) => unlisted.offset >= a && unlisted.offset < b))
    problems.push(found("moreProblems", unlisted.offset, { count: unlisted.lines, errors: unlisted.lines }));
  return problems.filter((p) => !isConfused(p)).sort((a, b) => a.offset - b.offset);
}

/** The end of the item the line at `offset` starts (its deeper lines): what a mistake there confuses. */
function itemEnd(text: string, offset: number): number {
  const start = lineStart(text, offset);
  ITEM_INDENT.lastIndex = start;
  const [, own = "", dash = ""] = ITEM_INDENT.exec(text) ?? [];
  let end = text.indexOf("\n", offset);
  while (end !== -1) {
    const next = text.indexOf("\n", end + 1);
    LINE_INDENT.lastIndex = end + 1;
    const indent = LINE_INDENT.exec(text)?.[0].length ?? 0;
    const blank = /[\n]|$/y;
    blank.lastIndex = end + 1 + indent;
    if (!blank.test(text) && (indent <= own.length || indent < own.length + dash.length)) break;
    end = next;
  }
  return end === -1 ? text.length : end + 1;
}
const ITEM_INDENT = /([ \t]*)(-[ \t]+)?/y;
const LINE_INDENT = /[ \t]*/y;

function nextTopLevelLine(text: string, offset: number): number {
  const match = /\n(?=[^\s#])/g;
  match.lastIndex = offset;
  const found = match.exec(text);
  return found ? found.index + 1 : text.length;
}

function blockBodyStart(token: CST.BlockScalar): number {
  const last = token.props[token.props.length - 1];
  return last && "source" in last ? last.offset + last.source.length : token.offset;
}
