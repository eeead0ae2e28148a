/**
 * The reference's styles: the fonts and sizes of its Normal, Title and heading 1–4 (found by Word's
 * built-in names, whatever their ids: 中文 Word writes Normal as "a", heading 1 as "1") put on ours,
 * and any other style its copied content names brought along (its id renamed if ours has it).
 */
import { allElements, attribute, findElement, withoutElements } from "./scan.js";

/** Our styles the reference's fonts and sizes go onto, by Word's built-in names. */
export const MAPPED_STYLES = ["normal", "title", "heading 1", "heading 2", "heading 3", "heading 4"] as const;

/** The reference's styles that are ours of the same name; any other comes with its own look. */
const OUR_NAMES = new Set<string>([...MAPPED_STYLES, "header", "footer"]);

const FONT_SLOTS = ["ascii", "eastAsia", "hAnsi", "cs"] as const;

export interface RunLook {
  readonly fonts: Partial<Record<(typeof FONT_SLOTS)[number], string>>;
  readonly size?: string;
  readonly sizeCs?: string;
}

interface StyleEntry {
  readonly isDefault: boolean;
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly xml: string;
}

function entries(styles: string): StyleEntry[] {
  return allElements(styles, "w:style").map((xml) => ({
    xml,
    isDefault: /^(?:1|true|on)$/.test(attribute(xml, "w:default") ?? ""),
    id: attribute(xml, "w:styleId") ?? "",
    type: attribute(xml, "w:type") ?? "paragraph",
    name: (attribute(findElement(xml, "w:name")?.xml ?? "", "w:val") ?? "").toLowerCase(),
  }));
}

function ownLook(rPrHolder: string | undefined): RunLook {
  const rPr = rPrHolder === undefined ? undefined : findElement(rPrHolder, "w:rPr")?.xml;
  if (!rPr) return { fonts: {} };
  const rFonts = findElement(rPr, "w:rFonts")?.xml ?? "";
  const fonts: Record<string, string> = {};
  for (const slot of FONT_SLOTS) {
    const value = attribute(rFonts, `w:${slot}`);
    if (value) fonts[slot] = value;
  }
  const size = attribute(findElement(rPr, "w:sz")?.xml ?? "", "w:val");
  const sizeCs = attribute(findElement(rPr, "w:szCs")?.xml ?? "", "w:val");
  return { fonts, ...(size ? { size } : {}), ...(sizeCs ? { sizeCs } : {}) };
}

/** What is set nearer wins: the style, then what it is based on, then the document defaults. */
function under(near: RunLook, far: RunLook): RunLook {
  const size = near.size ?? far.size;
  const sizeCs = near.sizeCs ?? far.sizeCs;
  return { fonts: { ...far.fonts, ...near.fonts }, ...(size ? { size } : {}), ...(sizeCs ? { sizeCs } : {}) };
}

/** The fonts and size a reference style's text is set in (basedOn followed, docDefaults last). */
export function referenceLooks(styles: string | undefined): Map<string, RunLook> {
  const looks = new Map<string, RunLook>();
  if (!styles) return looks;
  const all = entries(styles);
  const byId = new Map(all.map((s) => [s.id, s]));
  const defaults = ownLook(findElement(styles, "w:rPrDefault")?.xml);
  const effective = (style: StyleEntry | undefined, seen: Set<string>): RunLook => {
    if (!style || seen.has(style.id)) return defaults;
    seen.add(style.id);
    const basedOn = attribute(findElement(style.xml, "w:basedOn")?.xml ?? "", "w:val");
    return under(ownLook(style.xml), effective(basedOn === undefined ? undefined : byId.get(basedOn), seen));
  };
  for (const name of MAPPED_STYLES) {
    const style = all.find((s) => s.type === "paragraph" && s.name === name);
    if (style) looks.set(name, effective(style, new Set()));
  }
  return looks;
}

function withLook(holder: string, look: RunLook): string {
  return holder.replace(/<w:rPr>[\s\S]*?<\/w:rPr>|<w:rPr\/>/, (rPr) => {
    let out = rPr === "<w:rPr/>" ? "<w:rPr></w:rPr>" : rPr;
    for (const [slot, font] of Object.entries(look.fonts)) {
      const attr = ` w:${slot}="${font}"`;
      out = out.includes("<w:rFonts")
        ? out.replace(/<w:rFonts\b[^>]*?(\/?)>/, (tag) =>
            new RegExp(`\\sw:${slot}="`).test(tag)
              ? tag.replace(new RegExp(`\\sw:${slot}="[^"]*"`), attr)
              : tag.replace(/<w:rFonts/, `<w:rFonts${attr}`),
          )
        : out.replace("<w:rPr>", `<w:rPr><w:rFonts${attr}/>`);
      // A theme font set for the same slot would win over the name: it goes.
      out = out.replace(new RegExp(`\\sw:${slot === "cs" ? "cstheme" : `${slot}Theme`}="[^"]*"`), "");
    }
    if (look.size) out = out.replace(/<w:sz w:val="\d+"\/>/, `<w:sz w:val="${look.size}"/>`);
    if (look.size || look.sizeCs)
      out = out.replace(/<w:szCs w:val="\d+"\/>/, `<w:szCs w:val="${look.sizeCs ?? look.size ?? ""}"/>`);
    return out;
  });
}

