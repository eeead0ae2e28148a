/** Reading a built .docx's XML back, for the layout tests. */
import type { Element } from "@xmldom/xmldom";
import { docxParts, parseXml } from "./helpers.js";

export interface DocxXml {
  readonly parts: Record<string, string>;
  readonly body: Element;
  /** The body's paragraphs with their text. */
  readonly paragraphs: { readonly element: Element; readonly text: string }[];
  readonly sectPr: Element;
  /** A part by its relationship type (header/footer) and w:type (default/even). */
  partFor(kind: "header" | "footer", type: "default" | "even"): string | undefined;
}

export function readDocx(bytes: Uint8Array): DocxXml {
  const parts = docxParts(bytes);
  const document = parseXml(parts["word/document.xml"] ?? "");
  const body = document.getElementsByTagName("w:body")[0] as Element;
  const paragraphs = children(body, "w:p").map((element) => ({ element, text: texts(element) }));
  const sectPr = children(body, "w:sectPr")[0] as Element;
  const rels = parseXml(parts["word/_rels/document.xml.rels"] ?? "");
  const targets = new Map(
    Array.from(rels.getElementsByTagName("Relationship")).map((r) => [
      r.getAttribute("Id") ?? "",
      r.getAttribute("Target") ?? "",
    ]),
  );
  return {
    parts,
    body,
    paragraphs,
    sectPr,
    partFor: (kind, type) => {
      const reference = all(sectPr, `w:${kind}Reference`).find((r) => r.getAttribute("w:type") === type);
      const target = reference && targets.get(reference.getAttribute("r:id") ?? "");
      return target === undefined ? undefined : parts[`word/${target}`];
    },
  };
}

export const all = (element: Element, tag: string): Element[] => Array.from(element.getElementsByTagName(tag));
export const children = (element: Element, tag: string): Element[] =>
  Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === tag);
export const texts = (element: Element): string =>
  all(element, "w:t")
    .map((t) => t.textContent ?? "")
    .join("");

/** An attribute of the first `tag` inside `element` (e.g. w:ind's w:firstLine). */
export function attr(element: Element | undefined, tag: string, name: string): string | null {
  const found = element && (element.tagName === tag ? element : all(element, tag)[0]);
  return found ? found.getAttribute(name) : null;
}

/** The runs of a paragraph: text and the properties that matter for the layout. */
export function runsOf(paragraph: Element) {
  return all(paragraph, "w:r").map((run) => ({
    text: texts(run),
    eastAsia: attr(run, "w:rFonts", "w:eastAsia"),
    ascii: attr(run, "w:rFonts", "w:ascii"),
    hint: attr(run, "w:rFonts", "w:hint"),
    halfPoints: attr(run, "w:sz", "w:val"),
    spacingTwips: attr(run, "w:spacing", "w:val"),
    highlight: attr(run, "w:highlight", "w:val"),
    breaks: all(run, "w:br").length,
  }));
}
