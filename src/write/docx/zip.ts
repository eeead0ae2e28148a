/**
 * A minimal zip writer (PKWARE APPNOTE 6.3: local headers, central directory, end record) for the
 * .docx package. fflate writes zips too, but cannot take entries compressed in advance, which is
 * what lets a build skip deflating the parts that never change (see kit/).
 */
import { deflateSync } from "fflate";
import * as zlib from "node:zlib";

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

/**
 * CRC-32 (the zip one): zlib's, in Node since 20.15 (the engines field allows any 20), native and
 * a cold build's 2 % of instructions cheaper than the JavaScript below, which starts interpreted.
 */
export const crc32: (data: Uint8Array) => number =
  (zlib as { crc32?: (data: Uint8Array) => number }).crc32 ?? ((data) => crc32BySlices(data));

let crcTables: Uint32Array | undefined;

/** Slicing-by-8: eight tables, eight bytes a step, the same value as a byte at a time. */
const crcTablesMade = (): Uint32Array => {
  const tables = new Uint32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[n] = c;
  }
  for (let n = 0; n < 256; n++)
    for (let t = 1; t < 8; t++)
      tables[t * 256 + n] = (tables[(t - 1) * 256 + n]! >>> 8) ^ tables[tables[(t - 1) * 256 + n]! & 0xff]!;
  return tables;
};

/** Exported for the test that holds it to zlib's. */
export function crc32BySlices(data: Uint8Array): number {
  const t = (crcTables ??= crcTablesMade());
  let crc = 0xffffffff;
  let i = 0;
  for (const end = data.length - 7; i < end; i += 8) {
    const low = (crc ^ (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24))) >>> 0;
    crc =
      t[7 * 256 + (low & 0xff)]! ^
      t[6 * 256 + ((low >>> 8) & 0xff)]! ^
      t[5 * 256 + ((low >>> 16) & 0xff)]! ^
      t[4 * 256 + (low >>> 24)]! ^
      t[3 * 256 + data[i + 4]!]! ^
      t[2 * 256 + data[i + 5]!]! ^
      t[256 + data[i + 6]!]! ^
      t[data[i + 7]!]!;
  }
  for (; i < data.length; i++) crc = t[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
