// Build time: the command line's files written in ASCII. esbuild escapes every other character of
// a string, but leaves those of a regular expression literal as they are, and one such character
// makes V8 decode the whole file from UTF-8 and keep it as two bytes a character (each file is
// read at every start; npm run bench prints the cold build). Here each is written `\uXXXX`, which
// a regular expression reads as the same character, with or without the u flag (a surrogate pair
// as two escapes is one character under u). What stays (a String.raw template) is left alone: the
// file is then still read as UTF-8, only more slowly.
import ts from "typescript";

/** `code` with every non-ASCII character of its regular expression literals written as an escape. */
export function asciiRegExps(code) {
  if (!/[^\x00-\x7f]/.test(code)) return code;
  const file = ts.createSourceFile("chunk.js", code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const literals = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literals.push([node.getStart(file), node.end]);
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = "";
  let from = 0;
  for (const [start, end] of literals) {
    out += code.slice(from, start) + escaped(code.slice(start, end));
    from = end;
  }
  return out + code.slice(from);
}

function escaped(literal) {
  return literal.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => {
    const code = `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    // `\中` (an identity escape, without the u flag) is the character itself: its escape replaces both.
    return slashes.length % 2 === 1 ? slashes.slice(1) + code : slashes + code;
  });
}
