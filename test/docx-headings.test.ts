/**
 * Every heading of every level is a heading in the document's structure (issue 23), read from the
 * XML as Word reads it: a paragraph's outline level is its own w:outlineLvl or its style chain's
 * (what the navigation pane, a TOC field and a PDF's bookmarks list); a run-in heading is a
 * paragraph of its level's style whose mark is hidden with w:vanish + w:specVanish (Word's style
 * separator), so the page shows it run in to the body paragraph after it.
 */
import type { Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { all, readDocx, type DocxXml } from "./docx-xml.js";
import { HEADINGS_2020, HEADINGS_FOUR_LEVELS, type Heading } from "./expected-headings.js";
import { buildDocx, fixture } from "./helpers.js";

const isSeparator = (p: Element) => {
  const markProperties = all(p, "w:pPr").flatMap((pPr) => all(pPr, "w:rPr"));
  return markProperties.some((rPr) => all(rPr, "w:specVanish").length > 0 && all(rPr, "w:vanish").length > 0);
};

/** The outline as Word builds it: every paragraph with an outline level (0 = level 1), in order. */
function outline(doc: DocxXml): Heading[] {
  return doc.paragraphs.flatMap(({ element, text }) => {
    const level = doc.paragraphProperty(element, "w:outlineLvl", "w:val");
    return level === null ? [] : [{ level: Number(level) + 1, text, runIn: isSeparator(element) }];
  });
}

const EXPECTED: Record<string, { file: string; args?: string[]; headings: readonly Heading[] }> = {
  "data/2020.yaml": { file: "data/2020.yaml", headings: HEADINGS_2020 },
  "the four levels (shapes/d-levels.yaml)": {
    file: fixture("shapes/d-levels.yaml"),
    args: ["--final"],
    headings: HEADINGS_FOUR_LEVELS,
  },
};

/** GB/T 9704 §7.3.3's fonts, by level, in the standard profile. */
const LEVEL_FONT = { 1: "黑体", 2: "楷体_GB2312", 3: "仿宋_GB2312", 4: "仿宋_GB2312" } as Record<number, string>;

describe.each(Object.entries(EXPECTED))("%s", (_, { file, args = [], headings }) => {
  const doc = readDocx(buildDocx(file, args));

  it("has every heading at its outline level, run-in ones through a style separator", () => {
    expect(outline(doc)).toEqual(headings);
  });

  it("gives each heading its level's style (heading n, its font from the style, none of its own)", () => {
    for (const { element, text } of doc.paragraphs) {
      const level = doc.paragraphProperty(element, "w:outlineLvl", "w:val");
      if (level === null) continue;
      const n = Number(level) + 1;
      expect(doc.styleChain(element)[0], text).toBe(`Heading${n}`);
      for (const run of doc.runsOf(element)) {
        expect(run.ownFont, run.text).toBe(false);
        expect(run.eastAsia, run.text).toBe(LEVEL_FONT[n]);
      }
    }
  });

  it("joins each run-in heading to a body paragraph (正文) that follows it, the only hidden marks in the file", () => {
    const list = doc.paragraphs;
    list.forEach(({ element, text }, i) => {
      if (!isSeparator(element)) return;
      const next = list[i + 1];
      expect(next, text).toBeDefined();
      expect(doc.styleChain(next!.element)[0], text).toBe("Normal");
      expect(next!.text.length, text).toBeGreaterThan(0);
    });
    const hidden = list.filter(({ element }) => all(element, "w:vanish").length > 0);
    expect(hidden.every(({ element }) => isSeparator(element))).toBe(true);
  });
});

describe("the filled 2020 summary (2020-filled.yaml)", () => {
  const doc = readDocx(buildDocx(fixture("2020-filled.yaml"), ["--final"]));

  it("has its 13 headings in the outline, the ten （一） ones run in", () => {
    const found = outline(doc);
    expect(found.map((x) => x.level)).toEqual([1, 2, 2, 2, 2, 2, 2, 1, 1, 2, 2, 2, 2]);
    expect(found.filter((x) => x.runIn)).toHaveLength(10);
    expect(found[1]).toEqual({ level: 2, text: "（一）攻坚疫情防控，提升辖区“免疫力”。", runIn: true });
  });
});
