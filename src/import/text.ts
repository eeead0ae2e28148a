/**
 * A text or Markdown file's paragraphs. Text comes one paragraph a line (as report's own txt, and
 * as text pasted from a web page) or as paragraphs separated by blank lines with their lines
 * wrapped; the decoding is the data files' own (UTF-8, GBK, UTF-16, BOM). Indentation (the two
 * full-width spaces web pages put before a paragraph) is not text. Markdown's headings and bold
 * run-in headings become hints, as a Word file's styles do.
 */
import { decode } from "../load/decode.js";
import type { HeadingLevel } from "../model.js";
import type { ImportedBlock, ImportedDocument } from "./document.js";
import { MAX_IMPORT_PARAGRAPHS } from "./limits.js";

export function readText(bytes: Uint8Array, markdown: boolean): ImportedDocument {
  const { text } = decode(bytes);
  const lines = text.replace(/^\s*\n|\n\s*$/g, "").split("\n");
  const paragraphs = markdown || blankLineSeparated(lines) ? joinWrapped(lines, markdown) : lines.map((l) => l.trim());
  const blocks: ImportedBlock[] = [];
  let tableRows: string[][] | undefined;
  for (const raw of paragraphs) {
    if (blocks.length > MAX_IMPORT_PARAGRAPHS) break;
    if (!raw) continue;
    const where = blocks.length + 1;
    if (markdown) {
      const row = /^\|(.*)\|$/.exec(raw);
      if (row) {
        const cells = (row[1] ?? "").split("|").map((c) => unescapeMd(c.trim()));
        if (!cells.every((c) => /^:?-+:?$/.test(c))) (tableRows ??= []).push(cells);
        continue;
      }
      if (tableRows) {
        blocks.push({ kind: "table", rows: tableRows, where });
        tableRows = undefined;
      }
      if (/^-{3,}$/.test(raw)) continue;
      const heading = /^(#{1,6})\s+(.*)$/.exec(raw);
      if (heading) {
        const depth = (heading[1] ?? "").length;
        const text = unescapeMd(heading[2] ?? "");
        const level = depth >= 2 && depth <= 5 ? ((depth - 1) as HeadingLevel) : undefined;
        blocks.push({ kind: "paragraph", text, where, hints: depth === 1 ? { title: true } : level ? { level } : {} });
        continue;
      }
      const bold = /^\*\*(.+?)\*\*(.*)$/.exec(raw);
      const text = unescapeMd(raw.replace(/\*\*/g, "").replace(/ {2}$/gm, ""));
      blocks.push({ kind: "paragraph", text, where, hints: bold ? { lead: unescapeMd(bold[1] ?? "") } : {} });
      continue;
    }
    blocks.push({ kind: "paragraph", text: raw, where, hints: {} });
  }
  if (tableRows) blocks.push({ kind: "table", rows: tableRows, where: blocks.length + 1 });
  return { blocks, unplaced: [] };
}

/**
 * Blank-line separated when paragraphs run over several lines between blank lines, and blank lines
 * are about as many as the paragraphs. report's own txt has two blank lines only, above the
 * attachment note and the attachment, whose table's rule (----  ----) it also has.
 */
function blankLineSeparated(lines: readonly string[]): boolean {
  let run = 0;
  let wrapped = 0;
  let blank = 0;
  let text = 0;
  for (const line of lines) {
    if (/^-+(?: {2}-+)*$/.test(line)) return false;
    if (line.trim()) {
      run++;
      text++;
    } else {
      blank++;
      if (run > 1) wrapped++;
      run = 0;
    }
  }
  if (run > 1) wrapped++;
  return wrapped > 0 && blank * 4 >= text;
}

/**
 * Paragraphs separated by blank lines; a line break inside one is dropped between Chinese
 * characters, and in Markdown a line that ends in two spaces ends its paragraph.
 */
function joinWrapped(lines: readonly string[], markdown: boolean): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length)
      out.push(current.reduce((a, b) => (/[\x21-\x7e]$/.test(a) && /^[\x21-\x7e]/.test(b) ? `${a} ${b}` : a + b)));
    current = [];
  };
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed) flush();
    else if (markdown && trimmed.startsWith("|")) {
      flush();
      current.push(trimmed);
      flush();
    } else {
      current.push(trimmed);
      // Markdown's hard line break (two spaces at the end) ends a line of the closing or the attachment note.
      if (markdown && line.endsWith("  ")) flush();
    }
  }
  flush();
  return out;
}

function unescapeMd(text: string): string {
  return text.replace(/\\([\\`*_[\]#<>|.])/g, "$1");
}
