/**
 * A minimal zip writer (PKWARE APPNOTE 6.3: local headers, central directory, end record) for the
 * .docx package. fflate writes zips too, but cannot take entries compressed in advance, which is
 * what lets a build skip deflating the parts that never change (see kit/).
 */
import { deflateSync } from "fflate";
import { crc32 } from "./crc32.js";

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: 0 | 8;
  readonly crc32: number;
  readonly size: number;
  readonly data: Uint8Array;
}

export const storedEntry = (name: string, bytes: Uint8Array): ZipEntry => ({
  name,
  method: 0,
  crc32: crc32(bytes),
  size: bytes.length,
  data: bytes,
});

export const deflatedEntry = (name: string, bytes: Uint8Array): ZipEntry => ({
  name,
  method: 8,
  crc32: crc32(bytes),
  size: bytes.length,
  data: deflateSync(bytes, { level: 6 }),
});

/** Every entry dated 1980-01-01 00:00, the earliest DOS time, so the bytes never depend on the clock. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function zip(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((entry) => encoder.encode(entry.name));
  const localSize = entries.reduce((sum, entry, i) => sum + 30 + (names[i]?.length ?? 0) + entry.data.length, 0);
  const centralSize = names.reduce((sum, name) => sum + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  const u16 = (...values: number[]) => {
    for (const value of values) view.setUint16((at += 2) - 2, value, true);
  };
  const u32 = (...values: number[]) => {
    for (const value of values) view.setUint32((at += 4) - 4, value >>> 0, true);
  };
  const bytes = (data: Uint8Array) => {
    out.set(data, at);
    at += data.length;
  };
  /** Version needed, flags (bit 11: UTF-8 names), method, time, date, CRC, sizes, name length. */
  const common = (entry: ZipEntry, name: Uint8Array) => {
    u16(20, 0x0800, entry.method, DOS_TIME, DOS_DATE);
    u32(entry.crc32, entry.data.length, entry.size);
    u16(name.length);
  };

  entries.forEach((entry, i) => {
    const name = names[i] ?? new Uint8Array();
    offsets.push(at);
    u32(0x04034b50);
    common(entry, name);
    u16(0);
    bytes(name);
    bytes(entry.data);
  });
  const centralStart = at;
  entries.forEach((entry, i) => {
    const name = names[i] ?? new Uint8Array();
    u32(0x02014b50);
    u16(20);
    common(entry, name);
    u16(0, 0, 0, 0);
    u32(0, offsets[i] ?? 0);
    bytes(name);
  });
  const centralLength = at - centralStart;
  u32(0x06054b50);
  u16(0, 0, entries.length, entries.length);
  u32(centralLength, centralStart);
  u16(0);
  return out;
}
