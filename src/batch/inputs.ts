/**
 * The command line's inputs → the data files to build. Each argument is a file, a folder (every
 * .yaml and .yml file under it) or a glob; globs are expanded here because Windows shells do not.
 * A file or folder that yields no data file is kept as it is, so its build fails with a clear
 * message (“file not found”, “a folder with no data files”); a glob that matches nothing is dropped.
 *
 * A folder is walked without entering linked folders (which may lead outside it, or round in a loop);
 * a linked data file is listed, and loading decides whether to read it (load/data-file.ts), so a
 * link loop or a link leading outside is reported for that file instead of silently skipped.
 */
import { readdirSync, statSync, type Dirent } from "node:fs";

/**
 * The characters without which no argument is a glob (picomatch's syntax: * ? [ ] { } ( ) ! + @ |):
 * an argument with none of them is a path, and the glob library is not loaded for it. A build of
 * one file then never reads it.
 */
const GLOB_CHARACTER = /[*?[\]{}()!+@|]/;

export async function expandInputs(args: readonly string[]): Promise<string[]> {
  const globs = args.some((arg) => GLOB_CHARACTER.test(arg)) ? await import("tinyglobby") : undefined;
  const files = args.flatMap((arg) => {
    if (isFolder(arg)) {
      const found = dataFilesIn(arg.replace(/[\\/]+$/, ""));
      return found.length > 0 ? sorted(found) : [arg];
    }
    if (globs && !isFile(arg) && globs.isDynamicPattern(arg))
      return sorted(globs.globSync(toPosix(arg), { absolute: false }));
    return [arg];
  });
  return [...new Set(files)];
}

function dataFilesIn(folder: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return []; // unreadable: the folder itself is reported as having no data files
  }
  return entries.flatMap((entry) => {
    if (entry.name.startsWith(".")) return []; // hidden, as a glob's * leaves them
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return dataFilesIn(path);
    return (entry.isFile() || entry.isSymbolicLink()) && /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

/** A loop or an unreadable path is neither: kept as typed, its build says what is wrong with it. */
function isFolder(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** Sorted by code point, so every machine builds (and reports) in the same order. */
function sorted(files: string[]): string[] {
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Glob patterns use /; a Windows user may type data\*.yaml. */
function toPosix(pattern: string): string {
  return process.platform === "win32" ? pattern.replace(/\\/g, "/") : pattern;
}
