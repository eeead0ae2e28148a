/** Output formats; each writer reads only the document model, plus the options given here. */
import type { DocumentModel } from "../model.js";
import type { FontProfileName } from "./docx/fonts.js";
import { writeMd } from "./md.js";
import { writeTxt } from "./txt.js";

export const FORMATS = ["docx", "txt", "md"] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export interface WriterOptions {
  /** A final document: no highlight, no draft header (the pipeline has refused blanks already). */
  readonly final: boolean;
  /** Which font names the Word file asks for. */
  readonly fonts: FontProfileName;
  /** An ISO instant (from SOURCE_DATE_EPOCH) to record instead of the model's own date. */
  readonly documentTimestamp?: string;
}

export async function writeFormat(format: Format, model: DocumentModel, options: WriterOptions): Promise<Uint8Array> {
  switch (format) {
    case "docx": {
      // Loaded only when needed: the docx library is most of the start-up time.
      const { writeDocx } = await import("./docx/write-docx.js");
      return writeDocx(model, options);
    }
    case "txt":
      return writeTxt(model);
    case "md":
      return writeMd(model);
  }
}
