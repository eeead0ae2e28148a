/** `report build <file.yaml> [-o <path>] [--format docx|txt|md] [--template <dir>]` */
import { basename, extname, join, resolve } from "node:path";
import { ReportError } from "../../errors.js";
import { buildDocument } from "../../pipeline.js";
import { isFormat, type Format } from "../../write/index.js";
import { writeOutputFile } from "../../write/output-file.js";
import type { Output } from "../output.js";

export interface BuildCommandOptions {
  readonly output?: string;
  readonly format: string;
  readonly template?: string;
}

export const STDOUT = "-";

export async function runBuild(input: string, options: BuildCommandOptions, out: Output): Promise<void> {
  const format = parseFormat(options.format);
  const output = options.output ?? defaultOutputPath(input, format);
  if (output === STDOUT && format === "docx") throw usage("stdoutNeedsText", {});
  if (output !== STDOUT && resolve(output) === resolve(input)) throw usage("outputIsInput", { path: input });

  const built = await buildDocument(input, { format, ...(options.template ? { templateDir: options.template } : {}) });
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

function usage(code: "stdoutNeedsText" | "outputIsInput" | "unknownFormat", params: object): ReportError {
  return new ReportError("usage", [{ code, severity: "error", params } as never]);
}
