import { displayWidth } from "../display-width.js";
import { attachmentNoteLines, formOf, type PerKind } from "../blocks.js";
import { colophonLines, letterheadLines, plainText, type Block, type DocumentModel, type Table } from "../model.js";

/** Plain text: one paragraph a line, as the reference document is kept. */
export function writeTxt(model: DocumentModel): Uint8Array {
  return new TextEncoder().encode(
    model.blocks
      .flatMap(lines)
      .map((line) => `${line}\n`)
      .join(""),
  );
}

/** Each kind of block as lines of text. */
const TEXT: PerKind<string[]> = {
  title: (block) => (block.lines ?? [block.runs]).map(plainText),
  titleNote: (block) => [plainText(block.runs)],
  heading: (block) => [plainText(block.runs)],
  paragraph: (block) => [plainText(block.runs)],
  salutation: (block) => [plainText(block.runs)],
  closing: (block) => block.lines.map(plainText),
  // A blank line above the attachment note and above the attachment, which in Word starts a new page.
  attachmentNote: (block) => ["", ...attachmentNoteLines(block).map(({ lead, runs }) => lead + plainText(runs))],
  table: (block) => [...(block.title.length > 0 ? [plainText(block.title)] : []), ...textTable(block.table)],
  attachment: (block) => [
    "",
    block.label,
    plainText(block.title),
    ...(block.paragraphs ?? []).map(plainText),
    ...(block.tableTitle?.length ? [plainText(block.tableTitle)] : []),
    ...(block.table ? textTable(block.table) : []),
  ],
  // The red line under the 版头 and the 版记's rules, as rules of the plain text.
  letterhead: (block) => [...letterheadLines(block), RULE],
  annotation: (block) => [block.text],
  colophon: (block) => ["", RULE, ...colophonLines(block), RULE],
  // Each entry two spaces further in a level; a blank line after, where Word starts a new page.
  contents: (block) => [
    block.title,
    ...block.entries.map((entry) => "\u3000".repeat(entry.level - 1) + entry.text),
    "",
  ],
};

/** A rule as wide as a line of 28 characters. */
const RULE = "—".repeat(28);

const lines = (block: Block) => formOf(TEXT, block);

/**
 * A table as lines of text: columns padded to the widest cell (a Chinese character is two columns
 * wide, as in Notepad and a terminal), numbers right-aligned, a rule of hyphens under the header.
 */
function textTable({ columns, rows }: Table): string[] {
  const cells = [columns.map((c) => c.header), ...rows.map((row) => row.map(plainText))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => displayWidth(line[i] ?? ""))));
  const pad = (text: string, i: number) => {
    const space = " ".repeat((widths[i] ?? 0) - displayWidth(text));
    const align = columns[i]?.align ?? "left";
    if (align === "right") return space + text;
    if (align === "center") return space.slice(0, space.length >> 1) + text + space.slice(space.length >> 1);
    return text + space;
  };
  const line = (line: readonly string[]) => line.map(pad).join("  ").trimEnd();
  const [header = [], ...body] = cells;
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)];
}
