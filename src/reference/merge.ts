/**
 * Our finished .docx + the office's own Word file → the .docx with the office's page set-up (page.ts),
 * its styles' fonts and sizes (styles.ts), its headers and footers, and its letterhead block
 * (letterhead.ts) around our content. Whatever the reference lacks stays ours: a reference without
 * footers keeps our page numbers, one without styles our fonts, one with the standard's page our
 * 22 × 28 grid. The content always comes from the data file.
 */
import { ZipReader } from "../import/zip-read.js";
import { packageEntry, zipPackage } from "../write/docx/deterministic-zip.js";
import { ContentCopier, type NewRelationship } from "./content.js";
import { letterheadOf } from "./letterhead.js";
import { pageSetUp, samePage, withPage } from "./page.js";
import type { ReferenceFile } from "./read.js";
import {
  EMPTY_RELS,
  relationshipTargets,
  relsPath,
  withFonts,
  withNamespaces,
  withOverrides,
  withoutOverrides,
  withoutRelationships,
  withRelationships,
} from "./package.js";
import { allElements, attribute, findElement } from "./scan.js";
import { referenceLooks, StyleMapper, withReferenceLooks } from "./styles.js";

const DOCUMENT = "word/document.xml";
const DOCUMENT_RELS = "word/_rels/document.xml.rels";
const STYLES = "word/styles.xml";
const FONT_TABLE = "word/fontTable.xml";
const CONTENT_TYPES = "[Content_Types].xml";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

type Kind = "header" | "footer";
type Slot = "default" | "even" | "first";

export interface MergeOptions {
  /** A draft keeps its 草稿 mark: our header's paragraphs go above the reference's own header. */
  readonly final: boolean;
}

