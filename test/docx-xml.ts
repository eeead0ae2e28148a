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
  /** A paragraph's style and the styles it is based on, its own first (the ids). */
  styleChain(paragraph: Element): string[];
  /** A paragraph property as Word resolves it: the paragraph's own, else its style chain's (e.g. w:jc's w:val). */
  paragraphProperty(paragraph: Element, tag: string, name: string): string | null;
  /** The runs of a paragraph with their properties resolved through the style chain and the defaults. */
  runsOf(paragraph: Element): ResolvedRun[];
  /** A style by its id. */
  style(id: string): Element | undefined;
}

export interface ResolvedRun {
  readonly text: string;
  readonly eastAsia: string | null;
  readonly ascii: string | null;
  readonly hint: string | null;
  readonly halfPoints: string | null;
  readonly spacingTwips: string | null;
  readonly highlight: string | null;
  readonly breaks: number;
  /** Whether the run sets its own fonts (direct formatting). */
  readonly ownFont: boolean;
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
  const stylesXml = parseXml(parts["word/styles.xml"] ?? "");
  const styles = new Map(
    Array.from(stylesXml.getElementsByTagName("w:style")).map((style) => [
      style.getAttribute("w:styleId") ?? "",
      style,
    ]),
  );
  const defaults = stylesXml.getElementsByTagName("w:docDefaults")[0] ?? undefined;
  const styleChain = (paragraph: Element): string[] => {
    const chain: string[] = [];
    let id = attr(children(paragraph, "w:pPr")[0], "w:pStyle", "w:val") ?? defaultParagraphStyle(styles);
    while (id && !chain.includes(id)) {
      chain.push(id);
      id = attr(styles.get(id), "w:basedOn", "w:val") ?? undefined;
    }
    return chain;
  };
  /** The first of these property elements that has `name`. */
  const first = (properties: (Element | undefined)[], tag: string, name: string): string | null => {
    for (const element of properties) {
      const found = element && all(element, tag)[0];
      if (found?.hasAttribute(name)) return found.getAttribute(name);
    }
    return null;
  };
  const stylePr = (paragraph: Element, pr: string) =>
    styleChain(paragraph).map((id) => (styles.get(id) ? children(styles.get(id)!, pr)[0] : undefined));
  const paragraphProperty = (paragraph: Element, tag: string, name: string) =>
    first([children(paragraph, "w:pPr")[0], ...stylePr(paragraph, "w:pPr")], tag, name);
  const runsOf = (paragraph: Element): ResolvedRun[] =>
    all(paragraph, "w:r").map((run) => {
      const own = children(run, "w:rPr")[0];
      const chain = [own, ...stylePr(paragraph, "w:rPr"), defaults && all(defaults, "w:rPr")[0]];
      return {
        text: texts(run),
        eastAsia: first(chain, "w:rFonts", "w:eastAsia"),
        ascii: first(chain, "w:rFonts", "w:ascii"),
        hint: first(chain, "w:rFonts", "w:hint"),
        halfPoints: first(chain, "w:sz", "w:val"),
        spacingTwips: first(chain, "w:spacing", "w:val") ?? "0",
        highlight: first([own], "w:highlight", "w:val"),
        breaks: all(run, "w:br").length,
        ownFont: own !== undefined && all(own, "w:rFonts").length > 0,
      };
    });
  return {
    styleChain,
    paragraphProperty,
    runsOf,
    style: (id) => styles.get(id),
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

function defaultParagraphStyle(styles: Map<string, Element>): string | undefined {
  for (const [id, style] of styles)
    if (style.getAttribute("w:type") === "paragraph" && /^(1|true)$/.test(style.getAttribute("w:default") ?? ""))
      return id;
  return undefined;
}
