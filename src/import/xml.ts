/**
 * A small XML reader for the parts of a Word file: one pass over the text, calling back for each
 * element opened and closed and each piece of text. It knows what those parts need and nothing
 * more — the five predefined entities and character references. A DOCTYPE (where entities, and
 * with them the billion laughs and external files, are declared) is refused, not read; so is
 * nesting deeper than MAX_XML_DEPTH. Every scan is linear in the text's length.
 */
import { MAX_XML_DEPTH } from "./limits.js";

export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

/** Why a part could not be read: its XML is broken, declares a DOCTYPE, or nests too deep. */
export class XmlRefused extends Error {
  constructor(readonly reason: "broken" | "doctype" | "depth") {
    super(reason);
  }
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, name: string) => {
    if (name.startsWith("#x")) return codePoint(Number.parseInt(name.slice(2), 16)) ?? whole;
    if (name.startsWith("#")) return codePoint(Number.parseInt(name.slice(1), 10)) ?? whole;
    return ENTITIES[name] ?? whole;
  });
}

function codePoint(n: number): string | undefined {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

const MAX_TAG_CHARS = 65_536;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

export function readXml(xml: string, handler: XmlHandler): void {
  let depth = 0;
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf("<", at);
    if (lt === -1) {
      if (depth > 0) handler.text(decodeEntities(xml.slice(at)));
      break;
    }
    if (lt > at && depth > 0) handler.text(decodeEntities(xml.slice(at, lt)));
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      at = end(xml, "?>", lt) + 2;
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith("<!--", lt)) at = end(xml, "-->", lt) + 3;
      else if (xml.startsWith("<![CDATA[", lt)) {
        const close = end(xml, "]]>", lt);
        if (depth > 0) handler.text(xml.slice(lt + 9, close));
        at = close + 3;
      } else throw new XmlRefused("doctype");
    } else if (next === 0x2f /* / */) {
      const gt = end(xml, ">", lt);
      handler.close(xml.slice(lt + 2, gt).trim());
      depth--;
      if (depth < 0) throw new XmlRefused("broken");
      at = gt + 1;
    } else {
      const gt = end(xml, ">", lt);
      // A real tag is short; a long one is junk, and scanning its attributes would not be linear.
      if (gt - lt > MAX_TAG_CHARS) throw new XmlRefused("broken");
      const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
      const inner = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const space = inner.search(/\s/);
      const name = space === -1 ? inner : inner.slice(0, space);
      const attributes: Record<string, string> = {};
      if (space !== -1) {
        for (const m of inner.slice(space).matchAll(ATTRIBUTE)) {
          attributes[m[1] ?? ""] = decodeEntities(m[3] ?? m[4] ?? "");
        }
      }
      if (!selfClosing && ++depth > MAX_XML_DEPTH) throw new XmlRefused("depth");
      handler.open(name, attributes, selfClosing);
      if (selfClosing) handler.close(name);
      at = gt + 1;
    }
  }
  if (depth !== 0) throw new XmlRefused("broken");
}

function end(xml: string, token: string, from: number): number {
  const at = xml.indexOf(token, from);
  if (at === -1) throw new XmlRefused("broken");
  return at;
}
