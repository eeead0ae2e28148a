/** `report build <file.yaml> [-o <path>] [--format docx|txt|md] [--template <dir>] [--fonts <profile>] [--final]` */
import { basename, extname, join, resolve } from "node:path";
import { ReportError } from "../../errors.js";
import { buildDocument } from "../../pipeline.js";
import type { FontProfileName } from "../../write/docx/fonts.js";
import { isFormat, type Format } from "../../write/index.js";
import { writeOutputFile } from "../../write/output-file.js";
import type { Output } from "../output.js";

export interface BuildCommandOptions {
  readonly output?: string;
  readonly format: string;
  readonly template?: string;
  readonly fonts: FontProfileName;
  readonly final?: boolean;
}

export const STDOUT = "-";

export async function runBuild(input: string, options: BuildCommandOptions, out: Output): Promise<void> {
  const format = parseFormat(options.format);
  const output = options.output ?? defaultOutputPath(input, format);
  if (output === STDOUT && format === "docx") throw usage("stdoutNeedsText", {});
  if (output !== STDOUT && resolve(output) === resolve(input)) throw usage("outputIsInput", { path: input });

  const documentTimestamp = sourceDateEpoch(process.env.SOURCE_DATE_EPOCH);
  const built = await buildDocument(input, {
    format,
    fonts: options.fonts,
    final: options.final === true,
    ...(options.template ? { templateDir: options.template } : {}),
    ...(documentTimestamp ? { documentTimestamp } : {}),
  });
  out.diagnostics(built.warnings);
  if (output === STDOUT) {
    out.data(built.bytes);
  } else {
    writeOutputFile(output, built.bytes);
    out.note("built", { output });
  }
}

/** `data/2020.yaml` → `out/2020.docx`. */
export function defaultOutputPath(input: string, format: Format): string {
  return join("out", `${basename(input, extname(input))}.${format}`);
}

function parseFormat(value: string): Format {
  if (isFormat(value)) return value;
  throw usage("unknownFormat", { format: value });
}

/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970 UTC, which, when set, the
 * document records as its date instead of the data's own.
 */
export function sourceDateEpoch(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  const seconds = /^\d{1,12}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(seconds)) throw usage("badSourceDateEpoch", { value });
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function usage(code: "stdoutNeedsText" | "outputIsInput" | "unknownFormat" | "badSourceDateEpoch", params: object): ReportError {
  return new ReportError("usage", [{ code, severity: "error", params } as never]);
}
