/**
 * The JSON Schema of the data format, generated from the Zod schema so the two cannot disagree.
 * Editors (VS Code's YAML extension) use it to complete and check fields as a clerk types.
 * Draft-07, because that is what the YAML language server understands fully.
 */
import { join } from "node:path";
import * as z from "zod/mini";
import { PACKAGE_ROOT } from "../paths.js";
import { BODY_SHAPES, figureObjectSchema, summarySchema } from "../summary/schema.js";

/** The committed copy, which `# yaml-language-server: $schema=…` lines point at (works offline). */
export const SCHEMA_PATH = join(PACKAGE_ROOT, "schema", "report.schema.json");

export function dataJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(summarySchema, {
    target: "draft-07",
    io: "input",
    override: (context) => {
      // Zod's refinement “one way of writing the body” as pairs of fields that may not be together.
      if (context.zodSchema === summarySchema) {
        const apart = BODY_SHAPES.flatMap((shape, i) =>
          BODY_SHAPES.slice(i + 1).flatMap((other) =>
            shape.flatMap((a) =>
              other.map((b) => ({ not: { properties: { [a]: true, [b]: true }, required: [a, b] } })),
            ),
          ),
        );
        Object.assign(context.jsonSchema, { allOf: apart });
      }
      // Zod's refinement “a figure with a unit, or with last year's value, has a number” has no
      // JSON Schema form of its own.
      if (context.zodSchema === figureObjectSchema) {
        Object.assign(context.jsonSchema, {
          if: {
            anyOf: [
              { properties: { unit: { type: "string" } }, required: ["unit"] },
              { properties: { last: { type: "number" } }, required: ["last"] },
            ],
          },
          then: {
            properties: {
              value: { type: ["number", "null"], description: "数值，只填阿拉伯数字，例如 12345；还没有的留空。" },
            },
          },
        });
      }
    },
  });
}

/** As printed by `report schema` and committed as schema/report.schema.json. */
export function dataJsonSchemaText(): string {
  return `${JSON.stringify(dataJsonSchema(), null, 2)}\n`;
}
