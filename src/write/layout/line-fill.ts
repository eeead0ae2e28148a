/**
 * How many lines a paragraph's text takes, measured as Word measures it in our fonts: a Chinese
 * character, a full-width mark or a quotation mark (the runs' hint is eastAsia) is one em of the
 * Chinese face; a half-width digit, letter or mark half an em, as the GB2312 faces of the standard
 * profile draw every ASCII character and Times New Roman (the other profiles' Latin face) draws
 * digits, which are most of the ASCII these documents hold (its letters average about as much); the
 * run's character spacing is added to every character. (The render suite draws ASCII in Noto Serif
 * CJK, a little wider: a line full of digits can take one more line there than in Word.)
 * Lines are filled as Word fills them with the document's line-breaking rules
 * (package-parts.ts: kinsoku on, no hanging punctuation, no compression): a mark that may not begin a
 * line takes the character before it onto the next line, a mark that may not end one goes down with
 * the character after it, and a run of Latin letters and digits (3.62亿元's 3.62, 8.4%) is never cut.
 */

/**
 * Word's default kinsoku lists for Simplified Chinese (选项 → 版式 → 首尾字符): marks that may not
 * begin a line, and marks that may not end one.
 */
const NOT_AT_START = new Set(
  "!%),.:;>?]}¢¨°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞" + "︶︺︾﹀﹄﹚﹜﹞！＂％＇），．：；？］｀｜｝～￠",
);
const NOT_AT_END = new Set("$([{£¥·‘“〈《「『【〔〖〝﹙﹛﹝＄（．［｛￡￥");

/** A character's width in ems: half an em for printable ASCII and the space, one em for the rest. */
export const charEms = (char: string): number => (char >= " " && char <= "~" ? 0.5 : 1);

/** What the text is set in: the face's size and the spacing added to every character, in twips. */
export interface TextMetrics {
  readonly emTwips: number;
  readonly spacingTwips: number;
}

/** The room a paragraph's lines have, in twips: the first line's (after its indent), the others'. */
export interface LineRoom {
  readonly firstTwips: number;
  readonly restTwips: number;
}

/** Printable ASCII but the space: Word keeps such a run (a number, a word) on one line. */
const isLatin = (char: string) => char > " " && char <= "~";

/** The text in the pieces a line may break between: a Chinese character, a run of Latin letters and digits, a space. */
function pieces(text: string): string[] {
  const found: string[] = [];
  let latin = "";
  for (const char of text) {
    if (isLatin(char)) {
      latin += char;
      continue;
    }
    if (latin) found.push(latin);
    latin = "";
    found.push(char);
  }
  if (latin) found.push(latin);
  return found;
}

/**
 * The lines `text` takes in this room; an empty text takes one (an empty paragraph is a line).
 * A piece wider than a whole line is cut between its characters, as Word cuts it.
 */
export function lineCount(text: string, metrics: TextMetrics, room: LineRoom): number {
  if (text === "") return 1;
  const width = (piece: string) =>
    [...piece].reduce((sum, c) => sum + charEms(c) * metrics.emTwips + metrics.spacingTwips, 0);
  const units = pieces(text).flatMap((piece) => (width(piece) > room.restTwips ? [...piece] : [piece]));
  let lines = 1;
  let used = 0;
  let start = 0; // the index of the unit the current line starts with
  let roomTwips = room.firstTwips;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] ?? "";
    const w = width(unit);
    if (used + w <= roomTwips || i === start) {
      used += w;
      continue;
    }
    // The line ends before `unit`; pull back what may not begin or end a line, never emptying it.
    let next = i;
    while (next > start + 1) {
      const first = units[next] ?? "";
      const last = units[next - 1] ?? "";
      if (NOT_AT_START.has(first[0] ?? "") || NOT_AT_END.has(last.at(-1) ?? "")) next--;
      else break;
    }
    lines++;
    start = next;
    roomTwips = room.restTwips;
    used = 0;
    i = next - 1;
  }
  return lines;
}
