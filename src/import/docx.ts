/**
 * A .docx's paragraphs and tables, in order, with the hints the recogniser uses: the heading level
 * of the paragraph's style or outline level, its alignment, the title style, the run-in heading set
 * in a heading font (黑体, 楷体, or bold), and the number Word adds from numbering.xml. Read with
 * our own small XML reader over fflate's inflate rather than a Word library: the libraries that read
 * .docx (mammoth and the like) turn it into HTML and drop the styles' outline levels, run fonts and
 * numbering this needs, and each brings its own zip and XML stack without the limits a hostile file
 * calls for. Nothing outside the package is ever followed: an external relationship is ignored.
 *
 * What has no place in a data file is listed (`unplaced`) with its paragraph: a text box's text is
 * kept as paragraphs where it stood, an image, a footnote or a comment is named with its text,
 * tracked changes are read as accepted.
 */
import type { HeadingLevel } from "../model.js";
import type { ImportedBlock, ImportedDocument, ParagraphHints, Unplaced } from "./document.js";
import { MAX_IMPORT_PARAGRAPHS } from "./limits.js";
import { Numbering } from "./numbering.js";
import { readXml, type XmlHandler } from "./xml.js";
import { ZipReader, ZipRefused } from "./zip-read.js";

interface StyleFacts {
  name?: string;
  basedOn?: string;
  outline?: number;
  align?: string;
  numId?: string;
  ilvl?: number;
  font?: string;
  bold?: boolean;
}

export function readDocx(bytes: Uint8Array): ImportedDocument {
  const zip = new ZipReader(bytes);
  const rels = relationships(zip.text("word/_rels/document.xml.rels"));
  const part = (type: string, fallback: string) => {
    const target = [...rels.values()].find((r) => r.type.endsWith(`/${type}`) && !r.external)?.target;
    return zip.text(target ? `word/${target.replace(/^\/?word\//, "").replace(/^\//, "")}` : fallback);
  };
  const document = part("officeDocument", "word/document.xml") ?? zip.text("word/document.xml");
  if (document === undefined) throw new ZipRefused("notZip", "word/document.xml");
  const styles = readStyles(part("styles", "word/styles.xml"));
  const numbering = new Numbering(part("numbering", "word/numbering.xml"));
  const notes = {
    footnote: noteTexts(part("footnotes", "word/footnotes.xml"), "w:footnote"),
    comment: noteTexts(part("comments", "word/comments.xml"), "w:comment"),
  };
  return readBody(document, styles, numbering, notes);
}

