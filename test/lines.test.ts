/** Positions: the one module that turns offsets into lines and columns (src/lines.ts). */
import { describe, expect, it } from "vitest";
import { textLines } from "../src/lines.js";

describe("textLines", () => {
  const lines = textLines("年度: 2020\n\ntitle: 标题\nlast");

  it("gives 1-based lines and columns, counting UTF-16 units as yaml and Handlebars do", () => {
    expect(lines.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(lines.positionAt(4)).toEqual({ line: 1, column: 5 });
    expect(lines.positionAt(8)).toEqual({ line: 1, column: 9 }); // the line feed itself
    expect(lines.positionAt(9)).toEqual({ line: 2, column: 1 }); // an empty line
    expect(lines.positionAt(10)).toEqual({ line: 3, column: 1 });
    expect(lines.positionAt(20)).toEqual({ line: 4, column: 1 });
    expect(lines.positionAt(23)).toEqual({ line: 4, column: 4 });
  });

  it("gives each line's text without its line feed, and nothing past the end", () => {
    expect([1, 2, 3, 4, 5].map(lines.lineText)).toEqual(["年度: 2020", "", "title: 标题", "last", ""]);
  });

  it("finds the line of any offset in a long text by search, not by splitting it", () => {
    const long = textLines("a\n".repeat(200_000));
    expect(long.positionAt(399_999)).toEqual({ line: 200_000, column: 2 });
    expect(long.lineText(200_001)).toBe("");
  });
});
