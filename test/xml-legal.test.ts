/** Text XML cannot hold never breaks the Word file. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { xmlLegal } from "../src/render/xml-legal.js";
import { buildDocx, docxParagraphTexts, docxParts, fixture, parseXmlStrictly, tempDir } from "./helpers.js";

describe("xmlLegal", () => {
  it("drops C0 and C1 controls, CR, U+2028/9, U+FFFE, U+FFFF and lone surrogates; keeps tab, newline and whole pairs", () => {
    expect(xmlLegal("a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\ufffeh\uffffi")).toBe("abcdefghi");
    expect(xmlLegal("x\ud800y\udc00z")).toBe("xyz");
    expect(xmlLegal("\t\n𠀀😀中")).toBe("\t\n𠀀😀中");
    expect(xmlLegal("a\rb\u0085c\u2028d\u2029e\u007ff\u009fg")).toBe("abcdefg");
  });
});

describe("a data file with characters XML cannot hold", () => {
  it("still builds a .docx whose every part parses, with the text around them kept", () => {
    const dir = tempDir();
    const data = readFileSync(fixture("2021-filled.yaml"), "utf8").replace(
      /^intro: .*$/m,
      'intro: "今年\\x01以来\\uFFFE，{{街道名}}\\uFFFF\\uD800\\x1F街道“{{战略名称}}”\x02"',
    );
    writeFileSync(join(dir, "control.yaml"), data);

    const bytes = buildDocx(join(dir, "control.yaml"));
    for (const [name, xml] of Object.entries(docxParts(bytes))) {
      if (name.endsWith(".xml") || name.endsWith(".rels")) expect(() => parseXmlStrictly(xml), name).not.toThrow();
    }
    expect(docxParagraphTexts(bytes)[2]).toBe("今年以来，北坦街道“强省会”");
  });
});
