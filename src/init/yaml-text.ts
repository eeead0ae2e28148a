/** Scalars written into a YAML file by hand-built text: plain where YAML allows, quoted otherwise. */
import { stringify } from "yaml";

/** A value on one line after `key: `. Multi-line text becomes a double-quoted string with \n. */
export function inlineScalar(value: string | number): string {
  if (typeof value === "number") return String(value);
  const written = stringify(value, { lineWidth: 0 }).trimEnd();
  return written.includes("\n") ? JSON.stringify(value) : written;
}

/**
 * A value inside `{ … }`: plain YAML there may not hold `,` `[` `]` `{` `}` (they end the value) nor
 * `#` or `: ` (a comment, a key), which block context allows, so such a text is double-quoted (a JSON
 * string is a YAML double-quoted one).
 */
export function flowScalar(value: string | number): string {
  if (typeof value === "number") return String(value);
  const plain = inlineScalar(value);
  return /[,[\]{}#:]/.test(plain) && !/^["']/.test(plain) ? JSON.stringify(value) : plain;
}

/** A `# …` comment block at an indentation, one line per entry. */
export function comment(indent: string, ...lines: string[]): string {
  return lines.map((line) => `${indent}# ${line}\n`).join("");
}

/**
 * A text after `key: `: on one line where it has one, else as a `|-` block indented by `indent`,
 * so its paragraphs stay paragraphs (a blank line between them) as the clerk wrote them.
 */
export function textScalar(value: string, indent: string): string {
  if (!value.includes("\n")) return inlineScalar(value);
  const lines = value.split("\n").map((line) => (line.trim() ? `${indent}${line.trimEnd()}` : ""));
  return `|-\n${lines.join("\n")}`;
}
