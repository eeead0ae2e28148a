/** `report schema`: valid JSON Schema, generated from the Zod schema, that agrees with the tool. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { dataJsonSchemaText } from "../src/validate/json-schema.js";
import { summarySchema } from "../src/summary/schema.js";
import { ROOT, fixture, runCli } from "./helpers.js";

const printed = runCli(["schema"]);
const schema = JSON.parse(printed.stdout) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: true });
const check = ajv.compile(schema);
const dataOf = (file: string): unknown => parse(readFileSync(file, "utf8"), { schema: "core" });

describe("report schema", () => {
  it("prints the schema generated from the Zod schema, which is committed as schema/report.schema.json", () => {
    expect(printed.status).toBe(0);
    expect(printed.stdout).toBe(dataJsonSchemaText());
    // Regenerate with: npx report schema > schema/report.schema.json
    expect(readFileSync(join(ROOT, "schema", "report.schema.json"), "utf8")).toBe(printed.stdout);
  });

  it("is draft-07 JSON Schema with Chinese titles and descriptions", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(ajv.validateSchema(schema)).toBe(true);
    const properties = schema.properties as Record<string, { title?: string; description?: string }>;
    expect(properties.year?.title).toBe("年度");
    expect(properties.figures?.description).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([
    "data/2020.yaml",
    "test/fixtures/2021-filled.yaml",
    "test/fixtures/comparisons.yaml",
    ...readdirSync(join(ROOT, "test", "fixtures", "shapes")).map((name) => `test/fixtures/shapes/${name}`),
  ])("accepts %s", (file) => {
    expect(check(dataOf(join(ROOT, file))), JSON.stringify(check.errors)).toBe(true);
  });

  it.each([
    "schema-error",
    "unknown-key",
    "missing-key",
    "number-with-unit",
    "number-comma-in-braces",
    "not-a-number",
    "chinese-year",
    "mixed-shapes",
  ])("rejects the schema-error fixture %s, as report validate does", (name) => {
    const file = fixture(join("invalid", `${name}.yaml`));
    expect(check(dataOf(file))).toBe(false);
    expect(runCli(["validate", file]).status).toBe(1);
  });
});

describe("last year's values and the key-figures table in the JSON Schema", () => {
  const data = (figure: unknown) => ({
    ...(dataOf(fixture("comparisons.yaml")) as object),
    figures: { 财政收入: figure },
  });

  it("accepts last year's value and the rounding beside this year's", () => {
    expect(check(data({ value: 3.62, last: 3.34, unit: "亿元", digits: 2 }))).toBe(true);
  });

  it("refuses, as the Zod schema does, text for a figure compared with last year, and a rounding out of range", () => {
    const cases = [
      { value: "很多", last: 3.34 },
      { value: 3.62, last: "三点三四", unit: "亿元" },
      { value: 3.62, last: 3.34, unit: "亿元", digits: 5 },
    ];
    for (const figure of cases) {
      expect(check(data(figure)), JSON.stringify(figure)).toBe(false);
      expect(summarySchema.safeParse(data(figure)).success, JSON.stringify(figure)).toBe(false);
    }
  });

  it("describes last, digits and keyFigures in Chinese", () => {
    const text = JSON.stringify(schema);
    expect(text).toContain("去年同期的数值");
    expect(text).toContain("同比保留几位小数");
    expect((schema.properties as Record<string, { title?: string }>).keyFigures?.title).toBe("主要指标表");
  });
});
