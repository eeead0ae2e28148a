/**
 * Build time: a specimen document with every kind of paragraph (styles.ts) in every variant, every
 * kind of run and a table, each marked, written by the reference writer; its XML cut at the marks
 * into a kit.
 */
import { strFromU8, unzipSync } from "fflate";
import { isDocumentPart, packageEntry, stampCoreXml } from "../deterministic-zip.js";
import { STYLES_PART, finishParts } from "../finish-parts.js";
import { FONT_PROFILES, type FontProfileName } from "../../layout/fonts.js";
import type { PlannedBox, PlannedParagraph, PlannedRun, PlannedTable } from "../plan.js";
import { PAGE_METRICS } from "../page-metrics.js";
import { PARAGRAPH_KINDS, type ParagraphKind } from "../styles.js";
import { packDocx } from "../write-docx.js";
import {
  BOX_TOP_SLOT_TWIPS,
  CORE_PART,
  DOCUMENT_PART,
  LABEL_SLOT,
  PARAGRAPH_VARIANTS,
  RUN_FONTS,
  TEXT_SLOT,
  TWIPS_SLOT,
  paragraphKey,
  runKey,
  type DocxKit,
  type TableKit,
} from "./kit.js";

const mark = (i: number) => `${TEXT_SLOT}${i}${TEXT_SLOT}`;

/** A specimen run and the kind of paragraph it sits in. */
interface SpecimenRun {
  readonly run: PlannedRun;
  readonly kind: ParagraphKind;
}

/** The box's paragraph: a mark no other piece has. */
const BOX_MARK = mark(1_000_000);

function specimen(): { paragraphs: PlannedParagraph[]; runs: SpecimenRun[]; table: PlannedTable; box: PlannedBox } {
  const flags = [false, true].flatMap((highlight) => [false, true].map((breakBefore) => ({ highlight, breakBefore })));
  // Every kind of run in a body paragraph; one outside GB2312 in every other kind too (it takes the style's font).
  const kind: ParagraphKind = "body";
  const bodyRuns = RUN_FONTS.flatMap((runIn) =>
    flags.flatMap((f) => [false, true].map((outside) => ({ ...(runIn ? { runIn } : {}), ...f, outside, kind }))),
  );
  const outsideRuns = PARAGRAPH_KINDS.filter((kind) => kind !== "body").flatMap((kind) =>
    flags.map((f) => ({ ...f, outside: true, kind })),
  );
  // A tab before the text (签发人, 印发日期), in each font, inside GB2312 or not.
  const tabRuns = RUN_FONTS.flatMap((runIn) =>
    [false, true].map((outside) => ({
      ...(runIn ? { runIn } : {}),
      highlight: false,
      breakBefore: false,
      tabBefore: true as const,
      outside,
      kind,
    })),
  );
  const runs: SpecimenRun[] = [...bodyRuns, ...outsideRuns, ...tabRuns].map(({ kind, outside, ...r }, i) => ({
    kind,
    run: { ...r, text: mark(i), ...(outside ? { outsideGb2312: true as const } : {}) },
  }));
  const { keepNext, leftIndentTwips, align, separator } = PARAGRAPH_VARIANTS;
  const variants = PARAGRAPH_KINDS.flatMap((kind) =>
    keepNext.flatMap((k) =>
      leftIndentTwips.flatMap((l) =>
        align.flatMap((a) =>
          separator.map((s) => ({
            kind,
            ...(k === undefined ? {} : { keepNext: k }),
            ...(l === undefined ? {} : { leftIndentTwips: l }),
            ...(a === undefined ? {} : { align: a }),
            ...(s === undefined ? {} : { separator: s }),
          })),
        ),
      ),
    ),
  );
  const plain = (i: number): PlannedRun => ({ highlight: false, breakBefore: false, text: mark(i) });
  const paragraphs: PlannedParagraph[] = variants.map((p, i) => ({ ...p, runs: [plain(runs.length + i)] }));
  const holders: PlannedParagraph[] = PARAGRAPH_KINDS.map((kind) => ({
    kind,
    runs: runs.filter((r) => r.kind === kind).map((r) => r.run),
  }));
  const cell = (): PlannedParagraph => ({ kind: "tableText", runs: [plain(0)] });
  const table: PlannedTable = {
    kind: "table",
    columnWidthsTwips: [TWIPS_SLOT, TWIPS_SLOT],
    rows: [
      [cell(), cell()],
      [cell(), cell()],
    ],
  };
  const box: PlannedBox = {
    kind: "box",
    topTwips: BOX_TOP_SLOT_TWIPS,
    paragraphs: [{ kind: "body", runs: [{ highlight: false, breakBefore: false, text: BOX_MARK }] }],
  };
  return { paragraphs: [...paragraphs, ...holders], runs, table, box };
}

