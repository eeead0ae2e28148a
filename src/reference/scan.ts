/**
 * Finding elements in a Word part's XML text by their tags, for copying them whole: where an
 * element ends (its nested elements counted, a text box's paragraphs inside a paragraph too), the
 * children of an element, an attribute. The part has been read through import/xml.ts first, so it
 * is well-formed and has no DOCTYPE; every scan here is linear in the text it looks at.
 */

const TAG = /<(\/?)([^\s/>!?]+)[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;

/** Where the element whose start tag begins at `start` ends (the index after its end tag). */
export function elementEnd(xml: string, start: number): number {
  TAG.lastIndex = start;
  let depth = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (m[2] === undefined) continue;
    if (m[1] === "/") depth--;
    else if (m[3] !== "/") depth++;
    if (depth === 0) return TAG.lastIndex;
  }
  return xml.length;
}

/** The first element named `name` at or after `from` (its whole text and where it starts), or undefined. */
export function findElement(
  xml: string,
  name: string,
  from = 0,
): { readonly xml: string; readonly start: number; readonly end: number } | undefined {
  const open = new RegExp(`<${name}[\\s/>]`, "g");
  open.lastIndex = from;
  const m = open.exec(xml);
  if (!m) return undefined;
  const end = elementEnd(xml, m.index);
  return { xml: xml.slice(m.index, end), start: m.index, end };
}

/** Every element named `name`, not looking inside the ones found. */
export function allElements(xml: string, name: string): string[] {
  const found: string[] = [];
  let element = findElement(xml, name);
  while (element) {
    found.push(element.xml);
    element = findElement(xml, name, element.end);
  }
  return found;
}

/** `xml` without the elements named `name` (and what they hold): one pass, however they nest. */
export function withoutElements(xml: string, name: string): string {
  let out = "";
  let at = 0;
  for (let e = findElement(xml, name); e; e = findElement(xml, name, at)) {
    out += xml.slice(at, e.start);
    at = e.end;
  }
  return out + xml.slice(at);
}

/** The child elements of the element at `start` (its comments and text left out). */
export function children(xml: string, start: number): string[] {
  const end = elementEnd(xml, start);
  const openEnd = xml.indexOf(">", start) + 1;
  if (xml[openEnd - 2] === "/") return [];
  const found: string[] = [];
  let at = openEnd;
  while (at < end) {
    const lt = xml.indexOf("<", at);
    if (lt === -1 || lt >= end || xml[lt + 1] === "/") break;
    if (xml[lt + 1] === "!" || xml[lt + 1] === "?") {
      TAG.lastIndex = lt;
      TAG.exec(xml);
      at = TAG.lastIndex;
      continue;
    }
    const childEnd = elementEnd(xml, lt);
    found.push(xml.slice(lt, childEnd));
    at = childEnd;
  }
  return found;
}

/** An attribute of an element's start tag (`w:val` of `<w:sz w:val="32"/>`), undefined when absent. */
export function attribute(element: string, name: string): string | undefined {
  const tagEnd = element.indexOf(">");
  const tag = element.slice(0, tagEnd === -1 ? element.length : tagEnd);
  const m = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}="([^"]*)"`).exec(tag);
  return m?.[1];
}

/** The text of a paragraph's runs (w:t), as Word shows it. */
export function paragraphText(paragraph: string): string {
  let text = "";
  for (const m of paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) text += m[1] ?? "";
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
