/**
 * Marks typed around a figure's name or the title that the document would print as they are:
 * `{名称}` and `｛｛名称｝｝` (single or full-width braces, where `{{名称}}` was meant) and “…” or "…"
 * around the whole title (the template sets the title on its own; the quotes would be printed).
 * Each is a warning naming the fix, `report fix` makes it (src/fix/edits.ts), and `--final`
 * refuses it (a draft may still have them).
 */
import { diagnostic, type Diagnostic } from "../errors.js";
import type { SourceFile } from "../load/source-file.js";
import { fieldName, figureNames, proseFields, type FieldPath } from "../summary/prose-fields.js";
import { BUILT_IN_REFERENCES } from "../summary/schema.js";
import { fragmentPosition } from "./locate.js";

export interface TypedMark {
  readonly code: "bracesAroundName" | "quotedTitle";
  readonly path: FieldPath;
  readonly text: string;
  readonly offset: number;
  readonly found: string;
  /** What replaces `found`: `{{名称}}`, or nothing for a quote. */
  readonly fix: string;
  /** The figure the braces name (empty for a quote). */
  readonly name: string;
}

/** `{名称}` not part of `{{…}}`, or full-width braces, one or two of each; the name is short and plain. */
const BRACED = /(?<![{｛])(?:\{|｛｛?)([^{}｛｝\n]{1,40})(?:\}|｝｝?)(?![}｝])/gu;
const OPENING_QUOTE = /^[“"]/u;
const CLOSING_QUOTE = /[”"]$/u;

export function typedMarks(data: unknown): TypedMark[] {
  const names = new Set(figureNames(data));
  const keywords: readonly string[] = [
    BUILT_IN_REFERENCES.valueOnly,
    BUILT_IN_REFERENCES.change,
    BUILT_IN_REFERENCES.amount,
  ];
  /** The reference meant by what is inside the braces, if it names a figure. */
  const reference = (inside: string): { meant: string; name: string } | undefined => {
    const [head, ...rest] = inside.trim().split(/[ \u3000]+/u);
    if (head === undefined) return undefined;
    if (rest.length === 0)
      return names.has(head) || head === BUILT_IN_REFERENCES.year ? { meant: head, name: head } : undefined;
    const name = rest[0] ?? "";
    return rest.length === 1 && keywords.includes(head) && names.has(name)
      ? { meant: `${head} ${name}`, name }
      : undefined;
  };
  const marks: TypedMark[] = [];
  for (const { path, text } of proseFields(data)) {
    for (const match of text.matchAll(BRACED)) {
      const meant = reference(match[1] ?? "");
      if (meant === undefined) continue;
      const { index, 0: found } = match;
      marks.push({
        code: "bracesAroundName",
        path,
        text,
        offset: index,
        found,
        fix: `{{${meant.meant}}}`,
        name: meant.name,
      });
    }
    if (path.length === 1 && path[0] === "title") {
      const trimmed = text.trim();
      const start = text.indexOf(trimmed);
      if (trimmed.length > 2 && OPENING_QUOTE.test(trimmed) && CLOSING_QUOTE.test(trimmed)) {
        const open = trimmed.charAt(0);
        const close = trimmed.charAt(trimmed.length - 1);
        const inner = trimmed.slice(1, -1);
        // Quotes inside the title (“…”工程) are the title's own: only a pair round the whole of it.
        if (!/[“”"]/u.test(inner)) {
          marks.push({ code: "quotedTitle", path, text, offset: start, found: open, fix: "", name: "" });
          marks.push({
            code: "quotedTitle",
            path,
            text,
            offset: start + trimmed.length - 1,
            found: close,
            fix: "",
            name: "",
          });
        }
      }
    }
  }
  return marks;
}

/** The warnings: one a pair of braces, one for the title's quotes (at the opening one). */
export function typedMarkWarnings(data: unknown, source: SourceFile): Diagnostic[] {
  return typedMarks(data).flatMap((mark, index, all) => {
    const place = {
      file: source.path,
      position: fragmentPosition(source, mark.path, mark.text, mark.offset, mark.found),
      field: fieldName(mark.path),
    };
    const field = fieldName(mark.path);
    if (mark.code === "bracesAroundName")
      return [warning(diagnostic("bracesAroundName", { field, found: mark.found, fix: mark.fix }, place))];
    // The closing quote is fixed with the opening one and said with it.
    if (all[index - 1]?.code === "quotedTitle" && all[index - 1]?.path === mark.path) return [];
    const close = all[index + 1]?.found ?? mark.found;
    return [warning(diagnostic("quotedTitle", { open: mark.found, close }, place))];
  });
}

const warning = (d: Diagnostic): Diagnostic => ({ ...d, severity: "warning" });
