import { textFields } from "./structure.js";
import { isRecord } from "../is-record.js";

export type FieldPath = readonly (string | number)[];

export interface ProseField {
  readonly path: FieldPath;
  readonly text: string;
}

/**
 * Every text field that may refer to figures, with its place in the data. It reads the data as it
 * was written, before the schema has accepted it, so that references are checked even in a file with
 * schema errors: a clerk sees all problems at once. Whatever is not text is skipped. The fields are
 * those the schema marks as texts (structure.ts).
 */
export function proseFields(data: unknown): ProseField[] {
  return textFields(data).map(({ path, text }) => ({ path, text }));
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
  return isRecord(value) ? value : {};
}

function items(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
