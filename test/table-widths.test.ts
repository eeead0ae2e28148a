/** Table columns sized to their contents within the text block (issue 23); the render suite prints one. */
import { describe, expect, it } from "vitest";
import { columnWidths, planParagraphs, type PlannedTable } from "../src/write/docx/plan.js";
import { everyKind } from "./hand-made-models.js";
import { PAGE_METRICS } from "../src/write/docx/page-metrics.js";

describe("table column widths", () => {
  it("give every column what must not wrap, the rest to what would wrap, summing to the 8845-twip block", () => {
    const widths = columnWidths(8845, [
      { least: 800, wanted: 5000 },
      { least: 2500, wanted: 2500 },
      { least: 2500, wanted: 2500 },
      { least: 1800, wanted: 1800 },
    ]);
    expect(widths).toEqual([800 + 1245, 2500, 2500, 1800]);
    expect(widths.reduce((a, b) => a + b)).toBe(8845);
  });

  it("share the block in proportion to the least widths where even those do not fit", () => {
    const widths = columnWidths(8845, [
      { least: 6000, wanted: 6000 },
      { least: 6000, wanted: 9000 },
    ]);
    expect(widths).toEqual([4423, 4422]);
  });

  it("keep a key-figures table's figure columns at least as wide as their figures", () => {
    const table = planParagraphs(everyKind(40), PAGE_METRICS, { highlightBlanks: true }).find(
      (b): b is PlannedTable => b.kind === "table",
    )!;
    expect(table.columnWidthsTwips.reduce((a, b) => a + b)).toBe(8845);
    // 指标 单位 2023年 2022年 同比: the figures (10.62, 增长3.2%) in 四号 (280 twips an em) with the cell margins
    const [, unit, thisYear, lastYear] = table.columnWidthsTwips;
    for (const width of [thisYear!, lastYear!]) expect(width).toBeGreaterThanOrEqual(3 * 280 + 216);
    expect(unit).toBeGreaterThanOrEqual(2 * 280 + 216);
  });
});
