/**
 * A copy of a .docx that LibreOffice (7.4, what `--format pdf` and the render suite run) lays out as
 * Word lays out the original, where the two read the same XML differently (shared/reference/layout.md):
 * - w:overflowPunct is read inverted (LibreOffice hangs punctuation when the value is false; Word
 *   follows ECMA-376 §17.3.1.21), so every one says the opposite;
 * - a linesAndChars grid is laid out at 18 characters a line, so the copy has the lines-only grid
 *   with the same pitch (28 a line then comes from the body's −0.25 pt character spacing);
 * - a style separator (a heading paragraph whose mark is hidden with w:specVanish) is laid out as
 *   two lines, so the heading's paragraph and the one after it become one paragraph again: the
 *   heading's runs keep their font, and the paragraph keeps the heading's outline level, so the
 *   PDF's bookmarks still list it.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export function forLibreOffice(docx: Uint8Array): Uint8Array {
  const parts = unzipSync(docx);
  for (const [path, bytes] of Object.entries(parts)) {
    if (!/^word\/[^/]+\.xml$/.test(path)) continue;
    parts[path] = strToU8(libreOfficeXml(strFromU8(bytes)));
  }
  return zipSync(parts);
}

export function libreOfficeXml(xml: string): string {
  return xml
    .replace(/<w:overflowPunct(?: w:val="([^"]*)")?\/>/g, (_, value?: string) => {
      const hanging = value === undefined || ["1", "true", "on"].includes(value);
      return `<w:overflowPunct w:val="${hanging ? 0 : 1}"/>`;
    })
    .replace(/<w:docGrid w:type="linesAndChars"( w:linePitch="\d+")[^>]*\/>/g, '<w:docGrid w:type="lines"$1/>');
}
