import { attachmentNoteLines, formOf, type PerKind } from "../blocks.js";
import {
  colophonLines,
  letterheadLines,
  plainText,
  type Block,
  type DocumentModel,
  type Run,
  type Table,
} from "../model.js";

/** Markdown for review in a browser or a pull request: headings as headings, run-in headings bold. */
export function writeMd(model: DocumentModel): Uint8Array {
  return new TextEncoder().encode(model.blocks.map(markdown).join("\n\n") + "\n");
}

/** Each kind of block in Markdown. */
const MARKDOWN: PerKind<string> = {
  // A title written over several lines is one heading: its lines run on, as a heading cannot break.
  title: (block) => `# ${escape(plainText(block.runs))}`,
  titleNote: (block) => `*${escape(plainText(block.runs))}*`,
  heading: (block) => `${"#".repeat(block.level + 1)} ${escape(plainText(block.runs))}`,
  paragraph: (block) => paragraph(block.runs),
  salutation: (block) => escape(plainText(block.runs)),
  closing: (block) => block.lines.map((line) => escape(plainText(line))).join("  \n"),
  attachmentNote: (block) =>
    attachmentNoteLines(block)
      .map(({ lead, runs }) => lead + escape(plainText(runs)))
      .join("  \n"),
  table: (block) =>
    [...(block.title.length > 0 ? [`**${escape(plainText(block.title))}**`] : []), table(block.table)].join("\n\n"),
  // A thematic break stands for the new page the attachment starts on.
  attachment: (block) =>
    [
      "---",
      `**${escape(block.label)}**`,
      `## ${escape(plainText(block.title))}`,
      ...(block.paragraphs ?? []).map(paragraph),
      ...(block.tableTitle?.length ? [`**${escape(plainText(block.tableTitle))}**`] : []),
      ...(block.table ? [table(block.table)] : []),
    ].join("\n\n"),
  // The 版头 above its red line, the 版记 between rules: thematic breaks stand for the rules.
  letterhead: (block) => [letterheadLines(block).map(escape).join("  \n"), "***"].join("\n\n"),
  annotation: (block) => escape(block.text),
  colophon: (block) => ["***", colophonLines(block).map(escape).join("  \n"), "***"].join("\n\n"),
  // A list, each level two spaces further in; a thematic break for the new page after it.
  contents: (block) =>
    [
      `**${escape(block.title)}**`,
      block.entries.map((entry) => `${"  ".repeat(entry.level - 1)}- ${escape(entry.text)}`).join("\n"),
      "---",
    ].join("\n\n"),
};

const markdown = (block: Block) => formOf(MARKDOWN, block);

/**
 * CommonMark does not close `**` between punctuation and a Chinese character (“。**自”), so a
 * run-in heading's (or lead sentence's) closing punctuation goes after the bold.
 */
function paragraph(runs: readonly Run[]): string {
  // Runs in a row of the same role, heading or body: a lead sentence may stand mid-paragraph.
  const pieces: { heading: boolean; text: string }[] = [];
  for (const run of runs) {
    const last = pieces.at(-1);
    if (last && last.heading === !!run.heading) last.text += run.text;
    else pieces.push({ heading: !!run.heading, text: run.text });
  }
  return pieces.map((piece) => (piece.heading ? bold(piece.text) : escape(piece.text))).join("");
}

function bold(heading: string): string {
  // The sentence's own ending (。！？…) goes after the bold, so quotes stay paired inside it; where the
  // heading has none, whatever punctuation it ends with does.
  const chars = [...heading];
  const ending = trailingRun(chars, (c) => "。，；：！？、".includes(c)) || trailingRun(chars, (c) => /\p{P}/u.test(c));
  const words = chars.slice(0, chars.length - ending).join("");
  const punctuation = chars.slice(chars.length - ending).join("");
  return `**${escape(words)}**${escape(punctuation)}`;
}

/**
 * How many of the last characters pass `test`. A scan from the end: the regex `^(.*?)(…+)$` tries
 * every offset and rescans the run from each, quadratic in a heading of punctuation marks.
 */
function trailingRun(chars: readonly string[], test: (char: string) => boolean): number {
  let count = 0;
  while (count < chars.length && test(chars[chars.length - 1 - count] ?? "")) count++;
  return count;
}

/** Characters Markdown would read as syntax are escaped, so prose prints as typed. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]#<>|]/g, "\\$&").replace(/^(\d+)\./, "$1\\.");
}

/** In a table cell a number can never start a list, so 3.62 stays 3.62 in the source too. */
function escapeCell(text: string): string {
  return text.replace(/[\\`*_[\]#<>|]/g, "\\$&");
}

/** A GFM table: numbers right-aligned as in the Word table. */
function table({ columns, rows }: Table): string {
  const rule = { left: ":---", center: ":---:", right: "---:" } as const;
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [
    line(columns.map((c) => escapeCell(c.header))),
    line(columns.map((c) => rule[c.align])),
    ...rows.map((row) => line(row.map((cell) => escapeCell(plainText(cell))))),
  ].join("\n");
}
