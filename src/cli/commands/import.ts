/** `report import <file> [-o data.yaml] [--no-figures] [--next-year] [--force]`: a finished summary → a data file. */
import { existsSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { ReportError } from "../../errors.js";
import { importDocument } from "../../import/index.js";
import { yearInFileName } from "../../validate/file-name.js";
import { writeOutputFile } from "../../write/output-file.js";
import { stdout, type Output } from "../output.js";
import { schemaRef } from "./init.js";

export interface ImportCommandOptions {
  readonly output?: string;
  /** commander's `--no-figures`: false when given. */
  readonly figures?: boolean;
  readonly nextYear?: boolean;
  readonly force?: boolean;
}

export function runImport(file: string, options: ImportCommandOptions, out: Output): void {
  const target = options.output ?? join(dirname(file), `${basename(file, extname(file))}.yaml`);
  const toStdout = target === "-";
  if (!toStdout && resolve(target) === resolve(file))
    throw new ReportError("usage", [{ code: "outputIsInput", severity: "error", params: { path: target } }]);
  if (!toStdout && existsSync(target) && !options.force)
    throw new ReportError("output", [{ code: "fileExists", severity: "error", params: { path: target } }]);
  const year = yearInFileName(file);
  const imported = importDocument(
    { path: file },
    {
      figures: options.figures !== false,
      nextYear: options.nextYear === true,
      ...(year ? { year } : {}),
      ...(toStdout ? {} : { schemaRef: schemaRef(target), fileName: target }),
    },
  );
  out.diagnostics(imported.warnings);
  const bytes = new TextEncoder().encode(imported.text);
  if (toStdout) {
    stdout().write(bytes);
    return;
  }
  writeOutputFile(target, bytes);
  out.note("importWritten", {
    path: target,
    figures: Object.keys(imported.data.figures).length,
    warnings: imported.warnings.length,
  });
}
