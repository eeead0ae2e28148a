/**
 * What repeats on every page: the page number (§7.5) and, on a draft, the draft label above the
 * text. Odd and even pages have footers of their own (the document sets evenAndOddHeaders).
 */
import { AlignmentType, Footer, Header, LineRuleType, PageNumber, Paragraph, TextRun } from "docx";
import { fontAttributes, type FontSet } from "./fonts.js";
import { BODY, PAGE_NUMBER, ptToHalfPoints, ptToTwips } from "./layout.js";

/** `— 1 —` in 宋体 四号: odd pages on the right, even on the left, one character in from the text block. */
function pageNumberFooter(side: "odd" | "even", fonts: FontSet): Footer {
  const odd = side === "odd";
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: PAGE_NUMBER.sideIndentTwips } : { left: PAGE_NUMBER.sideIndentTwips },
        spacing: { line: ptToTwips(PAGE_NUMBER.sizePt), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            font: fontAttributes(fonts.pageNumber),
            size: ptToHalfPoints(PAGE_NUMBER.sizePt),
          }),
        ],
      }),
    ],
  });
}

export function pageNumberFooters(fonts: FontSet) {
  return { default: pageNumberFooter("odd", fonts), even: pageNumberFooter("even", fonts) };
}

/** The draft label, centred above the text block on every page. */
export function draftHeaders(label: string, fonts: FontSet) {
  const header = () =>
    new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({
              text: label,
              font: fontAttributes(fonts.body, fonts.latin),
              size: ptToHalfPoints(BODY.sizePt),
            }),
          ],
        }),
      ],
    });
  return { default: header(), even: header() };
}
