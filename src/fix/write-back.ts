/**
 * The fixed text back into the clerk's own file, so that the clerk's work is never lost: the same
 * byte-order mark and line endings, line by line (a fix never adds or removes a line); the same owner,
 * group, mode and extended attributes; written to a temporary file (readable only by its owner until it
 * is whole) that is renamed into place, so the file is always the old one or the new one, whole.
 *
 * What fix will not write, and says so, leaving the file as it was:
 * - a file that is not a regular file (a named pipe: fix would read it once and have nothing to write);
 * - a file with more than one name (a hard link): renaming would cut it from its other names, and
 *   writing in place could leave it half-written; a symbolic link is written through instead: its
 *   target is fixed (in the target's folder), and the link stays a link;
 * - a read-only file, or a file in a folder that cannot be written (checked by its mode bits as well,
 *   since root may write anything);
 * - a file that changed after fix read it (an editor's save): compared byte for byte just before the
 *   rename, so the save is kept and fix asks to be run again. Only a save landing in the microseconds
 *   between that comparison and the rename cannot be told apart.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { dirname } from "node:path";
import { diagnostic, ReportError } from "../errors.js";
import type { MessageCode, MessageParams } from "../messages/catalogue.js";
import { readDataFile } from "../load/data-file.js";
import { writeOutputFile } from "../write/output-file.js";
import { MAX_FILE_BYTES } from "../limits.js";

const BOM = "\uFEFF";

/** The data file as fix read it, to write back to and to tell whether it changed since. */
export interface Original {
  /** The path as given. */
  readonly path: string;
  /** The file written: the path itself, or where its symbolic link(s) lead. */
  readonly target: string;
  readonly bytes: Uint8Array;
  readonly stats: fs.Stats;
}

/** Reads a data file that fix may write; throws a ReportError naming it when fix must leave it alone. */
export async function readForFix(path: string): Promise<Original> {
  const found = fs.statSync(path, { throwIfNoEntry: false });
  // A missing file, a folder, a device or a link leading outside: the loader says why, in its words.
  if (found === undefined || found.isDirectory() || !(found.isFile() || found.isFIFO()))
    return { path, target: path, bytes: await readDataFile(path), stats: fs.statSync(path) };
  if (found.isFIFO()) throw refuse("fixNotAFile", { file: path });
  const bytes = await readDataFile(path);
  const target = fs.realpathSync(path);
  const stats = fs.statSync(target);
  if (stats.nlink > 1) throw refuse("fixHardLink", { file: path, names: stats.nlink });
  if (!writable(target, stats)) throw refuse("fixReadOnly", { file: path });
  const folder = dirname(target);
  if (!writable(folder, fs.statSync(folder))) throw refuse("fixFolderReadOnly", { file: path, folder });
  return { path, target, bytes, stats };
}

function writable(path: string, stats: fs.Stats): boolean {
  if ((stats.mode & 0o222) === 0) return false;
  try {
    fs.accessSync(path, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The file's own bytes with `fixed` (LF, no BOM, as the loader reads it) in place of its text. */
export function inOriginalForm(originalBytes: Uint8Array, fixed: string): string {
  const raw = new TextDecoder("utf-8", { ignoreBOM: true }).decode(originalBytes);
  const bom = raw.startsWith(BOM) ? BOM : "";
  const endings = (bom ? raw.slice(1) : raw).match(/\r\n|\r|\n/g) ?? [];
  const lines = fixed.split("\n");
  if (lines.length !== endings.length + 1) throw new Error("a fix changed the number of lines");
  return bom + lines.map((line, i) => line + (endings[i] ?? "")).join("");
}

/** `observe` sees the whole temporary file just before the checks and the rename (for tests). */
export function writeBack(original: Original, fixed: string, observe?: (temporary: string) => void): void {
  const { path, target, stats } = original;
  const bytes = new TextEncoder().encode(inOriginalForm(original.bytes, fixed));
  const tooLarge = overTheLimit(path, bytes.length);
  if (tooLarge) throw tooLarge;
  writeOutputFile(target, bytes, {
    // Readable by no one else until it has the old file's owner and mode.
    mode: 0o600,
    beforeRename: (temporary, fd) => {
      observe?.(temporary);
      keepOwner(fd, stats, path);
      copyExtendedAttributes(target, temporary, path);
      // After chown, which clears the set-user-ID and set-group-ID bits.
      fs.fchmodSync(fd, stats.mode & 0o7777);
      fs.fsyncSync(fd);
      if (changedSince(original)) throw refuse("fixFileChanged", { file: path });
    },
  });
}

/**
 * A fix may make a file longer (a half-width mark is one byte, its full-width form three): a file
 * fixed past the size limit could not be read again, by report or its checks, so it is not written.
 */
function overTheLimit(path: string, bytes: number): ReportError | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return refuse("fixTooLarge", { file: path, bytes, limitMiB: MAX_FILE_BYTES / 1024 / 1024 });
}

/** The problem with writing `fixed` over the file, found before a diff is shown or a byte written. */
export function fixedTooLarge(original: Original, fixed: string): ReportError | undefined {
  return overTheLimit(original.path, new TextEncoder().encode(inOriginalForm(original.bytes, fixed)).length);
}

function keepOwner(fd: number, stats: fs.Stats, path: string): void {
  try {
    fs.fchownSync(fd, stats.uid, stats.gid);
  } catch {
    // Not root: the file is ours already, or it was another user's (a group-writable file).
    const now = fs.fstatSync(fd);
    if (now.uid !== stats.uid || now.gid !== stats.gid) throw refuse("fixOwnerNotKept", { file: path });
  }
}

/**
 * Extended attributes (SELinux labels, ACLs, user.* tags, macOS's quarantine) by GNU cp, which copies
 * them without the data; node:fs has no call for them. Where there is no GNU cp (Windows, macOS), the
 * file system keeps them differently or not at all, and there is nothing to copy.
 */
function copyExtendedAttributes(from: string, to: string, path: string): void {
  if (process.platform !== "linux") return;
  const copied = spawnSync("cp", ["--attributes-only", "--preserve=xattr", "--", from, to], { encoding: "utf8" });
  if (copied.error) return; // no cp on the PATH
  if (copied.status !== 0)
    throw refuse("fixAttributesNotKept", { file: path, reason: copied.stderr.trim().split("\n")[0] ?? "" });
}

/** Whether the file now differs from what fix read: another inode, size or byte. */
function changedSince({ target, bytes, stats }: Original): boolean {
  let now: Buffer;
  try {
    const current = fs.statSync(target);
    if (current.ino !== stats.ino || current.dev !== stats.dev || current.size !== bytes.length) return true;
    now = fs.readFileSync(target);
  } catch {
    return true; // moved away or deleted: nothing to write over
  }
  return !now.equals(bytes);
}

function refuse<C extends MessageCode>(code: C, params: MessageParams<C> & { file: string }): ReportError {
  return new ReportError("data", [diagnostic(code, params, { file: params.file })]);
}

/** `--dry-run`: the changed lines as a unified diff (no context: a fix never moves a line). */
export function lineDiff(path: string, before: string, after: string): string {
  const old = before.split("\n");
  const updated = after.split("\n");
  const out = [`--- ${path}`, `+++ ${path} (report fix)`];
  old.forEach((line, i) => {
    const now = updated[i] ?? "";
    if (line !== now) out.push(`@@ -${i + 1} +${i + 1} @@`, `-${line}`, `+${now}`);
  });
  return `${out.join("\n")}\n`;
}
