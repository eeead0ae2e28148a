import type { DocumentModel } from "../../model.js";
import type { WriterOptions } from "../options.js";

/**
 * The instant the file's properties record as its creation and last change: SOURCE_DATE_EPOCH's when
 * given (reproducible-builds.org), else the document's own date, so a rebuild gives the same bytes.
 * A document dated ahead (a summary written before its 落款's date) records today instead (00:00
 * UTC), never a creation in the future; from its date on, its rebuilds are byte-identical again.
 */
export function documentTimestamp(model: DocumentModel, options: WriterOptions, now: Date = new Date()): string {
  if (options.documentTimestamp) return options.documentTimestamp;
  const today = now.toISOString().slice(0, 10);
  return `${model.date < today ? model.date : today}T00:00:00Z`;
}
