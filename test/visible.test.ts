/** What is printed of a data file's text cannot drive the terminal, nor flood it. */
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../src/messages/diagnostic-text.js";
import { excerptWindow, visible } from "../src/messages/visible.js";

describe("visible", () => {
  it("shows control characters and bidi overrides as symbols, one for one, and keeps tabs and text", () => {
    expect(visible("a\u001b[2Jb\u0007\u0000\u007f\u009b\u202e\t中😀")).toBe(
      "a\u241b[2Jb\u2407\u2400\u2421\ufffd\ufffd\t中😀",
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
