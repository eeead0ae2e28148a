import { describe, expect, it } from "vitest";
import { crc32, crc32BySlices } from "../src/write/docx/zip.js";

/** CRC-32 as the zip format defines it, bit by bit: the reference the fast one must equal. */
function bitwise(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

// zlib's where Node has it (20.15 and later), else the JavaScript one: both must be the zip format's.
describe.each([
  ["crc32", crc32],
  ["crc32BySlices", crc32BySlices],
])("%s", (_, crc32) => {
  it("is the zip format's CRC-32 (the check value of “123456789” is cbf43926)", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  it("equals the bitwise CRC for every length around its eight-byte steps, at any offset", () => {
    let seed = 7;
    const bytes = Uint8Array.from({ length: 300 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
    for (let start = 0; start < 9; start++)
      for (let length = 0; length < 40; length++) {
        const data = bytes.subarray(start, start + length);
        expect(crc32(data)).toBe(bitwise(data));
      }
    expect(crc32(bytes)).toBe(bitwise(bytes));
  });
});
