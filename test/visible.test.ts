/** What is printed of a data file's text cannot drive the terminal, nor flood it. */
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../src/messages/diagnostic-text.js";
import { excerptWindow, visible, visibleMessage, visibleName } from "../src/messages/visible.js";

describe("visible", () => {
  it("shows C0 controls as symbols, one for one, C1 controls and bidi overrides as their codes, and keeps tabs and text", () => {
    expect(visible("a\u001b[2Jb\u0007\u0000\u007f\u009b\u202e\t中😀")).toBe(
      "a\u241b[2Jb\u2407\u2400\u2421<U+009B><U+202E>\t中😀",
    );
  });
});

describe("excerptWindow", () => {
  it("keeps a short line whole", () => {
    expect(excerptWindow("year: 2020", 7)).toEqual({ text: "year: 2020", column: 7 });
  });

  it("cuts a long line around the column, and the caret still points at the same character", () => {
    const line = `${"a".repeat(5000)}X${"b".repeat(5000)}`;
    const { text, column } = excerptWindow(line, 5001, 100);
    expect(text.length).toBeLessThanOrEqual(102);
    expect(text[column - 1]).toBe("X");
    expect(text.startsWith("…") && text.endsWith("…")).toBe(true);
  });
});

describe("formatDiagnostic", () => {
  it("never prints a data file's escape sequences", () => {
    const printed = formatDiagnostic(
      {
        code: "unknownKey",
        severity: "error",
        file: "x.yaml",
        position: { line: 1, column: 1 },
        excerpt: "\u001b]0;t\u0007: 1",
        params: { key: "\u001b]0;t\u0007" },
      },
      "en",
    );
    expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(printed).toContain("\u241b]0;t\u2407");
  });
});

describe("what cannot be seen, or reorders what is seen", () => {
  /** Every bidi control Unicode has (UAX #9 §2): marks, embeddings, overrides, isolates. */
  const BIDI = [0x061c, 0x200e, 0x200f, ...range(0x202a, 0x202e), ...range(0x2066, 0x2069)];
  /** Zero-width characters, the byte-order mark, the separators and the C1 line break. */
  const UNSEEN = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x2028, 0x2029, 0x0085];

  for (const code of [...BIDI, ...UNSEEN]) {
    const mark = `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
    it(`U+${code.toString(16).toUpperCase().padStart(4, "0")} is shown as ${mark}, wherever it is`, () => {
      const c = String.fromCodePoint(code);
      expect(visible(`${c}甲${c}b.yaml${c}`)).toBe(`${mark}甲${mark}b.yaml${mark}`);
      expect(visibleName(`data${c}.yaml`)).toBe(`data${mark}.yaml`);
      expect(visibleMessage(`x${c}\ny${c}`)).toBe(`x${mark}\ny${mark}`);
    });
  }

  it("lone surrogates are shown as their codes, pairs as the character they make", () => {
    expect(visible("a\ud800b\udc00c😀")).toBe("a<U+D800>b<U+DC00>c😀");
    expect(visible("\udbff")).toBe("<U+DBFF>");
  });

  it("nothing that reorders text is left in what is shown, for every code point of the BMP and the tags", () => {
    const all = Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i)).join("") + "\u{E0001}\u{E0041}";
    const shown = visible(all);
    expect(shown).not.toMatch(/[\p{Cf}\u2028\u2029]|\p{Cs}/u);
    expect(shown.replace(/\t/g, "")).not.toMatch(/\p{Cc}/u);
  });

  it("the code frame's caret points at the character after a mark, and a cut never splits one", () => {
    const { text, column } = excerptWindow("ab\u202ecd", 4);
    expect(text).toBe("ab<U+202E>cd");
    expect(text.slice(column - 1)).toBe("cd");
    const line = `${"\u202e".repeat(30)}X${"a".repeat(300)}`;
    const cut = excerptWindow(line, 31, 50);
    expect(cut.text[cut.column - 1]).toBe("X");
    expect(cut.text).toMatch(/^…(<U\+202E>)+Xa+…$/);
    const pairs = excerptWindow(`${"😀".repeat(100)}X`, 201, 51);
    expect(pairs.text).not.toMatch(/\p{Cs}/u);
    expect(pairs.text[pairs.column - 1]).toBe("X");
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
