/**
 * Which files are read as data, and reading them so that a signal can always end the run.
 *
 * Read: a regular file, or a link (of links) that resolves to a regular file in the link's own folder
 * or below it; and a named pipe named itself (`report build pipe.yaml`, for data made by another
 * program). Refused before a byte is read, so no message can show any of it: devices and sockets,
 * a pipe reached through a link, files of procfs, sysfs and the like (regular files to stat(), but
 * the running system's state, /proc/self/environ holding secrets), a link resolving outside its folder
 * (a planted link to ~/.npmrc), and a link loop (an error for that file alone).
 *
 * Only a named pipe can keep a read waiting (opening one with no writer waits for a writer), so only a
 * pipe is read on libuv's thread pool, where a waiting read blocks that thread, never the main one, and
 * a signal's handler can still run. Everything else is read synchronously: a trip to the thread pool
 * and back for each of a file's seven calls cost a batch a sixth of its time (`npm run bench`). Looking
 * at a name (lstat, realpath, statfs) never opens it, and a regular file is opened non-blocking, so a
 * pipe swapped in after it was looked at cannot make the open wait either: it is refused as changed.
 * The pipe's calls use node:fs's callbacks, not node:fs/promises, whose module (and the readline it
 * loads) a cold build would otherwise compile.
 */

import * as fs from "node:fs";
import type { Stats } from "node:fs";
import { dirname, relative, isAbsolute } from "node:path";
import { diagnostic, ReportError } from "../errors.js";
import type { MessageCode, MessageParams } from "../messages/catalogue.js";
import { MAX_FILE_BYTES } from "../limits.js";

/** A node:fs call with a callback, as a promise. */
function call<T>(start: (done: (error: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value))));
}

/** The calls that open and read a file: synchronous for a regular file, on the thread pool for a pipe. */
interface Reads {
  open(path: string): number | Promise<number>;
  fstat(fd: number): Stats | Promise<Stats>;
  read(fd: number, buffer: Buffer, offset: number, length: number): number | Promise<number>;
  close(fd: number): void | Promise<void>;
}

/** Where the platform has it (not Windows, which has no named pipes of this kind). */
const NON_BLOCKING = fs.constants.O_NONBLOCK as number | undefined;

const direct: Reads = {
  open: (path) => fs.openSync(path, NON_BLOCKING === undefined ? "r" : fs.constants.O_RDONLY | NON_BLOCKING),
  fstat: (fd) => fs.fstatSync(fd),
  read: (fd, buffer, offset, length) => fs.readSync(fd, buffer, offset, length, null),
  close: (fd) => fs.closeSync(fd),
};

const pooled: Reads = {
  open: (path) => call<number>((done) => fs.open(path, "r", done)),
  fstat: (fd) => call<Stats>((done) => fs.fstat(fd, done)),
  read: (fd, buffer, offset, length) => call<number>((done) => fs.read(fd, buffer, offset, length, null, done)),
  close: (fd) => call<void>((done) => fs.close(fd, (error) => done(error, undefined))),
};

/**
 * Linux's magic numbers (statfs(2)) of file systems that describe the running system rather than hold
 * files: proc, sysfs, debugfs, tracefs, securityfs, configfs, cgroup, cgroup2, pstore, efivarfs, bpf.
 */
const SYSTEM_FILE_SYSTEMS = new Set([
  0x9fa0, 0x62656572, 0x64626720, 0x74726163, 0x73636673, 0x62656570, 0x27e0eb, 0x63677270, 0x6165676c, 0xde5e81e4,
  0xcafe4a11,
]);

/** The bytes of the data file at `path`, at most the size limit; throws a ReportError naming `path`. */
export async function readDataFile(path: string): Promise<Uint8Array> {
  let opened: Opened;
  try {
    opened = await openDataFile(path);
  } catch (error) {
    throw asReportError(error, path);
  }
  const { fd, reads } = opened;
  try {
    return await readAtMost(opened, path, MAX_FILE_BYTES);
  } catch (error) {
    throw asReportError(error, path);
  } finally {
    await reads.close(fd);
  }
}

interface Opened {
  /** The open file's descriptor. */
  readonly fd: number;
  /** What the open file is: its size, and whether a short read means its end (not so for a pipe). */
  readonly stats: Stats;
  readonly reads: Reads;
}

