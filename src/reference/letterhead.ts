/**
 * The reference's letterhead block: what its body holds, split where the content goes.
 *
 * - A paragraph whose whole text is {{正文}} marks the place: what comes before it is placed before
 *   our content, what follows it after our content.
 * - Without one, the block is the body up to and including its red line (GB/T 9704 §7.2.6: the
 *   版头 ends with the 分隔线): the first paragraph with a coloured top or bottom border, or one
 *   holding a line shape (DrawingML's line or connector, VML's v:line).
 * - Without either, the body is taken as a sample of the styles, as pandoc takes a reference
 *   document's, and nothing of it is placed.
 */
import { children, findElement, paragraphText } from "./scan.js";

export const PLACEHOLDER = "{{正文}}";

export interface Letterhead {
  readonly before: readonly string[];
  readonly after: readonly string[];
}

export function letterheadOf(document: string): Letterhead {
  const body = findElement(document, "w:body");
  if (!body) return { before: [], after: [] };
  const blocks = children(body.xml, 0).filter((child) => !child.startsWith("<w:sectPr"));
  const marker = blocks.findIndex((b) => b.startsWith("<w:p") && paragraphText(b).trim() === PLACEHOLDER);
  if (marker !== -1) return { before: blocks.slice(0, marker), after: blocks.slice(marker + 1) };
  const line = blocks.findIndex(isRedLine);
  return { before: line === -1 ? [] : blocks.slice(0, line + 1), after: [] };
}

const LINE_SHAPE = /<a:prstGeom prst="(?:line|straightConnector1)"|<v:line\b|<wps:cNvCnPr/;
const BORDER = /<w:(?:top|bottom)\b[^>]*w:val="(?!none|nil)[^"]+"[^>]*\/>/g;

function isRedLine(block: string): boolean {
  if (LINE_SHAPE.test(block)) return true;
  const borders = findElement(block, "w:pBdr")?.xml;
  if (!borders) return false;
  return [...borders.matchAll(BORDER)].some((m) => {
    const color = /w:color="([0-9A-Fa-f]{6})"/.exec(m[0])?.[1];
    return color !== undefined && color.toLowerCase() !== "000000";
  });
}
