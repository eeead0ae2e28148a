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
 * The search costs lines × words²: a title of a few lines is balanced in a moment, a title of a
 * page would take minutes and gigabytes. Longer titles are simply filled line by line.
 */
const MAX_BALANCED_LINES = 4;
const MAX_BALANCED_WORDS = 200;
const SEGMENTED_AT_ONCE = 1000;

/**
 * The title's lines. Breaks only between words (Intl.Segmenter), choosing the cuts whose lines come
 * closest to a trapezoid: each line one character longer than the line above. The best cuts are
 * found line by line over word boundaries (dynamic programming), so any title takes a moment.
 */
export function titleLines(title: string, maxEms: number): string[] {
  const total = emWidth(title);
  const count = Math.ceil(total / maxEms);
  if (count <= 1) return [title];
  const words = wordsOf(title);
  if (count > MAX_BALANCED_LINES || words.length > MAX_BALANCED_WORDS) return filledLines(words, maxEms);
  const starts = [0];
  for (const word of words) starts.push((starts.at(-1) ?? 0) + emWidth(word));
  const width = (from: number, to: number) => (starts[to] ?? 0) - (starts[from] ?? 0);
  const ideal = (line: number) => total / count + (line - (count - 1) / 2);
  const cutPenalty = (to: number) => {
    const before = words[to - 1] ?? "";
    const after = words[to] ?? "";
    return (
      ([...before].length === 1 || [...after].length === 1 ? SINGLE_CHARACTER_WORD : 0) +
      (/[0-9A-Za-z]$/.test(before) || /^[的和与及之]/.test(after) ? GLUED : 0)
    );
  };

  // cost[line][to]: the least cost of setting words[0, to) as lines 0..line; from[line][to]: where that line starts.
  const cost = Array.from({ length: count }, () => new Array<number>(words.length + 1).fill(Infinity));
  const from = Array.from({ length: count }, () => new Array<number>(words.length + 1).fill(-1));
  for (let line = 0; line < count; line++) {
    const last = line === count - 1;
    for (let to = 1; to <= words.length; to++) {
      if (last && to !== words.length) continue;
      for (let start = line === 0 ? 0 : 1; start < to; start++) {
        const before = line === 0 ? (start === 0 ? 0 : Infinity) : (cost[line - 1]?.[start] ?? Infinity);
        const lineWidth = width(start, to);
        if (before === Infinity || lineWidth > maxEms) continue;
        const total = before + (lineWidth - ideal(line)) ** 2 + (last ? 0 : cutPenalty(to));
        if (total < (cost[line]?.[to] ?? Infinity)) {
          (cost[line] as number[])[to] = total;
          (from[line] as number[])[to] = start;
        }
      }
    }
  }
  if ((cost[count - 1]?.[words.length] ?? Infinity) === Infinity) return [title];
  const lines: string[] = [];
  for (let line = count - 1, to = words.length; line >= 0; line--) {
    const start = from[line]?.[to] ?? 0;
    lines.unshift(words.slice(start, to).join(""));
    to = start;
  }
  return lines;
}

/**
 * Words (Intl.Segmenter), a piece of the text at a time: V8 gives each segment a fresh copy of the
 * whole input, so a title of 700,000 characters at once ran out of memory. A word cut at the end of a
 * piece costs nothing here: such a title is filled line by line anyway.
 */
function wordsOf(text: string): string[] {
  const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
  const words: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + SEGMENTED_AT_ONCE);
    if (/[\ud800-\udbff]/.test(text[end - 1] ?? "")) end++; // never between the halves of a character
    for (const { segment } of segmenter.segment(text.slice(start, end))) words.push(segment);
    start = end;
  }
  return words;
}

/** Each line filled as far as it goes, breaking between words, or inside a word wider than a line. */
function filledLines(words: readonly string[], maxEms: number): string[] {
  const lines: string[] = [];
  let line = "";
  let width = 0;
  const add = (piece: string, pieceWidth: number) => {
    if (line && width + pieceWidth > maxEms) {
      lines.push(line);
      [line, width] = ["", 0];
    }
    [line, width] = [line + piece, width + pieceWidth];
  };
  for (const word of words) {
    const wordWidth = emWidth(word);
    if (wordWidth <= maxEms) add(word, wordWidth);
    else for (const char of word) add(char, emWidth(char));
  }
  if (line) lines.push(line);
  return lines;
}
