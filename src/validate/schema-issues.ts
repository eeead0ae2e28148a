/** Zod's issues → diagnostics that point at the value's own place in the file. */
import type * as z from "zod/mini";
import { diagnostic, type Diagnostic } from "../errors.js";
import type { SourceFile } from "../load/source-file.js";
import type { MessageCode, MessageParams, ValueKind } from "../messages/catalogue.js";
import { keyPosition, positionOf } from "./locate.js";
import { fieldName, type FieldPath } from "../summary/prose-fields.js";
import { documentNumberProblem } from "../summary/schema.js";
import { isOptionalField, knownKeys } from "../summary/structure.js";
import { closest } from "./suggest.js";

type Issue = z.core.$ZodIssue;

/** What clerks type between names in one item: 、 ， ； , and spaces. */
const NAME_SEPARATORS = /[\s，、；;,]+/u;

export function schemaDiagnostics(issues: readonly Issue[], source: SourceFile, data: unknown): Diagnostic[] {
  return issues.flatMap((issue) => fromIssue(issue, source, data));
}

function fromIssue(issue: Issue, source: SourceFile, data: unknown): Diagnostic[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
  const at = <C extends MessageCode>(
    code: C,
    params: MessageParams<C>,
    position = positionOf(source, path),
  ): Diagnostic => diagnostic(code, params, { file: source.path, position, field: fieldName(path) });
  const value = valueAt(data, path);
  const field = fieldName(path);
  /** A value of the 公文 frame that is not as GB/T 9704 writes it. */
  const frameDiagnostic = (rule: string, found: string): Diagnostic[] => {
    if (rule === "documentNumber")
      return [at("badDocumentNumber", { field, found, problem: documentNumberProblem(found) ?? "shape" })];
    if (rule === "copyNumber") return [at("badCopyNumber", { field, found })];
    return [at("badSecrecy", { field, found })];
  };
  const oneOf = (values: readonly unknown[]) => {
    const options = values.filter((v) => typeof v === "string");
    const found = typeof value === "string" || typeof value === "number" ? String(value) : kindOf(value);
    // Half-width brackets, and the second heading's number (2、) for the first's, are the usual slips.
    const typed = found
      .replace(/\(/g, "（")
      .replace(/\)/g, "）")
      .replace(/^(\d+)、$/, "1、");
    const suggestion = closest(typed, options);
    return at("notOneOf", { field, found, options: options.join(" "), ...(suggestion ? { suggestion } : {}) });
  };

  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        ...at("unknownKey", { key, suggestion: closest(key, knownKeys(path)) }, keyPosition(source, path, key)),
        field: fieldName([...path, key]),
      }));
    case "invalid_key": {
      const name = String(path.at(-1));
      return [at("badFigureName", { name }, keyPosition(source, path.slice(0, -1), name))];
    }
    case "invalid_type":
      if (value === undefined) {
        return [at("required", { field: String(path.at(-1)) }, positionOf(source, path.slice(0, -1)))];
      }
      return [at("wrongType", { field, expected: kindOfExpected(issue.expected), received: kindOf(value) })];
    case "invalid_union": {
      // A choice of values (an ordinal style, a rule id): which values it may be.
      const values = issue.errors.flat().flatMap((branch) => (branch.code === "invalid_value" ? branch.values : []));
      if (values.length > 0) return [oneOf(values)];
      return [at("wrongType", { field, expected: "figure", received: kindOf(value) })];
    }
    case "invalid_value":
      return [oneOf(issue.values)];
    case "too_small":
      if (issue.origin === "array") return [at("tooFew", { field, minimum: Number(issue.minimum) })];
      if (issue.origin === "string") return [at("emptyText", { field, required: !isOptionalField(path) })];
      return [at("outOfRange", { field, detail: `≥ ${String(issue.minimum)}` })];
    case "custom":
      if (issue.params?.["kind"] === "mixedShapes")
        return [
          at(
            "mixedShapes",
            { key: String(issue.params["key"]), other: String(issue.params["other"]) },
            keyPosition(source, [], String(issue.params["key"])),
          ),
        ];
      if (issue.params?.["kind"] === "date") return [at("badDate", { field, found: String(value) })];
      if (issue.params?.["kind"] === "attachmentEmpty") return [at("attachmentEmpty", { field })];
      if (issue.params?.["kind"] === "tableRow")
        return [
          at("tableRowCells", {
            field,
            cells: Number(issue.params["cells"]),
            columns: Number(issue.params["columns"]),
          }),
        ];
      if (issue.params?.["kind"] === "frame") return frameDiagnostic(String(issue.params["rule"]), String(value));
      return [at("wrongType", { field, expected: "text", received: kindOf(value) })];
    case "invalid_format":
      // keyFigures.figures: [收入，人口] with a full-width comma is one item, not two names.
      if (path[0] === "keyFigures" && typeof value === "string") {
        const names = value.split(NAME_SEPARATORS).filter((name) => name !== "");
        return [at("tableNameNotAName", { field, found: value, names })];
      }
      return [at("wrongType", { field, expected: "text", received: kindOf(value) })];
    case "too_big":
      return [at("outOfRange", { field, detail: `≤ ${String(issue.maximum)}` })];
    default:
      return [
        at("wrongType", { field, expected: typeof value === "number" ? "number" : "text", received: kindOf(value) }),
      ];
  }
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function kindOf(value: unknown): ValueKind {
  if (value === null || value === undefined) return "empty";
  if (Array.isArray(value)) return "list";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "yes/no";
  if (typeof value === "object") return "mapping";
  return "text";
}

function kindOfExpected(expected: string): ValueKind {
  switch (expected) {
    case "number":
    case "int":
      return "number";
    case "array":
      return "list";
    case "object":
    case "record":
      return "mapping";
    case "boolean":
      return "yes/no";
    default:
      return "text";
  }
}
