/**
 * pdftotext -bbox-layout → the lines of each page, in points from the top-left corner, sorted
 * top to bottom, sorted into those inside the text block (版心) and those above and below it.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";

export interface PdfLine {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly number: number;
  /** Lines inside the text block, top to bottom. */
  readonly body: PdfLine[];
  readonly above: PdfLine[];
  readonly below: PdfLine[];
  /** The leftmost body line's left edge as printed, before an even page is moved (see parsePages). */
  readonly printedLeft: number;
}

/**
 * The text block in points, from the standard itself (GB/T 9704 §5.2.1: A4, 37 mm from the top edge,
 * 35 from the bottom, 28 from the left, 26 from the right), never from the writer's own constants:
 * a mistake there (margins swapped, a wrong unit) must fail this test, not move its expectations.
 */
export const mm = (millimetres: number) => (millimetres * 72) / 25.4;
export const BLOCK = { top: mm(37), bottom: mm(297 - 35), left: mm(28), right: mm(210 - 26) } as const;
/** Glyph boxes reach a little beyond the line they sit on. */
const SLACK_PT = 2;
/**
 * Printed on both sides, the 28 mm 订口 (binding edge) is on the left of odd pages and the right of
 * even ones (mirrored margins), so an even page's text block starts 26 mm from the left edge.
 */
export const EVEN_PAGE_SHIFT_PT = mm(28) - mm(26);

/** The pages' lines, an even page's moved right by EVEN_PAGE_SHIFT_PT so that every text block is at BLOCK. */
export function parsePages(xhtml: string): PdfPage[] {
  const document = new DOMParser().parseFromString(xhtml.replace(/<!DOCTYPE[^>]*>/, ""), "text/xml");
  return Array.from(document.getElementsByTagName("page")).map((page, i) => {
    const shift = i % 2 === 1 ? EVEN_PAGE_SHIFT_PT : 0;
    const printed = mergeSameBaseline(Array.from(page.getElementsByTagName("line")).map(toLine));
    const lines = printed.map((l) => ({ ...l, xMin: l.xMin + shift, xMax: l.xMax + shift }));
    const inBlock = (l: PdfLine) => l.yMin >= BLOCK.top - SLACK_PT && l.yMax <= BLOCK.bottom + SLACK_PT;
    return {
      number: i + 1,
      printedLeft: Math.min(...printed.filter(inBlock).map((l) => l.xMin)),
      body: lines.filter(inBlock),
      above: lines.filter((l) => l.yMax < BLOCK.top - SLACK_PT),
      below: lines.filter((l) => l.yMin > BLOCK.bottom + SLACK_PT),
    };
  });
}

function toLine(line: Element): PdfLine {
  const number = (name: string) => Number(line.getAttribute(name));
  const text = Array.from(line.getElementsByTagName("word"))
    .map((w) => w.textContent ?? "")
    .join("");
  return { text, xMin: number("xMin"), xMax: number("xMax"), yMin: number("yMin"), yMax: number("yMax") };
}

/** pdftotext may cut one printed line into several (wide justification gaps): join them again. */
function mergeSameBaseline(lines: PdfLine[]): PdfLine[] {
  const sorted = [...lines].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  const merged: PdfLine[] = [];
  for (const line of sorted) {
    const last = merged.at(-1);
    if (last && Math.abs(last.yMax - line.yMax) < 1) {
      merged[merged.length - 1] = {
        text: last.text + line.text,
        xMin: Math.min(last.xMin, line.xMin),
        xMax: Math.max(last.xMax, line.xMax),
        yMin: Math.min(last.yMin, line.yMin),
        yMax: Math.max(last.yMax, line.yMax),
      };
    } else {
      merged.push(line);
    }
  }
  return merged;
}

/** A line set in 二号 rather than 三号: its glyph box is taller than a 16 pt line's. */
export const isTitleSize = (line: PdfLine): boolean => line.yMax - line.yMin > 24;

/** A line that runs from the left edge of the text block to the right: justified, not a paragraph's last. */
export const isFullWidth = (line: PdfLine): boolean => line.xMin < BLOCK.left + 1.5 && line.xMax > BLOCK.right - 3;

/** Only full-width characters: no digits, Latin letters or X, whose widths differ. */
export const isAllFullWidth = (text: string): boolean =>
  [...text].every((c) => /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f“”‘’—…]/u.test(c));
