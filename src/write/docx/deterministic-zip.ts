/**
 * The same document gives the same bytes. The docx library stamps the build's clock into
 * docProps/core.xml, and its zip library stamps the local time into every zip entry; both are
 * replaced here: the document's dates by `timestamp`, every entry's time by a fixed one.
 */
import { unzipSync, zipSync, type Zippable } from "fflate";

/** Parts Word writes first; fflate keeps the order it is given. */
const FIRST = ["[Content_Types].xml", "_rels/.rels"];

/**
 * fflate converts an entry's Date to DOS time with getFullYear(), getHours()…, local-time fields,
 * so the Date is built from local fields too: 1980-01-01 00:00 (the earliest DOS time) in every zone.
 */
const entryTime = () => new Date(1980, 0, 1, 0, 0, 0);

/** `timestamp`: an ISO instant without milliseconds, e.g. 2020-12-28T00:00:00Z. */
export function repack(zip: Uint8Array, timestamp: string): Uint8Array {
  const parts = unzipSync(zip);
  const core = parts["docProps/core.xml"];
  if (core) {
    const xml = new TextDecoder().decode(core).replace(
      /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
      (_, open: string, __: string, close: string) => `${open}${timestamp}${close}`,
    );
    parts["docProps/core.xml"] = new TextEncoder().encode(xml);
  }
  const names = [...FIRST.filter((name) => name in parts), ...Object.keys(parts).filter((name) => !FIRST.includes(name))];
  const mtime = entryTime();
  const entries: Zippable = {};
  for (const name of names) entries[name] = [parts[name] as Uint8Array, { mtime, level: 6 }];
  return zipSync(entries);
}
