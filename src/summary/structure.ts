/**
 * The data's structure, read from the one place it is written: the Zod schema (schema.ts) and the
 * role of each text in it. The texts to check, the lists to count, the keys a mapping may have and
 * the texts a template receives as markup are all found here by walking that schema, so a field
 * added to the schema is checked, counted, suggested and rendered without another list to update.
 */
import { isMap, isSeq } from "yaml";
import type * as z from "zod/mini";
import { isRecord } from "../is-record.js";
import { summarySchema, textRoles, type TextRole } from "./schema.js";

type Schema = z.core.$ZodType;
type Path = readonly (string | number)[];

/**
 * A schema's definition, told apart by its `type` as Zod's guide for library authors does: the walk
 * below runs once a process, and at a cold start each `instanceof` of a Zod class was a call.
 */
const defOf = (schema: Schema) => (schema as z.core.$ZodTypes)._zod.def;

/** Optional fields, defaults and pipes wrap the schema that says what the value is. */
function unwrap(schema: Schema): Schema {
  for (;;) {
    const def = defOf(schema);
    if (def.type === "optional" || def.type === "default" || def.type === "nullable") schema = def.innerType;
    else if (def.type === "pipe") schema = def.in;
    else return schema;
  }
}

/** A mapping's fields: an object's own, or (for a figure) those of the union's object form. */
function shapeOf(schema: Schema): Readonly<Record<string, Schema>> | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === "object") return def.shape;
  if (def.type !== "union") return undefined;
  for (const option of def.options) {
    const shape = shapeOf(option);
    if (shape) return shape;
  }
  return undefined;
}

/** The schema reduced to what the walks below need, made once: they run for every file of a batch. */
type Shape =
  | { readonly kind: "text"; readonly role: TextRole }
  | { readonly kind: "list"; readonly element: Shape }
  | { readonly kind: "mapping"; readonly fields: ReadonlyMap<string, Shape> }
  | { readonly kind: "record"; readonly value: Shape }
  | { readonly kind: "other" };

function compile(schema: Schema): Shape {
  const inner = unwrap(schema);
  const role = textRoles.get(inner)?.role;
  if (role) return { kind: "text", role };
  const def = defOf(inner);
  if (def.type === "array") return { kind: "list", element: compile(def.element) };
  if (def.type === "record") return { kind: "record", value: compile(def.valueType) };
  const shape = shapeOf(inner);
  if (shape) return { kind: "mapping", fields: new Map(Object.entries(shape).map(([k, v]) => [k, compile(v)])) };
  return { kind: "other" };
}

/** The role of a text field of the schema (optional or not), or undefined for a field that is not a text. */
export function textRoleOf(schema: Schema): TextRole | undefined {
  return textRoles.get(unwrap(schema))?.role;
}

let compiled: Shape | undefined;
const structure = (): Shape => (compiled ??= compile(summarySchema));

export interface TextField {
  readonly path: Path;
  readonly text: string;
  readonly role: TextRole;
}

/** Validation reads a file's texts more than once (references, text shapes): found once a file. */
const found = new WeakMap<object, TextField[]>();

/**
 * Every text of the document in the data as written, in the schema's order, with its role. It reads
 * the data before the schema has accepted it, so a file with schema errors is still checked
 * throughout; whatever is not where the schema expects it is skipped.
 */
export function textFields(data: unknown): TextField[] {
  const known = isRecord(data) ? found.get(data) : undefined;
  if (known) return known;
  const fields: TextField[] = [];
  const walk = (shape: Shape, value: unknown, path: Path) => {
    if (shape.kind === "text") {
      if (typeof value === "string") fields.push({ path, text: value, role: shape.role });
    } else if (shape.kind === "list" && Array.isArray(value)) {
      value.forEach((item: unknown, i) => walk(shape.element, item, [...path, i]));
    } else if (shape.kind === "mapping" && isRecord(value)) {
      for (const [key, field] of shape.fields) walk(field, value[key], [...path, key]);
    }
  };
  walk(structure(), data, []);
  if (isRecord(data)) found.set(data, fields);
  return fields;
}

/**
 * The data with every text replaced by `render(text, path)`, everything else as it is, and every
 * field the data format has at each mapping: what a template sees.
 */
export function mapTexts(data: unknown, render: (text: string, path: Path) => unknown): unknown {
  const walk = (shape: Shape | undefined, value: unknown, path: Path): unknown => {
    if (shape?.kind === "text" && typeof value === "string") return render(value, path);
    if (shape?.kind === "list" && Array.isArray(value))
      return value.map((item: unknown, i) => walk(shape.element, item, [...path, i]));
    // Every field the mapping may have is there, undefined where the data leaves it out, so a
    // template in strict mode may test any of them with {{#if}}.
    if (shape?.kind === "mapping" && isRecord(value))
      return Object.fromEntries([
        ...[...shape.fields.keys()].map((key) => [key, undefined]),
        ...Object.entries(value).map(([key, v]) => [key, walk(shape.fields.get(key), v, [...path, key])]),
      ]);
    return value;
  };
  return walk(structure(), data, []);
}

/** The fields a mapping at `path` may have, for “did you mean”. */
export function knownKeys(path: Path): string[] {
  let shape: Shape | undefined = structure();
  for (const key of path) {
    if (shape?.kind === "list") shape = shape.element;
    else if (shape?.kind === "record") shape = shape.value;
    else if (shape?.kind === "mapping") shape = shape.fields.get(String(key));
    else shape = undefined;
  }
  return shape?.kind === "mapping" ? [...shape.fields.keys()] : [];
}

/** Every list the schema has in the parsed file, nested ones too, with its path: for the limits. */
export function eachList(root: unknown, visit: (path: Path, items: readonly unknown[]) => void): void {
  const walk = (shape: Shape | undefined, node: unknown, path: Path) => {
    if (shape?.kind === "list" && isSeq(node)) {
      visit(path, node.items);
      node.items.forEach((item, i) => walk(shape.element, item, [...path, i]));
    } else if (shape?.kind === "mapping" && isMap(node)) {
      for (const [key, field] of shape.fields) if (node.has(key)) walk(field, node.get(key, true), [...path, key]);
    }
  };
  walk(structure(), root, []);
}

/** The fields whose text may hold several paragraphs (or, for a list, each item's), in the schema's order. */
export function paragraphFieldNames(): string[] {
  return textFieldNames(["paragraphs", "point"]);
}

/** Every text field's name (a list: its own name), in the schema's order; or those of the `roles` given. */
export function textFieldNames(roles?: readonly TextRole[]): string[] {
  const names = new Set<string>();
  const walk = (shape: Shape, key: string | undefined) => {
    if (shape.kind === "text" && key && (!roles || roles.includes(shape.role))) names.add(key);
    else if (shape.kind === "list") walk(shape.element, key);
    else if (shape.kind === "record") walk(shape.value, undefined);
    else if (shape.kind === "mapping") for (const [name, field] of shape.fields) walk(field, name);
  };
  walk(structure(), undefined);
  return [...names];
}

/** Whether the field at `path` may be left out (an empty required text is told to be filled in, not removed). */
export function isOptionalField(path: Path): boolean {
  let schema: Schema = summarySchema;
  for (const key of path) {
    const def = defOf(unwrap(schema));
    let next: Schema | undefined;
    if (def.type === "array") next = def.element;
    else if (def.type === "record") next = def.valueType;
    else next = shapeOf(schema)?.[String(key)];
    if (!next) return true;
    schema = next;
  }
  const { type } = defOf(schema);
  return type === "optional" || type === "default";
}
