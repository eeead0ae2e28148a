/**
 * CRC-32 as the zip format defines it (APPNOTE 4.4.7), for the parts a build stores. A
 * WebAssembly function of a dozen instructions does it: native from the first byte, where the same
 * loop in JavaScript starts interpreted, and zlib's (node:zlib) costs a cold build the loading of
 * that module and of Node's streams under it. Where WebAssembly is off (node --jitless) or refuses
 * the module, the JavaScript one below. The module is assembled when the first CRC is asked for.
 */

/** The data is copied into the module's memory after the table, a page at most at a time. */
const TABLE_BYTES = 256 * 4;
const PAGE = 65_536;
const CHUNK = PAGE - TABLE_BYTES;

// The opcodes used (WebAssembly core specification 1.0, §5.4).
const [BLOCK, LOOP, BR, BR_IF, END] = [0x02, 0x03, 0x0c, 0x0d, 0x0b];
const [GET, SET] = [0x20, 0x21];
const [LOAD, LOAD8_U, STORE] = [0x28, 0x2d, 0x36];
const [CONST, EQZ, LT_U, GE_U, ADD, SUB, AND, XOR, SHL, SHR_U] = [
  0x41, 0x45, 0x49, 0x4f, 0x6a, 0x6b, 0x71, 0x73, 0x74, 0x76,
];
const I32 = 0x7f;
const VOID = 0x40;
/** A signed LEB128 i32 constant. */
const i32 = (value: number): number[] => {
  const bytes: number[] = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    if ((value === 0 && !(byte & 0x40)) || (value === -1 && byte & 0x40)) return [...bytes, byte];
    bytes.push(byte | 0x80);
  }
};
/** An unsigned LEB128 length or index. */
const u32 = (value: number): number[] => (value < 0x80 ? [value] : [(value & 0x7f) | 0x80, ...u32(value >>> 7)]);
const vector = (items: number[][]): number[] => [...u32(items.length), ...items.flat()];
const section = (id: number, bytes: number[]): number[] => [id, ...u32(bytes.length), ...bytes];
const name = (text: string): number[] => [...u32(text.length), ...[...text].map((c) => c.charCodeAt(0))];
const body = (locals: number[][], code: number[]): number[] => {
  const bytes = [...vector(locals), ...code, END];
  return [...u32(bytes.length), ...bytes];
};

/** start(): the byte-at-a-time table into memory 0…1023. Locals: n, c, k. */
const makeTable = () =>
  body(
    [[3, I32]],
    [
      ...[BLOCK, VOID, LOOP, VOID],
      ...[GET, 0, CONST, ...i32(256), GE_U, BR_IF, 1],
      ...[GET, 0, SET, 1, CONST, 8, SET, 2],
      ...[BLOCK, VOID, LOOP, VOID],
      ...[GET, 2, EQZ, BR_IF, 1],
      // c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1, as c >>> 1 ^ (0xedb88320 & -(c & 1))
      ...[GET, 1, CONST, 1, SHR_U, CONST, ...i32(0xedb88320 | 0)],
      ...[CONST, 0, GET, 1, CONST, 1, AND, SUB, AND, XOR, SET, 1],
      ...[GET, 2, CONST, ...i32(-1), ADD, SET, 2, BR, 0, END, END],
      ...[GET, 0, CONST, 2, SHL, GET, 1, STORE, 2, 0],
      ...[GET, 0, CONST, 1, ADD, SET, 0, BR, 0, END, END],
    ],
  );

/** update(crc, length): the CRC on over the bytes at 1024…, without its first and last inversion. Locals: p, end. */
const update = () =>
  body(
    [[2, I32]],
    [
      ...[CONST, ...i32(TABLE_BYTES), SET, 2, GET, 1, CONST, ...i32(TABLE_BYTES), ADD, SET, 3],
      ...[BLOCK, VOID, LOOP, VOID],
      ...[GET, 2, GET, 3, LT_U, EQZ, BR_IF, 1],
      // crc = table[(crc ^ byte) & 0xff] ^ (crc >>> 8)
      ...[GET, 0, GET, 2, LOAD8_U, 0, 0, XOR, CONST, ...i32(0xff), AND, CONST, 2, SHL, LOAD, 2, 0],
      ...[GET, 0, CONST, 8, SHR_U, XOR, SET, 0],
      ...[GET, 2, CONST, 1, ADD, SET, 2, BR, 0, END, END],
      ...[GET, 0],
    ],
  );

const moduleBytes = () =>
  Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(
      1,
      vector([
        [0x60, 0, 0],
        [0x60, 2, I32, I32, 1, I32],
      ]),
    ), // types: () → (), (i32, i32) → i32
    ...section(3, vector([[0], [1]])), // functions: makeTable, update
    ...section(5, vector([[0, 1]])), // one memory, one page
    ...section(
      7,
      vector([
        [...name("memory"), 2, 0],
        [...name("update"), 0, 1],
      ]),
    ),
    ...section(8, [0]), // start: makeTable
    ...section(10, vector([makeTable(), update()])),
  ]);

interface Crc32Exports {
  readonly memory: { readonly buffer: ArrayBuffer };
  update(crc: number, length: number): number;
}
/** What is used of the WebAssembly API (the project's TypeScript libraries have no DOM). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { readonly exports: unknown };
}

let wasm: Crc32Exports | null | undefined;

/** The module's exports, or null where WebAssembly is off or refuses to compile it (the JavaScript one then serves). */
function instantiate(): Crc32Exports | null {
  const api = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
  if (!api) return null;
  try {
    return new api.Instance(new api.Module(moduleBytes())).exports as Crc32Exports;
  } catch {
    return null;
  }
}

export function crc32(data: Uint8Array): number {
  const module = (wasm ??= instantiate());
  if (!module) return crc32BySlices(data);
  const memory = new Uint8Array(module.memory.buffer);
  let crc = -1;
  for (let at = 0; at < data.length; at += CHUNK) {
    const chunk = data.subarray(at, at + CHUNK);
    memory.set(chunk, TABLE_BYTES);
    crc = module.update(crc, chunk.length);
  }
  return (crc ^ -1) >>> 0;
}

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

/** Exported for the test that holds it to the bitwise definition. */
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
