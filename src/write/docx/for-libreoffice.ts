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
 *   PDF's bookmarks still list it;
 * - a section that starts on an even page (the 版记's, sections.ts) is laid out with the document's
 *   mirrored margins lost, its left margin the odd pages' 28 mm, so its left and right margins are
 *   swapped: its one page, an even one, then has the 26 mm left margin Word gives it.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { AFTER_NUM_PR, insertInPPr } from "./package-parts.js";

export function forLibreOffice(docx: Uint8Array): Uint8Array {
  const parts = unzipSync(docx);
  const fonts = styleFonts(strFromU8(parts["word/styles.xml"] ?? new Uint8Array()));
  for (const [path, bytes] of Object.entries(parts)) {
    if (!/^word\/[^/]+\.xml$/.test(path)) continue;
    parts[path] = strToU8(joinStyleSeparators(libreOfficeXml(strFromU8(bytes)), fonts));
  }
  return zipSync(parts);
}

export function libreOfficeXml(xml: string): string {
  return xml
    .replace(/<w:overflowPunct(?: w:val="([^"]*)")?\/>/g, (_, value?: string) => {
      const hanging = value === undefined || ["1", "true", "on"].includes(value);
      return `<w:overflowPunct w:val="${hanging ? 0 : 1}"/>`;
    })
    .replace(/<w:docGrid w:type="linesAndChars"( w:linePitch="\d+")[^>]*\/>/g, '<w:docGrid w:type="lines"$1/>')
    .replace(
      /(<w:type w:val="evenPage"\/><w:pgSz [^>]*\/><w:pgMar [^>]*?)w:right="(\d+)"([^>]*?)w:left="(\d+)"/g,
      (_, start: string, right: string, between: string, left: string) =>
        `${start}w:right="${left}"${between}w:left="${right}"`,
    );
}

/** Each paragraph style's w:rFonts and w:outlineLvl, by id. */
function styleFonts(styles: string): Map<string, { rFonts: string; outline: string | undefined }> {
  const found = new Map<string, { rFonts: string; outline: string | undefined }>();
  for (const [style, id] of styles.matchAll(
    /<w:style w:type="paragraph"[^>]*w:styleId="([^"]*)"[^>]*>.*?<\/w:style>/gs,
  ))
    found.set(id ?? "", {
      rFonts: /<w:rPr>.*?(<w:rFonts [^>]*\/>)/s.exec(style)?.[1] ?? "",
      outline: /<w:outlineLvl w:val="(\d)"\/>/.exec(style)?.[1],
    });
  return found;
}

const SEPARATED =
  /<w:p><w:pPr><w:pStyle w:val="([^"]*)"\/>((?:(?!<\/w:pPr>).)*?)<w:rPr><w:vanish\/><w:specVanish\/><\/w:rPr><\/w:pPr>((?:(?!<\/w:p>).)*)<\/w:p><w:p><w:pPr>((?:(?!<\/w:pPr>).)*)<\/w:pPr>/gs;

/**
 * A heading's paragraph and the one its style separator joins it to, as one paragraph: the second's
 * properties with the heading's outline level, the heading's runs in its style's font.
 */
function joinStyleSeparators(xml: string, styles: ReturnType<typeof styleFonts>): string {
  return xml.replace(SEPARATED, (_, styleId: string, headingPPr: string, runs: string, pPr: string) => {
    const { rFonts = "", outline } = styles.get(styleId) ?? {};
    const level = outline === undefined ? "" : `<w:outlineLvl w:val="${outline}"/>`;
    // Word's numbering of the heading (word-numbering.ts) goes with it, its level naming its font;
    // a heading out of the list (numId 0) needs none in a body paragraph.
    const numPr = /<w:numPr>(?:(?!<\/w:numPr>).)*<w:numId w:val="[1-9]\d*"\/><\/w:numPr>/s.exec(headingPPr)?.[0] ?? "";
    const withFont = runs.replace(/<w:r>(<w:rPr>)?(?!(?:(?!<\/w:rPr>|<\/w:r>).)*<w:rFonts)/g, (_, rPr?: string) =>
      rPr ? `<w:r><w:rPr>${rFonts}` : `<w:r><w:rPr>${rFonts}</w:rPr>`,
    );
    const numbered = numPr ? insertInPPr(pPr, numPr, AFTER_NUM_PR) : pPr;
    return `<w:p><w:pPr>${insertInPPr(numbered, level, OUTLINE_LATER)}</w:pPr>${withFont}`;
  });
}

/** w:pPr children after w:outlineLvl in CT_PPr's sequence. */
const OUTLINE_LATER = ["divId", "cnfStyle", "rPr", "sectPr", "pPrChange"];
