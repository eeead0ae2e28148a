/**
 * The parts of a zip (a .docx) read from its central directory, each inflated with fflate (the zip
 * library report already ships) under a limit checked as the bytes come out: an entry that claims
 * a small size and inflates to gigabytes (a zip bomb) stops at the limit, within a fraction of a
 * second, having held at most the limit in memory. Encrypted entries and ZIP64 are refused.
 */
import { Inflate } from "fflate";
import { MAX_PART_BYTES, MAX_TOTAL_BYTES, MAX_ZIP_ENTRIES } from "./limits.js";

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
  readonly flags: number;
}

/** Why a zip could not be read; `tooLarge` names the part. */
export class ZipRefused extends Error {
  constructor(
    readonly reason: "notZip" | "tooLarge" | "encrypted" | "tooManyEntries",
    readonly part = "",
  ) {
    super(`${reason} ${part}`);
  }
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export class ZipReader {
  readonly entries = new Map<string, ZipEntry>();
  private total = 0;
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = this.findEnd();
    const count = this.view.getUint16(eocd + 10, true);
    if (count > MAX_ZIP_ENTRIES) throw new ZipRefused("tooManyEntries");
    let at = this.view.getUint32(eocd + 16, true);
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || this.view.getUint32(at, true) !== 0x02014b50) throw new ZipRefused("notZip");
      const nameLength = this.view.getUint16(at + 28, true);
      const extra = this.view.getUint16(at + 30, true);
      const commentLength = this.view.getUint16(at + 32, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      const entry: ZipEntry = {
        name,
        flags: this.view.getUint16(at + 8, true),
        method: this.view.getUint16(at + 10, true),
        compressedSize: this.view.getUint32(at + 20, true),
        size: this.view.getUint32(at + 24, true),
        offset: this.view.getUint32(at + 42, true),
      };
      if (!this.entries.has(name.toLowerCase())) this.entries.set(name.toLowerCase(), entry);
      at += 46 + nameLength + extra + commentLength;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** A part's text (UTF-8), or undefined when the package has no such part. */
  text(name: string): string | undefined {
    const bytes = this.read(name);
    return bytes && new TextDecoder().decode(bytes);
  }

  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return undefined;
    if (entry.flags & 1) throw new ZipRefused("encrypted", name);
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new ZipRefused("tooLarge", name);
    const limit = Math.min(MAX_PART_BYTES, MAX_TOTAL_BYTES - this.total);
    if (entry.size > limit) throw new ZipRefused("tooLarge", name);
    const local = entry.offset;
    if (local + 30 > this.bytes.length || this.view.getUint32(local, true) !== 0x04034b50)
      throw new ZipRefused("notZip");
    const start = local + 30 + this.view.getUint16(local + 26, true) + this.view.getUint16(local + 28, true);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    const out = entry.method === 0 ? data.slice() : entry.method === 8 ? inflateBounded(data, limit, name) : undefined;
    if (!out) throw new ZipRefused("notZip", name);
    this.total += out.length;
    return out;
  }

  private findEnd(): number {
    const b = this.bytes;
    // The end record is in the last 64 KiB + 22 bytes (its comment is at most 65,535 bytes).
    for (let at = b.length - 22; at >= Math.max(0, b.length - 65_557); at--) {
      if (this.view.getUint32(at, true) === 0x06054b50) return at;
    }
    throw new ZipRefused("notZip");
  }
}

/** Inflates in slices, stopping as soon as the output passes `limit`. */
function inflateBounded(data: Uint8Array, limit: number, name: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) throw new ZipRefused("tooLarge", name);
    chunks.push(chunk);
  });
  // Deflate inflates at most ~1,032×: a 4 KiB slice gives at most ~4 MiB before the limit is checked.
  const SLICE = 4096;
  try {
    for (let at = 0; at < data.length; at += SLICE) {
      inflate.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    }
  } catch (error) {
    if (error instanceof ZipRefused) throw error;
    throw new ZipRefused("notZip", name);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
