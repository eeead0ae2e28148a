/**
 * The 版记 on an even page (GB/T 9704 §7.4: the last page of a document printed on both sides, 封四).
 * Where the writer cannot know on which page the body ends, Word and LibreOffice both can: the 版记
 * goes into a section of its own that starts on the next even page (w:type evenPage), a blank page
 * put in before it when the body ends on an even page. The planned blocks mark the place with a
 * paragraph holding only EVEN_PAGE_MARK; both writers turn that paragraph into the section's end
 * (its w:sectPr, the document's own) here, so the two stay byte for byte the same.
 */
/** The text of the marking paragraph: ASCII, so no run of it is split off as outside GB2312. */
export const EVEN_PAGE_MARK = "@@report:even-page-section@@";

/** document.xml with the marking paragraph made a section break; the last section starts on an even page. */
export function withEvenPageSection(xml: string): string {
  const at = xml.lastIndexOf(`>${EVEN_PAGE_MARK}</w:t>`);
  if (at === -1) return xml;
  const start = xml.lastIndexOf("<w:p>", at);
  const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
  const sectStart = xml.lastIndexOf("<w:sectPr");
  const sectEnd = xml.indexOf("</w:sectPr>", sectStart) + "</w:sectPr>".length;
  if (start === -1 || sectStart < end) return xml;
  const sectPr = xml.slice(sectStart, sectEnd);
  // w:type comes after the header and footer references and before w:pgSz (CT_SectPr's order).
  const last = sectPr.replace("<w:pgSz ", '<w:type w:val="evenPage"/><w:pgSz ');
  return (
    xml.slice(0, start) + `<w:p><w:pPr>${sectPr}</w:pPr></w:p>` + xml.slice(end, sectStart) + last + xml.slice(sectEnd)
  );
}
