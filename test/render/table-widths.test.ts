/**
 * A key-figures table's columns sized to their contents within the text block (issue 23): 40 rows
 * of 1234567.89万元, laid out by LibreOffice as Word will, and no figure wraps (pdftotext positions:
 * every row is one line holding both figures whole, inside the 156 mm text block).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { DocumentModel, Runs } from "../../src/model.js";
import { writeDocxFromKit } from "../../src/write/docx/kit/replay.js";
import { ROOT } from "../helpers.js";
import { BLOCK, parsePages, type PdfLine } from "./pdf-lines.js";
import { bboxLayout, missingPrerequisites, printedAsWord } from "./tools.js";

const OUT = join(ROOT, "out", "render-table");
const ROWS = 40;
const FIGURE = "1234567.89万元";

const model: DocumentModel = {
  blocks: [
    { kind: "title", runs: [{ text: "某某街道2023年主要指标" }] },
    {
      kind: "attachment",
      label: "附件",
      title: [{ text: "2023年主要指标完成情况表" }],
      table: {
        columns: [
          { header: "指标", align: "left" },
          { header: "2023年", align: "right" },
          { header: "2022年", align: "right" },
          { header: "同比", align: "right" },
        ],
        rows: Array.from({ length: ROWS }, (_, i): Runs[] => [
          [{ text: `第${i + 1}项一般公共预算收入完成情况` }],
          [{ text: FIGURE, figure: "filled" }],
          [{ text: FIGURE, figure: "filled" }],
          [{ text: "增长12.34%" }],
        ]),
      },
    },
  ],
  date: "2023-12-28",
  draftLabel: "草稿",
  properties: { title: "某某街道2023年主要指标", author: "" },
};

let lines: PdfLine[];

beforeAll(() => {
  const missing = missingPrerequisites();
  if (missing.length > 0) throw new Error(`The render test cannot run:\n  ${missing.join("\n  ")}`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, "figures.docx");
  writeFileSync(path, writeDocxFromKit(model, { fonts: "standard", final: true }));
  const pdf = printedAsWord(path);
  lines = parsePages(bboxLayout(pdf)).flatMap((page) => page.body);
}, 300_000);

describe(`a table of ${ROWS} rows of ${FIGURE}`, () => {
  it("prints both figures of every row whole on its first line, the change after them", () => {
    const rows = lines.filter((l) => l.text.startsWith("第"));
    expect(rows).toHaveLength(ROWS);
    for (const row of rows)
      expect(row.text.replace(/\s/g, ""), row.text).toMatch(/1234567\.89万元1234567\.89万元增长12\.34%$/);
    // and no piece of a figure on any other line: the long names wrap, the figures do not
    const pieces = lines.filter((l) => /[0-9]|万元|增长/.test(l.text) && !/^(第|指标|某某街道|20\d\d年)/.test(l.text));
    expect(pieces.map((l) => l.text)).toEqual([]);
  });

  it("stays inside the text block", () => {
    for (const row of lines) {
      expect(row.xMin, row.text).toBeGreaterThan(BLOCK.left);
      expect(row.xMax, row.text).toBeLessThan(BLOCK.right);
    }
  });
});
