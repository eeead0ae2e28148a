import type { DocumentModel } from "../../model.js";
import type { WriterOptions } from "../options.js";

/** The instant the file's properties record: SOURCE_DATE_EPOCH's when given, else the document's own date. */
export function documentTimestamp(model: DocumentModel, options: WriterOptions): string {
  return options.documentTimestamp ?? `${model.date}T00:00:00Z`;
}
