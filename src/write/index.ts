/** Output formats; each writer reads only the document model, plus the options given here. */
import { processContext, type ReportContext } from "../context.js";
import type { DocumentModel } from "../model.js";
import type { FontProfileName } from "./docx/fonts.js";
import { writeMd } from "./md.js";
import { writeTxt } from "./txt.js";

export const FORMATS = ["docx", "txt", "md", "pdf"] as const;
export type Format = (typeof FORMATS)[number];

export interface WriterOptions {
  /** A final document: no highlight, no draft header (the pipeline has refused blanks already). */
  readonly final: boolean;
  /** Which font names the Word file asks for. */
  readonly fonts: FontProfileName;
  /** An ISO instant (from SOURCE_DATE_EPOCH) to record instead of the model's own date. */
  readonly documentTimestamp?: string;
}

export async function writeFormat(
  format: Format,
  model: DocumentModel,
  options: WriterOptions,
  context: ReportContext = processContext,
): Promise<Uint8Array> {
  switch (format) {
    case "docx": {
      // The docx library itself runs at build time only: a build replays its XML from a kit.
      const { loadKit, writeDocxFromKit } = await import("./docx/kit/replay.js");
      return writeDocxFromKit(model, options, loadKit(options, context.kits));
    }
    case "pdf": {
      // The Word file, printed by LibreOffice.
      const { writeDocxFromKit } = await import("./docx/kit/replay.js");
      const { docxToPdf } = await import("./pdf.js");
      return await docxToPdf(writeDocxFromKit(model, options), options.fonts, model.properties.title);
    }
    case "txt":
      return writeTxt(model);
    case "md":
      return writeMd(model);
  }
}
