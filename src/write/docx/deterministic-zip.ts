/**
 * The same document gives the same bytes. The docx library stamps the build's clock into
 * docProps/core.xml, and its zip library stamps the local time into every zip entry; both are
 * replaced here: the document's dates by `timestamp`, and the zip is written anew (zip.ts).
 *
 * Parts that hold the document's own text are stored; the others are the same in every document
 * of a font profile, so they are deflated once, at build time, into the kit.
 */
import { deflatedEntry, storedEntry, zip, type ZipEntry } from "./zip.js";

export const DOCUMENT_PART = "word/document.xml";
export const CORE_PART = "docProps/core.xml";
export const APP_PART = "docProps/app.xml";

/** Parts Word writes first. */
const FIRST = ["[Content_Types].xml", "_rels/.rels"];

/** The parts whose bytes depend on the data: the text, the file's properties and the draft label. */
export const isDocumentPart = (path: string): boolean =>
  path === DOCUMENT_PART || path === CORE_PART || path === APP_PART || /^word\/header\d+\.xml$/.test(path);

/** The entry a part becomes: stored when it holds the document's text, deflated otherwise. */
export const packageEntry = (path: string, bytes: Uint8Array): ZipEntry =>
  isDocumentPart(path) ? storedEntry(path, bytes) : deflatedEntry(path, bytes);

/** A docx package from its entries, in Word's order. */
export function zipPackage(entries: readonly ZipEntry[]): Uint8Array {
  const rank = (entry: ZipEntry) => {
    const i = FIRST.indexOf(entry.name);
    return i === -1 ? FIRST.length : i;
  };
  return zip([...entries].sort((a, b) => rank(a) - rank(b)));
}

/** core.xml with `timestamp` (an ISO instant without milliseconds) as the created and modified dates. */
export function stampCoreXml(xml: string, timestamp: string): string {
  return xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_, open: string, __: string, close: string) => `${open}${timestamp}${close}`,
  );
}