function relationships(xml: string | undefined): Map<string, { type: string; target: string; external: boolean }> {
  const map = new Map<string, { type: string; target: string; external: boolean }>();
  if (!xml) return map;
  readXml(xml, {
    open: (name, a) => {
      if (name === "Relationship")
        map.set(a.Id ?? "", { type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External" });
    },
    close: () => {},
    text: () => {},
  });
  return map;
}

function readStyles(xml: string | undefined): (id: string | undefined) => StyleFacts {
  const styles = new Map<string, StyleFacts>();
  let current: StyleFacts | undefined;
  if (xml)
    readXml(xml, {
      open: (name, a) => {
        if (name === "w:style") {
          current = {};
          styles.set(a["w:styleId"] ?? "", current);
        } else if (current) properties(current, name, a);
      },
      close: (name) => {
        if (name === "w:style") current = undefined;
      },
      text: () => {},
    });
  // A style's facts with those of the styles it is based on (a chain of at most a few, loops cut).
  return (id) => {
    const chain: StyleFacts[] = [];
    for (let at = id, n = 0; at !== undefined && n < 16; n++) {
      const style = styles.get(at);
      if (!style) break;
      chain.push(style);
      at = style.basedOn;
    }
    return Object.assign({}, ...chain.reverse()) as StyleFacts;
  };
}

/** Paragraph and run properties shared by styles and paragraphs. */
function properties(into: StyleFacts, name: string, a: Readonly<Record<string, string>>): void {
  // By local name: the prefix is whatever the producer declared (w: in Word and LibreOffice).
  switch (name.slice(name.indexOf(":") + 1)) {
    case "name":
      into.name = a["w:val"];
      break;
    case "basedOn":
      into.basedOn = a["w:val"];
      break;
    case "outlineLvl":
      into.outline = Number(a["w:val"]);
      break;
    case "jc":
      into.align = a["w:val"];
      break;
    case "numId":
      into.numId = a["w:val"];
      break;
    case "ilvl":
      into.ilvl = Number(a["w:val"]);
      break;
    case "rFonts":
      into.font = a["w:eastAsia"] ?? a["w:ascii"] ?? a["w:hAnsi"] ?? into.font;
      break;
    case "b":
      into.bold = a["w:val"] !== "0" && a["w:val"] !== "false";
      break;
  }
}

function noteTexts(xml: string | undefined, element: string): Map<string, string> {
  const map = new Map<string, string>();
  if (!xml) return map;
  let id: string | undefined;
  let text = "";
  readXml(xml, {
    open: (name, a) => {
      if (name === element) {
        id = a["w:id"];
        text = "";
      }
    },
    close: (name) => {
      if (name === element && id !== undefined) map.set(id, text.trim());
      else if (name === "w:p" && id !== undefined && text) text += " ";
    },
    text: (t) => {
      if (id !== undefined) text += t;
    },
  });
  return map;
}

const HEADING_FONT = /黑体|楷体|Hei|Kai|方正小标宋|小标宋/i;

interface Run {
  text: string;
  heading: boolean;
}

interface OpenParagraph {
  props: StyleFacts;
  runProps: StyleFacts;
  runs: Run[];
  current?: Run;
  joinNext: boolean;
  inRunProps: boolean;
  inParagraphMark: boolean;
}

function readBody(
  xml: string,
  styleOf: (id: string | undefined) => StyleFacts,
  numbering: Numbering,
  notes: { footnote: Map<string, string>; comment: Map<string, string> },
): ImportedDocument {
  const blocks: ImportedBlock[] = [];
  const unplaced: Unplaced[] = [];
  const stack: OpenParagraph[] = [];
  const tables: { rows: string[][]; row?: string[]; cell?: string[] }[] = [];
  const textBoxes: ImportedBlock[][] = [];
  let skip = 0; // inside a deleted run, a field code, or a compatibility fallback
  let styleId: string | undefined;
  let pending: Run[] | undefined; // a paragraph joined to the next (Word's style separator)
  let where = 0;
  let count = 0;

  const finish = (p: OpenParagraph): void => {
    const runs = pending ? [...pending, ...p.runs] : p.runs;
    pending = undefined;
    if (p.joinNext) {
      pending = runs;
      return;
    }
    const style = styleOf(p.props.basedOn);
    const facts = { ...style, ...p.props };
    const numId = p.props.numId ?? style.numId;
    const label = numId ? numbering.label(numId, p.props.ilvl ?? style.ilvl ?? 0) : "";
    const text = label + runs.map((r) => r.text).join("");
    if (++count > MAX_IMPORT_PARAGRAPHS) throw new ZipRefused("tooLarge", "word/document.xml");
    const table = tables.at(-1);
    if (table?.cell) {
      table.cell.push(text);
      return;
    }
    if (textBoxes.length === 0) where++;
    const block: ImportedBlock = { kind: "paragraph", text, where, hints: hints(facts, runs, label) };
    (textBoxes.at(-1) ?? blocks).push(block);
  };

  const handler: XmlHandler = {
    open(name, a, selfClosing) {
      if (skip > 0) {
        if (!selfClosing) skip++;
        return;
      }
      const p = stack.at(-1);
      switch (name) {
        case "mc:Fallback":
        case "w:instrText":
        case "w:delText":
          if (!selfClosing) skip = 1;
          return;
        case "w:del":
        case "w:moveFrom":
          unplaced.push({ what: "trackedChange", where: where + 1, text: "" });
          if (!selfClosing) skip = 1;
          return;
        case "w:ins":
        case "w:moveTo":
          unplaced.push({ what: "trackedChange", where: where + 1, text: "" });
          return;
        case "w:txbxContent":
          textBoxes.push([]);
          return;
        case "w:p":
          stack.push({ props: {}, runProps: {}, runs: [], joinNext: false, inRunProps: false, inParagraphMark: false });
          return;
        case "w:pStyle":
          if (p) p.props.basedOn = a["w:val"];
          return;
        case "w:tbl":
          tables.push({ rows: [] });
          return;
        case "w:tr":
          if (tables.at(-1)) tables.at(-1)!.row = [];
          return;
        case "w:tc":
          if (tables.at(-1)) tables.at(-1)!.cell = [];
          return;
        case "w:drawing":
        case "w:pict":
        case "w:object":
          if (!hasTextBox(name))
            unplaced.push({ what: name === "w:object" ? "object" : "image", where: where + 1, text: "" });
          return;
        case "w:footnoteReference":
        case "w:endnoteReference":
          unplaced.push({ what: "footnote", where: where + 1, text: notes.footnote.get(a["w:id"] ?? "") ?? "" });
          return;
        case "w:commentReference":
          unplaced.push({ what: "comment", where: where + 1, text: notes.comment.get(a["w:id"] ?? "") ?? "" });
          return;
      }
      if (!p) return;
      if (name === "w:pPr") return;
      if (name === "w:rPr") {
        if (!p.current) p.inParagraphMark = true;
        p.inRunProps = true;
        return;
      }
      if (name === "w:r") {
        p.current = { text: "", heading: false };
        p.runProps = {};
        return;
      }
      if (p.inRunProps) {
        if (p.inParagraphMark) {
          if (name === "w:specVanish") p.joinNext = true;
          return;
        }
        if (name === "w:rStyle") styleId = a["w:val"];
        properties(p.runProps, name, a);
        return;
      }
      if (name === "w:tab" && p.current) p.current.text += "\t";
      else if (!p.current) properties(p.props, name, a);
    },
    close(name) {
      if (skip > 0) {
        skip--;
        return;
      }
      const p = stack.at(-1);
      if (name === "w:rPr" && p) {
        p.inRunProps = false;
        p.inParagraphMark = false;
        if (p.current) {
          const style = styleOf(styleId);
          styleId = undefined;
          const font = p.runProps.font ?? style.font ?? "";
          p.current.heading = HEADING_FONT.test(font) || (p.runProps.bold ?? style.bold ?? false);
        }
      } else if (name === "w:r" && p?.current) {
        if (p.current.text) p.runs.push(p.current);
        p.current = undefined;
      } else if (name === "w:p" && p) {
        stack.pop();
        finish(p);
      } else if (name === "w:txbxContent") {
        const boxed = textBoxes.pop() ?? [];
        for (const block of boxed) {
          if (block.kind === "paragraph") unplaced.push({ what: "textBox", where: where + 1, text: block.text });
        }
        deferred.push(...boxed);
      } else if (name === "w:tc") {
        const table = tables.at(-1);
        if (table?.row && table.cell) table.row.push(table.cell.join(""));
        if (table) table.cell = undefined;
      } else if (name === "w:tr") {
        const table = tables.at(-1);
        if (table?.row) table.rows.push(table.row);
        if (table) table.row = undefined;
      } else if (name === "w:tbl") {
        const table = tables.pop();
        if (table) {
          where++;
          const outer = tables.at(-1);
          // A table in a table's cell is read as its cells' text.
          if (outer?.cell) outer.cell.push(table.rows.map((r) => r.join(" ")).join(" "));
          else blocks.push({ kind: "table", rows: table.rows, where });
        }
      }
      // Text boxes' paragraphs go after the paragraph that anchors them.
      if (name === "w:p" && stack.length === 0 && deferred.length > 0) {
        for (const block of deferred.splice(0)) blocks.push({ ...block, where: ++where });
      }
    },
    text(t) {
      if (skip > 0) return;
      const p = stack.at(-1);
      if (p?.current && !p.inRunProps) p.current.text += t;
    },
  };
  const deferred: ImportedBlock[] = [];
  // A drawing or picture that holds a text box is a text box, not an image: look ahead for it.
  let xmlText = xml;
  const hasTextBox = (name: string): boolean => {
    const end = xmlText.indexOf(`</${name}>`, position);
    const box = xmlText.indexOf("txbxContent", position);
    return box !== -1 && (end === -1 || box < end);
  };
  let position = 0;
  readXml(xml, {
    open: (name, a, selfClosing) => {
      if (name === "w:drawing" || name === "w:pict" || name === "w:object")
        position = xmlText.indexOf(`<${name}`, position) + 1;
      handler.open(name, a, selfClosing);
    },
    close: (name) => handler.close(name),
    text: (t) => handler.text(t),
  });
  xmlText = "";
  return { blocks, unplaced: dedupe(unplaced) };
}

/** One tracked-change warning a paragraph, however many insertions and deletions it has. */
function dedupe(list: Unplaced[]): Unplaced[] {
  const seen = new Set<string>();
  return list.filter((u) => {
    if (u.what !== "trackedChange") return true;
    const key = `${u.where}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const HEADING_STYLE = /^(?:heading|标题)\s*([1-9])$/i;

function hints(facts: StyleFacts, runs: readonly Run[], label: string): ParagraphHints {
  const name = facts.name ?? "";
  const byName = HEADING_STYLE.exec(name)?.[1];
  const outline = facts.outline !== undefined && facts.outline < 9 ? facts.outline + 1 : undefined;
  const levelNumber = byName ? Number(byName) : outline;
  const level =
    levelNumber !== undefined && levelNumber >= 1 && levelNumber <= 4 ? (levelNumber as HeadingLevel) : undefined;
  const title = /^(?:title|标题)$/i.test(name) || facts.basedOn === "Title";
  const align =
    facts.align === "center" ? "center" : facts.align === "right" || facts.align === "end" ? "right" : undefined;
  // The leading runs in a heading font, when body text in another font follows them.
  let lead = "";
  let i = 0;
  while (i < runs.length && runs[i]?.heading) lead += runs[i++]?.text ?? "";
  const rest = runs.slice(i).some((r) => !r.heading && r.text.trim());
  return {
    ...(level ? { level } : {}),
    ...(title ? { title } : {}),
    ...(align ? { align } : {}),
    ...(lead && rest ? { lead: label + lead } : {}),
  };
}
