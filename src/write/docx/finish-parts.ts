/**
 * The docx library's package parts, finished the same way by the reference writer (repack) and,
 * at build time, by kit/make-kit.ts, before they are zipped or recorded. Parts that are the same
 * in every document of a font profile (styles, settings, font table, footers) are changed here;
 * what Word and WPS need of them beyond the library's output is in package-parts.ts.
 * Build time and the reference writer only: a build replaying a kit never loads this module, nor
 * the docx library that styles.ts brings with it.
 */
import { strFromU8, strToU8, unzipSync } from "fflate";
import { APP_PART, CORE_PART, packageEntry, zipPackage } from "./deterministic-zip.js";
import type { FontSet } from "../layout/fonts.js";
import { FRAME } from "../layout/layout.js";
import {
  AFTER_SNAP,
  footerFirstPages,
  insertInPPr,
  withCachedPageNumber,
  withFontTable,
  withPlainSeparators,
  withTypographyDefaults,
  withWordSettings,
} from "./package-parts.js";
import { STYLES_PART } from "./frame-kinds.js";
import { withContentsField } from "./contents-field.js";
import { withEvenPageSection } from "./sections.js";
import { DEFAULT_PARAGRAPH_FONT, LATENT_STYLES } from "./latent-styles.js";
import { FRAME_STYLE_IDS, STYLE_SPECS } from "./styles.js";

export { STYLES_PART } from "./frame-kinds.js";

/** Styles Word needs whatever the document holds: the default table style. */
const ALWAYS_KEPT = ["TableNormal"];
const STYLE = /<w:style\b[^>]*\bw:styleId="([^"]*)"[^>]*>.*?<\/w:style>/gs;
const STYLE_REFERENCE = /<w:(?:pStyle|rStyle|tblStyle|basedOn|next|link)\b[^>]*\bw:val="([^"]*)"/g;

/** The docx library's zip, its parts finished, its properties parts made the document's own (`own`), zipped anew. */
export function repack(docxZip: Uint8Array, fonts: FontSet, own: (path: string, xml: string) => string): Uint8Array {
  const parts = unzipSync(docxZip);
  finishParts(parts, fonts);
  for (const path of [CORE_PART, APP_PART]) {
    const bytes = parts[path];
    if (bytes) parts[path] = strToU8(own(path, strFromU8(bytes)));
  }
  return zipPackage(Object.entries(parts).map(([path, bytes]) => packageEntry(path, bytes)));
}

/**
 * `framed`: whether styles.xml keeps the 公文 frame's styles; by default, when document.xml uses one.
 * The kit records both forms of the part (kit/make-kit.ts).
 */
export function finishParts(parts: Record<string, Uint8Array>, fonts: FontSet, framed?: boolean): void {
  const edit = (path: string, change: (xml: string) => string) => {
    const bytes = parts[path];
    if (bytes) parts[path] = strToU8(change(strFromU8(bytes)));
  };
  edit("word/footnotes.xml", withPlainSeparators);
  edit("word/endnotes.xml", withPlainSeparators);
  const document = parts["word/document.xml"];
  const withFrame = framed ?? (document !== undefined && usesFrameStyle(strFromU8(document)));
  edit(STYLES_PART, (xml) =>
    withWordStyles(withTypographyDefaults(offGrid(zeroSpacing(keepStylesInUse(xml, parts, withFrame))))),
  );
  // The docx library names a text box with a random id: the same data must give the same bytes.
  // Its text box's inner margins, at the sides as wide as the box's extra width, so its paragraphs
  // are exactly as wide as the text block.
  const side = `${FRAME.boxSideInsetTwips / 20}pt`;
  const top = `${FRAME.boxTopInsetTwips / 20}pt`;
  edit("word/document.xml", (xml) =>
    withContentsField(withEvenPageSection(xml))
      .replace(/<v:shape id="[^"]*"/g, '<v:shape id="colophon"')
      .replaceAll("<v:textbox ", `<v:textbox inset="${side},${top},${side},0" `),
  );
  edit("word/fontTable.xml", (xml) => withFontTable(xml, fonts));
  edit("word/settings.xml", withWordSettings);
  for (const [path, page] of footerFirstPages(parts)) edit(path, (xml) => withCachedPageNumber(xml, page));
}

/** Word's latent styles after the document defaults, and the Default Paragraph Font first among the styles. */
function withWordStyles(xml: string): string {
  return xml.replace("</w:docDefaults>", `</w:docDefaults>${LATENT_STYLES}${DEFAULT_PARAGRAPH_FONT}`);
}

function usesFrameStyle(documentXml: string): boolean {
  for (const m of documentXml.matchAll(STYLE_REFERENCE)) if (FRAME_STYLE_IDS.has(m[1] ?? "")) return true;
  return false;
}

/**
 * The title's styles stay off the line grid (the library writes snapToGrid for runs only): Word does
 * not snap their exact spacing anyway, and LibreOffice would give each 22 pt line two grid lines.
 */
function offGrid(xml: string): string {
  const ids = new Set(STYLE_SPECS.filter((s) => s.offGrid).map((s) => s.id));
  return xml.replace(STYLE, (style, id: string) =>
    ids.has(id)
      ? style.replace(
          /<w:pPr>(.*?)<\/w:pPr>/s,
          (_, inner: string) => `<w:pPr>${insertInPPr(inner, '<w:snapToGrid w:val="0"/>', AFTER_SNAP)}</w:pPr>`,
        )
      : style,
  );
}

/**
 * The library leaves out a character spacing of 0 (it tests the option for truth), but a style
 * must write it to undo Normal's −0.25 pt: the title's and the table's text are set at their size.
 */
function zeroSpacing(xml: string): string {
  const zero = new Set(STYLE_SPECS.filter((s) => s.characterSpacingTwips === 0).map((s) => s.id));
  return xml.replace(STYLE, (style, id: string) =>
    zero.has(id) && !style.includes("<w:spacing w:val=")
      ? style.replace("<w:sz ", '<w:spacing w:val="0"/><w:sz ')
      : style,
  );
}

/**
 * The library writes its own styles into every file (a blue 标题 1 among them). Only ours are kept
 * (styles.ts), the default table style, and any style another part or a kept style refers to.
 */
function keepStylesInUse(xml: string, parts: Record<string, Uint8Array>, withFrame: boolean): string {
  const byId = new Map([...xml.matchAll(STYLE)].map((m) => [m[1] ?? "", m[0]]));
  const wanted = (id: string) => withFrame || !FRAME_STYLE_IDS.has(id);
  const kept = new Set([...STYLE_SPECS.map((s) => s.id).filter(wanted), ...ALWAYS_KEPT]);
  for (const [path, bytes] of Object.entries(parts))
    if (path !== STYLES_PART && path.endsWith(".xml"))
      for (const m of strFromU8(bytes).matchAll(STYLE_REFERENCE)) if (wanted(m[1] ?? "")) kept.add(m[1] ?? "");
  // Follow basedOn/next/link from the kept styles until nothing new is found.
  for (let grew = true; grew;) {
    grew = false;
    for (const id of [...kept])
      for (const m of (byId.get(id) ?? "").matchAll(STYLE_REFERENCE))
        if (!kept.has(m[1] ?? "")) grew = kept.add(m[1] ?? "").size > 0;
  }
  return xml.replace(STYLE, (style, id: string) => (kept.has(id) ? style : ""));
}
