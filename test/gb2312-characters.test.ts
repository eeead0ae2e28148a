/** The warning for characters the standard fonts cannot draw: values only, each character once, at most 20. */
import { describe, expect, it } from "vitest";
import { parseSource } from "../src/load/source-file.js";
import { outsideGb2312Characters } from "../src/validate/gb2312-characters.js";

const warned = (text: string): [string, number | undefined, number | undefined][] =>
  outsideGb2312Characters(parseSource("t.yaml", text)).map((d) => [
    String((d.params as { char?: string }).char),
    d.position?.line,
    d.position?.column,
  ]);

describe("outsideGb2312Characters", () => {
  it("warns at the first place each character is written in a value, in a list or a map, not in a key", () => {
    const text = [
      "title: 张喆的总结",
      "玥: 键不会印出来",
      "work:",
      "  - heading: 王堃",
      "    body: 张喆和王堃",
      "",
    ].join("\n");
    expect(warned(text)).toEqual([
      ["喆", 1, 9],
      ["堃", 4, 15],
    ]);
  });

  it("stops at 20 warnings a file (CJK Extension A: none of it is in GB2312)", () => {
    const rare = Array.from({ length: 30 }, (_, i) => String.fromCodePoint(0x3400 + i)).join("");
    const list = warned(`intro: ${rare}\n`);
    expect(list.length).toBe(20);
    expect(new Set(list.map(([char]) => char)).size).toBe(20);
  });
});
