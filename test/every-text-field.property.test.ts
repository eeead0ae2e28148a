/**
 * Property-based, over every text field the schema has (not a list written here): real data files
 * that between them hold each of the schema's text fields, each text replaced by an arbitrary one.
 * Each build either gives a .docx whose every XML part parses strictly and prints each plain text, or
 * fails with ReportError("data") whose every message prints. A new text field in the schema fails
 * the coverage test until a data file has it, and is then in the property.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { textFieldNames, textFields, type TextField } from "../src/summary/structure.js";
import { builtOrRefused, printed, textOf } from "./built-or-refused.js";
import { ROOT, tempDir } from "./helpers.js";
import { FC_NUM_RUNS, FC_SEED, doubleQuoted, hostileText } from "./hostile-text.js";

const DIR = tempDir();
const nameOf = (field: TextField) => field.path.filter((key) => typeof key === "string").at(-1) ?? "";

const yamlIn = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => join(ROOT, dir, name));

/** The data files that validate, each with its texts; then the fewest that hold every field. */
const candidates = [...yamlIn("data"), ...yamlIn("test/fixtures"), ...yamlIn("test/fixtures/shapes")].map((file) => {
  const source = readFileSync(file, "utf8");
  return { file, source, fields: textFields(parseDocument(source).toJS()) };
});
const bases: typeof candidates = [];
for (const name of textFieldNames()) {
  if (bases.some((base) => base.fields.some((field) => nameOf(field) === name))) continue;
  const holder = candidates.find((c) => c.fields.some((field) => nameOf(field) === name));
  if (holder) bases.push(holder);
}

/** Mostly tame Chinese, so that many documents build; sometimes anything at all. */
const text = fc.oneof(
  { arbitrary: hostileText(), weight: 1 },
  {
    arbitrary: fc.string({
      unit: fc.constantFrom("北", "坦", "街", "道", "工", "作", "，", "a", "1"),
      minLength: 1,
      maxLength: 12,
    }),
    weight: 2,
  },
);

/** `base` with its i-th text written as `texts[i]`, quoted so that it reads back exactly. */
function withTexts(base: (typeof bases)[number], texts: readonly string[]): string {
  const document = parseDocument(base.source);
  base.fields.forEach((field, i) => document.setIn(field.path, `ZZTEXT${i}ZZ`));
  return document
    .toString({ lineWidth: 0 })
    .replace(/ZZTEXT(\d+)ZZ/g, (_, i: string) => doubleQuoted(texts[Number(i)] ?? ""));
}

const plain = (value: string) => value.trim() !== "" && !value.includes("{") && !value.includes("\\");

describe("arbitrary Unicode in every text field of the schema", () => {
  it("has data files that between them hold every text field", () => {
    const held = new Set(bases.flatMap((base) => base.fields.map(nameOf)));
    expect(textFieldNames().filter((name) => !held.has(name))).toEqual([]);
  });

  it("builds a .docx every XML parser reads, printing each text, or fails with a clear error", async () => {
    let run = 0;
    let built = 0;
    const cases = fc
      .constantFrom(...bases)
      .chain((base) =>
        fc.tuple(fc.constant(base), fc.array(text, { minLength: base.fields.length, maxLength: base.fields.length })),
      );
    await fc.assert(
      fc.asyncProperty(cases, async ([base, texts]) => {
        const path = join(DIR, `case-${run++}.yaml`);
        writeFileSync(path, withTexts(base, texts));
        const result = await builtOrRefused(path);
        if ("refused" in result) return;
        built++;
        const document = textOf(result.parts["word/document.xml"] ?? "");
        base.fields.forEach((field, i) => {
          const value = texts[i] ?? "";
          // The top-level organisation prints only in a closing without its own.
          if (plain(value) && field.path.join(".") !== "organisation")
            expect(document, field.path.join(".")).toContain(printed(value));
        });
      }),
      { seed: FC_SEED, numRuns: FC_NUM_RUNS },
    );
    // The generator must reach both ends: documents built, and data refused.
    expect(built).toBeGreaterThan(FC_NUM_RUNS / 10);
    expect(built).toBeLessThan(FC_NUM_RUNS);
  }, 600_000);
});
