/**
 * Worst-case reference Word files (build --reference), each part just under the reader's 16 MiB,
 * answered within a bound a linear scan meets with a wide margin and a quadratic one far exceeds:
 * elements the letterhead's copy takes out (w:numPr, w:sectPr) opened a million times with their
 * end tags misnamed (the XML reader counts depth, not names), a body of a million empty paragraphs,
 * and a zip bomb. Each is built into a document or refused with a message (exit 0 or 1), never an
 * internal error, in bounded memory.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { runMeasured } from "../../scripts/run-measured.mjs";
import { MAX_PART_BYTES } from "../../src/import/limits.js";
import { fixture, tempDir } from "../helpers.js";

const SECONDS = 20;
const PEAK_MIB = 900;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** `unit` repeated to just under the part limit, then `tail`. */
const filled = (unit: string, tail = "") => unit.repeat(Math.floor((MAX_PART_BYTES * 0.9) / unit.length)) + tail;
const documentOf = (body: string) =>
  `<?xml version="1.0"?><w:document ${W}><w:body>${body}<w:p><w:r><w:t>{{正文}}</w:t></w:r></w:p><w:sectPr/></w:body></w:document>`;

const cases: Record<string, Record<string, Uint8Array>> = {
  "a million w:numPr ended by a misnamed end tag": {
    "word/document.xml": strToU8(documentOf(filled("<w:p><w:pPr><w:numPr></w:x></w:pPr></w:p>"))),
  },
  "a million w:sectPr ended by a misnamed end tag": {
    "word/document.xml": strToU8(documentOf(filled("<w:p><w:pPr><w:sectPr></w:x></w:pPr></w:p>"))),
  },
  "a million empty paragraphs before {{正文}}": { "word/document.xml": strToU8(documentOf(filled("<w:p/>"))) },
  "a document that inflates past the limit (a zip bomb)": {
    "word/document.xml": strToU8(documentOf(filled("<w:p/>") + filled("<w:p/>"))),
  },
};

describe("worst-case reference Word files are answered in bounded time and memory", () => {
  for (const [name, parts] of Object.entries(cases)) {
    it(
      name,
      async () => {
        const dir = tempDir();
        const reference = join(dir, "reference.docx");
        writeFileSync(reference, zipSync(parts, { level: 9 }));
        const args = ["build", fixture("2020-filled.yaml"), "-o", join(dir, "out.docx"), "--reference", reference];
        const run = await runMeasured(args, { timeoutMs: SECONDS * 1000, peakFile: join(dir, "peak.json") });
        const what = `${name}: ${run.firstLine}`;
        expect(run.timedOut, `${what} took over ${SECONDS} s`).toBe(false);
        expect([0, 1], what).toContain(run.status);
        expect(run.peakMiB ?? Infinity, what).toBeLessThan(PEAK_MIB);
      },
      (SECONDS + 10) * 1000,
    );
  }
});
