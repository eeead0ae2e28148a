/** `report init <file> [--year N] [--from <last-year.yaml>] [--force]`: a new data file to fill in. */
import { closeSync, existsSync, lstatSync, openSync, readSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { diagnostic, ReportError } from "../../errors.js";
import type { MessageParams } from "../../messages/catalogue.js";
import { scaffold } from "../../init/scaffold.js";
import { check } from "../../pipeline.js";
import { yearInFileName } from "../../validate/file-name.js";
import { SCHEMA_PATH } from "../../validate/json-schema.js";
import { YEAR_RANGE, summarySchema, type Summary } from "../../summary/schema.js";
import { writeOutputFile } from "../../write/output-file.js";
import type { Output } from "../output.js";

export interface InitCommandOptions {
  readonly year?: string;
  readonly from?: string;
  readonly force?: boolean;
}

export async function runInit(file: string, options: InitCommandOptions, out: Output): Promise<void> {
  if (options.from !== undefined && resolve(options.from) === resolve(file))
    throw usage("outputIsInput", { path: file });
  // As for every output: a link is never written through, nor silently replaced by a file.
  if (lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) throw usage("outputIsLink", { path: file });
  if (existsSync(file) && !options.force)
    throw new ReportError("output", [{ code: "fileExists", severity: "error", params: { path: file } }]);
  const from = options.from === undefined ? undefined : await lastYear(options.from, out);
  const year = parseYear(options.year) ?? (from ? from.year + 1 : (yearInFileName(file) ?? new Date().getFullYear()));
  const text = scaffold({ year, schemaRef: schemaRef(file), fileName: file, ...(from ? { from } : {}) });
  writeOutputFile(file, new TextEncoder().encode(text));
  out.note("initialised", { path: file, year });
}

async function lastYear(path: string, out: Output): Promise<Summary> {
  if (isBinary(path)) throw new ReportError("data", [diagnostic("initFromWord", { path })]);
  const { summary, diagnostics } = await check(path);
  if (!summary) throw new ReportError("data", diagnostics);
  out.diagnostics(diagnostics);
  return summary;
}

/** A Word file (a zip, or an old .doc) or anything else with NUL bytes at its start is not a data file. */
function isBinary(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const head = new Uint8Array(512);
    const n = readSync(fd, head, 0, head.length, 0);
    const bytes = head.subarray(0, n);
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return !utf16 && (bytes.includes(0) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03));
  } catch {
    return false; // the loader says what is wrong with the path
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // The schema decides which years are years, so a file init writes always validates.
  if (!/^\d{4}$/.test(value.trim()) || !summarySchema.shape.year.safeParse(Number(value)).success) {
    throw usage("badYear", { value, ...YEAR_RANGE });
  }
  return Number(value);
}

/** Relative, so the file keeps working when the folder is copied with the tool; a file: URL across drives. */
export function schemaRef(file: string): string {
  const path = relative(dirname(resolve(file)), SCHEMA_PATH);
  return isAbsolute(path) ? pathToFileURL(SCHEMA_PATH).href : path.split(sep).join("/");
}

function usage<C extends "outputIsInput" | "outputIsLink" | "badYear">(code: C, params: MessageParams<C>): ReportError {
  return new ReportError("usage", [diagnostic(code, params)]);
}
