/**
 * report as a library, for other programs: a web form, an office's own scripts, the preview.
 *
 *   import { createReport } from "zongjie";   // or: const { createReport } = require("zongjie");
 *   const report = createReport();
 *   const result = await report.build({ text: yamlText, name: "2021.yaml" }, { format: "docx" });
 *   if (result.ok) writeFileSync("2021.docx", result.bytes);
 *   else for (const d of result.diagnostics) console.log(d.position?.line, report.describe(d, "zh").message);
 *
 * Nothing here prints, exits or throws for a problem in the data: every problem comes back as a
 * diagnostic, located in the text it was given. A `Report` holds the templates and Word kits it has
 * read (its context); a long-running caller that edits a template folder calls `forget()`.
 */
import { stringify } from "yaml";
import { checkOptions } from "./api-options.js";
import { createContext } from "./context.js";
import { diagnostic, ReportError, type Diagnostic } from "./errors.js";
import { decode } from "./load/decode.js";
import { MAX_FILE_BYTES } from "./limits.js";
import { loadSource } from "./load/load.js";
import { plainData } from "./load/plain-data.js";
import { parseSource, type SourceFile } from "./load/source-file.js";
import { text as messageText, type Lang, type Text } from "./messages/catalogue.js";
import type { ImportOptions, ImportSource } from "./import/index.js";
import type { DocumentModel } from "./model.js";
import { buildChecked, checkSource, usesReference, type BuildOptions, type Checked } from "./pipeline.js";
import type { Summary } from "./summary/schema.js";
import { positionOf } from "./validate/locate.js";

export type { Diagnostic, SourcePosition } from "./errors.js";
export type { Block, DocumentModel, HeadingLevel, Run, Table } from "./model.js";
export type { Lang, Text } from "./messages/catalogue.js";
export type { Summary } from "./summary/schema.js";
export type { Format } from "./write/index.js";
export type { FontProfileName } from "./write/layout/fonts.js";

/**
 * A data file: read from a path; its text (YAML, as a clerk writes it); its bytes (UTF-8, GBK or
 * UTF-16, as a form upload gives them); or the data as an object. `name` is what messages call it.
 * An object's problems are named by field (`work.0.body`), having no line of their own.
 */
export type Source =
  | { readonly path: string }
  | { readonly text: string; readonly name?: string }
  | { readonly bytes: Uint8Array; readonly name?: string }
  | { readonly data: unknown; readonly name?: string };

export interface Validation {
  /** No error (warnings may be listed). */
  readonly ok: boolean;
  /** The data, typed, when there is no error. */
  readonly summary?: Summary;
  readonly diagnostics: readonly Diagnostic[];
}

export type Result =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      readonly model: DocumentModel;
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export type Options = Partial<Omit<BuildOptions, "documentTimestamp">> & {
  /** The instant the Word file's properties record, as SOURCE_DATE_EPOCH would give it (seconds). */
  readonly sourceDateEpoch?: number;
};

export interface Report {
  /** Checks a data file; writes nothing. */
  validate(source: Source): Promise<Validation>;
  /**
   * Builds one document (docx unless `format` says txt, md or pdf), or says why it cannot. Every
   * option is checked: a wrong one is a diagnostic (`optionWrongValue`, `optionUnknown`).
   */
  build(source: Source, options?: Options): Promise<Result>;
  /** A diagnostic's message and hint, in Chinese or English. */
  describe(diagnostic: Diagnostic, lang: Lang): Text;
  /** Forgets the templates and kits read so far: the next build reads them again. */
  forget(): void;
}

export function createReport(): Report {
  const context = createContext();
  return {
    async validate(source) {
      const checked = await checkedOrProblems(source);
      if (!("source" in checked)) return { ok: false, diagnostics: checked.diagnostics };
      const { summary, diagnostics } = checked;
      return { ok: summary !== undefined, ...(summary ? { summary } : {}), diagnostics };
    },
    async build(source, options) {
      // The options first: a wrong one is the caller's to fix, whatever the data says.
      const given = checkOptions(options);
      if (!given.ok) return { ok: false, diagnostics: given.diagnostics };
      const buildOptions = given.options;
      const checked = await checkedOrProblems(source);
      if (!("source" in checked)) return { ok: false, diagnostics: checked.diagnostics };
      // A data file given as text, bytes or an object has no folder to find its `reference:` in (the
      // start page's upload is one): it is not read — never a file near wherever the process runs.
      const unplaced = !("path" in source) && buildOptions.reference === undefined ? referenceUnplaced(checked) : [];
      try {
        const { bytes, model, warnings } =
          unplaced.length === 0 && usesReference(checked, buildOptions)
            ? await (await import("./reference/build.js")).buildWithReference(checked, buildOptions, context)
            : await buildChecked(checked, buildOptions, context);
        return { ok: true, bytes, model, diagnostics: fromObject(source, [...warnings, ...unplaced]) };
      } catch (error) {
        if (error instanceof ReportError) return { ok: false, diagnostics: fromObject(source, error.diagnostics) };
        throw error;
      }
    },
    describe: (diagnostic, lang) => messageText(lang, diagnostic.code, diagnostic.params),
    forget() {
      context.templates.clear();
      context.kits.clear();
    },
  };
}

export type { ImportOptions, ImportSource } from "./import/index.js";

