/**
 * The writing check: every text of the data, against every rule that is on. Findings are located in
 * the file the clerk edits and become warnings; `report fix` uses the same findings to change the file.
 */
import type { Diagnostic } from "../../errors.js";
import type { SourceFile } from "../../load/source-file.js";
import { MAX_PROBLEMS_PER_TEXT } from "../../limits.js";
import { fragmentPosition, nodeAt } from "../locate.js";
import { fieldName, proseFields, type FieldPath } from "../../summary/prose-fields.js";
import { numberFindings } from "./numbers.js";
import { pairFindings } from "./pairs.js";
import { punctuationFindings } from "./punctuation.js";
import { isRuleId, type RuleId } from "../../writing-rules.js";
import type { Finding } from "./rules.js";
import { valueOffsets } from "./source-map.js";
import { scanText } from "./text.js";
import { isRecord } from "../../is-record.js";

/** Every mistake in one text, in order, from the rules that are on. */
export function findMistakes(text: string, off: ReadonlySet<RuleId> = new Set()): Finding[] {
  const scanned = scanText(text);
  return [...punctuationFindings(scanned), ...pairFindings(scanned), ...numberFindings(scanned)]
    .filter((finding) => !off.has(finding.rule))
    .sort((a, b) => a.offset - b.offset);
}

/** The rules switched off: by the data file's `checks.off`, as written, and by the command line. */
export function rulesOff(data: unknown, commandLine: readonly string[] = []): Set<RuleId> {
  const checks = isRecord(data) ? data.checks : undefined;
  const inFile = isRecord(checks) && Array.isArray(checks.off) ? (checks.off as unknown[]) : [];
  return new Set([...inFile, ...commandLine].filter(isRuleId));
}

/**
 * The speaker's line parts the post from the name with a full-width space (常宁市政协主席, U+3000, 张三), as
 * 工作报告 print it: that space is no mistake there.
 */
function spacedAsPrinted(path: FieldPath, finding: Finding): boolean {
  return (
    path.length === 1 && path[0] === "speaker" && finding.rule === "punct-space" && /^\u3000+$/u.test(finding.found)
  );
}

export interface LocatedFinding extends Finding {
  readonly path: FieldPath;
  /** Where the finding starts in the file's text, when the value's characters could be traced there. */
  readonly fileOffset?: number;
}

/** Each text's findings with their place in the file (the first `perText` of each, if given). */
export function locateMistakes(
  data: unknown,
  source: SourceFile,
  off: ReadonlySet<RuleId>,
  perText = Infinity,
): LocatedFinding[] {
  const located: LocatedFinding[] = [];
  for (const { path, text } of proseFields(data)) {
    const findings = findMistakes(text, off)
      .filter((finding) => !spacedAsPrinted(path, finding))
      .slice(0, perText);
    if (findings.length === 0) continue;
    const place = valueOffsets(source.text, nodeAt(source, path), text);
    for (const finding of findings) {
      const fileOffset = place(finding.offset);
      // Each finding is new and its own: given its place rather than copied, which for a hostile
      // text of 500,000 findings would hold two of each at once.
      located.push(Object.assign(finding, { path }, fileOffset === undefined ? {} : { fileOffset }));
    }
  }
  return located;
}

export function checkWriting(data: unknown, source: SourceFile, commandLineOff: readonly string[] = []): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // A text full of mistakes is listed by its first few: they say what to fix; report fix does the rest.
  for (const finding of locateMistakes(data, source, rulesOff(data, commandLineOff), MAX_PROBLEMS_PER_TEXT)) {
    const field = fieldName(finding.path);
    const text = proseText(data, finding.path);
    const position =
      finding.fileOffset === undefined
        ? fragmentPosition(source, finding.path, text, finding.offset, finding.found)
        : source.positionAt(finding.fileOffset);
    diagnostics.push({
      code: "writing",
      severity: "warning",
      file: source.path,
      position,
      field,
      params: {
        rule: finding.rule,
        found: finding.found,
        suggestion: finding.suggestion,
        fixable: finding.fix !== undefined,
      },
    });
  }
  return diagnostics;
}

function proseText(data: unknown, path: FieldPath): string {
  let value: unknown = data;
  for (const key of path)
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[key] : undefined;
  return typeof value === "string" ? value : "";
}
