/**
 * `report init --from` and `report import` write every field the schema has, from the schema: a new
 * data file made from any data file keeps each of its texts, at the same place, and validates.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { scaffold } from "../src/init/scaffold.js";
import { check, checkSource } from "../src/pipeline.js";
import { parseSource } from "../src/load/source-file.js";
import { textFields } from "../src/summary/structure.js";
import { ROOT } from "./helpers.js";

const DATA_FILES = [
  "data",
  "test/fixtures",
  "test/fixtures/shapes",
  "test/fixtures/numbering",
  "test/fixtures/published",
].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => join(dir, name)),
);

describe("a data file written by init from another", () => {
  it.each(DATA_FILES)("keeps every text of %s and validates", async (file) => {
    const { summary } = await check(join(ROOT, file));
    if (!summary) throw new Error(`${file} does not validate`);
    for (const keep of [false, true]) {
      const text = scaffold({
        year: summary.year + (keep ? 0 : 1),
        schemaRef: "x",
        fileName: "x.yaml",
        from: summary,
        keep,
      });
      const written = textFields(parse(text, { schema: "core" }));
      expect(written.map((f) => [f.path.join("."), f.text])).toEqual(
        textFields(summary).map((f) => [f.path.join("."), f.text]),
      );
      const checked = checkSource(parseSource("x.yaml", text));
      expect(checked.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    }
  });
});
