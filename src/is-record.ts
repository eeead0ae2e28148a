/** A mapping of the data as YAML gives it (an object, not a list or null), before the schema has accepted it. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
