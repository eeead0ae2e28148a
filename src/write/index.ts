/** Output formats; each writer reads only the document model. */
import type { DocumentModel } from "../model.js";
import { writeMd } from "./md.js";
import { writeTxt } from "./txt.js";

export const FORMATS = ["docx", "txt", "md"] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export async function writeFormat(format: Format, model: DocumentModel): Promise<Uint8Array> {
  switch (format) {
    case "docx": {
      // Loaded only when needed: the docx library is most of the start-up time.
      const { writeDocx } = await import("./docx/write-docx.js");
      return writeDocx(model);
    }
    case "txt":
      return writeTxt(model);
    case "md":
      return writeMd(model);
  }
}
