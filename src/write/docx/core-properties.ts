/**
 * docProps/core.xml as the document's own: its dates (timestamp.ts), its title, and the organisation as
 * author and last editor, or no author at all; never the docx library's “Un-named” placeholder.
 */
import type { DocumentModel } from "../../model.js";
import type { WriterOptions } from "../options.js";
import { documentTimestamp } from "./timestamp.js";
import { stampCoreXml } from "./deterministic-zip.js";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function documentCoreXml(xml: string, model: DocumentModel, options: WriterOptions): string {
  const { title, author } = model.properties;
  const element = (name: string, value: string) => (value ? `<${name}>${escapeXml(value)}</${name}>` : "");
  const own = element("dc:title", title) + element("dc:creator", author) + element("cp:lastModifiedBy", author);
  return stampCoreXml(xml, documentTimestamp(model, options))
    .replace(/<(dc:title|dc:creator|cp:lastModifiedBy)>[^<]*<\/\1>/g, "")
    .replace(/(<cp:coreProperties\b[^>]*>)/, `$1${own}`);
}
