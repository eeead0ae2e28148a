/**
 * Property-based: arbitrary Unicode in every text field, the draft label, a figure's name, value and
 * unit. Each build either succeeds — every XML part of the .docx parses with a strict XML parser and
 * holds each text less what XML cannot hold — or fails with ReportError("data") whose every message
 * prints. Nothing else may escape.
 *
 * `npm test` runs a fixed seed and a bounded number of runs; `npm run test:fuzz` runs many more
 * (FC_NUM_RUNS, FC_SEED to choose).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { xmlLegal } from "../src/render/xml-legal.js";
import { FIGURE_NAME } from "../src/summary/schema.js";
import { builtOrRefused, printed, textOf } from "./built-or-refused.js";
import { tempDir } from "./helpers.js";
import { FC_NUM_RUNS, FC_SEED, doubleQuoted, hostileText } from "./hostile-text.js";

const DIR = tempDir();
const RESERVED = new Set(["年度", "数值", "prototype", ...Object.getOwnPropertyNames(Object.prototype)]);

interface Texts {
  organisation: string;
  title: string;
  intro: string;
  heading: string;
  body: string;
  problem: string;
  closing: string;
  draftLabel: string;
  name: string;
  value: string;
  unit: string;
}

function dataFile(t: Texts): string {
  const q = doubleQuoted;
  return [
    "year: 2021",
    `organisation: ${q(t.organisation)}`,
    `title: ${q(t.title)}`,
    `intro: ${q(`${t.intro}{{${t.name}}}`)}`,
    "work:",
    `  - heading: ${q(t.heading)}`,
    `    body: ${q(`${t.body}{{数量}}`)}`,
    "problems:",
    `  - ${q(t.problem)}`,
    "plans:",
    `  - heading: ${q(t.heading)}`,
    `    body: ${q(t.body)}`,
    "closing:",
    `  organisation: ${q(t.closing)}`,
    "  date: 2021-12-28",
    `draftLabel: ${q(t.draftLabel)}`,
    "figures:",
    `  ${q(t.name)}: { value: ${q(t.value)} }`,
    `  数量: { value: 12, unit: ${q(t.unit)} }`,
    "",
  ].join("\n");
}

/**
 * A build must succeed when every text is plain (no “{”, which could join a reference's braces, no
 * “\\”, not blank) and the figure's name is a valid one.
 */
function mustSucceed(t: Texts): boolean {
  const texts = [
    t.organisation,
    t.title,
    t.intro,
    t.heading,
    t.body,
    t.problem,
    t.closing,
    t.draftLabel,
    t.value,
    t.unit,
  ];
  return (
    texts.every((s) => s.trim() !== "" && !s.includes("{") && !s.includes("\\")) &&
    FIGURE_NAME.test(t.name) &&
    !RESERVED.has(t.name)
  );
}

const texts = fc.record<Texts>({
  organisation: hostileText(),
  title: hostileText(),
  intro: hostileText(),
  heading: hostileText(),
  body: hostileText({ long: true }),
  problem: hostileText(),
  closing: hostileText(),
  draftLabel: hostileText(),
  name: fc.oneof(
    { arbitrary: hostileText(), weight: 1 },
    { arbitrary: fc.stringMatching(/^[a-zA-Z_\u4e00-\u9fff][\w\u4e00-\u9fff]{0,8}$/), weight: 3 },
  ),
  value: hostileText(),
  unit: hostileText(),
});

let run = 0;
let built = 0;

describe("arbitrary Unicode in every text field and figure name", () => {
  it("builds a .docx every XML parser reads, holding the text, or fails with a clear error", async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (t) => {
        const path = join(DIR, `case-${run++}.yaml`);
        writeFileSync(path, dataFile(t));
        const result = await builtOrRefused(path);
        if ("refused" in result) {
          expect(mustSucceed(t), result.refused.diagnostics.map((d) => d.code).join(", ")).toBe(false);
          return;
        }
        built++;
        const { parts } = result;
        // Text with {{ or \ means something to the reference syntax; the rest must print as written.
        if (!mustSucceed(t)) return;
        const document = textOf(parts["word/document.xml"] ?? "");
        // organisation prints only in a closing without its own; here the closing has one.
        for (const text of [t.title, t.intro, t.heading, t.body, t.problem, t.closing])
          expect(document).toContain(printed(text));
        // Values are not prose: a line break in one is dropped with the blanks around it.
        const value = (text: string) => xmlLegal(text.trim().replace(/[ \t]*\n[ \t]*/g, ""));
        expect(document).toContain(value(t.value));
        expect(document).toContain(`12${value(t.unit)}`);
        const headers = Object.entries(parts).filter(([name]) => /^word\/header\d*\.xml$/.test(name));
        expect(headers.map(([, xml]) => textOf(xml)).join("")).toContain(xmlLegal(t.draftLabel.trim())); // a label, not prose: its line breaks are kept
      }),
      { seed: FC_SEED, numRuns: FC_NUM_RUNS },
    );
    // The generator must reach both ends: documents built, and data refused.
    expect(built).toBeGreaterThan(FC_NUM_RUNS / 5);
    expect(built).toBeLessThan(FC_NUM_RUNS);
  }, 600_000);
});
