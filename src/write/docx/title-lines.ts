/**
 * A long title broken into balanced lines (§7.3.1: 梯形 or 菱形, never a full line and a stub).
 * Widths are in ems: a half-width letter or digit is half a Chinese character.
 */

export const emWidth = (text: string): number =>
  [...text].reduce((width, char) => width + (/[\u0000-\u00ff\uff61-\uff9f]/.test(char) ? 0.5 : 1), 0);

/** Costs of a cut, added to the squared distance from the ideal line widths. */
const SINGLE_CHARACTER_WORD = 4; // ICU often splits words such as 各项 into 各|项
const GLUED = 9; // 2020|年度, or a line starting with 的 和 与 及 之

/**
 * The title's lines. Breaks only between words (Intl.Segmenter), choosing the cuts whose lines come
 * closest to a trapezoid: each line one character longer than the line above.
 */
export function titleLines(title: string, maxEms: number): string[] {
  const total = emWidth(title);
  const count = Math.ceil(total / maxEms);
  if (count <= 1) return [title];
  const words = [...new Intl.Segmenter("zh", { granularity: "word" }).segment(title)].map((s) => s.segment);
  const width = (from: number, to: number) => emWidth(words.slice(from, to).join(""));
  const ideal = (line: number) => total / count + (line - (count - 1) / 2);
  let best = { cost: Infinity, cuts: [] as number[] };

  const search = (line: number, from: number, cuts: number[], cost: number): void => {
    if (cost >= best.cost) return;
    if (line === count - 1) {
      const last = width(from, words.length);
      const total = cost + (last - ideal(line)) ** 2;
      if (last <= maxEms && total < best.cost) best = { cost: total, cuts };
      return;
    }
    for (let to = from + 1; to < words.length; to++) {
      const lineWidth = width(from, to);
      if (lineWidth > maxEms) break;
      const before = words[to - 1] ?? "";
      const after = words[to] ?? "";
      const penalty =
        ([...before].length === 1 || [...after].length === 1 ? SINGLE_CHARACTER_WORD : 0) +
        (/[0-9A-Za-z]$/.test(before) || /^[的和与及之]/.test(after) ? GLUED : 0);
      search(line + 1, to, [...cuts, to], cost + (lineWidth - ideal(line)) ** 2 + penalty);
    }
  };
  search(0, 0, [], 0);
  if (best.cost === Infinity) return [title];
  const bounds = [0, ...best.cuts, words.length];
  return bounds.slice(1).map((end, i) => words.slice(bounds[i], end).join(""));
}
