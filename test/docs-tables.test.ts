/**
 * The data format's tables (docs/data-format.md) against the one description each comes from: the
 * fields of a summary and of a section (the schema), the writing rules (their ids), the template's
 * block elements (the block registry). A field, rule or element added without its row fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MARKUP_ELEMENTS } from "../src/blocks.js";
import { knownKeys } from "../src/summary/structure.js";
import { RULE_IDS } from "../src/writing-rules.js";
import { ROOT } from "./helpers.js";

const DOC = readFileSync(join(ROOT, "docs", "data-format.md"), "utf8");

/** The names in the first column of the table whose header row is `header`, as written in backquotes. */
function firstColumn(header: string): string[] {
  const start = DOC.indexOf(`${header}\n`);
  if (start < 0) throw new Error(`docs/data-format.md has no table “${header}”`);
  const rows = DOC.slice(start).split("\n").slice(2);
  const table = rows.slice(
    0,
    rows.findIndex((row) => !row.startsWith("|")),
  );
  return table.flatMap((row) => [...(row.split("|")[1] ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ""));
}

describe("docs/data-format.md", () => {
  it("lists every field of a summary, and no other", () => {
    expect(firstColumn("| field | what it holds |").sort()).toEqual(knownKeys([]).sort());
  });

  it("lists every field of a section, and no other", () => {
    expect(firstColumn("| key | what it holds |").sort()).toEqual(knownKeys(["parts", 0]).sort());
  });

  it("lists every writing rule by its id", () => {
    expect(firstColumn("| id | what it finds | `report fix` |").sort()).toEqual([...RULE_IDS].sort());
  });

  it("lists every block element of the template's markup", () => {
    const tags = firstColumn("| tag | what it makes |").flatMap((cell) =>
      [...cell.matchAll(/<([a-z0-9]+)>/g)].map((m) => m[1] ?? ""),
    );
    // `<h1>…</h1> … <h4>…</h4>` stands for the four levels.
    const written = new Set(tags.flatMap((tag) => (tag === "h1" ? ["h1", "h2", "h3", "h4"] : [tag])));
    for (const tag of MARKUP_ELEMENTS.keys()) expect(written, `<${tag}>`).toContain(tag);
  });
});
