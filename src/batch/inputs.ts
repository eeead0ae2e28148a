/**
 * The command line's inputs → the data files to build. Each argument is a file, a folder (every
 * .yaml and .yml file under it) or a glob; globs are expanded here because Windows shells do not.
 * A file or folder that yields no data file is kept as it is, so its build fails with a clear
 * message (“file not found”, “a folder with no data files”); a glob that matches nothing is dropped.
 */
import { statSync } from "node:fs";
import { globSync, isDynamicPattern } from "tinyglobby";

const DATA_FILES = "**/*.{yaml,yml}";

export function expandInputs(args: readonly string[]): string[] {
  const files = args.flatMap((arg) => {
    if (isFolder(arg)) {
      const found = globSync(DATA_FILES, { cwd: arg, absolute: false });
      return found.length > 0 ? sorted(found.map((f) => joinPath(arg, f))) : [arg];
    }
    if (!isFile(arg) && isDynamicPattern(arg)) return sorted(globSync(toPosix(arg), { absolute: false }));
    return [arg];
  });
  return [...new Set(files)];
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** Sorted by code point, so every machine builds (and reports) in the same order. */
function sorted(files: string[]): string[] {
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function joinPath(folder: string, file: string): string {
  return `${folder.replace(/[\\/]+$/, "")}/${file}`;
}

/** Glob patterns use /; a Windows user may type data\*.yaml. */
function toPosix(pattern: string): string {
  return process.platform === "win32" ? pattern.replace(/\\/g, "/") : pattern;
}
