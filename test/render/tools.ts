/**
 * The outside programs the render test drives: LibreOffice (.docx → PDF), poppler (text positions,
 * fonts, page images) and xmllint (schema validation). Each is looked for first, so a missing one is
 * reported by name with the package that provides it, not as a cryptic spawn error.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { DOMParser } from "@xmldom/xmldom";
import { unzipSync } from "fflate";
import { forLibreOffice } from "../../src/write/docx/for-libreoffice.js";
import { PDF_FILTER } from "../../src/write/pdf.js";
import { ROOT, runCli } from "../helpers.js";

const PACKAGES: Record<string, string> = {
  soffice: "libreoffice-writer",
  pdftotext: "poppler-utils",
  pdffonts: "poppler-utils",
  pdftoppm: "poppler-utils",
  xmllint: "libxml2-utils",
};

/** The OOXML schemas live beside the repository (../shared), as in CI's checkout. */
export const WML_SCHEMA = join(ROOT, "..", "shared", "ooxml-schemas", "microsoft", "wml-2010.xsd");
const FONTS_CONF = join(ROOT, "test", "render", "fonts.conf");

/** Every problem that would stop the suite, as sentences; empty when all is there. */
export function missingPrerequisites(): string[] {
  const missing = Object.entries(PACKAGES)
    .filter(([tool]) => spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0)
    .map(([tool, pkg]) => `${tool} not found: apt-get install -y ${pkg}`);
  if (!existsSync(WML_SCHEMA))
    missing.push(`OOXML schema not found at ${WML_SCHEMA} (the shared/ folder must sit beside the repository)`);
  return missing;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, { encoding: "utf8", env: { ...process.env, ...env }, timeout: 180_000 });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed (${result.status}): ${result.stderr || result.error}`);
  return result.stdout;
}

/** .docx → .pdf in `dir` through LibreOffice, with the GB font names drawn by Noto CJK. */
export function toPdf(docx: string, dir: string): string {
  const profile = pathToFileURL(join(dir, "lo-profile")).href;
  run(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", PDF_FILTER, "--outdir", dir, docx],
    { FONTCONFIG_FILE: FONTS_CONF },
  );
  const pdf = join(dir, basename(docx).replace(/\.docx$/, ".pdf"));
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${docx}`);
  return pdf;
}

/** .docx → .docx in `dir` through LibreOffice: the file as an office colleague using LibreOffice saves it again. */
export function resaveDocx(docx: string, dir: string): string {
  const profile = pathToFileURL(join(dir, "lo-profile")).href;
  const args = [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "docx:MS Word 2007 XML"];
  run("soffice", [...args, "--outdir", dir, docx], { FONTCONFIG_FILE: FONTS_CONF });
  const saved = join(dir, basename(docx));
  if (!existsSync(saved)) throw new Error(`LibreOffice saved no .docx for ${docx}`);
  return saved;
}

/**
 * A copy of `docx` in `dir` that LibreOffice lays out as Word lays out the original: the copy
 * `--format pdf` converts too (src/write/docx/for-libreoffice.ts says what it changes and why).
 */
export function asWordLaysOut(docx: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const copy = join(dir, basename(docx));
  writeFileSync(copy, forLibreOffice(readFileSync(docx)));
  return copy;
}

/** `docx` printed as Word lays it out (asWordLaysOut's copy, in as-word/ beside it): the PDF's path, beside `docx`. */
export function printedAsWord(docx: string): string {
  return toPdf(asWordLaysOut(docx, join(dirname(docx), "as-word")), dirname(docx));
}

/** `report build <data> <args> -o <docx>`, then printedAsWord: the PDF's path; a failed build throws its output. */
export function builtAndPrinted(data: string, docx: string, args: readonly string[] = []): string {
  const built = runCli(["build", data, ...args, "-o", docx]);
  if (built.status !== 0) throw new Error(`report build ${basename(data)} failed: ${built.stderr}`);
  return printedAsWord(docx);
}

export const bboxLayout = (pdf: string): string => run("pdftotext", ["-bbox-layout", pdf, "-"]);

/** The names of the fonts the PDF embeds (pdffonts' first column, subset prefix removed). */
export function pdfFontNames(pdf: string): string[] {
  return run("pdffonts", [pdf])
    .split("\n")
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => (line.split(/\s+/)[0] ?? "").replace(/^[A-Z]{6}\+/, ""));
}

/** Page images for a person to look at: <dir>/<name>-<page>.png at 80 dpi. */
export const pagePngs = (pdf: string, dir: string, name: string): void =>
  void run("pdftoppm", ["-png", "-r", "80", pdf, join(dir, name)]);

/** xmllint's verdict on word/document.xml against the WordprocessingML schema; throws with its output if invalid. */
export function validateDocumentXml(docx: Uint8Array, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "document.xml");
  writeFileSync(file, unzipSync(docx)["word/document.xml"] ?? new Uint8Array());
  run("xmllint", ["--noout", "--schema", WML_SCHEMA, file]);
}

/** A piece of text the PDF draws in one font, in points from the page's top-left corner. */
export interface PdfSpan {
  readonly page: number;
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  /** The embedded font (subset prefix kept: two faces of one family are told apart by it). */
  readonly font: string;
}

/** The PDF's text in spans of one font each (pdftohtml -xml), whitespace removed. */
export function pdfSpans(pdf: string): PdfSpan[] {
  const xml = run("pdftohtml", ["-xml", "-i", "-stdout", "-q", "-zoom", "1", pdf]);
  const document = new DOMParser().parseFromString(xml.replace(/<!DOCTYPE[^>]*>/, ""), "text/xml");
  const fonts = new Map(
    Array.from(document.getElementsByTagName("fontspec")).map((f) => [f.getAttribute("id"), f.getAttribute("family")]),
  );
  return Array.from(document.getElementsByTagName("page")).flatMap((page) =>
    Array.from(page.getElementsByTagName("text")).map((text) => {
      const number = (name: string) => Number(text.getAttribute(name));
      return {
        page: Number(page.getAttribute("number")),
        text: (text.textContent ?? "").replace(/\s/g, ""),
        left: number("left"),
        right: number("left") + number("width"),
        top: number("top"),
        font: fonts.get(text.getAttribute("font")) ?? "",
      };
    }),
  );
}

/**
 * The PDF's outline (its bookmarks) in reading order, each with its depth (1 = top level): the
 * /Outlines tree walked by its /First and /Next entries, which LibreOffice writes as plain objects.
 */
export function pdfOutline(pdf: string): { title: string; depth: number }[] {
  const text = readFileSync(pdf).toString("latin1");
  const objects = new Map<number, string>();
  for (const [, id, body] of text.matchAll(/(\d+) 0 obj\s*(<<.*?>>)\s*endobj/gs)) objects.set(Number(id), body ?? "");
  const ref = (body: string | undefined, key: string) => {
    const id = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(body ?? "")?.[1];
    return id === undefined ? undefined : Number(id);
  };
  const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog/.test(body));
  const root = objects.get(ref(catalog, "Outlines") ?? -1);
  const found: { title: string; depth: number }[] = [];
  const walk = (first: number | undefined, depth: number) => {
    for (let id = first; id !== undefined; id = ref(objects.get(id), "Next")) {
      const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(objects.get(id) ?? "")?.[1] ?? "";
      found.push({ title: Buffer.from(hex, "hex").swap16().toString("utf16le"), depth });
      walk(ref(objects.get(id), "First"), depth + 1);
    }
  };
  walk(ref(root, "First"), 1);
  return found;
}
