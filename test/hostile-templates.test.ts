/**
 * A template copied from a colleague (trusted, SECURITY.md, but written by anyone): it may reach for
 * Object.prototype, include itself, write Word's XML, name a partial outside its folder or multiply
 * the document past any size. Each ends in a message at the template, exit 1, nothing written, within
 * bounds of time and memory; or, for the prototype, builds without printing any of it.
 */
import { copyFileSync, cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMeasured } from "../scripts/run-measured.mjs";
import { ROOT, runCli, tempDir } from "./helpers.js";

const SECONDS = 20;
const PEAK_MIB = 700;

/** A copy of the shipped template with `extra` after the title, `partials` beside it, and data/2020.yaml. */
function folder(extra: string, partials: Record<string, string> = {}) {
  const dir = tempDir();
  cpSync(join(ROOT, "templates"), join(dir, "t"), { recursive: true });
  const main = join(dir, "t", "summary.hbs");
  writeFileSync(
    main,
    readFileSync(main, "utf8").replace("<title>{{title}}</title>", `<title>{{title}}</title>${extra}`),
  );
  for (const [name, text] of Object.entries(partials)) writeFileSync(join(dir, "t", `${name}.hbs`), text);
  copyFileSync(join(ROOT, "data", "2020.yaml"), join(dir, "2020.yaml"));
  return { dir, data: join(dir, "2020.yaml"), template: join(dir, "t"), out: join(dir, "out.txt") };
}

function refused(extra: string, partials: Record<string, string> = {}, lang = "en") {
  const { data, template, out } = folder(extra, partials);
  const result = runCli(["--lang", lang, "build", data, "-t", template, "-f", "txt", "-o", out]);
  expect(result.status, result.stderr).toBe(1);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(existsSync(out)).toBe(false);
  return result.stderr;
}

describe("a hostile template", () => {
  it("reaching for Object.prototype prints none of it", () => {
    const { data, template, out } = folder('<p>[{{constructor}}{{lookup this "__proto__"}}{{title.constructor}}]</p>');
    const result = runCli(["build", data, "-t", template, "-f", "txt", "-o", out]);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("\n[]\n");
  });

  it("that includes itself: named, in both languages", () => {
    expect(refused("{{> loop}}", { loop: "<p>a</p>{{> loop}}" })).toContain(
      "The partial loop is included more than 64 levels deep: it includes itself",
    );
    expect(refused("{{> loop}}", { loop: "{{> loop}}" }, "zh")).toContain("子模板 loop 嵌套超过了 64 层：它在引用自己");
  });

  it("writing Word's XML: refused, the document never holds it", () => {
    const stderr = refused("<w:p><w:r><w:t>x</w:t></w:r></w:p>");
    expect(stderr).toContain("it makes a “<” that starts no tag");
    expect(stderr).toContain("never Word's XML");
    expect(refused("<p><h1>x</h1></p>", {}, "zh")).toContain("它在 <p> 里面又写了 <h1>");
  });

  it("naming a partial outside its folder: not found, never read", () => {
    expect(refused("{{> ../../../../etc/passwd}}")).toContain(
      "The template includes a partial `../../../../etc/passwd`",
    );
  });

  it("multiplying the document: stopped at the bound, in time and memory", async () => {
    const { dir, data, template, out } = folder("<p>{{intro}}</p>".repeat(20_000));
    // A 600,000-character intro printed 20,000 times would be 12 billion characters.
    writeFileSync(
      data,
      readFileSync(data, "utf8").replace(/^intro: .*$/m, () => `intro: ${"推动各项工作落实落地。".repeat(60_000)}`),
    );
    const run = await runMeasured(["--lang", "en", "build", data, "-t", template, "-f", "txt", "-o", out], {
      timeoutMs: SECONDS * 1000,
      peakFile: join(dir, "peak.json"),
    });
    expect(run.timedOut).toBe(false);
    expect(run.status).toBe(1);
    expect(run.firstLine).toContain("The template makes more than 67,108,864 characters for this document");
    expect(run.peakMiB ?? Infinity).toBeLessThan(PEAK_MIB);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it("nesting {{#each}} over every list: stopped at the bound", () => {
    const each = (depth: number): string =>
      depth === 0 ? "<p>{{@root.title}}{{@root.intro}}</p>" : `{{#each @root.sections}}${each(depth - 1)}{{/each}}`;
    expect(refused(each(12))).toContain("The template makes more than");
  });
});
