/** Run time: planned paragraphs and a kit → the .docx, byte for byte what the reference writer makes. */
import { readFileSync } from "node:fs";
import { processContext } from "../../../context.js";
import { join } from "node:path";
import type { DocumentModel } from "../../../model.js";
import { PACKAGE_ROOT } from "../../../paths.js";
import type { WriterOptions } from "../../index.js";
import { documentCoreXml } from "../core-properties.js";
import { zipPackage } from "../deterministic-zip.js";
import { storedEntry, type ZipEntry } from "../zip.js";
import { planParagraphs, type PlannedParagraph } from "../plan.js";
import {
  CORE_PART,
  DOCUMENT_PART,
  INDENT_SLOT_TWIPS,
  LABEL_SLOT,
  kitFileName,
  paragraphKey,
  runKey,
  type DocxKit,
  type FixedPart,
} from "./kit.js";

export const KIT_DIR = join(PACKAGE_ROOT, "dist", "docx-kit");

export function writeDocxFromKit(
  model: DocumentModel,
  options: WriterOptions,
  kit: DocxKit = loadKit(options),
): Uint8Array {
  const body = planParagraphs(model, !options.final)
    .map((p) => paragraphXml(p, kit))
    .join("");
  const label = escapeXml(model.draftLabel);
  const encoder = new TextEncoder();
  const entries = kit.parts.map((part): ZipEntry => {
    if ("base64" in part) return fixedEntry(part);
    const xml =
      part.path === DOCUMENT_PART
        ? kit.documentHead + body + kit.documentTail
        : part.path === CORE_PART
          ? documentCoreXml(part.xml, model, options)
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

function paragraphXml(paragraph: PlannedParagraph, kit: DocxKit): string {
  let open = kit.paragraphs[paragraphKey(paragraph)] ?? "";
  if (paragraph.kind === "closing")
    open = open.replace(`"${INDENT_SLOT_TWIPS}"`, `"${paragraph.leftIndentTwips ?? 0}"`);
  const runs = paragraph.runs.map((run) => {
    const [before, after] = kit.runs[runKey(run)] ?? ["", ""];
    return before + escapeXml(run.text) + after;
  });
  return `${open}${runs.join("")}</w:p>`;
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
  loaded: Map<string, DocxKit> = processContext.kits,
): DocxKit {
  const name = kitFileName(options.fonts, options.final);
  let kit = loaded.get(name);
  if (!kit) {
    kit = JSON.parse(readFileSync(join(KIT_DIR, name), "utf8")) as DocxKit;
    loaded.set(name, kit);
  }
  return kit;
}