export function withReference(docx: Uint8Array, reference: ReferenceFile, options: MergeOptions): Uint8Array {
  const zip = new ZipReader(docx);
  const names = [...zip.entries.values()].map((e) => e.name);
  const parts = new Map(names.map((name) => [name, zip.read(name) ?? new Uint8Array()]));
  const text = (name: string) => new TextDecoder().decode(parts.get(name));
  const refDocRels = reference.relationships(reference.documentPath);
  const refPart = (type: string) => [...refDocRels.values()].find((r) => r.type === REL_TYPE + type && !r.external);
  const refStylesPath = refPart("styles")?.target;
  const refStyles = refStylesPath ? reference.xml(refStylesPath) : undefined;

  const styles = new StyleMapper(text(STYLES), refStyles);
  const copier = new ContentCopier(reference, styles, new Set(names));
  const docRels: NewRelationship[] = [];
  let document = text(DOCUMENT);
  const newParts: { path: string; xml: string; rels: NewRelationship[]; contentType: string }[] = [];

  // The letterhead block around our content.
  const { before, after } = letterheadOf(reference.document);
  const copy = (blocks: readonly string[]) => copier.copy(blocks.join(""), reference.documentPath, DOCUMENT, docRels);
  const bodyOpen = document.indexOf(">", document.indexOf("<w:body")) + 1;
  const lastSectPr = document.lastIndexOf("<w:sectPr");
  document =
    document.slice(0, bodyOpen) +
    copy(before) +
    document.slice(bodyOpen, lastSectPr) +
    copy(after) +
    document.slice(lastSectPr);
  document = withNamespaces(document, reference.document);

  // The page set-up and the headers and footers, in every section of ours.
  const refSectPr = lastElement(reference.document, "w:sectPr");
  const theirPage = refSectPr ? pageSetUp(refSectPr) : undefined;
  const ourSectPrs = allSectPrs(document);
  const ourPage = ourSectPrs[0] ? pageSetUp(ourSectPrs[0]) : undefined;
  const page = theirPage && ourPage && !samePage(ourPage, theirPage) ? theirPage : undefined;
  const refSettingsPath = refPart("settings")?.target;
  const refEvenAndOdd =
    (refSettingsPath ? reference.xml(refSettingsPath) : "")?.includes("<w:evenAndOddHeaders") ?? false;
  const refTitlePage = refSectPr !== undefined && /<w:titlePg(?:\s+w:val="(?:1|true|on)")?\s*\/>/.test(refSectPr);
  const ourRels = relationshipTargets(text(DOCUMENT_RELS));
  let partNumber = Math.max(0, ...names.map((n) => Number(/^word\/(?:header|footer)(\d+)\.xml$/.exec(n)?.[1] ?? 0)));
  let relNumber = 0;
  const copiedFurniture = new Map<string, string>();

  const furniture = (kind: Kind, refPath: string, ourPart: string | undefined): string => {
    // A draft's header holds its 草稿 mark: kept, above the reference's own header.
    const ours = !options.final && kind === "header" ? ourPart : undefined;
    const key = `${refPath}\n${ours ?? ""}`;
    const known = copiedFurniture.get(key);
    if (known) return known;
    const path = `word/${kind}${++partNumber}.xml`;
    const rels: NewRelationship[] = [];
    let xml = copier.copy(reference.xml(refPath) ?? "", refPath, path, rels);
    const ourParagraphs = ours ? bodyOf(text(ours), "w:hdr") : "";
    if (ourParagraphs) {
      const open = xml.indexOf(">", xml.indexOf("<w:hdr")) + 1;
      xml = xml.slice(0, open) + ourParagraphs + xml.slice(open);
    }
    newParts.push({ path, xml, rels, contentType: `${CONTENT_TYPE}${kind}+xml` });
    const id = `rIdRefPart${++relNumber}`;
    docRels.push({ id, type: REL_TYPE + kind, target: path.slice("word/".length) });
    copiedFurniture.set(key, id);
    return id;
  };

  const theirFurniture = (kind: Kind): Map<Slot, string> => {
    const found = new Map<Slot, string>();
    for (const ref of allElements(refSectPr ?? "", `w:${kind}Reference`)) {
      const target = refDocRels.get(attribute(ref, "r:id") ?? "");
      const slot = attribute(ref, "w:type") as Slot | undefined;
      if (target && !target.external && slot) found.set(slot, target.target);
    }
    return found;
  };
  const theirs = { header: theirFurniture("header"), footer: theirFurniture("footer") };

  document = replaceSectPrs(document, (sectPr, index) => {
    let out = page ? withPage(sectPr, page) : sectPr;
    for (const kind of ["header", "footer"] as const) {
      const refs = theirs[kind];
      if (refs.size === 0) continue;
      const ourRefs = new Map<string, string>();
      for (const ref of allElements(out, `w:${kind}Reference`))
        ourRefs.set(attribute(ref, "w:type") ?? "", ourRels.get(attribute(ref, "r:id") ?? "") ?? "");
      out = out.replace(new RegExp(`<w:${kind}Reference\\b[^>]*/>`, "g"), "");
      const slots: [Slot, string | undefined][] = [
        ["default", refs.get("default")],
        ["even", (refEvenAndOdd ? refs.get("even") : undefined) ?? refs.get("default")],
        ["first", index === 0 && refTitlePage ? refs.get("first") : undefined],
      ];
      const added = slots
        .filter((s): s is [Slot, string] => s[1] !== undefined)
        .map(([slot, refPath]) => {
          const ours = ourRefs.get(slot) ?? ourRefs.get("default");
          const id = furniture(kind, refPath, ours ? `word/${ours}` : undefined);
          return `<w:${kind}Reference w:type="${slot}" r:id="${id}"/>`;
        })
        .join("");
      out = out.replace(/^<w:sectPr\b[^>]*>/, (open) => open + added);
    }
    // Its footers print its page numbers as it numbers them (- 1 -, 一 …): its w:fmt with them.
    const format =
      theirs.footer.size > 0 ? attribute(findElement(refSectPr ?? "", "w:pgNumType")?.xml ?? "", "w:fmt") : undefined;
    if (format)
      out = out.replace(
        /<w:pgNumType\b[^>]*?\/>/,
        (tag) =>
          `<w:pgNumType w:fmt="${format}"${tag.replace(/^<w:pgNumType|\/>$/g, "").replace(/\sw:fmt="[^"]*"/, "")}/>`,
      );
    if (index === 0 && refTitlePage && !/<w:titlePg\b/.test(out))
      out = out.replace(
        /(<w:textDirection\b|<w:bidi\b|<w:rtlGutter\b|<w:docGrid\b|<w:printerSettings\b|<\/w:sectPr>)/,
        "<w:titlePg/>$1",
      );
    return out;
  });

  const looks = referenceLooks(refStyles);
  const stylesXml = withNamespaces(styles.finish(withReferenceLooks(text(STYLES), looks)), refStyles ?? "");
  const fontTablePath = refPart("fontTable")?.target;
  const fontTable = withFonts(text(FONT_TABLE), fontTablePath ? reference.xml(fontTablePath) : undefined, looks);

  // Our own headers and footers that no section shows any more are left out of the package.
  const shown = new Set([...document.matchAll(/<w:(?:header|footer)Reference\b[^>]*r:id="([^"]+)"/g)].map((m) => m[1]));
  const dropped = new Map(
    [...ourRels].filter(([id, target]) => /^(?:header|footer)\d+\.xml$/.test(target) && !shown.has(id)),
  );
  const droppedParts = new Set(
    [...dropped.values()].flatMap((target) => [`word/${target}`, relsPath(`word/${target}`)]),
  );

  const encoder = new TextEncoder();
  const changed = new Map<string, string>([
    [DOCUMENT, document],
    [STYLES, stylesXml],
    [FONT_TABLE, fontTable],
    [DOCUMENT_RELS, withRelationships(withoutRelationships(text(DOCUMENT_RELS), dropped), docRels)],
  ]);
  const overrides: [string, string][] = [];
  for (const part of newParts) {
    changed.set(part.path, part.xml);
    if (part.rels.length > 0) changed.set(relsPath(part.path), withRelationships(EMPTY_RELS, part.rels));
    overrides.push([part.path, part.contentType]);
  }
  for (const part of copier.newParts) overrides.push([part.path, part.contentType]);
  changed.set(CONTENT_TYPES, withOverrides(withoutOverrides(text(CONTENT_TYPES), droppedParts), overrides));

  const entries = names
    .filter((name) => !droppedParts.has(name))
    .map((name) => {
      const xml = changed.get(name);
      return packageEntry(name, xml === undefined ? (parts.get(name) ?? new Uint8Array()) : encoder.encode(xml));
    });
  for (const [name, xml] of changed) if (!parts.has(name)) entries.push(packageEntry(name, encoder.encode(xml)));
  for (const part of copier.newParts) entries.push(packageEntry(part.path, part.bytes));
  return zipPackage(entries);
}

function lastElement(xml: string, name: string): string | undefined {
  const at = xml.lastIndexOf(`<${name}`);
  return at === -1 ? undefined : findElement(xml, name, at)?.xml;
}

function allSectPrs(document: string): string[] {
  return allElements(document, "w:sectPr");
}

function replaceSectPrs(document: string, edit: (sectPr: string, index: number) => string): string {
  let out = "";
  let at = 0;
  let index = 0;
  for (let e = findElement(document, "w:sectPr"); e; e = findElement(document, "w:sectPr", at)) {
    out += document.slice(at, e.start) + edit(e.xml, index++);
    at = e.end;
  }
  return out + document.slice(at);
}

/** A header's or footer's paragraphs (and tables): what is inside its root element. */
function bodyOf(xml: string, root: string): string {
  const start = xml.indexOf(">", xml.indexOf(`<${root}`)) + 1;
  const end = xml.lastIndexOf(`</${root}>`);
  return start > 0 && end > start ? xml.slice(start, end) : "";
}
