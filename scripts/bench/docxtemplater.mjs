// The comparison of the benchmark: the same documents filled by docxtemplater in one process, from
// a Word template made from our own output (each text run's text replaced by a tag).
import { readFileSync } from "node:fs";
import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";

/** A template and the data that fills it back, from one .docx: one tag per `<w:t>`. */
export function templateFrom(docx) {
  const zip = new PizZip(docx);
  const texts = [];
  const xml = zip
    .file("word/document.xml")
    .asText()
    .replace(
      /(<w:t(?: [^>]*)?>)([^<]*)(<\/w:t>)/g,
      (_, open, text, close) => `${open}{t${texts.push(text) - 1}}${close}`,
    );
  zip.file("word/document.xml", xml);
  const unescape = (s) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return {
    template: zip.generate({ type: "nodebuffer" }),
    data: Object.fromEntries(texts.map((t, i) => [`t${i}`, unescape(t)])),
  };
}

/**
 * A template as a docxtemplater user would keep it: report's own document with a tag at each blank
 * (each highlighted run's text, `X` in a draft), and the data that fills the blanks back.
 */
export function blankTemplateFrom(docx) {
  const zip = new PizZip(docx);
  let blanks = 0;
  const xml = zip
    .file("word/document.xml")
    .asText()
    .replace(
      /(<w:highlight w:val="yellow"\/><\/w:rPr><w:t(?: [^>]*)?>)X(<\/w:t>)/g,
      (_, open, close) => `${open}{b${blanks++}}${close}`,
    );
  zip.file("word/document.xml", xml);
  return {
    template: zip.generate({ type: "nodebuffer" }),
    data: Object.fromEntries(Array.from({ length: blanks }, (_, i) => [`b${i}`, "X"])),
    blanks,
  };
}

/** Milliseconds per document over `count` renders of `docxPath` (one tag per text run), after a warm-up. */
export function perDocumentMs(docxPath, count) {
  return perDocumentMsOf(templateFrom(readFileSync(docxPath)), count);
}

/** Milliseconds per document over `count` renders of a template with its data, after a warm-up. */
export function perDocumentMsOf({ template, data }, count) {
  const render = () => {
    const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: false });
    doc.render(data);
    return doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" });
  };
  for (let i = 0; i < 20; i++) render();
  const start = performance.now();
  for (let i = 0; i < count; i++) render();
  return (performance.now() - start) / count;
}
