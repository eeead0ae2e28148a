/**
 * The 版记 on an even page (GB/T 9704 §7.4: the last page of a document printed on both sides, 封四).
 * When the body does not end on an even page with room for it (plan.ts decides, from the page
 * estimate), the 版记 goes into a section of its own that starts on the next even page (w:type
 * evenPage), which Word and LibreOffice both lay out from the pages they find: a blank page put in
 * before it when the body ends on an even page. The planned blocks mark the place with a paragraph
 * holding only one of EVEN_PAGE_MARKS; both writers turn that paragraph into the section's end (its
 * w:sectPr, the document's own) here, so the two stay byte for byte the same.
 */
/** The text of the marking paragraph: ASCII, so no run of it is split off as outside GB2312. */
export const EVEN_PAGE_MARK = "@@report:even-page-section@@";
/**
 * The same, after a blank page: §7.5, a blank page before the 版记's page and that page carry no
 * page number. The section has a first page of its own (w:titlePg) whose footer it does not name,
 * and no earlier section has one to inherit, so its one page has none (ECMA-376 §17.10.5).
 */
export const EVEN_PAGE_UNNUMBERED_MARK = "@@report:even-page-section-unnumbered@@";
export const EVEN_PAGE_MARKS: readonly string[] = [EVEN_PAGE_MARK, EVEN_PAGE_UNNUMBERED_MARK];

/** document.xml with the marking paragraph made a section break; the last section starts on an even page. */
export function withEvenPageSection(xml: string): string {
  const unnumbered = xml.lastIndexOf(`>${EVEN_PAGE_UNNUMBERED_MARK}</w:t>`);
  const at = unnumbered === -1 ? xml.lastIndexOf(`>${EVEN_PAGE_MARK}</w:t>`) : unnumbered;
  if (at === -1) return xml;
  const start = xml.lastIndexOf("<w:p>", at);
  const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
  const sectStart = xml.lastIndexOf("<w:sectPr");
  const sectEnd = xml.indexOf("</w:sectPr>", sectStart) + "</w:sectPr>".length;
  if (start === -1 || sectStart < end) return xml;
  const sectPr = xml.slice(sectStart, sectEnd);
  // w:type comes after the header and footer references and before w:pgSz (CT_SectPr's order).
  // w:titlePg comes before w:docGrid, the last child the writer gives a w:sectPr.
  const typed = sectPr.replace("<w:pgSz ", '<w:type w:val="evenPage"/><w:pgSz ');
  const last = unnumbered === -1 ? typed : typed.replace("<w:docGrid ", "<w:titlePg/><w:docGrid ");
  return (
    xml.slice(0, start) + `<w:p><w:pPr>${sectPr}</w:pPr></w:p>` + xml.slice(end, sectStart) + last + xml.slice(sectEnd)
  );
}