export async function makeKit(fonts: FontProfileName, final: boolean): Promise<DocxKit> {
  const { paragraphs, runs, table, box } = specimen();
  const files = unzipSync(await packDocx([...paragraphs, table, box], LABEL_SLOT, { fonts, final }));
  // styles.xml twice: as a plain summary has it, and with the 公文 frame's styles.
  const framed = { ...files };
  finishParts(files, FONT_PROFILES[fonts], false);
  finishParts(framed, FONT_PROFILES[fonts], true);
  const document = strFromU8(files[DOCUMENT_PART] ?? new Uint8Array());
  const bodyStart = document.indexOf("<w:body>") + "<w:body>".length;
  const tailStart = document.lastIndexOf("<w:sectPr");

  const kitParagraphs: Record<string, string> = {};
  paragraphs.slice(0, -PARAGRAPH_KINDS.length).forEach((paragraph, i) => {
    const at = document.indexOf(mark(runs.length + i));
    const open = document.lastIndexOf("<w:p>", at);
    kitParagraphs[paragraphKey(paragraph)] = document.slice(open, document.indexOf("<w:r>", open));
  });
  const kitRuns: Record<string, readonly [string, string]> = {};
  runs.forEach(({ run, kind }, i) => {
    const at = document.indexOf(mark(i));
    const open = document.lastIndexOf("<w:r>", at);
    const close = document.indexOf("</w:r>", at) + "</w:r>".length;
    kitRuns[runKey(run, kind)] = [document.slice(open, at), document.slice(at + mark(i).length, close)];
  });
  return {
    parts: Object.entries(files).map(([path, data]) => {
      // core.xml's dates are the clock's here; each build stamps its own, and the kit stays the same.
      if (path === CORE_PART) return { path, xml: stampCoreXml(strFromU8(data), "1980-01-01T00:00:00Z") };
      if (isDocumentPart(path)) return { path, xml: path === DOCUMENT_PART ? "" : strFromU8(data) };
      return fixedPart(path, data);
    }),
    documentHead: document.slice(0, bodyStart),
    documentTail: document.slice(tailStart),
    paragraphs: kitParagraphs,
    runs: kitRuns,
    table: cutTable(document.slice(document.indexOf("<w:tbl>"), document.indexOf("</w:tbl>") + "</w:tbl>".length)),
    box: cutBox(document),
    framedStyles: fixedPart(STYLES_PART, framed[STYLES_PART] ?? new Uint8Array()),
    pageMetrics: PAGE_METRICS,
  };
}

function fixedPart(path: string, data: Uint8Array) {
  const { method, crc32, size, data: zipped } = packageEntry(path, data);
  return { path, method, crc32, size, base64: Buffer.from(zipped).toString("base64") };
}

/** The specimen's box: its paragraph up to the box's content, and from the content's end to the paragraph's. */
function cutBox(document: string): readonly [string, string] {
  const at = document.indexOf(BOX_MARK);
  const contentStart = document.lastIndexOf("<w:txbxContent>", at) + "<w:txbxContent>".length;
  const contentEnd = document.indexOf("</w:txbxContent>", at);
  const open = document.lastIndexOf("<w:p>", document.lastIndexOf("<w:pict>", at));
  const close = document.indexOf("</w:p>", contentEnd) + "</w:p>".length;
  return [document.slice(open, contentStart), document.slice(contentEnd, close)];
}

/** The specimen's table (two columns, a header row and a body row) cut between its elements. */
function cutTable(xml: string): TableKit {
  let at = 0;
  /** The text from here to the next `tag`, and the position moves there. */
  const upTo = (tag: string) => {
    const from = at;
    at = xml.indexOf(tag, at + 1);
    if (at < 0) throw new Error(`the specimen's table has no ${tag}`);
    return xml.slice(from, at);
  };
  const open = upTo("<w:gridCol");
  const gridColumn = upTo("<w:gridCol");
  upTo("/>");
  at += "/>".length;
  const gridClose = xml.slice(at, (at = xml.indexOf("<w:tr", at)));
  const headerRow = upTo("<w:tc");
  const cell = upTo("<w:p");
  upTo("</w:p>");
  at += "</w:p>".length;
  const cellClose = upTo("<w:tc");
  upTo("</w:p>");
  at += "</w:p>".length + cellClose.length;
  const rowClose = upTo("<w:tr");
  const bodyRow = upTo("<w:tc");
  const close = xml.slice(xml.lastIndexOf(rowClose) + rowClose.length);
  return { open, gridColumn, gridClose, headerRow, bodyRow, cell, cellClose, rowClose, close };
}
