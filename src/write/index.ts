/** Output formats; each writer reads only the document model, plus the options given here. */
import type { DocumentModel } from "../model.js";
import type { DocxKit } from "./docx/kit/kit.js";
import type { WriterOptions } from "./options.js";
import { writeMd } from "./md.js";
import { writeTxt } from "./txt.js";

export type { WriterOptions } from "./options.js";

export const FORMATS = ["docx", "txt", "md", "pdf"] as const;
export type Format = (typeof FORMATS)[number];

export async function writeFormat(
  format: Format,
  model: DocumentModel,
  options: WriterOptions,
  /** The Word kits loaded so far (a caller's context); the process's own when absent. */
  kits?: Map<string, DocxKit>,
): Promise<Uint8Array> {
  switch (format) {
    case "docx": {
      // The docx library itself runs at build time only: a build replays its XML from a kit.
      const { loadKit, writeDocxFromKit } = await import("./docx/kit/replay.js");
      return writeDocxFromKit(model, options, loadKit(options, kits));
    }
    case "pdf": {
      // The Word file, printed by LibreOffice.
      const { loadKit, writeDocxFromKit } = await import("./docx/kit/replay.js");
      const { docxToPdf } = await import("./pdf.js");
      return await docxToPdf(
        writeDocxFromKit(model, options, loadKit(options, kits)),
        options.fonts,
        model.properties.title,
      );
    }
    case "txt":
      return writeTxt(model);
    case "md":
      return writeMd(model);
  }
}
