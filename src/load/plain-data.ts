/**
 * The library's `{ data }`: whatever a caller passes (a web form's parsed upload, an object built by
 * a script) made into plain data before it is written as YAML and read like any data file. Walked
 * once, copying, within the data file's own limits, so that nothing a caller passes can throw, hang
 * or take gigabytes: a million list items are refused at the list; an object under two names is
 * copied (it is not a YAML alias); a cycle, a function, a Symbol, a BigInt, a Map or any class
 * instance, and a getter or Proxy that throws, are each a diagnostic at their field. Keys such as
 * `__proto__` stay own keys of the copy, so the checks refuse them by name as in a file.
 */
import { diagnostic, type Diagnostic } from "../errors.js";
import { MAX_ENTRIES, MAX_FILE_BYTES, MAX_NESTING_DEPTH, MAX_PROBLEMS_PER_FILE } from "../limits.js";

export type PlainData =
  { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly diagnostics: Diagnostic[] };

class Stop extends Error {}

export function plainData(value: unknown, name: string): PlainData {
  const problems: Diagnostic[] = [];
  let entries = 0;
  let characters = 0;
  const ancestors: object[] = [];
  const problem = (found: Diagnostic) => {
    problems.push({ ...found, file: name });
    if (problems.length >= MAX_PROBLEMS_PER_FILE) throw new Stop();
  };
  const stopAt = (found: Diagnostic) => {
    problems.push({ ...found, file: name });
    throw new Stop();
  };

  /** The field as messages name it: the data itself is `data`. */
  const at = (field: string) => field || "data";
  const copy = (item: unknown, field: string, depth: number): unknown => {
    switch (typeof item) {
      case "string":
        characters += item.length;
        if (characters > MAX_FILE_BYTES)
          stopAt(diagnostic("fileTooLarge", { path: name, limitMiB: MAX_FILE_BYTES / 1024 / 1024 }));
        return item;
      case "number":
      case "boolean":
        return item;
      case "undefined":
        return null;
      case "bigint":
      case "symbol":
      case "function":
        problem(diagnostic("dataNotPlain", { field: at(field), kind: typeof item }, { field: at(field) }));
        return null;
    }
    if (typeof item !== "object" || item === null) return null;
    if (depth >= MAX_NESTING_DEPTH) stopAt(diagnostic("tooDeep", { limit: MAX_NESTING_DEPTH }, { field: at(field) }));
    if (ancestors.includes(item)) {
      problem(diagnostic("dataCycle", { field: at(field) }, { field: at(field) }));
      return null;
    }
    let keys: string[];
    let isList: boolean;
    try {
      isList = Array.isArray(item);
      if (!isList) {
        const prototype = Object.getPrototypeOf(item) as unknown;
        if (prototype !== Object.prototype && prototype !== null) {
          problem(diagnostic("dataNotPlain", { field: at(field), kind: kindOf(item) }, { field: at(field) }));
          return null;
        }
      }
      const length = isList ? (item as unknown[]).length : 0;
      // Counted before anything is copied: a list of a million items is refused at once.
      if (isList && entries + length > MAX_ENTRIES)
        stopAt(diagnostic("tooManyEntries", { limit: MAX_ENTRIES }, { field: at(field) }));
      keys = isList ? Array.from({ length }, (_, i) => String(i)) : Object.keys(item);
    } catch (error) {
      if (error instanceof Stop) throw error;
      problem(diagnostic("dataUnreadable", { field: at(field) }, { field: at(field) }));
      return null;
    }
    entries += keys.length;
    if (entries > MAX_ENTRIES) stopAt(diagnostic("tooManyEntries", { limit: MAX_ENTRIES }, { field: at(field) }));
    ancestors.push(item);
    const result: Record<string, unknown> | unknown[] = isList ? [] : {};
    for (const key of keys) {
      const inner = field === "" ? key : `${field}.${key}`;
      let member: unknown;
      try {
        member = (item as Record<string, unknown>)[key];
      } catch {
        problem(diagnostic("dataUnreadable", { field: inner }, { field: inner }));
        continue;
      }
      if (!isList) characters += key.length;
      const copied = copy(member, inner, depth + 1);
      if (isList) (result as unknown[]).push(copied);
      // defineProperty, not assignment: a key `__proto__` stays a key, and no setter runs.
      else Object.defineProperty(result, key, { value: copied, enumerable: true, writable: true, configurable: true });
    }
    ancestors.pop();
    return result;
  };

  try {
    const data = copy(value, "", 0);
    return problems.length > 0 ? { ok: false, diagnostics: problems } : { ok: true, data };
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ok: false, diagnostics: problems };
  }
}

/** What a caller passed instead of plain data, in a word: `Map`, `Date`, `class Foo`… */
function kindOf(item: object): string {
  try {
    const name = (Object.getPrototypeOf(item) as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === "string" && name !== "" ? name.slice(0, 40) : "object with a prototype";
  } catch {
    return "object with a prototype";
  }
}
