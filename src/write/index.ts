/** Output formats; each writer reads only the document model, plus the options given here. */
import { ReportError } from "../errors.js";
import { MAX_PDF_PAGES } from "../limits.js";
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
      // The Word file, printed by LibreOffice: within its page bound, so the conversion's time is bounded too.
      const { estimatedPages, loadKit, writeDocxFromKit } = await import("./docx/kit/replay.js");
      const kit = loadKit(options, kits);
      const pages = estimatedPages(model, options, kit);
      if (pages > MAX_PDF_PAGES)
        throw new ReportError("data", [
          { code: "pdfTooLong", severity: "error", params: { pages: String(pages), limit: String(MAX_PDF_PAGES) } },
        ]);
      const { docxToPdf } = await import("./pdf.js");
      return await docxToPdf(writeDocxFromKit(model, options, kit), options.fonts, model.properties.title);
    }
    case "txt":
      return writeTxt(model);
    case "md":
      return writeMd(model);
  }
}
