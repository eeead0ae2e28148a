/**
 * YAML's concrete syntax tree, walked without recursion. Unlike the parsed document it keeps every
 * token where it was written, even when the file is broken, so a mistake can be shown at its real place.
 */
import type { CST } from "yaml";

export type Role = "document" | "key" | "key-without-colon" | "value" | "list-item";
type Collection = CST.BlockMap | CST.BlockSequence | CST.FlowCollection;
type Item = Collection["items"][number];

export interface Visit {
  readonly token: CST.Token;
  readonly role: Role;
  readonly parent?: Collection;
  readonly item?: Item;
}

export function* walk(tokens: readonly CST.Token[]): Generator<Visit> {
  const stack: Visit[] = tokens.map((token) => ({ token, role: "document" }));
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    yield visit;
    const { token } = visit;
    if (token.type === "document") {
      if (token.value) stack.push({ token: token.value, role: "document" });
    } else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      for (const item of [...token.items].reverse()) {
        const hasColon = "sep" in item && item.sep?.some((s) => s.type === "map-value-ind");
        if (item.value)
          stack.push({
            token: item.value,
            role: token.type === "block-seq" ? "list-item" : "value",
            parent: token,
            item,
          });
        if ("key" in item && item.key)
          stack.push({ token: item.key, role: hasColon ? "key" : "key-without-colon", parent: token, item });
      }
    }
  }
}

/** The offset just after the last character of a token and everything inside it. */
export function tokenEnd(token: CST.Token): number {
  let end = token.offset;
  const stack: unknown[] = [token];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    const { offset, source } = node as { offset?: unknown; source?: unknown };
    if (typeof offset === "number" && typeof source === "string") end = Math.max(end, offset + source.length);
    for (const value of Object.values(node)) if (value !== null && typeof value === "object") stack.push(value);
  }
  return end;
}
