/**
 * What repeats on every page: the page number (§7.5) and, on a draft, the draft label above the
 * text. Odd and even pages have footers of their own (the document sets evenAndOddHeaders).
 * Fonts, sizes and line spacing are in their styles (styles.ts: pageNumber, draftHeader).
 */
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from "docx";
import { PAGE_NUMBER } from "../layout/layout.js";
import { styleId } from "./styles.js";

/** `— 1 —`: odd pages on the right, even on the left, one character in from the text block. */
function pageNumberFooter(side: "odd" | "even"): Footer {
  const odd = side === "odd";
  return new Footer({
    children: [
      new Paragraph({
        style: styleId("pageNumber"),
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: PAGE_NUMBER.sideIndentTwips } : { left: PAGE_NUMBER.sideIndentTwips },
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"] })],
      }),
    ],
  });
}

export function pageNumberFooters() {
  return { default: pageNumberFooter("odd"), even: pageNumberFooter("even") };
}

/** The draft label, centred above the text block on every page. */
export function draftHeaders(label: string) {
  const header = () =>
    new Header({
      children: [new Paragraph({ style: styleId("draftHeader"), children: [new TextRun({ text: label })] })],
    });
  return { default: header(), even: header() };
}
