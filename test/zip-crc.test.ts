import { describe, expect, it, vi } from "vitest";
import * as zlib from "node:zlib";
import { crc32, crc32BySlices } from "../src/write/docx/crc32.js";

/** CRC-32 as the zip format defines it, bit by bit: the reference the fast one must equal. */
function bitwise(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

// The WebAssembly one a build uses, and the JavaScript one where WebAssembly is off: both the zip format's.
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

  it("equals zlib's over lengths that span the module's memory more than once (a page less its table at a time)", () => {
    let seed = 11;
    const bytes = Uint8Array.from({ length: 200_000 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
    for (const length of [64_511, 64_512, 64_513, 129_024, 129_025, 200_000])
      expect(crc32(bytes.subarray(0, length))).toBe(zlib.crc32(bytes.subarray(0, length)));
  });
});

it("falls back to the JavaScript CRC where WebAssembly is off or refuses the module", async () => {
  const data = new TextEncoder().encode("123456789");
  for (const webAssembly of [
    undefined,
    {
      Module: function () {
        throw new Error("compiling WebAssembly is not allowed here");
      },
    },
  ]) {
    vi.resetModules();
    vi.stubGlobal("WebAssembly", webAssembly);
    try {
      const fresh = await import("../src/write/docx/crc32.js");
      expect(fresh.crc32(data)).toBe(0xcbf43926);
    } finally {
      vi.unstubAllGlobals();
    }
  }
});