/** What importDocument gives: the data file's text and its data, or the problems that kept it from being read. */
export type ImportResult =
  | {
      readonly ok: true;
      /** The data file's text, laid out as `report init` writes one (Chinese comments, the general form). */
      readonly text: string;
      readonly data: Summary;
      /** What could not be placed, or was kept as written, each at its paragraph. */
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * A finished summary (.docx; .doc, .wps, .odt through LibreOffice; .txt, .md) → a data file that
 * builds back to the same text, as `report import` does. `bytes` needs a `name` whose extension
 * says what they are (2023.docx). Loaded when first called, so a build never loads the reader.
 */
export async function importDocument(source: ImportSource, options: ImportOptions = {}): Promise<ImportResult> {
  const wrong = importArgumentsWrong(source, options);
  if (wrong) return { ok: false, diagnostics: [diagnostic("importOptionWrong", wrong)] };
  const { importDocument: read } = await import("./import/index.js");
  try {
    const { text, data, warnings } = read(source, options);
    return { ok: true, text, data, diagnostics: warnings };
  } catch (error) {
    if (error instanceof ReportError) return { ok: false, diagnostics: error.diagnostics };
    throw error;
  }
}

const IMPORT_OPTIONS: Record<string, { test: (v: unknown) => boolean; expected: string }> = {
  figures: { test: (v) => typeof v === "boolean", expected: "true or false" },
  nextYear: { test: (v) => typeof v === "boolean", expected: "true or false" },
  year: { test: (v) => Number.isInteger(v), expected: "a whole number such as 2023" },
  schemaRef: { test: (v) => typeof v === "string", expected: "text" },
  fileName: { test: (v) => typeof v === "string", expected: "text" },
};

/** A source or an option of the wrong kind: which, and what it must be. */
function importArgumentsWrong(source: unknown, options: unknown): { option: string; expected: string } | undefined {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === "object" && !Array.isArray(v);
  const sourceOk =
    isObject(source) &&
    (typeof source.path === "string" || (source.bytes instanceof Uint8Array && typeof source.name === "string"));
  if (!sourceOk) return { option: "source", expected: "{ path } or { bytes, name }" };
  if (!isObject(options)) return { option: "options", expected: "an object" };
  for (const [key, value] of Object.entries(options)) {
    const rule = IMPORT_OPTIONS[key];
    if (!rule) return { option: key, expected: `one of ${Object.keys(IMPORT_OPTIONS).join(", ")}` };
    if (value !== undefined && !rule.test(value)) return { option: key, expected: rule.expected };
  }
  return undefined;
}

/** A warning for a `reference:` in a data file that was given without a folder, or none. */
function referenceUnplaced(checked: Checked): Diagnostic[] {
  const path = checked.summary?.reference;
  if (path === undefined) return [];
  const position = positionOf(checked.source, ["reference"]);
  const place = { file: checked.source.path, field: "reference", position, severity: "warning" as const };
  return [diagnostic("referenceNeedsFolder", { path }, { ...place, excerpt: checked.source.lineText(position.line) })];
}

/** The source read and checked, or the problems that kept it from being read at all. */
async function checkedOrProblems(source: Source): Promise<Checked | { readonly diagnostics: readonly Diagnostic[] }> {
  try {
    const checked = checkSource(await sourceFile(source));
    return { ...checked, diagnostics: fromObject(source, checked.diagnostics) };
  } catch (error) {
    if (error instanceof ReportError) return { diagnostics: fromObject(source, error.diagnostics) };
    throw error;
  }
}

async function sourceFile(source: Source): Promise<SourceFile> {
  if ("path" in source) return loadSource(source.path);
  const name = typeof source.name === "string" ? source.name : "data.yaml";
  // The data file's size limit holds for every way of giving one (a form upload of 21 MB too).
  const tooLarge = () =>
    new ReportError("data", [
      diagnostic("fileTooLarge", { path: name, limitMiB: MAX_FILE_BYTES / 1024 / 1024 }, { file: name }),
    ]);
  if ("text" in source) {
    const { text } = source;
    if (typeof text !== "string") throw notPlain(name, "text", typeof text);
    if (text.length > MAX_FILE_BYTES || Buffer.byteLength(text) > MAX_FILE_BYTES) throw tooLarge();
    return parseSource(name, text.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, ""));
  }
  if ("bytes" in source) {
    if (!(source.bytes instanceof Uint8Array)) throw notPlain(name, "bytes", typeof source.bytes);
    if (source.bytes.length > MAX_FILE_BYTES) throw tooLarge();
    const { text, encoding } = decode(source.bytes);
    return parseSource(name, text, encoding);
  }
  const plain = plainData(source.data, name);
  if (!plain.ok) throw new ReportError("data", plain.diagnostics);
  return parseSource(name, stringify(plain.data));
}

function notPlain(name: string, field: string, kind: string): ReportError {
  return new ReportError("data", [diagnostic("dataNotPlain", { field, kind }, { file: name, field })]);
}

/** An object has no lines: its problems keep their field and lose the places in its YAML form. */
function fromObject(source: Source, diagnostics: readonly Diagnostic[]): readonly Diagnostic[] {
  if (!("data" in source)) return diagnostics;
  return diagnostics.map(({ position: _position, excerpt: _excerpt, ...rest }) => rest);
}
