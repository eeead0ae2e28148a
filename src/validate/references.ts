/** Every `{{reference}}` names a figure, and every figure is used somewhere. */
import type { Message, MessageCode, MessageParams } from "../messages/catalogue.js";
import { diagnostic, located, type Diagnostic } from "../errors.js";
import type { SourceFile } from "../load/source-file.js";
import { fragmentPosition, keyPosition, positionOf } from "./locate.js";
import { nthOpening, parseProse } from "../summary/prose-syntax.js";
import { fieldName, figureNames, proseFields, tableNames } from "../summary/prose-fields.js";
import { BUILT_IN_REFERENCES, FIGURE_NAME } from "../summary/schema.js";
import { closest } from "./suggest.js";
import { typedMarks } from "./typed-marks.js";
import { MAX_PROBLEMS_PER_TEXT, MAX_REFERENCES, MAX_REFERENCES_PER_TEXT } from "../limits.js";

const KEYWORDS = [BUILT_IN_REFERENCES.valueOnly, BUILT_IN_REFERENCES.change, BUILT_IN_REFERENCES.amount];

/** `{{同比养老服务人次}}` typed without its space: the reference meant, `同比 养老服务人次`. */
function withoutSpace(name: string, defined: ReadonlySet<string>): string | undefined {
  const keyword = KEYWORDS.find((k) => name.startsWith(k) && defined.has(name.slice(k.length).trimStart()));
  return keyword && `${keyword} ${name.slice(keyword.length).trimStart()}`;
}

/**
 * The built-in references, and the names every JavaScript object already has (`__proto__`,
 * `constructor`, `toString`…): a figure so named could be confused with the object's own machinery.
 */
const RESERVED_NAMES: readonly string[] = [
  ...Object.values(BUILT_IN_REFERENCES),
  ...Object.getOwnPropertyNames(Object.prototype),
  "prototype",
];

/** Works on the data as written, so it also runs when the schema has found problems. */
export function checkReferences(data: unknown, source: SourceFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const names = figureNames(data);
  const defined = new Set(names);
  const used = new Set<string>();
  const report = <C extends MessageCode>(
    code: C,
    severity: Diagnostic["severity"],
    field: string,
    position: Diagnostic["position"],
    params: MessageParams<C>,
  ) => diagnostics.push(diagnostic(code, params, { severity, file: source.path, position, field }));

  for (const name of names.filter((n) => RESERVED_NAMES.includes(n))) {
    report("reservedFigureName", "error", `figures.${name}`, keyPosition(source, ["figures"], name), { name });
  }
  let references = 0;
  for (const { path, text } of proseFields(data)) {
    // A text over its own limit is reported by parseProse, without parsing it. Over the whole
    // file's limit: said once, at the first `{{` too many, and nothing more is parsed.
    const overText = nthOpening(text, MAX_REFERENCES_PER_TEXT + 1) !== undefined;
    const overAt = overText ? undefined : nthOpening(text, MAX_REFERENCES - references + 1);
    if (overAt !== undefined) {
      report("tooManyReferences", "error", fieldName(path), fragmentPosition(source, path, text, overAt, "{{"), {
        limit: MAX_REFERENCES,
        scope: "file",
      });
      break;
    }
    references += overText ? MAX_REFERENCES_PER_TEXT : text.split("{{").length - 1;
    const { segments, problems } = parseProse(text);
    const where = (offset: number, raw: string) => fragmentPosition(source, path, text, offset, raw);
    const reportedBefore = diagnostics.length;
    const full = () => diagnostics.length - reportedBefore >= MAX_PROBLEMS_PER_TEXT;
    for (const problem of problems.slice(0, MAX_PROBLEMS_PER_TEXT)) {
      const message: Message =
        problem.code === "proseSyntax"
          ? { code: problem.code, params: { detail: problem.detail } }
          : problem.code === "tooManyReferences"
            ? { code: problem.code, params: { limit: Number(problem.detail), scope: "text" } }
            : { code: problem.code, params: { found: problem.raw } };
      const place = { file: source.path, position: where(problem.offset, problem.raw), field: fieldName(path) };
      diagnostics.push(located(message, place));
    }
    for (const segment of segments) {
      if (segment.kind !== "reference") continue;
      used.add(segment.name);
      if (segment.name === BUILT_IN_REFERENCES.year || defined.has(segment.name) || full()) continue;
      report("unknownFigure", "error", fieldName(path), where(segment.offset, segment.raw), {
        name: segment.name,
        suggestion: withoutSpace(segment.name, defined) ?? closest(segment.name, names),
      });
    }
  }
  for (const { name, index } of tableNames(data)) {
    used.add(name);
    // A name that cannot be one (several names in one item) is already said by the schema.
    if (defined.has(name) || !FIGURE_NAME.test(name)) continue;
    const path = ["keyFigures", "figures", index];
    report("unknownTableFigure", "error", fieldName(path), positionOf(source, path), {
      name,
      suggestion: closest(name, names),
    });
  }
  // `{名称}` is warned as such (typed-marks.ts): the figure is meant to be used there.
  for (const mark of typedMarks(data)) if (mark.code === "bracesAroundName") used.add(mark.name);
  for (const name of names.filter((n) => !used.has(n) && !RESERVED_NAMES.includes(n))) {
    report("unusedFigure", "warning", `figures.${name}`, keyPosition(source, ["figures"], name), { name });
  }
  return diagnostics;
}