/**
 * Our styles.xml with the reference's looks: each mapped style takes its counterpart's fonts and
 * size; every other style of ours set in the body's face (or the title's) takes the reference's
 * body face (or title face), so a 落款 or a table's text stays in the body's font; the document
 * defaults take the body's face.
 */
export function withReferenceLooks(ours: string, looks: ReadonlyMap<string, RunLook>): string {
  if (looks.size === 0) return ours;
  const all = entries(ours);
  const faceOf = (name: string) => ownLook(all.find((s) => s.name === name)?.xml).fonts.eastAsia;
  const faces = new Map<string, RunLook>();
  for (const name of ["normal", "title"] as const) {
    const face = faceOf(name);
    const look = looks.get(name);
    if (face && look) faces.set(face, { fonts: look.fonts });
  }
  let out = ours;
  for (const style of all) {
    const mapped = looks.get(style.name);
    const byFace = faces.get(ownLook(style.xml).fonts.eastAsia ?? "");
    const look = mapped ?? byFace;
    if (look) out = out.replace(style.xml, () => withLook(style.xml, look));
  }
  const body = looks.get("normal");
  if (body) {
    const defaults = findElement(out, "w:rPrDefault")?.xml;
    if (defaults) out = out.replace(defaults, () => withLook(defaults, { fonts: body.fonts }));
  }
  return out;
}

/**
 * Maps the reference's style ids onto ours: its Normal, Title, heading 1–4, header, footer and
 * default styles are ours of the same name (which took its fonts); any other (a 红头 style) is copied
 * into our styles.xml, under a new id when ours has the id already, with what it is based on, its
 * next and its linked style mapped the same way.
 */
export class StyleMapper {
  private readonly ours: Map<string, string>;
  private readonly ourIds: Set<string>;
  private readonly theirs: Map<string, StyleEntry>;
  private readonly mapped = new Map<string, string>();
  private readonly copies: string[] = [];

  constructor(ourStyles: string, referenceStyles: string | undefined) {
    const own = entries(ourStyles);
    this.ours = new Map(own.map((s) => [`${s.type}:${s.name}`, s.id]));
    this.ourIds = new Set(own.map((s) => s.id));
    this.theirs = new Map(entries(referenceStyles ?? "").map((s) => [s.id, s]));
  }

  /** Our id for the reference's style `id` (copying it in when we have none like it). */
  map(id: string): string {
    const known = this.mapped.get(id);
    if (known !== undefined) return known;
    const style = this.theirs.get(id);
    if (!style) return id;
    // Its body styles and its defaults are ours (with its fonts), and so are its header and footer
    // styles: ours keep the header and the page number where the standard's page has room for
    // them (its footer style on our Normal's exact 28.95 pt lines would push into the text block).
    // The rest (a 红头 style) keep their own look, as the letterhead was drawn in them.
    const ours = OUR_NAMES.has(style.name) || style.isDefault;
    const same = ours ? this.ours.get(`${style.type}:${style.name}`) : undefined;
    if (same !== undefined) {
      this.mapped.set(id, same);
      return same;
    }
    let newId = this.ourIds.has(id) ? `Ref${id}` : id;
    while (this.ourIds.has(newId) && newId !== id) newId = `Ref${newId}`;
    this.ourIds.add(newId);
    this.mapped.set(id, newId);
    const xml = withoutElements(style.xml, "w:numPr")
      .replace(/\sw:styleId="[^"]*"/, ` w:styleId="${newId}"`)
      .replace(/\sw:default="[^"]*"/, "")
      .replace(/<w:(basedOn|next|link) w:val="([^"]*)"\/>/g, (_, what: string, val: string) =>
        this.theirs.has(val) ? `<w:${what} w:val="${this.map(val)}"/>` : "",
      );
    this.copies.push(xml);
    return newId;
  }

  /** Every style reference in `xml` (a paragraph's, a run's, a table's) mapped. */
  mapReferences(xml: string): string {
    return xml.replace(
      /<w:(pStyle|rStyle|tblStyle) w:val="([^"]*)"\/>/g,
      (_, what: string, val: string) => `<w:${what} w:val="${this.map(val)}"/>`,
    );
  }

  /** Our styles.xml with the copied styles added. */
  finish(ourStyles: string): string {
    return this.copies.length === 0
      ? ourStyles
      : ourStyles.replace("</w:styles>", `${this.copies.join("")}</w:styles>`);
  }
}
