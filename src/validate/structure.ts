/**
 * The data's structure, read from the one place it is written: the Zod schema (schema.ts) and the
 * role of each text in it. The texts to check, the lists to count, the keys a mapping may have and
 * the texts a template receives as markup are all found here by walking that schema, so a field
 * added to the schema is checked, counted, suggested and rendered without another list to update.
 */
import { isMap, isSeq } from "yaml";
import type * as z from "zod/mini";
import { summarySchema, textRoles, type TextRole } from "./schema.js";

type Schema = z.ZodMiniType;
type Path = readonly (string | number)[];

interface Def {
  readonly type: string;
  readonly shape?: Record<string, Schema>;
  readonly element?: Schema;
  readonly innerType?: Schema;
  readonly in?: Schema;
  readonly valueType?: Schema;
  readonly options?: readonly Schema[];
}

const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Optional fields, defaults and pipes wrap the schema that says what the value is. */
function unwrap(schema: Schema): Schema {
  for (;;) {
    const def = defOf(schema);
    if ((def.type === "optional" || def.type === "default" || def.type === "nullable") && def.innerType)
      schema = def.innerType;
    else if (def.type === "pipe" && def.in) schema = def.in;
    else return schema;
  }
}

/** A mapping's fields: an object's own, or (for a figure) those of the union's object form. */
function shapeOf(schema: Schema): Record<string, Schema> | undefined {
  const def = defOf(unwrap(schema));
  if (def.shape) return def.shape;
  for (const option of def.options ?? []) {
    const shape = shapeOf(option);
    if (shape) return shape;
  }
  return undefined;
}

/** The schema one step down a path: a field of a mapping, an item of a list, a value of a record. */
function child(schema: Schema, key: string | number): Schema | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === "array") return def.element;
  if (def.type === "record") return def.valueType;
  return shapeOf(schema)?.[String(key)];
}

export interface TextField {
  readonly path: Path;
  readonly text: string;
  readonly role: TextRole;
}

/**
 * Every text of the document in the data as written, in the schema's order, with its role. It reads
 * the data before the schema has accepted it, so a file with schema errors is still checked
 * throughout; whatever is not where the schema expects it is skipped.
 */
export function textFields(data: unknown): TextField[] {
  const fields: TextField[] = [];
  const walk = (schema: Schema, value: unknown, path: Path) => {
    const inner = unwrap(schema);
    const role = textRoles.get(inner)?.role;
    if (role) {
      if (typeof value === "string") fields.push({ path, text: value, role });
      return;
    }
    const def = defOf(inner);
    if (def.type === "array" && def.element && Array.isArray(value)) {
      const element = def.element;
      value.forEach((item: unknown, i) => walk(element, item, [...path, i]));
    } else if (def.shape && isRecord(value)) {
      for (const [key, field] of Object.entries(def.shape)) walk(field, value[key], [...path, key]);
    }
  };
  walk(summarySchema, data, []);
  return fields;
}

/**
 * The data with every text replaced by `render(text, path)`, everything else as it is: what a
 * template sees, whatever fields the data format has.
 */
export function mapTexts(data: unknown, render: (text: string, path: Path) => unknown): unknown {
  const walk = (schema: Schema | undefined, value: unknown, path: Path): unknown => {
    if (!schema) return value;
    const inner = unwrap(schema);
    if (textRoles.get(inner) && typeof value === "string") return render(value, path);
    const def = defOf(inner);
    if (def.type === "array" && Array.isArray(value))
      return value.map((item: unknown, i) => walk(def.element, item, [...path, i]));
    if (def.shape && isRecord(value))
      return Object.fromEntries(
        Object.entries(value).map(([key, v]) => [key, walk(def.shape?.[key], v, [...path, key])]),
      );
    return value;
  };
  return walk(summarySchema, data, []);
}

/** The fields a mapping at `path` may have, for “did you mean”. */
export function knownKeys(path: Path): string[] {
  let schema: Schema | undefined = summarySchema;
  for (const key of path) schema = schema && child(schema, key);
  return Object.keys((schema && shapeOf(schema)) ?? {});
}

/** Every list the schema has in the parsed file, nested ones too, with its path: for the limits. */
export function eachList(root: unknown, visit: (path: Path, items: readonly unknown[]) => void): void {
  const walk = (schema: Schema | undefined, node: unknown, path: Path) => {
    if (!schema) return;
    const def = defOf(unwrap(schema));
    if (def.type === "array" && isSeq(node)) {
      visit(path, node.items);
      node.items.forEach((item, i) => walk(def.element, item, [...path, i]));
    } else if (def.shape && isMap(node)) {
      for (const [key, field] of Object.entries(def.shape)) walk(field, node.get(key, true), [...path, key]);
    }
  };
  walk(summarySchema, root, []);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
