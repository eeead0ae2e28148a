/**
 * The table of contents as Word writes it (References → Table of Contents): a block content control
 * of the "Table of Contents" gallery around the 目录 title and the entries; a TOC field (`TOC \o "1-4"
 * \h \z \u`: headings 1–4 by their outline levels, entries as links) begun in the first entry and ended
 * in the last, its result the cached entries, so the contents show as built until Word updates them;
 * each entry a link to a bookmark on its heading, its page number a PAGEREF field to that bookmark
 * with the estimated page cached (pagination.ts). Planned as plain paragraphs of the toc styles (each
 * entry's page number the run after a tab) and a paragraph holding only CONTENTS_END_MARK; both
 * writers make the field here, from the same XML, so the two stay byte for byte the same.
 */
import { insertInPPr } from "./package-parts.js";

/** The paragraph after the last entry: removed here, the body after it starting a new page. ASCII, so never split. */
export const CONTENTS_END_MARK = "@@report:contents-end@@";
/** Word's switches: levels 1–4, entries as links, no leader or numbers on the web, paragraphs' outline levels. */
export const CONTENTS_INSTRUCTION = ' TOC \\o "1-4" \\h \\z \\u ';

const ENTRY = /<w:p><w:pPr><w:pStyle w:val="TOC[1-4]"\/>(?:(?!<\/w:pPr>).)*<\/w:pPr>((?:(?!<\/w:p>).)*)<\/w:p>/gs;
const HEADING =
  /(<w:p><w:pPr><w:pStyle w:val="Heading[1-4]"\/>(?:(?!<\/w:pPr>).)*<\/w:pPr>)((?:(?!<\/w:p>).)*<\/w:p>)/gs;
const TITLE = '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/>';
/** The page number's run: the entry's last, after a tab (plan.ts). */
const PAGE_RUN = /<w:r>((?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?)<w:tab\/><w:t[^>]*>([^<]*)<\/w:t><\/w:r>$/s;
/** CT_PPr's children after w:pageBreakBefore. */
const AFTER_PAGE_BREAK = [
  ...["framePr", "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens"],
  ...["kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi"],
  ...["adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap"],
  ...["jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr"],
  ...["sectPr", "pPrChange"],
];

const bookmark = (n: number) => `_Toc${n}`;
const fieldChar = (rPr: string, type: "begin" | "separate" | "end") =>
  `<w:r>${rPr}<w:fldChar w:fldCharType="${type}"/></w:r>`;
const instruction = (rPr: string, text: string) =>
  `<w:r>${rPr}<w:instrText xml:space="preserve">${text}</w:instrText></w:r>`;

/** document.xml with the contents made a TOC field and each heading after it bookmarked; unchanged without one. */
export function withContentsField(xml: string): string {
  const end = xml.indexOf(`>${CONTENTS_END_MARK}</w:t>`);
  if (end === -1) return xml;
  const markStart = xml.lastIndexOf("<w:p>", end);
  const markEnd = xml.indexOf("</w:p>", end) + "</w:p>".length;
  const titleAt = xml.lastIndexOf(TITLE, markStart);
  const start = titleAt === -1 ? markStart : titleAt;
  const entries = [...xml.slice(start, markStart).matchAll(ENTRY)].length;
  let n = 0;
  const contents = xml.slice(start, markStart).replace(ENTRY, (paragraph, runs: string) => {
    n++;
    const open = paragraph.slice(0, paragraph.length - runs.length - "</w:p>".length);
    const page = PAGE_RUN.exec(runs);
    const rPr = page?.[1] ?? "";
    const text = page ? runs.slice(0, page.index) : runs;
    const number = page
      ? `<w:r>${rPr}<w:tab/></w:r>${fieldChar(rPr, "begin")}${instruction(rPr, ` PAGEREF ${bookmark(n)} \\h `)}` +
        `${fieldChar(rPr, "separate")}<w:r>${rPr}<w:t>${page[2] ?? ""}</w:t></w:r>${fieldChar(rPr, "end")}`
      : "";
    const begin =
      n === 1 ? fieldChar("", "begin") + instruction("", CONTENTS_INSTRUCTION) + fieldChar("", "separate") : "";
    const close = n === entries ? fieldChar("", "end") : "";
    return `${open}${begin}<w:hyperlink w:anchor="${bookmark(n)}" w:history="1">${text}${number}</w:hyperlink>${close}</w:p>`;
  });
  const control =
    '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj>' +
    `</w:sdtPr><w:sdtContent>${contents}</w:sdtContent></w:sdt>`;
  // The body after it on a new page, and its headings, in order, the entries' bookmarks.
  let heading = 0;
  const body = startsNewPage(xml.slice(markEnd)).replace(HEADING, (paragraph, open: string, rest: string) => {
    if (++heading > entries) return paragraph;
    const runs = rest.slice(0, -"</w:p>".length);
    return `${open}<w:bookmarkStart w:id="${heading}" w:name="${bookmark(heading)}"/>${runs}<w:bookmarkEnd w:id="${heading}"/></w:p>`;
  });
  return xml.slice(0, start) + control + body;
}

/** The first paragraph of `xml` with a page break before it. */
function startsNewPage(xml: string): string {
  if (!xml.startsWith("<w:p>")) return xml;
  if (!xml.startsWith("<w:p><w:pPr>")) return `<w:p><w:pPr><w:pageBreakBefore/></w:pPr>${xml.slice("<w:p>".length)}`;
  const close = xml.indexOf("</w:pPr>");
  const inner = xml.slice("<w:p><w:pPr>".length, close);
  return `<w:p><w:pPr>${insertInPPr(inner, "<w:pageBreakBefore/>", AFTER_PAGE_BREAK)}${xml.slice(close)}`;
}
