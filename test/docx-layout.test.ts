/**
 * The Word file against the tables of shared/reference/layout.md, read from its XML. The render
 * suite (npm run test:render) checks what a word processor makes of these values.
 */
import type { Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { attr, readDocx } from "./docx-xml.js";
import { buildDocx, fixture, parseXml } from "./helpers.js";

const draft = readDocx(buildDocx("data/2020.yaml"));
const final = readDocx(buildDocx(fixture("2020-filled.yaml"), ["--final"]));
const find = (doc: typeof draft, start: string) => {
  const found = doc.paragraphs.find((p) => p.text.startsWith(start));
  if (!found) throw new Error(`no paragraph starts with ${start}`);
  return found.element;
};

describe("page (layout.md: Page)", () => {
  it("is A4 with margins 37/35/28/26 mm, rounded not floored", () => {
    expect(attr(draft.sectPr, "w:pgSz", "w:w")).toBe("11906");
    expect(attr(draft.sectPr, "w:pgSz", "w:h")).toBe("16838");
    const margin = (side: string) => attr(draft.sectPr, "w:pgMar", `w:${side}`);
    expect([margin("top"), margin("bottom"), margin("left"), margin("right")]).toEqual([
      "2098",
      "1984",
      "1587",
      "1474",
    ]);
    expect(margin("footer")).toBe("1307");
  });

  it("puts every paragraph of the body on the exact 579-twip grid, no space before or after", () => {
    for (const { element } of draft.paragraphs) {
      const property = (tag: string, name: string) => draft.paragraphProperty(element, tag, name);
      expect([property("w:spacing", "w:line"), property("w:spacing", "w:lineRule")]).toEqual(["579", "exact"]);
      expect([property("w:spacing", "w:before"), property("w:spacing", "w:after")]).toEqual(["0", "0"]);
      expect(property("w:widowControl", "w:val")).toMatch(/^(false|0)$/);
      expect(draft.styleChain(element).at(-1)).toBe("Normal");
      // hanging punctuation is the document default's (docx-word-wps.test.ts), never a paragraph's own
      expect(draft.paragraphProperty(element, "w:overflowPunct", "w:val")).toBeNull();
    }
  });
});

describe("type (layout.md: Type)", () => {
  it("sets the title in 方正小标宋简体 二号 (44 half-points), centred, then one blank line", () => {
    const [title, blank] = draft.paragraphs;
    expect(draft.paragraphProperty(title!.element, "w:jc", "w:val")).toBe("center");
    for (const run of draft.runsOf(title!.element))
      expect([run.eastAsia, run.halfPoints]).toEqual(["方正小标宋简体", "44"]);
    expect(blank!.text).toBe("");
  });

  it("sets 一、 headings in 黑体 三号, indented two characters (200 hundredths, 640 twips)", () => {
    const heading = find(draft, "一、主要工作完成情况");
    expect(draft.paragraphProperty(heading, "w:ind", "w:firstLineChars")).toBe("200");
    expect(draft.paragraphProperty(heading, "w:ind", "w:firstLine")).toBe("640");
    for (const run of draft.runsOf(heading))
      expect([run.eastAsia, run.halfPoints, run.spacingTwips]).toEqual(["黑体", "32", "-5"]);
  });

  it("runs （一） headings in 楷体_GB2312 into their paragraph of 仿宋_GB2312 三号, justified, indented two characters", () => {
    const paragraph = find(draft, "（一）攻坚疫情防控");
    expect(draft.paragraphProperty(paragraph, "w:jc", "w:val")).toBe("both");
    expect(draft.paragraphProperty(paragraph, "w:ind", "w:firstLineChars")).toBe("200");
    expect(draft.paragraphProperty(paragraph, "w:ind", "w:firstLine")).toBe("640");
    const runs = draft.runsOf(paragraph);
    const heading = "（一）攻坚疫情防控，提升辖区“免疫力”。";
    expect(runs[0]).toMatchObject({ text: heading, eastAsia: "楷体_GB2312", halfPoints: "32", spacingTwips: "-5" });
    expect(
      runs.slice(1).every((r) => r.eastAsia === "仿宋_GB2312" && r.halfPoints === "32" && r.spacingTwips === "-5"),
    ).toBe(true);
  });

  it("numbers pages as — N — in 宋体 四号: odd pages right, even left, one character (280 twips) in", () => {
    expect(draft.parts["word/settings.xml"]).toMatch(
      /<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="(true|1)"\/>/,
    );
    for (const [type, side, indent] of [
      ["default", "right", "w:right"],
      ["even", "left", "w:left"],
    ] as const) {
      const footer = parseXml(draft.partFor("footer", type) ?? "").documentElement as unknown as Element;
      const paragraph = footer.getElementsByTagName("w:p")[0] as Element;
      expect(attr(paragraph, "w:jc", "w:val")).toBe(side);
      expect(attr(paragraph, "w:ind", indent)).toBe("280");
      // The page number is a PAGE field (its cached value 1 or 2) between an em dash and a space on each side.
      expect(footer.textContent).toBe(`—  PAGE ${type === "default" ? 1 : 2} —`);
      expect(footer.getElementsByTagName("w:fldChar")).toHaveLength(3);
      const runs = draft.runsOf(paragraph).filter((r) => r.eastAsia);
      expect(runs.every((r) => r.eastAsia === "宋体" && r.halfPoints === "28")).toBe(true);
    }
  });
});

describe("drafts and finals", () => {
  it("prints each blank figure as X in a run of its own, highlighted yellow, in a draft", () => {
    const runs = draft.paragraphs.flatMap((p) => draft.runsOf(p.element));
    const blanks = runs.filter((r) => r.highlight);
    expect(blanks.length).toBeGreaterThan(20);
    expect(blanks.every((r) => r.text === "X" && r.highlight === "yellow")).toBe(true);
    expect(runs.filter((r) => r.text.includes("X") && !r.highlight)).toEqual([]);
  });

  it("heads every page of a draft with 草稿, or the data's own label", () => {
    for (const type of ["default", "even"] as const) expect(draft.partFor("header", type)).toContain(">草稿<");
    const labelled = readDocx(buildDocx(fixture("2020-filled.yaml")));
    expect(labelled.partFor("header", "default")).toContain(">征求意见稿<");
  });

  it("has no highlight and no header in a final", () => {
    expect(final.sectPr.getElementsByTagName("w:headerReference")).toHaveLength(0);
    expect(final.parts["word/document.xml"]).not.toContain("w:highlight");
  });
});

describe("title and closing", () => {
  it("breaks a long title into balanced lines at a word boundary", () => {
    const runs = final.runsOf(final.paragraphs[0]!.element);
    expect(runs.reduce((n, r) => n + r.breaks, 0)).toBe(1);
    const at = runs.findIndex((r) => r.breaks === 1);
    const lines = [runs.slice(0, at), runs.slice(at)].map((part) => part.map((r) => r.text).join(""));
    expect(lines).toEqual(["北坦街道关于2020年度深化区域党建", "建设科创街区推动各项工作落实落地的总结"]);
  });

  it("sets the closing after one blank line: organisation, then the date two characters further right", () => {
    const last = final.paragraphs.slice(-3);
    expect(last.map((p) => p.text)).toEqual(["", "北坦街道", "2020年12月28日"]);
    const [organisationLeft, dateLeft] = last
      .slice(1)
      .map((p) => Number(final.paragraphProperty(p.element, "w:ind", "w:left")));
    expect(dateLeft! - organisationLeft!).toBe(2 * 315);
  });
});

describe("font profiles (--fonts)", () => {
  const bodyRun = (args: string[]) => {
    const doc = readDocx(buildDocx("data/2020.yaml", args));
    return doc.runsOf(find(doc, "今年以来"))[0];
  };

  it("asks for the standard's fonts by default, the same font for digits", () => {
    expect(draft.runsOf(find(draft, "今年以来"))[0]).toMatchObject({
      eastAsia: "仿宋_GB2312",
      ascii: "仿宋_GB2312",
      hint: "eastAsia",
    });
  });

  it("asks for 仿宋 on Windows and 华文仿宋 on macOS, with Times New Roman digits and Chinese punctuation kept Chinese", () => {
    expect(bodyRun(["--fonts", "windows"])).toMatchObject({
      eastAsia: "仿宋",
      ascii: "Times New Roman",
      hint: "eastAsia",
    });
    expect(bodyRun(["--fonts", "macos"])).toMatchObject({
      eastAsia: "华文仿宋",
      ascii: "Times New Roman",
      hint: "eastAsia",
    });
  });
});
