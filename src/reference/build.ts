/**
 * A build with the office's own Word file as the template: the reference named by `--reference`
 * (or the library's `reference`), else by the data file's `reference:` (a path from the data
 * file's folder). Our Word file is written as always, then merged with the reference (merge.ts);
 * a PDF is printed from the merged file. Loaded only when a reference is given, so a plain build
 * never reads this code (test/cold-start.test.ts). Every problem with the reference is a
 * diagnostic naming it, thrown before any output is written.
 */
import { dirname, resolve } from "node:path";
import type { ReportContext } from "../context.js";
import { diagnostic, ReportError, type Place } from "../errors.js";
import { MAX_PART_BYTES } from "../import/limits.js";
import { XmlRefused } from "../import/xml.js";
import { ZipRefused } from "../import/zip-read.js";
import { buildChecked, type BuildOptions, type Built, type Checked } from "../pipeline.js";
import { positionOf } from "../validate/locate.js";
import { letterheadOf } from "./letterhead.js";
import { withReference } from "./merge.js";
import { readReferenceBytes, ReferenceFile, ReferenceRefused } from "./read.js";

export async function buildWithReference(
  checked: Checked,
  options: BuildOptions,
  context: ReportContext,
): Promise<Built> {
  const given = options.reference;
  const fromData = given === undefined ? checked.summary?.reference : undefined;
  const source = checked.source;
  const place: Partial<Place> =
    fromData !== undefined
      ? (() => {
          const position = positionOf(source, ["reference"]);
          return { file: source.path, field: "reference", position, excerpt: source.lineText(position.line) };
        })()
      : {};
  const shown = typeof given === "string" ? given : given ? "(reference bytes)" : (fromData ?? "");
  const refuse = (reason: string, part = "") =>
    new ReportError("data", [
      diagnostic(
        "referenceRefused",
        { path: shown, reason, part, limit: `${MAX_PART_BYTES / 1024 / 1024} MiB` },
        { file: shown, ...place },
      ),
    ]);
  let reference: ReferenceFile;
  try {
    const bytes =
      given instanceof Uint8Array
        ? given
        : readReferenceBytes(given ?? resolve(dirname(resolve(source.path)), fromData ?? ""));
    reference = new ReferenceFile(bytes);
  } catch (error) {
    throw asRefusal(error, refuse);
  }
  const issuers = checked.summary?.frame?.issuers;
  if (issuers !== undefined && letterheadOf(reference.document).before.length > 0) {
    const position = positionOf(source, ["frame", "issuers"]);
    throw new ReportError("data", [
      diagnostic(
        "referenceWithFrame",
        { path: shown },
        { file: source.path, field: "frame.issuers", position, excerpt: source.lineText(position.line) },
      ),
    ]);
  }
  const built = await buildChecked(checked, { ...options, format: "docx", standardPage: false }, context);
  let docx: Uint8Array;
  try {
    docx = withReference(built.bytes, reference, { final: options.final });
  } catch (error) {
    throw asRefusal(error, refuse);
  }
  if (options.format !== "pdf") return { ...built, bytes: docx };
  const { docxToPdf } = await import("../write/pdf.js");
  return { ...built, bytes: await docxToPdf(docx, options.fonts, built.model.properties.title) };
}

function asRefusal(error: unknown, refuse: (reason: string, part?: string) => ReportError): unknown {
  if (error instanceof ReferenceRefused || error instanceof ZipRefused) return refuse(error.reason, error.part);
  if (error instanceof XmlRefused) return refuse(error.reason);
  return error;
}
