/**
 * Writing an output so that it is whole or absent, and only where it was asked. The bytes go to a new
 * temporary file beside the target (same folder, so the rename cannot cross disks), created
 * exclusively ('wx': never opening, nor following a link to, anything already at that name) under a
 * name no one can guess, which is then renamed over the target. A rename replaces a link at the
 * target rather than writing through it, and two builds of one path at once each rename a whole file.
 *
 * A failed write (disk full, no permission) removes the temporary file and leaves the previous output
 * as it was. SIGINT, SIGTERM or SIGHUP during the write is held until the write is over (it is
 * synchronous), then the temporary file, if any, is removed and the process ends (interrupt.ts). Only
 * SIGKILL cannot be caught: it may leave the temporary file behind, but never a half-written output.
 */
import type * as Crypto from "node:crypto";
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { located, ReportError } from "../errors.js";
import type { Message } from "../messages/catalogue.js";
import { withCleanup } from "./interrupt.js";
import { nodeModule } from "../node-module.js";

/** Where the unguessable part of a temporary name comes from; tests pass their own. */
export type RandomSource = (size: number) => Uint8Array;

export interface WriteOptions {
  readonly random?: RandomSource;
  /** The temporary file's permissions when created (less the umask); 0o666 unless said. */
  readonly mode?: number;
  /**
   * Called with the whole temporary file still open, just before the rename: to give it the old
   * file's owner and mode, or to throw (a ReportError) and leave the old file as it is.
   */
  readonly beforeRename?: (temporary: string, fd: number) => void;
}

/**
 * Unguessable bytes for temporary names: the kernel's random source, or node:crypto where there is
 * none; node:crypto is loaded only then (its modules were a good part of a cold start's compiling).
 * Read a block at a time and each byte used once: three system calls a name were a batch's
 * biggest cost after its own work.
 */
const RANDOM_BLOCK = 512;
let pool: Uint8Array = new Uint8Array(0);
let used = 0;
const randomBytes: RandomSource = (size) => {
  if (pool.length - used < size) {
    pool = kernelRandom(Math.max(RANDOM_BLOCK, size));
    used = 0;
  }
  // Each byte is given out once.
  return pool.slice(used, (used += size));
};

function kernelRandom(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  try {
    const urandom = openSync("/dev/urandom", "r");
    try {
      if (readSync(urandom, bytes, 0, size, null) === size) return bytes;
    } finally {
      closeSync(urandom);
    }
  } catch {
    // no /dev/urandom: below
  }
  return nodeModule<typeof Crypto>("node:crypto").randomBytes(size);
}

/** Names tried before giving up: each one taken means something was planted there (or a 1 in 2⁶⁴ chance). */
const TEMPORARY_NAME_TRIES = 3;

/** `.<name>.<pid>.<16 random hex digits>.tmp`: hidden, traceable to its process, not guessable. */
export function temporaryPathFor(path: string, random: RandomSource = randomBytes): string {
  return join(dirname(path), `${temporaryPrefix(path)}${Buffer.from(random(8)).toString("hex")}.tmp`);
}

function temporaryPrefix(path: string): string {
  return `.${basename(path)}.${process.pid}.`;
}

export function writeOutputFile(path: string, bytes: Uint8Array, options: WriteOptions = {}): void {
  makeFolderFor(path);
  let temporary: string | undefined;
  withCleanup(
    () => temporary && removeQuietly(temporary),
    () => {
      try {
        temporary = writeTemporary(path, bytes, options);
        renameSync(temporary, path);
      } catch (error) {
        if (temporary) removeQuietly(temporary);
        throw error instanceof ReportError ? error : writeFailed(path, dirname(path), error);
      }
    },
  );
}

/** Creates a new temporary file beside `path` and writes `bytes` into it; returns its name. */
function writeTemporary(path: string, bytes: Uint8Array, options: WriteOptions): string {
  for (let attempt = 0; attempt < TEMPORARY_NAME_TRIES; attempt++) {
    const temporary = temporaryPathFor(path, options.random ?? randomBytes);
    let fd: number;
    try {
      fd = openSync(temporary, "wx", options.mode ?? 0o666);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
      throw error;
    }
    try {
      for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written);
      options.beforeRename?.(temporary, fd);
    } catch (error) {
      closeSync(fd);
      removeQuietly(temporary);
      throw error;
    }
    closeSync(fd);
    return temporary;
  }
  throw refuse({ code: "temporaryNamesTaken", params: { path, folder: dirname(path) } }, path);
}

/**
 * Makes the output's folder one level at a time. Node's recursive mkdir loops for ever where a parent
 * exists but cannot hold children (procfs answers ENOENT to every mkdir there; some network and FUSE
 * mounts do the same), so each missing level is made once, from the deepest one that exists.
 */
function makeFolderFor(path: string): void {
  const missing: string[] = [];
  for (let folder = resolve(dirname(path)); !exists(folder, path); folder = dirname(folder)) {
    missing.unshift(folder);
    if (dirname(folder) === folder) break;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST" && exists(folder, path)) continue;
      throw writeFailed(path, folder, error);
    }
  }
}

/** Whether `folder` is there; anything else in its place (a file, a loop) is for mkdir to report. */
function exists(folder: string, path: string): boolean {
  try {
    const found = statSync(folder, { throwIfNoEntry: false });
    return found !== undefined;
  } catch (error) {
    throw writeFailed(path, folder, error);
  }
}

function writeFailed(path: string, folder: string, error: unknown): ReportError {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  if (reason === "EROFS") return refuse({ code: "outputReadOnly", params: { path, folder } }, path);
  if (reason === "ENOSPC") return refuse({ code: "diskFull", params: { path, folder } }, path);
  if (folder !== dirname(path) || reason === "ENOTDIR")
    return refuse({ code: "outputFolderNotMade", params: { path, folder, reason } }, path);
  return refuse({ code: "cannotWrite", params: { path, reason } }, path);
}

function refuse(problem: Message, path: string): ReportError {
  return new ReportError("output", [located(problem, { file: path })]);
}

/**
 * Removes what unfinished writes of `path` by this process left (a worker thread stopped mid-write):
 * the temporary names are unguessable, but all begin with the output's name and this process's id.
 */
export function discardTemporariesFor(path: string): void {
  const prefix = temporaryPrefix(path);
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return; // no folder, no temporary file
  }
  for (const name of names)
    if (name.startsWith(prefix) && name.endsWith(".tmp")) removeQuietly(join(dirname(path), name));
}

/** Clean-up must never hide why the write failed (the folder may not exist, or be in the way). */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // nothing was written there, or it is not ours to remove
  }
}
