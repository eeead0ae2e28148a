/**
 * Every text the data gives is in the document, or the build says which is not: the shipped
 * template prints every text of every data file (a text it leaves out stops the build), and a custom
 * template that never prints a field gets a warning naming it.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createContext } from "../src/context.js";
import { buildDocument, check, modelOf } from "../src/pipeline.js";
import { ReportError } from "../src/errors.js";
import { ROOT, fixture, tempDir } from "./helpers.js";

const yamlIn = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => join(dir, name));
const DATA_FILES = [
  ...yamlIn("data"),
  ...yamlIn("test/fixtures"),
  ...yamlIn("test/fixtures/shapes"),
  ...yamlIn("test/fixtures/warnings"),
];

describe("the shipped template", () => {
  it.each(DATA_FILES)("prints every text of %s", async (file) => {
    const checked = await check(join(ROOT, file));
    expect(checked.summary, "the file validates").toBeDefined();
    const { warnings } = modelOf(checked, { final: false }, createContext());
    expect(warnings.filter((d) => d.code === "templateSkipsText")).toEqual([]);
  });
});

describe("a template that never prints a text", () => {
  /** The shipped template with `edit` applied to its summary.hbs. */
  const templateWith = (edit: (text: string) => string) => {
    const dir = join(tempDir(), "template");
    cpSync(join(ROOT, "templates"), dir, { recursive: true });
    const main = join(dir, "summary.hbs");
    writeFileSync(main, edit(readFileSync(main, "utf8")));
    return dir;
  };

  it("builds, with a warning naming the field, where the data file has it", async () => {
    const templateDir = templateWith((text) => text.replace("<salutation>{{salutation}}</salutation>", ""));
    const built = await buildDocument(
      fixture("shapes/f-salutation.yaml"),
      { format: "txt", final: false, fonts: "standard", templateDir },
      createContext(),
    );
    const skipped = built.warnings.filter((d) => d.code === "templateSkipsText");
    expect(skipped).toMatchObject([{ severity: "warning", field: "salutation", params: { field: "salutation" } }]);
    expect(skipped[0]?.position?.line).toBe(
      readFileSync(fixture("shapes/f-salutation.yaml"), "utf8")
        .split("\n")
        .findIndex((line) => line.startsWith("salutation:")) + 1,
    );
  });

  it("names each text of a list that a section's partial leaves out", async () => {
    const templateDir = templateWith((text) => text);
    const section = join(templateDir, "section.hbs");
    writeFileSync(section, readFileSync(section, "utf8").replace("<p>{{body}}</p>", ""));
    const built = await buildDocument(
      join(ROOT, "data", "2020.yaml"),
      { format: "txt", final: false, fonts: "standard", templateDir },
      createContext(),
    );
    const fields = built.warnings.filter((d) => d.code === "templateSkipsText").map((d) => d.field);
    expect(fields).toContain("work.0.body");
    expect(fields.every((field) => /\.body$/.test(field ?? ""))).toBe(true);
  });

  it("may test any field of the data format, at any level, whether the data has it or not", async () => {
    const templateDir = templateWith(
      (text) => text + "<p>{{draftLabel}}（{{salutation}}）</p>{{#each parts}}<p>{{pointsLead}}{{runIn}}</p>{{/each}}",
    );
    const built = await buildDocument(
      fixture("shapes/a-four-parts.yaml"),
      { format: "txt", final: false, fonts: "standard", templateDir },
      createContext(),
    );
    expect(new TextDecoder().decode(built.bytes)).toContain("东湖街道");
  });

  it("stops the build when it is the shipped template, naming the field", async () => {
    // The shipped template's folder, under a name the pipeline knows as the shipped one.
    const checked = await check(fixture("shapes/f-salutation.yaml"));
    const context = createContext();
    const broken = templateWith((text) => text.replace("<salutation>{{salutation}}</salutation>", ""));
    const { loadTemplate, DEFAULT_TEMPLATE_DIR } = await import("../src/render/template.js");
    context.templates.set(DEFAULT_TEMPLATE_DIR, loadTemplate(broken, new Map()));
    let error: unknown;
    try {
      modelOf(checked, { final: false }, context);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).diagnostics).toMatchObject([
      { code: "templateSkipsText", severity: "error", field: "salutation" },
    ]);
  });
});
