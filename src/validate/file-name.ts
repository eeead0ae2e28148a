/** A year that disagrees with the file's name (data/2020.yaml saying `year: 2021`) is usually a copy not yet updated. */
import { basename, extname } from "node:path";
import type { Diagnostic } from "../errors.js";
import type { SourceFile } from "../load/source-file.js";
import { positionOf } from "./locate.js";

export function yearMatchesFileName(year: unknown, source: SourceFile): Diagnostic[] {
  const named = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(basename(source.path, extname(source.path)))?.[1];
  if (typeof year !== "number" || named === undefined || Number(named) === year) return [];
  return [
    {
      code: "yearFileMismatch",
      severity: "warning",
      file: source.path,
      position: positionOf(source, ["year"]),
      field: "year",
      params: { year, fileYear: Number(named) },
    },
  ];
}
