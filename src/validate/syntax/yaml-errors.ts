/** YAML's own errors, for what the rules above do not recognise: reworded, and at the right column. */
import type { YAMLError } from "yaml";
import { found, lineEnd, lineStart, type Found } from "./found.js";

const KEY_VALUE_LINE = /^\s*(-\s+)?[^\s:#"'][^:#]*:(\s|$)/;

/** A `key: value` line whose value starts with `{{`, `%`, `@` or a backtick, which YAML cannot read unquoted. */
const NEEDS_QUOTES = /^(\s*((?:-\s+)?[^\s:#"'{][^:#]*):\s+)(\{\{|[%@`])/;

/** `{ value: 5, unit: % }`: the key before the value an error points at, inside braces. */
const FLOW_KEY_BEFORE = /([^\s:,{}[\]"']+):[ \t]+$/;

export function fromYamlError(error: YAMLError, text: string): Found {
  const [start, end] = error.pos;
  const lineBegin = lineStart(text, start);
  const line = text.slice(lineBegin, lineEnd(text, start));
  // YAML often points at the start of the line; the first non-blank character is where to look.
  const offset = start === lineBegin ? lineBegin + (/^ */.exec(line)?.[0].length ?? 0) : start;
  // `title: {{年度}}年…` and `unit: %`: an unquoted value YAML reads as a mapping or refuses.
  const unquoted = NEEDS_QUOTES.exec(line);
  if (unquoted?.[1] !== undefined && unquoted[2] !== undefined && unquoted[3] !== undefined)
    return found("needsQuotes", lineBegin + unquoted[1].length, {
      key: unquoted[2].trim().replace(/^-\s+/, ""),
      start: unquoted[3].startsWith("{") ? "{{" : unquoted[3],
      value: line.slice(unquoted[1].length).trimEnd(),
    });
  const inFlow = FLOW_KEY_BEFORE.exec(text.slice(lineBegin, start));
  if (inFlow?.[1] !== undefined && /^[%@`]/.test(text.charAt(start))) {
    const value = (/^[^,}\]\n]*/.exec(text.slice(start))?.[0] ?? "").trimEnd();
    return found("needsQuotes", start, { key: inFlow[1], start: text.charAt(start), value });
  }
  switch (error.code) {
    case "DUPLICATE_KEY":
      return found("duplicateKey", offset, { key: keyAt(text, start, end) });
    case "TAB_AS_INDENT":
      return found("tabIndent", offset, {});
    case "BAD_INDENT":
      return found("indentMismatch", offset, {});
    // A Windows path in double quotes: `\资` is no escape YAML knows. (`\n`, `\t`… are, and pass.)
    case "BAD_DQ_ESCAPE":
      return found("backslashInDoubleQuotes", offset, {});
    case "MULTIPLE_DOCS":
      return found("secondDocument", offset, {});
    case "MISSING_CHAR":
    case "MULTILINE_IMPLICIT_KEY":
    case "BLOCK_AS_IMPLICIT_KEY":
      // A well-formed `key: value` line that YAML cannot place is indented wrongly.
      if (KEY_VALUE_LINE.test(line)) return found("indentMismatch", offset, {});
      return found("yamlSyntax", offset, { detail: error.code });
    default:
      return found("yamlSyntax", offset, { detail: error.code });
  }
}

/** The key at `start`: up to its colon (found by search, not a lazy regex, which is quadratic in a long key). */
function keyAt(text: string, start: number, end: number): string {
  const written = text.slice(start, Math.max(end, lineEnd(text, start)));
  const colon = written.indexOf(":");
  const key = colon > 0 ? written.slice(0, colon) : "";
  const newline = key.indexOf("\n");
  // As YAML reads it: the key ends at its line's end, and only blanks may come before the colon.
  if (newline === -1) return (key || written).trim();
  return newline > 0 && key.slice(newline).trim() === "" ? key.slice(0, newline).trim() : written.trim();
}
