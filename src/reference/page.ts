/**
 * The reference's page set-up. A reference that keeps the standard's page (A4, the margins of
 * GB/T 9704 §5.2.1 within half a millimetre, as Word rounds them) keeps ours exactly, grid and
 * all, so the text block still holds 22 lines of 28 characters; any other page is the reference's
 * own: its size, margins and document grid.
 */
import { attribute, findElement } from "./scan.js";

/** Half a millimetre in twentieths of a point: Word's 3.7 cm is 2098 twips, another's 2097. */
const TOLERANCE_TWIPS = 28;

export interface PageSetUp {
  readonly pgSz: string;
  readonly pgMar: string;
  readonly docGrid?: string;
  readonly cols?: string;
}

export function pageSetUp(sectPr: string): PageSetUp | undefined {
  const pgSz = findElement(sectPr, "w:pgSz")?.xml;
  const pgMar = findElement(sectPr, "w:pgMar")?.xml;
  if (!pgSz || !pgMar) return undefined;
  const docGrid = findElement(sectPr, "w:docGrid")?.xml;
  const cols = findElement(sectPr, "w:cols")?.xml;
  return { pgSz, pgMar, ...(docGrid ? { docGrid } : {}), ...(cols ? { cols } : {}) };
}

/** The reference's page is ours (size and the four margins) within the tolerance. */
export function samePage(ours: PageSetUp, theirs: PageSetUp): boolean {
  const near = (a: string, b: string, name: string) =>
    Math.abs(Number(attribute(a, name) ?? NaN) - Number(attribute(b, name) ?? NaN)) <= TOLERANCE_TWIPS;
  return (
    ["w:w", "w:h"].every((n) => near(ours.pgSz, theirs.pgSz, n)) &&
    ["w:top", "w:right", "w:bottom", "w:left"].every((n) => near(ours.pgMar, theirs.pgMar, n))
  );
}

/** A section's properties with the reference's page in place of ours (CT_SectPr keeps its order). */
export function withPage(sectPr: string, page: PageSetUp): string {
  let out = sectPr
    .replace(/<w:pgSz\b[^>]*\/>/, page.pgSz)
    .replace(/<w:pgMar\b[^>]*\/>/, page.pgMar)
    .replace(/<w:docGrid\b[^>]*\/>/, "")
    .replace(/<w:cols\b[^>]*\/>|<w:cols\b[\s\S]*?<\/w:cols>/, "");
  const tail = [
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
  ];
  const insert = (element: string, later: readonly string[]) => {
    const at = later
      .map((name) => out.search(new RegExp(`<${name}[\\s/>]`)))
      .filter((i) => i >= 0)
      .reduce((a, b) => Math.min(a, b), out.lastIndexOf("</w:sectPr>"));
    out = out.slice(0, at) + element + out.slice(at);
  };
  if (page.cols) insert(page.cols, tail);
  if (page.docGrid) insert(page.docGrid, tail.slice(tail.indexOf("w:docGrid") + 1));
  return out;
}
