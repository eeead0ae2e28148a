/**
 * A year that disagrees with the file's name (data/2020.yaml saying `year: 2021`) is usually a copy
 * not yet updated.
 */
import { basename, extname } from "node:path";
import type { Diagnostic } from "../errors.js";
import type { SourceFile } from "../load/source-file.js";
import { positionOf } from "./locate.js";

/** The year a file's name carries (`2020` in data/2020.yaml or 北坦2020.yaml), if any. */
export function yearInFileName(path: string): number | undefined {
  const year = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(basename(path, extname(path)))?.[1];
  return year === undefined ? undefined : Number(year);
}

export function yearMatchesFileName(year: unknown, source: SourceFile): Diagnostic[] {
  const named = yearInFileName(source.path);
  if (typeof year !== "number" || named === undefined || named === year) return [];
  return [
    {
      code: "yearFileMismatch",
      severity: "warning",
      file: source.path,
      position: positionOf(source, ["year"]),
      field: "year",
      params: { year, fileYear: named },
    },
  ];
}
