/** Same input, same bytes: whatever the clock says and whatever the time zone. */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { check } from "../src/pipeline.js";
import { render } from "../src/render/render.js";
import { loadTemplate } from "../src/render/template.js";
import { writeDocx } from "../src/write/docx/write-docx.js";
import { ROOT, docxParts, runCli, tempDir } from "./helpers.js";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** `report build data/2020.yaml` in a fresh folder, as a clerk runs it; the bytes of out/2020.docx. */
function buildIn(env: NodeJS.ProcessEnv): Uint8Array {
  const cwd = tempDir();
  const result = runCli(["build", join(ROOT, "data", "2020.yaml")], { cwd, env });
  expect(result.status).toBe(0);
  return readFileSync(join(cwd, "out", "2020.docx"));
}

/**
 * What `npx report build data/2020.yaml` writes. The general data format (issue 10) was checked to
 * leave these bytes as they were (1eb1c620…07a4da, before and after it); the Word styles, font
 * table, grid and page-number field (issue 11) then changed the file on purpose, to these bytes.
 * The three-part shape of data/2020.yaml must go on building exactly them: a change to the data
 * format may not change a document written in the old one. A deliberate change of the Word layout
 * updates this figure and says why.
 *
 * Issue 23 changed them on purpose (acfa78f2… before): the settings and styles of Word's own 公文
 * templates (compatibility options, tab stop 420, themeFontLang, mirrored margins, the 22 × 28
 * linesAndChars grid, each style's next, uiPriority/qFormat, latentStyles, Default Paragraph Font,
 * plain footnote separators) and an app.xml with the template, 单位 and character counts; then
 * (9f0cd7e5… before) each run-in heading a heading paragraph joined to its text by Word's style
 * separator, so the navigation pane lists all 13 headings.
 */
const BYTES_OF_2020 = "dc0cccbc72f4bdef075a80f6bc8873f8c6bd3deba2969f76e706a520cafb3cd6";

/** An XML part one element a line, so a change shows as the lines that changed. */
const lined = (xml: string) => `${xml.replaceAll("><", ">\n<")}\n`;

describe("out/2020.docx", () => {
  // Part by part first, so a change says which part and which elements: the files under
  // test/golden/2020.docx/ are the parts, one element a line (`npx vitest run -u` rewrites them
  // after a deliberate change, which the pin below then records).
  const parts = docxParts(buildIn({}));
  it.each(Object.keys(parts).sort())("%s is as in test/golden/2020.docx/", async (name) => {
    await expect(lined(parts[name] ?? "")).toMatchFileSnapshot(join("golden", "2020.docx", name));
  });

  it("has no other parts than those", () => {
    const golden = join(ROOT, "test", "golden", "2020.docx");
    const written = readdirSync(golden, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(golden, join(entry.parentPath, entry.name)).split(sep).join("/"));
    expect(Object.keys(parts).sort()).toEqual(written.sort());
  });

  it("is byte for byte what the three-part shape has built since the Word styles (issue 11)", () => {
    expect(sha256(buildIn({}))).toBe(BYTES_OF_2020);
  });

  it("has the same sha256 when built in UTC and in Asia/Shanghai", () => {
    const utc = buildIn({ TZ: "UTC" });
    const shanghai = buildIn({ TZ: "Asia/Shanghai" });
    expect(sha256(shanghai)).toBe(sha256(utc));
  });

  it("records the data's date (31 Dec of the year without a closing), and SOURCE_DATE_EPOCH when set", () => {
    const core = (bytes: Uint8Array) => docxParts(bytes)["docProps/core.xml"] ?? "";
    expect(core(buildIn({})).match(/<dcterms:(created|modified)[^>]*>([^<]*)</g)).toEqual([
      expect.stringContaining(">2020-12-31T00:00:00Z<"),
      expect.stringContaining(">2020-12-31T00:00:00Z<"),
    ]);
    expect(core(buildIn({ SOURCE_DATE_EPOCH: "1609113600" }))).toContain(">2020-12-28T00:00:00Z<");
  });

  it("refuses a SOURCE_DATE_EPOCH that is not seconds, as a usage error", () => {
    const result = runCli(["build", "data/2020.yaml", "-o", join(tempDir(), "a.docx")], {
      env: { SOURCE_DATE_EPOCH: "yesterday" },
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("SOURCE_DATE_EPOCH");
  });
});

describe("the docx writer", () => {
  afterEach(() => vi.useRealTimers());

  it("writes the same bytes at two different moments", async () => {
    const { summary } = await check(join(ROOT, "data", "2020.yaml"));
    const model = render(summary!, loadTemplate(), "templates").model;
    const at = async (iso: string) => {
      vi.useFakeTimers({ now: new Date(iso), toFake: ["Date"] });
      const bytes = await writeDocx(model, { final: false, fonts: "standard" });
      vi.useRealTimers();
      return bytes;
    };
    const first = await at("2021-03-01T08:00:00Z");
    const second = await at("2031-07-15T23:59:58Z");
    expect(sha256(second)).toBe(sha256(first));
  });
});
