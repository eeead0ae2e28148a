/**
 * Comparisons with last year: `{{同比 name}}` and `{{增减 name}}` need a figure with numbers, and a
 * rate needs last year's value to be other than 0. And where the text types a comparison by hand
 * right after a figure (…{{财政收入}}，同比增长8.4%), it is checked against the figure's own values.
 */
import type { Diagnostic } from "../errors.js";
import type { SourceFile } from "../load/source-file.js";
import { changeText, rateFromZero, yearOnYear } from "../render/figures.js";
import { plainDigits } from "../plain-digits.js";
import { MAX_PROBLEMS_PER_TEXT } from "../limits.js";
import { fragmentPosition, keyPosition, positionOf } from "./locate.js";
import { parseProse, type ProseSegment } from "../summary/prose-syntax.js";
import { fieldName, proseFields, type FieldPath } from "../summary/prose-fields.js";
import { BUILT_IN_REFERENCES, type Figure, type Summary } from "../summary/schema.js";

/** 同比增长8.4% / 比上年下降3.1% / 较去年提高2.4个百分点, typed as words and digits. */
const TYPED_CHANGE =
  /(?:同比|[比较]上年|[比较]去年)\s*(增长|增加|提高|上升|下降|减少|降低)\s*(\d+(?:\.\d+)?)\s*(%|％|个百分点)/u;
const UP = ["增长", "增加", "提高", "上升"];
/** The typed comparison must be in the same clause as the figure: before the sentence ends. */
const CLAUSE_END = /[。；;！!？?]/u;

export function checkComparisons(summary: Summary, source: SourceFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const figureOf = (name: string) => (Object.hasOwn(summary.figures, name) ? summary.figures[name] : undefined);
  const definedAtLine = (name: string) => keyPosition(source, ["figures"], name).line;
  const push = (diagnostic: Diagnostic) => diagnostics.push({ ...diagnostic, file: source.path });

  for (const { path, text } of proseFields(summary)) {
    const reportedBefore = diagnostics.length;
    const segments = parseProse(text).segments;
    segments.forEach((segment, i) => {
      if (segment.kind !== "reference" || diagnostics.length - reportedBefore >= MAX_PROBLEMS_PER_TEXT) return;
      // Where it is written, worked out only for a reference that is reported.
      const where = () => fragmentPosition(source, path, text, segment.offset, segment.raw);
      const figure = figureOf(segment.name);
      if (segment.compare) {
        if (segment.name === BUILT_IN_REFERENCES.year || typeof figure?.value === "string") {
          push({
            code: "comparisonOfName",
            severity: "error",
            position: where(),
            field: fieldName(path),
            params: { name: segment.name, written: segment.raw, inTable: false },
          });
        } else if (figure && segment.compare === "change" && rateFromZero(figure) && figure.value !== null) {
          push({
            code: "comparisonFromZero",
            severity: "warning",
            position: where(),
            field: fieldName(path),
            params: { name: segment.name, definedAtLine: definedAtLine(segment.name) },
          });
        }
        return;
      }
      const typed = figure ? typedChangeAfter(segment, segments[i + 1], figure) : undefined;
      if (!typed || !figure) return;
      push({
        code: "handTypedChange",
        severity: "warning",
        position: fragmentPosition(source, path, text, typed.offset, typed.typed),
        field: fieldName(path),
        params: {
          typed: typed.typed,
          computed: typed.computed,
          name: segment.name,
          value: plainDigits(figure.value as number),
          last: plainDigits(figure.last as number),
        },
      });
    });
  }
  summary.keyFigures?.figures.forEach((name, index) => {
    const figure = figureOf(name);
    const path: FieldPath = ["keyFigures", "figures", index];
    const at = () => ({ position: positionOf(source, path), field: fieldName(path) });
    if (typeof figure?.value === "string") {
      push({ code: "comparisonOfName", severity: "error", ...at(), params: { name, written: name, inTable: true } });
    } else if (figure && rateFromZero(figure) && figure.value !== null) {
      push({
        code: "comparisonFromZero",
        severity: "warning",
        ...at(),
        params: { name, definedAtLine: definedAtLine(name) },
      });
    }
  });
  return diagnostics;
}

/**
 * A comparison typed by hand in the text right after a reference, when the figure's two values
 * give another one: computed to as many decimals as were typed, so 8.4 is not faulted for 8.44.
 * For a figure in %, the change is in 百分点, so a typed % is always wrong there.
 */
function typedChangeAfter(
  reference: Extract<ProseSegment, { kind: "reference" }>,
  next: ProseSegment | undefined,
  figure: Figure,
): { typed: string; computed: string; offset: number } | undefined {
  if (next?.kind !== "text" || typeof figure.value !== "number" || figure.last === null) return undefined;
  const clause = next.text.split(CLAUSE_END)[0] ?? "";
  const match = TYPED_CHANGE.exec(clause);
  if (!match) return undefined;
  const [typed, word = "", number = "", unit = ""] = match;
  const percentFigure = /^[%％]$/.test(figure.unit);
  if (unit === "个百分点" && !percentFigure) return undefined; // a share of something else; nothing to compare
  if (!percentFigure && rateFromZero(figure)) return undefined; // reported where it is referenced, if at all
  const digits = number.split(".")[1]?.length ?? 0;
  const change = yearOnYear({ ...figure, digits }, "change");
  const typedSigned = (UP.includes(word) ? 1 : -1) * Number(number);
  const computedSigned =
    change.kind === "changed" ? (["增长", "提高"].includes(change.word) ? 1 : -1) * Number(change.number) : 0;
  const sameUnit = percentFigure === (unit === "个百分点");
  if (sameUnit && typedSigned === computedSigned) return undefined;
  return { typed, computed: changeText(change), offset: reference.offset + reference.raw.length + match.index };
}
