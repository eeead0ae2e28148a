import { describe, expect, it } from "vitest";
import { FIGURE_NAME, KEY, WithShortcut } from "../src/word-patterns.js";

/** Each pattern as written before its shortcut: what it must still accept and refuse. */
const FULL = { figureName: /^[\p{L}_][\p{L}\p{N}_]*$/u, key: /^[\p{L}\p{N}_]{1,40}$/u };

const everyCodePoint = function* (): Generator<string> {
  for (let c = 0; c <= 0x10ffff; c++) if (c < 0xd800 || c > 0xdfff) yield String.fromCodePoint(c);
};

describe("names and keys with a shortcut", () => {
  it("answers as the full pattern for every code point: alone, after a letter, before a digit", () => {
    const wrong: string[] = [];
    for (const ch of everyCodePoint()) {
      for (const text of [ch, `a${ch}`, `${ch}1`])
        for (const [pattern, full] of [
          [FIGURE_NAME, FULL.figureName],
          [KEY, FULL.key],
        ] as const)
          if (pattern.test(text) !== full.test(text)) wrong.push(`${full.source} ${JSON.stringify(text)}`);
      if (wrong.length > 5) break;
    }
    expect(wrong).toEqual([]);
  });

  it("counts a key's forty characters as the full pattern does, astral ones too", () => {
    for (const text of [
      "键".repeat(40),
      "键".repeat(41),
      "a".repeat(40),
      "a".repeat(41),
      "𠀀".repeat(40),
      "𠀀".repeat(41),
      "",
    ])
      expect(KEY.test(text), text).toBe(FULL.key.test(text));
  });

  it("shows the full pattern to anything that reads it (the JSON Schema's pattern)", () => {
    expect(FIGURE_NAME.source).toBe(FULL.figureName.source);
    expect(FIGURE_NAME.flags).toBe("u");
    expect(KEY.source).toBe(FULL.key.source);
  });

  it("asks the full pattern whatever the shortcut does not accept", () => {
    const pattern = new WithShortcut(/^\p{L}+$/u, { accepts: /^[a-z]+$/, refuses: /[0-9]/ });
    expect(pattern.test("abc")).toBe(true);
    expect(pattern.test("Ωμέγα")).toBe(true);
    expect(pattern.test("a1")).toBe(false);
    expect(pattern.test("a-")).toBe(false);
  });
});
