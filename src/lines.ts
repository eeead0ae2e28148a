/** Lines of a text by offset: where each starts, and which line an offset is on (both 1-based lines). */

/** The offset at which each line starts; index 0 is line 1. */
export function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** offset → 1-based line number, by binary search over the line starts. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = lineStartOffsets(text);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}
