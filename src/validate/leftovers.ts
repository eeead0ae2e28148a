/**
 * What a draft leaves that must not reach the final document, and would pass silently: the text
 * after a ` #` that YAML took for a comment (it vanishes from the document), points typed without
 * their 。 (they run together: “…较多二是…”), `report init`'s placeholders (（请改写这一段）) and last
 * year's years (a heading with a year before the document's, or “2024年，” opening a paragraph of the
 * 2025 summary; a plans heading with the document's own year). Warnings in validate and a draft
 * build; `--final` refuses them (src/pipeline.ts), unless `checks: { off: [last-year] }` or
 * `[placeholder]` says they are meant.
 */
import { diagnostic as error, type Diagnostic } from "../errors.js";
import type { SourceFile } from "../load/source-file.js";
import type { MessageCode } from "../messages/catalogue.js";
import { fieldName } from "../summary/prose-fields.js";
import { textFields } from "../summary/structure.js";
import { isRecord } from "../is-record.js";
import { fragmentPosition } from "./locate.js";
import { walk } from "./syntax/cst.js";

/** The warnings a final build refuses. */
export const REFUSED_IN_FINAL: ReadonlySet<MessageCode> = new Set<MessageCode>([
  "commentInText",
  "pointsRunTogether",
  "placeholderLeft",
  "lastYearsYear",
  "bracesAroundName",
  "quotedTitle",
]);

/** A point's own end: a sentence's, or the 、；： a list of points may close each with. */
const POINT_END = /[。！？；…][”’」』）)]*$/u;
const PLACEHOLDER = /（(?:请|空一行)[^（）\n]{0,40}）/u;
const YEAR = /(?<!\d)(\d{4})年/gu;
const PLANS = /打算|计划|思路|安排|目标/gu;
/** “2024年，” at a paragraph's start; sticky, so it is tried at an offset without copying the rest. */
const OPENING_YEAR = /(\d{4})年[，,]/uy;

/** Each is a warning: a draft may well have them. */
const diagnostic: typeof error = (code, params, place) => ({ ...error(code, params, place), severity: "warning" });

export function leftovers(data: unknown, source: SourceFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [...commentsInText(source)];
  const off = offIds(data);
  const year = isRecord(data) && typeof data.year === "number" ? data.year : undefined;
  for (const field of textFields(data)) {
    const at = (offset: number, fragment: string) => ({
      file: source.path,
      position: fragmentPosition(source, field.path, field.text, offset, fragment),
      field: fieldName(field.path),
    });
    const name = fieldName(field.path);
    const text = field.text.trimEnd();
    if (field.role === "point" && !POINT_END.test(text)) {
      const last = [...text].at(-1) ?? "";
      diagnostics.push(diagnostic("pointsRunTogether", { field: name, last }, at(text.length - last.length, last)));
    }
    const placeholder = off.has("placeholder") ? null : PLACEHOLDER.exec(field.text);
    if (placeholder)
      diagnostics.push(
        diagnostic("placeholderLeft", { field: name, found: placeholder[0] }, at(placeholder.index, placeholder[0])),
      );
    if (year !== undefined && !off.has("last-year")) {
      const stale = staleYear(field.text, field.role, year);
      if (stale)
        diagnostics.push(
          diagnostic(
            "lastYearsYear",
            { field: name, ...stale.params, year },
            at(stale.offset, `${stale.params.found}年`),
          ),
        );
    }
  }
  return diagnostics;
}

function staleYear(text: string, role: string, year: number) {
  if (role === "heading" || role === "line") {
    // Where the last plans word starts: a year at or before it is followed by one. Found once, so a
    // text of many years is one scan, not one per year.
    let lastPlans = -1;
    for (const plans of text.matchAll(PLANS)) lastPlans = plans.index;
    for (const match of text.matchAll(YEAR)) {
      const found = Number(match[1]);
      const plans = lastPlans >= match.index;
      // A heading of plans names the year after the summary's; any heading, no year before it.
      if (role === "heading" && plans && found === year)
        return { offset: match.index, params: { found, meant: year + 1 } };
      if (role === "heading" && found < year && found >= year - 2)
        return { offset: match.index, params: { found, meant: plans ? year + 1 : year } };
    }
    return undefined;
  }
  // A paragraph that opens with “2024年，” speaks of the year it is written for.
  for (const paragraph of paragraphStarts(text)) {
    OPENING_YEAR.lastIndex = paragraph;
    const match = OPENING_YEAR.exec(text);
    if (match && Number(match[1]) < year && Number(match[1]) >= year - 2)
      return { offset: paragraph, params: { found: Number(match[1]), meant: year } };
  }
  return undefined;
}

/** Each paragraph's first character: after a blank line and the spaces and line breaks that follow it. */
function paragraphStarts(text: string): number[] {
  const starts = [text.length - text.trimStart().length];
  // The next search starts where this paragraph does, so each character is looked at once.
  for (let at = text.indexOf("\n\n"); at !== -1;) {
    let start = at + 2;
    while (text[start] === "\n" || text[start] === " ") start++;
    starts.push(start);
    at = text.indexOf("\n\n", start);
  }
  return starts;
}

function offIds(data: unknown): Set<string> {
  const checks = isRecord(data) ? data.checks : undefined;
  const off = isRecord(checks) && Array.isArray(checks.off) ? (checks.off as unknown[]) : [];
  return new Set(off.filter((id): id is string => typeof id === "string"));
}

/**
 * ` #3 楼` after a text on its line: YAML's comment, which people write as `# note` with a space. A
 * `#` right before a word, after a text, is the clerk's text that YAML has taken away.
 */
function commentsInText(source: SourceFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { token, role } of walk(source.tokens)) {
    if (token.type !== "scalar" || (role !== "value" && role !== "list-item")) continue;
    const end = token.end ?? [];
    const comment = end.find((t) => t.type === "comment");
    if (!comment || !/^#[^\s#]/u.test(comment.source)) continue;
    const lost = comment.source.slice(1).trim();
    diagnostics.push(
      diagnostic(
        "commentInText",
        { text: token.source.split("\n").at(-1)?.trim() ?? "", lost },
        { file: source.path, position: source.positionAt(comment.offset) },
      ),
    );
  }
  return diagnostics;
}
