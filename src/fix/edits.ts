/**
 * The safe fixes, as edits of the file's text, made even when the file has other errors (as
 * `eslint --fix` does). First the YAML mistakes whose fix is certain (a colon and a space inside a
 * text → “：”, a dash without its space), kept only if the file then has fewer such problems and no
 * new one. Then, once YAML reads the file, the writing check's fixes and the numbers clerks type
 * into headings and points: each edit replaces exactly the characters a rule names, inside the
 * scalar that holds them, so comments, blank lines, quotes and key order cannot change. Every round
 * is checked by parsing the result again: the data must be the data before, with exactly the fixed
 * texts changed; a text whose fix YAML would read otherwise (escapes, folded lines) is left as it
 * was and reported.
 */
import { isDeepStrictEqual } from "node:util";
import { parseSource, toPlainData, type SourceFile } from "../load/source-file.js";
import { fieldName, type FieldPath } from "../summary/prose-fields.js";
import { nodeAt } from "../validate/locate.js";
import { syntaxProblems, type Found } from "../validate/syntax/index.js";
import { typedOrdinals } from "../validate/text-shapes.js";
import { typedMarks } from "../validate/typed-marks.js";
import { locateMistakes, type LocatedFinding } from "../validate/writing/check.js";
import type { RuleId } from "../writing-rules.js";
import { valueOffsets } from "../validate/writing/source-map.js";

export interface Change {
  readonly path: FieldPath;
  readonly line: number;
  readonly column: number;
  /** The writing rule's id, or the mistake's (colon-in-text, dash-without-space, own-ordinal). */
  readonly rule: string;
  readonly found: string;
  readonly fix: string;
}

/** A finding a fix can be made for: the writing check's, or a number typed into a heading. */
type Fixable = Omit<LocatedFinding, "rule"> & { readonly rule: string };

export interface FixResult {
  readonly text: string;
  readonly changes: readonly Change[];
  /** Fixable findings that could not be traced to their characters in the file, left for a person. */
  readonly untraced: readonly Omit<Change, "fix">[];
}

/**
 * Every safe fix of a file: YAML's certain ones, then (once YAML reads it without error) the
 * writing check's and the typed numbers'. `off` is asked for the writing rules switched off, from
 * the data as it is once YAML reads it.
 */
export function fixAll(source: SourceFile, off: (data: unknown) => ReadonlySet<RuleId>): FixResult {
  const structural = fixSyntax(source);
  if (structural.source.document.errors.length > 0)
    return { ...structural, text: structural.source.text, untraced: [] };
  const result = fixText(structural.source, off(toPlainData(structural.source)), (data, source) => [
    ...typedOrdinalFindings(data, source),
    ...typedMarkFindings(data, source),
  ]);
  return { ...result, changes: [...structural.changes, ...result.changes] };
}

/** The syntax rules' edits, applied together and kept only if they leave fewer problems and none new. */
function fixSyntax(source: SourceFile): { source: SourceFile; changes: Change[] } {
  let current = source;
  const changes: Change[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const problems = problemsOf(current);
    const edits = problems
      .filter((p): p is Found & { edit: NonNullable<Found["edit"]> } => p.edit !== undefined)
      .sort((a, b) => a.edit.from - b.edit.from)
      .filter((p, i, all) => i === 0 || p.edit.from >= (all[i - 1]?.edit.to ?? 0));
    if (edits.length === 0) break;
    let text = "";
    let at = 0;
    for (const { edit } of edits) {
      text += current.text.slice(at, edit.from) + edit.text;
      at = edit.to;
    }
    const next = parseSource(current.path, text + current.text.slice(at));
    const after = problemsOf(next);
    const codes = new Set(problems.map((p) => p.code));
    if (after.length >= problems.length || after.some((p) => !codes.has(p.code))) break;
    for (const { code, edit } of edits) {
      const where = current.positionAt(edit.from);
      const found = current.text.slice(edit.from, edit.to);
      changes.push({ path: [], line: where.line, column: where.column, rule: kebab(code), found, fix: edit.text });
    }
    current = next;
  }
  return { source: current, changes };
}

/** A message code as the fix's notes name it, like the writing rules' ids: colonInText → colon-in-text. */
const kebab = (code: string) => code.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function problemsOf(source: SourceFile): readonly Found[] {
  return syntaxProblems(source.text, source.tokens, source.document.errors, source.unlistedErrors);
}

/** A number typed at the start of a heading or point, which the tool prints too: deleted. */
function typedOrdinalFindings(data: unknown, source: SourceFile): Fixable[] {
  return typedOrdinals(data).flatMap(({ path, text, offset, found }) => {
    const fileOffset = valueOffsets(source.text, nodeAt(source, path), text)(offset);
    const finding = { rule: "own-ordinal", path, offset, found, fix: "", suggestion: "" };
    return [fileOffset === undefined ? finding : { ...finding, fileOffset }];
  });
}

/** `{名称}` → `{{名称}}`, and the quotes typed around the title deleted. */
function typedMarkFindings(data: unknown, source: SourceFile): Fixable[] {
  return typedMarks(data).map(({ code, path, text, offset, found, fix }) => {
    const fileOffset = valueOffsets(source.text, nodeAt(source, path), text)(offset);
    const finding = { rule: kebab(code), path, offset, found, fix, suggestion: fix };
    return fileOffset === undefined ? finding : { ...finding, fileOffset };
  });
}

