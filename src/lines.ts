/**
 * Positions in a text, the one place they are worked out for data files and templates alike: where
 * each line starts, an offset's line and column (1-based, as editors show them), and a line's text
 * for the code frame. The text is LF-only (the load stage makes it so).
 */

/** A place in a file, 1-based, as editors show it. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

export interface Lines {
  /** The offset at which each line starts; index 0 is line 1. */
  readonly starts: readonly number[];
  /** offset → line and column; a column counts UTF-16 units from 1, as yaml and Handlebars do. */
  readonly positionAt: (offset: number) => SourcePosition;
  /** The text of a 1-based line, without its line feed; empty past the end. */
  readonly lineText: (line: number) => string;
}

export function textLines(text: string): Lines {
  const starts = lineStartOffsets(text);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  return {
    starts,
    positionAt(offset) {
      const line = lineOf(offset);
      return { line, column: offset - (starts[line - 1] ?? 0) + 1 };
    },
    lineText(line) {
      const start = starts[line - 1];
      return start === undefined ? "" : text.slice(start, lineEnd(text, start));
    },
  };
}

/** The offset at which each line starts; index 0 is line 1. */
export function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** Where the line holding `offset` starts. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** Where the line holding `offset` ends (its line feed, or the end of the text). */
export function lineEnd(text: string, offset: number): number {
  const end = text.indexOf("\n", offset);
  return end === -1 ? text.length : end;
}
