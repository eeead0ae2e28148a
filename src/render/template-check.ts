/**
 * A custom template checked before it is used: Handlebars reports a syntax error only when the
 * template first runs, and a missing partial or helper only when that line is reached, without
 * saying where. Here each is found in the parsed template and reported at its file and line.
 */
import Handlebars from "handlebars";
import { diagnostic, type Diagnostic, type SourcePosition } from "../errors.js";
import { textLines } from "../lines.js";

/** Handlebars' own block helpers, plus the ones report registers. */
const BUILT_IN_HELPERS = ["if", "unless", "each", "with", "lookup", "log"];

export interface TemplateFile {
  readonly path: string;
  readonly text: string;
}

export function templateProblems(
  file: TemplateFile,
  partials: readonly string[],
  helpers: readonly string[],
): Diagnostic[] {
  const lines = textLines(file.text);
  const at = (position: SourcePosition) => ({ file: file.path, position, excerpt: lines.lineText(position.line) });
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(file.text);
  } catch (error) {
    const unclosed = /got 'EOF'/.test(String(error)) ? unclosedBlock(file.text) : undefined;
    if (unclosed !== undefined)
      return [{ code: "templateUnclosedBlock", severity: "error", ...at(lines.positionAt(unclosed)), params: {} }];
    const { position, detail } = parseErrorPlace(error);
    return [{ code: "templateSyntax", severity: "error", ...at(position), params: { detail } }];
  }
  const knownHelpers = [...BUILT_IN_HELPERS, ...helpers];
  const problems: Diagnostic[] = [];
  const place = (node: { loc: hbs.AST.SourceLocation }) =>
    at({ line: node.loc.start.line, column: node.loc.start.column + 1 });
  const stack: unknown[] = [program];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]));
      continue;
    }
    const statement = node as {
      type: string;
      loc: hbs.AST.SourceLocation;
      name?: hbs.AST.Expression;
      path?: hbs.AST.Expression;
      params?: readonly unknown[];
      hash?: unknown;
    };
    if (
      (statement.type === "PartialStatement" || statement.type === "PartialBlockStatement") &&
      statement.name?.type === "PathExpression"
    ) {
      const name = (statement.name as hbs.AST.PathExpression).original;
      const known = partials.join(", ");
      if (!partials.includes(name))
        problems.push(diagnostic("templateMissingPartial", { name, known }, place(statement)));
    }
    const callsHelper = (statement.params?.length ?? 0) > 0 || statement.hash !== undefined;
    if (
      ["MustacheStatement", "BlockStatement", "SubExpression"].includes(statement.type) &&
      callsHelper &&
      statement.path?.type === "PathExpression"
    ) {
      const name = (statement.path as hbs.AST.PathExpression).original;
      const known = knownHelpers.join(", ");
      if (!knownHelpers.includes(name))
        problems.push(diagnostic("templateUnknownHelper", { name, known }, place(statement)));
    }
    for (const [key, value] of Object.entries(node))
      if (key !== "loc" && value !== null && typeof value === "object") stack.push(value);
  }
  return problems.sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0));
}

/** Handlebars' parse errors say “Parse error on line N:”, its other errors end in “- line:column”. */
function parseErrorPlace(error: unknown): { position: SourcePosition; detail: string } {
  const message = error instanceof Error ? error.message : String(error);
  const located = error as { lineNumber?: number; column?: number };
  if (typeof located.lineNumber === "number") {
    return {
      position: { line: located.lineNumber, column: (located.column ?? 0) + 1 },
      detail: message.replace(/ - \d+:\d+$/, ""),
    };
  }
  // The column jison shows is within its own excerpt, not the line, so only the line is kept.
  const line = Number(/on line (\d+)/.exec(message)?.[1] ?? 1);
  return { position: { line, column: 1 }, detail: message.split("\n").at(-1) ?? message };
}

/** A block left open is noticed only at the end of the file: this finds the block itself. */
function unclosedBlock(text: string): number | undefined {
  const open: number[] = [];
  for (const match of text.matchAll(/\{\{~?\s*([#^/])/g)) {
    if (match[1] === "/") open.pop();
    else open.push(match.index);
  }
  return open.at(-1);
}