/**
 * The punctuation rules already judge each mark as its neighbours will be once fixed, so one round
 * normally leaves nothing; a second catches what one rule's fix may open to another (full-width
 * digits becoming half-width next to a mark), and is a bound, not a loop until nothing changes.
 */
const MAX_ROUNDS = 3;

interface Edit {
  readonly from: number;
  /** What the file has there: the finding itself, or `\"` for a `"` inside double quotes. */
  readonly written: string;
  readonly finding: Fixable & { fix: string };
}

export function fixText(
  source: SourceFile,
  off: ReadonlySet<RuleId>,
  more: (data: unknown, source: SourceFile) => readonly Fixable[] = () => [],
): FixResult {
  let current = source;
  const changes: Change[] = [];
  const untraced = new Map<string, Omit<Change, "fix">>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const data = toPlainData(current);
    const { edits, lost } = tracedEdits(current, [...locateMistakes(data, current, off), ...more(data, current)]);
    for (const item of lost) untraced.set(`${fieldName(item.path)}|${item.line}|${item.column}|${item.rule}`, item);
    const applied = applyChecked(current, data, edits);
    if (!applied) break;
    // Not push(...): 140,000 changes as arguments overflow the stack.
    for (const change of applied.changes) changes.push(change);
    current = applied.source;
  }
  return { text: current.text, changes, untraced: [...untraced.values()] };
}

function tracedEdits(source: SourceFile, findings: readonly Fixable[]) {
  const edits: Edit[] = [];
  const lost: Omit<Change, "fix">[] = [];
  for (const finding of findings) {
    if (finding.fix === undefined) continue;
    const from = finding.fileOffset;
    if (from !== undefined && source.text.slice(from, from + finding.found.length) === finding.found) {
      // A straight quote inside double quotes is written \"; its curly replacement needs no escape.
      const escaped = finding.found === '"' && source.text[from - 1] === "\\";
      // The finding itself, not a copy: 500,000 copies are a good part of a hostile file's memory.
      const fixed = finding as Fixable & { fix: string };
      edits.push(
        escaped ? { from: from - 1, written: '\\"', finding: fixed } : { from, written: finding.found, finding: fixed },
      );
    } else {
      const at = source.positionAt(from ?? 0);
      lost.push({ path: finding.path, line: at.line, column: at.column, rule: finding.rule, found: finding.found });
    }
  }
  edits.sort((a, b) => a.from - b.from);
  // Two rules never claim the same characters, but a hostile text must not make edits overlap.
  const separate = edits.filter((edit, i) => i === 0 || edit.from >= endOf(edits[i - 1]));
  return { edits: separate, lost };
}

function endOf(edit: Edit | undefined): number {
  return edit ? edit.from + edit.written.length : 0;
}

/**
 * Applies the edits, then reads the file again: what YAML reads must be the old data with each
 * fixed text changed exactly as planned. Texts where it is not keep their old writing; if even
 * then the data differs, nothing is applied.
 */
function applyChecked(source: SourceFile, data: unknown, edits: readonly Edit[]) {
  let kept = edits;
  for (let attempt = 0; attempt < 2 && kept.length > 0; attempt++) {
    const text = applyEdits(source.text, kept);
    const expected = expectedData(data, kept);
    const reread = parseSource(source.path, text);
    const readBack = reread.document.errors.length === 0 ? toPlainData(reread) : undefined;
    if (isDeepStrictEqual(readBack, expected)) {
      const changes = kept.map(({ from, finding }) => {
        const at = source.positionAt(from);
        const { path, rule, found, fix } = finding;
        return { path, line: at.line, column: at.column, rule, found, fix };
      });
      return { source: reread, changes };
    }
    const wrong = new Set(
      kept
        .filter(({ finding }) => !isDeepStrictEqual(valueAt(readBack, finding.path), valueAt(expected, finding.path)))
        .map(({ finding }) => fieldName(finding.path)),
    );
    kept = attempt === 0 && wrong.size > 0 ? kept.filter(({ finding }) => !wrong.has(fieldName(finding.path))) : [];
  }
  return undefined;
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const { from, written, finding } of edits) {
    parts.push(text.slice(at, from), finding.fix);
    at = from + written.length;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/** The data with each edited text changed as its findings say, at the findings' own offsets. */
function expectedData(data: unknown, edits: readonly Edit[]): unknown {
  const copy = structuredClone(data);
  const byField = new Map<string, Edit[]>();
  // One name a path: the findings of a text share their path, and a name each is a string each.
  const names = new Map<FieldPath, string>();
  for (const edit of edits) {
    const { path } = edit.finding;
    const key = names.get(path) ?? fieldName(path);
    names.set(path, key);
    const list = byField.get(key);
    if (list) list.push(edit);
    else byField.set(key, [edit]);
  }
  for (const fieldEdits of byField.values()) {
    const path = fieldEdits[0]?.finding.path ?? [];
    const value = valueAt(copy, path);
    if (typeof value !== "string") continue;
    const asText = fieldEdits.map(({ finding }) => ({ from: finding.offset, written: finding.found, finding }));
    setValueAt(copy, path, applyEdits(value, asText));
  }
  return copy;
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const key of path)
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

function setValueAt(data: unknown, path: FieldPath, text: string): void {
  const parent = valueAt(data, path.slice(0, -1));
  const key = path[path.length - 1];
  if (parent !== null && typeof parent === "object" && key !== undefined)
    (parent as Record<string, unknown>)[key] = text;
}
