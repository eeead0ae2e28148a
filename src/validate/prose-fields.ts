export type FieldPath = readonly (string | number)[];

export interface ProseField {
  readonly path: FieldPath;
  readonly text: string;
}

/**
 * Every text field that may refer to figures, with its place in the data. It reads the data as it
 * was written, before the schema has accepted it, so that references are checked even in a file with
 * schema errors: a clerk sees all problems at once. Whatever is not text is skipped.
 */
export function proseFields(data: unknown): ProseField[] {
  const fields: ProseField[] = [];
  const add = (path: FieldPath, value: unknown) => {
    if (typeof value === "string") fields.push({ path, text: value });
  };
  const root = record(data);
  for (const key of ["title", "organisation", "intro"]) add([key], root[key]);
  for (const list of ["work", "plans"] as const) {
    items(root[list]).forEach((section, i) => {
      add([list, i, "heading"], record(section).heading);
      add([list, i, "body"], record(section).body);
    });
  }
  items(root.problems).forEach((problem, i) => add(["problems", i], problem));
  add(["closing", "organisation"], record(root.closing).organisation);
  add(["keyFigures", "title"], record(root.keyFigures).title);
  return fields;
}

/** The names defined under `figures`, as written. */
export function figureNames(data: unknown): string[] {
  return Object.keys(record(record(data).figures));
}

/** The names the key-figures table lists (`keyFigures.figures`), with their place in the list. */
export function tableNames(data: unknown): { name: string; index: number }[] {
  return items(record(record(data).keyFigures).figures).flatMap((name, index) =>
    typeof name === "string" ? [{ name: name.trim(), index }] : [],
  );
}

/** `work.2.body` — how messages name a field. */
export function fieldName(path: FieldPath): string {
  return path.join(".");
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function items(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
