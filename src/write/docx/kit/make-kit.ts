/**
 * Build time: a specimen document with one paragraph of every kind and one run of every kind, each
 * marked, written by the reference writer; its XML cut at the marks into a kit.
 */
import { strFromU8, unzipSync } from "fflate";
import { isDocumentPart, packageEntry, stampCoreXml } from "../deterministic-zip.js";
import type { FontProfileName } from "../fonts.js";
import type { PlannedParagraph, PlannedRun } from "../plan.js";
import { packDocx } from "../write-docx.js";
import {
  CORE_PART,
  DOCUMENT_PART,
  INDENT_SLOT_TWIPS,
  LABEL_SLOT,
  PARAGRAPH_KINDS,
  RUN_FONTS,
  TEXT_SLOT,
  paragraphKey,
  runKey,
  type DocxKit,
} from "./kit.js";

const mark = (i: number) => `${TEXT_SLOT}${i}${TEXT_SLOT}`;

function specimen(): { paragraphs: PlannedParagraph[]; runs: PlannedRun[] } {
  const runs = RUN_FONTS.flatMap((font) =>
    [false, true].flatMap((highlight) =>
      [false, true].flatMap((breakBefore) =>
        [false, true].map((outside): PlannedRun => ({
          font,
          highlight,
          breakBefore,
          text: "",
          ...(outside ? { outsideGb2312: true as const } : {}),
        })),
      ),
    ),
  ).map((run, i) => ({ ...run, text: mark(i) }));
  const kinds = PARAGRAPH_KINDS.flatMap((kind): Pick<PlannedParagraph, "kind" | "keepNext">[] =>
    kind === "closing"
      ? [
          { kind, keepNext: true },
          { kind, keepNext: false },
        ]
      : [{ kind }],
  );
  const paragraphs: PlannedParagraph[] = kinds.map((p, i) => ({
    ...p,
    ...(p.kind === "closing" ? { leftIndentTwips: INDENT_SLOT_TWIPS } : {}),
    runs: [{ font: "body", highlight: false, breakBefore: false, text: mark(runs.length + i) }],
  }));
  return { paragraphs: [...paragraphs, { kind: "body", runs }], runs };
}

export async function makeKit(fonts: FontProfileName, final: boolean): Promise<DocxKit> {
  const { paragraphs, runs } = specimen();
  const files = unzipSync(await packDocx(paragraphs, LABEL_SLOT, { fonts, final }));
  const document = strFromU8(files[DOCUMENT_PART] ?? new Uint8Array());
  const bodyStart = document.indexOf("<w:body>") + "<w:body>".length;
  const tailStart = document.lastIndexOf("<w:sectPr");

  const kitParagraphs: Record<string, string> = {};
  paragraphs.slice(0, -1).forEach((paragraph, i) => {
    const at = document.indexOf(mark(runs.length + i));
    const open = document.lastIndexOf("<w:p>", at);
    kitParagraphs[paragraphKey(paragraph)] = document.slice(open, document.indexOf("<w:r>", open));
  });
  const kitRuns: Record<string, readonly [string, string]> = {};
  runs.forEach((run, i) => {
    const at = document.indexOf(mark(i));
    const open = document.lastIndexOf("<w:r>", at);
    const close = document.indexOf("</w:r>", at) + "</w:r>".length;
    kitRuns[runKey(run)] = [document.slice(open, at), document.slice(at + mark(i).length, close)];
  });
  return {
    parts: Object.entries(files).map(([path, data]) => {
      // core.xml's dates are the clock's here; each build stamps its own, and the kit stays the same.
      if (path === CORE_PART) return { path, xml: stampCoreXml(strFromU8(data), "1980-01-01T00:00:00Z") };
      if (isDocumentPart(path)) return { path, xml: path === DOCUMENT_PART ? "" : strFromU8(data) };
      const { method, crc32, size, data: zipped } = packageEntry(path, data);
      return { path, method, crc32, size, base64: Buffer.from(zipped).toString("base64") };
    }),
    documentHead: document.slice(0, bodyStart),
    documentTail: document.slice(tailStart),
    paragraphs: kitParagraphs,
    runs: kitRuns,
  };
}
