/** What editors on Windows save must build the same document as the UTF-8 original. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "./helpers.js";

const original = readFileSync(join(ROOT, "data", "2020.yaml"), "utf8");
const build = (file: string) => runCli(["--lang", "zh", "build", file, "-f", "txt", "-o", "-"]);

/**
 * data/2020.yaml has one character GBK cannot hold (a no-break space in “一网连心 党员帮办”, as in the
 * reference); Notepad would lose it too. So a GBK copy is compared with the UTF-8 file of what GBK
 * kept, and GB18030, which holds every character, with the original itself.
 */
const gbkKept = iconv.decode(iconv.encode(original, "gbk"), "gbk");
const withGbkContent = join(tempDir(), "2020.yaml");
writeFileSync(withGbkContent, gbkKept);

/** What Notepad writes for “Unicode”: a byte-order mark FF FE, then UTF-16 little-endian. */
function utf16le(text: string): Uint8Array {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
}

function utf16be(text: string): Uint8Array {
  const bytes = Buffer.from(text, "utf16le").swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), bytes]);
}

const copies: Record<string, [Uint8Array, string]> = {
  GB18030: [iconv.encode(original, "gb18030"), join(ROOT, "data", "2020.yaml")],
  "GBK (Notepad's “ANSI”)": [iconv.encode(original, "gbk"), withGbkContent],
  "GBK with CRLF": [iconv.encode(original.replace(/\n/g, "\r\n"), "gbk"), withGbkContent],
  "UTF-8 with a byte-order mark": [
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original)]),
    join(ROOT, "data", "2020.yaml"),
  ],
  "UTF-16 LE (Notepad's “Unicode”)": [utf16le(original.replace(/\n/g, "\r\n")), join(ROOT, "data", "2020.yaml")],
  "UTF-16 BE (Notepad's “Unicode big endian”)": [utf16be(original), join(ROOT, "data", "2020.yaml")],
  "CRLF line endings": [Buffer.from(original.replace(/\n/g, "\r\n")), join(ROOT, "data", "2020.yaml")],
};

describe("a copy of data/2020.yaml saved as", () => {
  for (const [name, [bytes, utf8Original]] of Object.entries(copies)) {
    it(`${name} builds the same text`, () => {
      const expected = build(utf8Original);
      expect(expected.status).toBe(0);
      expect(Buffer.from(bytes).equals(Buffer.from(original))).toBe(false);
      const file = join(tempDir(), "2020.yaml");
      writeFileSync(file, bytes);
      const result = build(file);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(expected.stdout);
      if (name.includes("UTF-16"))
        expect(result.stderr).toMatch(/2020\.yaml:2:\d+ {2}提醒：文件是按“Unicode”（UTF-16）编码保存的/);
      else if (name.includes("GB"))
        expect(result.stderr).toMatch(/2020\.yaml:2:\d+ {2}提醒：文件是按 GBK\/GB18030 编码保存的/);
      else expect(result.stderr).toBe("");
    });
  }

  it("GBK, with a mistake, still points at the right line and column", () => {
    const file = join(tempDir(), "2020.yaml");
    writeFileSync(file, iconv.encode(original.replace("year: 2020", "year：2020").replace(/\n/g, "\r\n"), "gbk"));
    const result = build(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:8:5  错误：“year”后面用了中文冒号“：”`);
  });
});
