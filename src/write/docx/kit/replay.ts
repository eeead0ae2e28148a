/** Run time: planned blocks and a kit → the .docx, byte for byte what the reference writer makes. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DocumentModel } from "../../../model.js";
import { PACKAGE_ROOT } from "../../../paths.js";
import type { WriterOptions } from "../../options.js";
import { documentPropertiesXml } from "../core-properties.js";
import { zipPackage } from "../deterministic-zip.js";
import { FONT_PROFILES } from "../../layout/fonts.js";
import { planWordNumbering, withWordNumbering } from "../word-numbering.js";
import { storedEntry, type ZipEntry } from "../zip.js";
import {
  planParagraphs,
  type PlannedBlock,
  type PlannedBox,
  type PlannedParagraph,
  type PlannedTable,
} from "../plan.js";
import { STYLES_PART, boxPoints, usesFrameStyles } from "../frame-kinds.js";
import { withContentsField } from "../contents-field.js";
import { withEvenPageSection } from "../sections.js";
import { estimatePages } from "../pagination.js";
import {
  BOX_TOP_SLOT_TWIPS,
  APP_PART,
  CORE_PART,
  DOCUMENT_PART,
  LABEL_SLOT,
  fillTwips,
  kitFileName,
  paragraphKey,
  runKey,
  type DocxKit,
  processKits,
  type FixedPart,
} from "./kit.js";

export const KIT_DIR = join(PACKAGE_ROOT, "dist", "docx-kit");

export function writeDocxFromKit(
  model: DocumentModel,
  options: WriterOptions,
  kit: DocxKit = loadKit(options),
): Uint8Array {
  if (!model.wordNumbering) return replay(model, options, kit);
  const numbered = planWordNumbering(model);
  return withWordNumbering(replay(numbered.model, options, kit), numbered.plan, FONT_PROFILES[options.fonts]);
}

/** The pages the Word file will have, as the page estimate counts them (pagination.ts). */
export function estimatedPages(model: DocumentModel, options: WriterOptions, kit: DocxKit): number {
  const blocks = planParagraphs(model, kit.pageMetrics, { highlightBlanks: !options.final });
  return estimatePages(kit.pageMetrics, blocks).pages;
}

function replay(model: DocumentModel, options: WriterOptions, kit: DocxKit): Uint8Array {
  const blocks = planParagraphs(model, kit.pageMetrics, {
    highlightBlanks: !options.final,
    standardPage: options.standardPage ?? true,
  });
  const body = blocks.map((block) => blockXml(block, kit)).join("");
  const framed = usesFrameStyles(blocks);
  const label = escapeXml(model.draftLabel);
  const encoder = new TextEncoder();
  const entries = kit.parts.map((part): ZipEntry => {
    if ("base64" in part) return fixedEntry(framed && part.path === STYLES_PART ? kit.framedStyles : part);
    const xml =
      part.path === DOCUMENT_PART
        ? withContentsField(withEvenPageSection(kit.documentHead + body + kit.documentTail))
        : part.path === CORE_PART || part.path === APP_PART
          ? documentPropertiesXml(part.path, part.xml, model, options)
          : // A function, so `$&`, `$'` and the like in the label are inserted as typed, never as patterns.
            part.xml.replaceAll(LABEL_SLOT, () => label);
    return storedEntry(part.path, encoder.encode(xml));
  });
  return zipPackage(entries);
}

const fixedEntries = new WeakMap<FixedPart, ZipEntry>();

/** A fixed part's entry, decoded once a process: the same bytes go into every document. */
function fixedEntry(part: FixedPart): ZipEntry {
  let entry = fixedEntries.get(part);
  if (!entry) {
    entry = {
      name: part.path,
      method: part.method,
      crc32: part.crc32,
      size: part.size,
      data: Buffer.from(part.base64, "base64"),
    };
    fixedEntries.set(part, entry);
  }
  return entry;
}

function blockXml(block: PlannedBlock, kit: DocxKit): string {
  if (block.kind === "table") return tableXml(block, kit);
  if (block.kind === "box") return boxXml(block, kit);
  return paragraphXml(block, kit);
}

function boxXml(box: PlannedBox, kit: DocxKit): string {
  const [open, close] = kit.box;
  const top = open.replace(boxPoints(BOX_TOP_SLOT_TWIPS), () => boxPoints(box.topTwips));
  return top + box.paragraphs.map((p) => paragraphXml(p, kit)).join("") + close;
}

function paragraphXml(paragraph: PlannedParagraph, kit: DocxKit): string {
  let open = piece(kit.paragraphs, paragraphKey(paragraph));
  if (paragraph.leftIndentTwips !== undefined) open = fillTwips(open, paragraph.leftIndentTwips);
  const runs = paragraph.runs.map((run) => {
    const [before, after] = piece(kit.runs, runKey(run, paragraph.kind));
    return before + escapeXml(run.text) + after;
  });
  return `${open}${runs.join("")}</w:p>`;
}

function tableXml(table: PlannedTable, kit: DocxKit): string {
  const t = kit.table;
  const widths = table.columnWidthsTwips;
  const rows = table.rows.map((cells, i) => {
    const xml = cells.map((cell, j) => fillTwips(t.cell, widths[j] ?? 0) + paragraphXml(cell, kit) + t.cellClose);
    return (i === 0 ? t.headerRow : t.bodyRow) + xml.join("") + t.rowClose;
  });
  const grid = widths.map((width) => fillTwips(t.gridColumn, width)).join("");
  return t.open + grid + t.gridClose + rows.join("") + t.close;
}

/** A recorded piece; a key the kit lacks is a bug (a variant make-kit.ts does not record), never a broken file. */
function piece<T>(pieces: Readonly<Record<string, T>>, key: string): T {
  const found = pieces[key];
  if (found === undefined) throw new Error(`the docx kit has no piece ${key}: rebuild it (npm run build)`);
  return found;
}

/** As the docx library escapes text. */
function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
  );
}

/** The kit for these options, from dist/docx-kit/ (written by `npm run build`); read once a context. */
export function loadKit(
  options: Pick<WriterOptions, "fonts" | "final">,
  loaded: Map<string, DocxKit> = processKits,
): DocxKit {
  const name = kitFileName(options.fonts, options.final);
  let kit = loaded.get(name);
  if (!kit) {
    kit = JSON.parse(readFileSync(join(KIT_DIR, name), "utf8")) as DocxKit;
    loaded.set(name, kit);
  }
  return kit;
}
