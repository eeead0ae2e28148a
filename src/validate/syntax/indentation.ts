/**
 * Tabs, full-width spaces (U+3000, what the space bar types with a Chinese IME) and non-breaking
 * spaces in a line's indentation, also after `- `. Lines inside a text block or a quoted text are
 * content, where such characters are allowed (a paragraph may well start with two full-width spaces).
 */
import { found, type Found } from "./found.js";

const INDENT = /^(?:[ \t\u3000\u00a0]*-(?=[ \t\u3000\u00a0]))*[ \t\u3000\u00a0]*/;

export function indentation(text: string, contentLines: ReadonlySet<number>): Found[] {
  const problems: Found[] = [];
  let offset = 0;
  for (const [index, line] of text.split("\n").entries()) {
    const indent = INDENT.exec(line)?.[0] ?? "";
    const rest = line.slice(indent.length);
    const bad = indent.search(/[\t\u3000\u00a0]/);
    if (!contentLines.has(index + 1) && bad !== -1 && rest.trim() !== "" && !rest.startsWith("#")) {
      const at = offset + bad;
      problems.push(
        indent[bad] === "\t"
          ? found("tabIndent", at, {}, true)
          : found("oddSpaceIndent", at, { kind: indent[bad] === "\u3000" ? "fullwidth" : "nbsp" }, true),
      );
    }
    offset += line.length + 1;
  }
  return problems;
}