async function openDataFile(path: string): Promise<Opened> {
  const named = fs.lstatSync(path);
  // The operating system's realpath, one call: node's own walks the path an lstat a folder.
  const real = fs.realpathSync.native(path);
  const isLink = named.isSymbolicLink();
  if (isLink) {
    const folder = fs.realpathSync.native(dirname(path));
    if (!isWithin(real, folder)) throw refusal("fileLinkOutside", { path, target: real, folder });
  }
  const found = isLink ? fs.statSync(path) : named;
  if (found.isDirectory()) throw refusal("fileIsDirectory", { path });
  if (found.isFIFO() && isLink) throw refusal("fileNotRegular", { path, kind: "pipeThroughLink" });
  if (found.isCharacterDevice() || found.isBlockDevice()) throw refusal("fileNotRegular", { path, kind: "device" });
  if (found.isSocket()) throw refusal("fileNotRegular", { path, kind: "socket" });
  if (found.isFile() && isSystemFile(real, fileSystemOf(path))) throw refusal("fileSystemFile", { path, target: real });
  // Opened by its resolved name, then checked to be what was examined: a link swapped in between
  // (to a device, say) is refused rather than read.
  const reads = found.isFIFO() ? pooled : direct;
  const fd = await reads.open(real);
  let opened: Stats;
  try {
    opened = await reads.fstat(fd);
  } catch (error) {
    await reads.close(fd);
    throw error;
  }
  if (!sameFile(opened, found)) {
    await reads.close(fd);
    throw refusal("fileChanged", { path });
  }
  return { fd, stats: opened, reads };
}

/** The type of the file system `path` (or what it links to) is on; Linux only, where it tells procfs apart. */
function fileSystemOf(path: string): number | undefined {
  return process.platform === "linux" ? fs.statfsSync(path).type : undefined;
}

function isSystemFile(real: string, fileSystem: number | undefined): boolean {
  if (process.platform !== "linux") return false;
  return /^\/(proc|sys)(\/|$)/.test(real) || (fileSystem !== undefined && SYSTEM_FILE_SYSTEMS.has(fileSystem));
}

function isWithin(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest !== "" && !rest.startsWith("..") && !isAbsolute(rest);
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/**
 * Reads in chunks and stops one byte past the limit, so that neither a huge file nor an endless pipe
 * is read whole before it is refused. The buffer starts at the size the file reports (pipes report 0)
 * and doubles as needed: a zero-filled buffer of the limit for every file cost a batch more time in
 * allocation and garbage collection than its YAML.
 */
async function readAtMost({ fd, stats, reads }: Opened, path: string, limitBytes: number): Promise<Uint8Array> {
  const reported = stats.size;
  let buffer: Buffer = Buffer.allocUnsafe(Math.min(reported > 0 ? reported + 1 : 64 * 1024, limitBytes + 1));
  let length = 0;
  for (let read = -1; read !== 0 && length <= limitBytes; length += read) {
    if (length === buffer.length) buffer = grown(buffer, limitBytes + 1);
    const asked = buffer.length - length;
    read = await reads.read(fd, buffer, length, asked);
    // A regular file read short has ended (a pipe may just have no more yet): no trip for the 0.
    if (stats.isFile() && read > 0 && read < asked) {
      length += read;
      break;
    }
  }
  if (length > limitBytes) throw refusal("fileTooLarge", { path, limitMiB: limitBytes / 1024 / 1024 });
  return buffer.subarray(0, length);
}

function grown(buffer: Buffer, maxBytes: number): Buffer {
  const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes));
  buffer.copy(bigger);
  return bigger;
}

function refusal<C extends MessageCode>(code: C, params: MessageParams<C>): ReportError {
  return new ReportError("data", [diagnostic(code, params)]);
}

/**
 * Why a path is not there. Node reads a command line and a folder's names as UTF-8 and writes each
 * byte that is not as U+FFFD, so a name of other bytes (GBK, from a Windows zip) cannot be opened by
 * the name report was given: that, not “not found”, is what the clerk is told.
 */
export function notFoundCode(path: string): "fileNotFound" | "fileNameNotUtf8" {
  return path.includes("\uFFFD") ? "fileNameNotUtf8" : "fileNotFound";
}

function asReportError(error: unknown, path: string): ReportError {
  if (error instanceof ReportError)
    return new ReportError(
      error.kind,
      error.diagnostics.map((d) => ({ ...d, file: path })),
    );
  const code = (error as NodeJS.ErrnoException).code;
  const problem =
    code === "ENOENT" || code === "ENOTDIR"
      ? ({ code: notFoundCode(path), params: { path } } as const)
      : code === "EISDIR"
        ? ({ code: "fileIsDirectory", params: { path } } as const)
        : code === "ELOOP"
          ? ({ code: "fileLinkLoop", params: { path } } as const)
          : ({ code: "fileUnreadable", params: { path, reason: code ?? String(error) } } as const);
  return new ReportError("data", [{ ...problem, severity: "error", file: path }]);
}
