/**
 * `report import` and the library's importDocument: a finished summary (.docx; .doc, .wps, .odt
 * through LibreOffice; .txt, .md) → a data file in the general form, laid out as `report init`
 * writes one, that builds back to the same text. Stages: read (docx.ts, text.ts, office.ts) →
 * recognise the structure (structure.ts) → figures (figures.ts) → the data file's text (init's
 * scaffold), checked by reading it back as any data file is read.
 */
import { BoundedReadProblem, readBounded } from "./read-bounded.js";
import { extname } from "node:path";
import { pathToFileURL } from "node:url";
import { diagnostic, ReportError, type Diagnostic } from "../errors.js";
import { scaffold } from "../init/scaffold.js";
import { parseSource } from "../load/source-file.js";
import { notFoundCode } from "../load/data-file.js";
import { checkSource } from "../pipeline.js";
import type { Summary } from "../summary/schema.js";
import { SCHEMA_PATH } from "../validate/json-schema.js";
import type { ImportedDocument, Unplaced } from "./document.js";
import { readDocx } from "./docx.js";
import { findFigures } from "./figures.js";
import { MAX_IMPORT_FILE_BYTES, MAX_PART_BYTES } from "./limits.js";
import { convertToDocx } from "./office.js";
import { recognise } from "./structure.js";
import { readText } from "./text.js";
import { XmlRefused } from "./xml.js";
import { isZip, ZipRefused } from "./zip-read.js";

export interface ImportOptions {
  /** Numbers with a unit become figures (default true); false keeps every number as text. */
  readonly figures?: boolean;
  /** Ready for the next year, as `report init --from` makes it: the year advanced, values moved to `last`. */
  readonly nextYear?: boolean;
  /** The year when the document does not say (its title and closing are read first). */
  readonly year?: number;
  /** Where the data file's editor finds the JSON Schema (default: the schema shipped with report). */
  readonly schemaRef?: string;
  /** The data file's name, for the usage comments at its top. */
  readonly fileName?: string;
}

export interface Imported {
  /** The data file's text, as `report init` lays one out. */
  readonly text: string;
  /** The data, as validation reads it back from `text`. */
  readonly data: Summary;
  /** What could not be placed or was kept as written, each at its paragraph. */
  readonly warnings: readonly Diagnostic[];
}

export type ImportSource = { readonly path: string } | { readonly bytes: Uint8Array; readonly name: string };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

export function importDocument(source: ImportSource, options: ImportOptions = {}): Imported {
  const name = "path" in source ? source.path : source.name;
  const bytes = "path" in source ? readImported(source.path) : source.bytes;
  if (bytes.length > MAX_IMPORT_FILE_BYTES) throw refused(name, "tooLarge", "");
  const document = readDocument(bytes, name);
  const { data, warnings } = recognise(document, { ...(options.year ? { year: options.year } : {}), file: name });
  const unplaced = document.unplaced.map((u) => unplacedWarning(u, name));
  const kept = options.figures === false ? [] : findFigures(data, name);
  const fileName = options.fileName ?? "data.yaml";
  const schemaRef = options.schemaRef ?? pathToFileURL(SCHEMA_PATH).href;
  const asRead = scaffold({ year: data.year, schemaRef, fileName, from: data, keep: true });
  const checked = checkSource(parseSource(fileName, asRead));
  const errors = checked.diagnostics.filter((d) => d.severity === "error");
  if (!checked.summary) throw new ReportError("data", errors);
  const text = options.nextYear
    ? scaffold({ year: data.year + 1, schemaRef, fileName, from: checked.summary })
    : asRead;
  const data2 = options.nextYear ? checkSource(parseSource(fileName, text)).summary : checked.summary;
  return { text, data: data2 ?? checked.summary, warnings: [...warnings, ...unplaced, ...kept] };
}

function readDocument(bytes: Uint8Array, name: string): ImportedDocument {
  const extension = extname(name).toLowerCase();
  try {
    if (isZip(bytes)) {
      if (extension === ".odt") return readDocx(convertToDocx(bytes, extension, name));
      return readDocx(bytes);
    }
    if (OLE2.every((b, i) => bytes[i] === b) || extension === ".doc" || extension === ".wps" || extension === ".odt")
      return readDocx(convertToDocx(bytes, extension || ".doc", name));
    if (looksBinary(bytes)) throw new ReportError("data", [diagnostic("importUnknownFormat", { path: name })]);
    return readText(bytes, extension === ".md" || extension === ".markdown");
  } catch (error) {
    if (error instanceof ZipRefused) throw refused(name, error.reason, error.part);
    if (error instanceof XmlRefused) throw refused(name, error.reason, "");
    throw error;
  }
}

function refused(path: string, reason: string, part: string): ReportError {
  const limit = `${MAX_PART_BYTES / 1024 / 1024} MiB`;
  return new ReportError("data", [diagnostic("importRefused", { path, reason, part, limit })]);
}

/** A text file has no NUL bytes (UTF-16 has them, and a byte-order mark). */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return bytes.subarray(0, 8192).includes(0);
}

function unplacedWarning(u: Unplaced, file: string): Diagnostic {
  const text = u.text.length > 40 ? `${u.text.slice(0, 40)}…` : u.text;
  return { ...diagnostic("importUnplaced", { what: u.what, where: u.where, text }), severity: "warning", file };
}

/** The file, read only up to the import limit: a device or a huge file is never read whole. */
function readImported(path: string): Uint8Array {
  try {
    return readBounded(path, MAX_IMPORT_FILE_BYTES);
  } catch (error) {
    if (!(error instanceof BoundedReadProblem)) throw error;
    if (error.reason === "missing") throw new ReportError("data", [diagnostic(notFoundCode(path), { path })]);
    if (error.reason === "tooLarge") throw refused(path, "tooLarge", "");
    const reason = error.reason === "notAFile" ? "not a file" : error.code;
    throw new ReportError("data", [diagnostic("fileUnreadable", { path, reason })]);
  }
}
