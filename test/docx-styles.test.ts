/**
 * The Word file's styles and every kind of block, read from its XML: each kind of paragraph names
 * a style that carries its layout (the style chain resolved as Word does), headings have outline
 * levels, and attachments are real tables. Built from hand-made document models (test/hand-made-models.ts).
 */
import type { Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { writeDocxFromKit } from "../src/write/docx/kit/replay.js";
import { all, attr, children, readDocx, type DocxXml } from "./docx-xml.js";
import { everyKind } from "./hand-made-models.js";

const build = (fonts: "standard" | "windows" | "macos" = "standard", final = false) =>
  readDocx(writeDocxFromKit(everyKind(), { fonts, final }));
const doc = build();

const paragraph = (d: DocxXml, start: string): Element => {
  const found = d.paragraphs.find((p) => p.text.startsWith(start));
  if (!found) throw new Error(`no paragraph starts with ${start}`);
  return found.element;
};
const styleName = (d: DocxXml, id: string) => attr(d.style(id), "w:name", "w:val");

describe("styles (issue 11: styles carry the layout)", () => {
  it("makes Normal the default paragraph style, with the body's whole layout", () => {
    const normal = doc.style("Normal")!;
    expect(normal.getAttribute("w:default")).toMatch(/^(1|true)$/);
    expect(styleName(doc, "Normal")).toBe("Normal");
    const body = paragraph(doc, "街道坚持");
    expect(doc.styleChain(body)).toEqual(["Normal"]);
    const property = (tag: string, name: string) => doc.paragraphProperty(body, tag, name);
    expect([property("w:spacing", "w:line"), property("w:spacing", "w:lineRule")]).toEqual(["579", "exact"]);
    expect([property("w:ind", "w:firstLine"), property("w:ind", "w:firstLineChars")]).toEqual(["640", "200"]);
    expect(property("w:jc", "w:val")).toBe("both");
    // The body's runs carry no formatting of their own: font, size and spacing come from Normal.
    const [run] = doc.runsOf(body);
    expect(run).toMatchObject({ eastAsia: "仿宋_GB2312", halfPoints: "32", spacingTwips: "-5", ownFont: false });
    expect(children(body, "w:pPr")[0]!.childNodes).toHaveLength(1); // w:pStyle alone
  });

  it("gives each heading level Word's built-in heading style, its outline level and its font", () => {
    const expected = [
      ["一、2023年工作回顾", "Heading1", "heading 1", "0", "黑体"],
      ["（一）加强队伍建设", "Heading2", "heading 2", "1", "楷体_GB2312"],
      ["1.完善制度体系", "Heading3", "heading 3", "2", "仿宋_GB2312"],
      ["（1）健全考核办法", "Heading4", "heading 4", "3", "仿宋_GB2312"],
    ];
    for (const [text, id, name, outline, font] of expected) {
      const heading = paragraph(doc, text!);
      expect(doc.paragraphs.find((p) => p.element === heading)!.text).toBe(text);
      expect(doc.styleChain(heading)).toEqual([id, "Normal"]);
      expect(styleName(doc, id!)).toBe(name);
      expect(doc.paragraphProperty(heading, "w:outlineLvl", "w:val")).toBe(outline);
      expect(doc.paragraphProperty(heading, "w:keepNext", "w:val")).not.toBe("false");
      expect(all(doc.style(id!)!, "w:keepNext")).toHaveLength(1);
      // on a line of its own, indented two characters like the body
      expect(doc.paragraphProperty(heading, "w:ind", "w:firstLine")).toBe("640");
      for (const run of doc.runsOf(heading))
        expect([run.eastAsia, run.halfPoints, run.spacingTwips, run.ownFont]).toEqual([font, "32", "-5", false]);
    }
    // Body paragraphs, the title and the rest have no outline level: the navigation pane lists only
    // headings, the run-in ones too (each its own paragraph, joined to its text by a style separator).
    const outlined = doc.paragraphs.filter((p) => doc.paragraphProperty(p.element, "w:outlineLvl", "w:val") !== null);
    expect(outlined.map((p) => p.text)).toEqual([
      "一、2023年工作回顾",
      "（一）加强队伍建设",
      "1.完善制度体系",
      "（1）健全考核办法",
      "（二）优化营商环境。",
      "2.推进项目落地。",
      "（2）做好服务保障。",
      "二、2024年工作思路",
      "营商环境全面优化。",
    ]);
  });

  it("sets the title in Title: 方正小标宋简体 二号, centred, no indent, no character spacing", () => {
    const title = doc.paragraphs[0]!.element;
    expect(doc.styleChain(title)).toEqual(["Title", "Normal"]);
    expect(styleName(doc, "Title")).toBe("Title");
    expect(doc.paragraphProperty(title, "w:jc", "w:val")).toBe("center");
    expect(doc.paragraphProperty(title, "w:ind", "w:firstLine")).toBe("0");
    expect(doc.runsOf(title)[0]).toMatchObject({ eastAsia: "方正小标宋简体", halfPoints: "44", spacingTwips: "0" });
  });

  it("has a style for the salutation, closing, attachment note, label, title, table text, header and footer", () => {
    const names = Object.fromEntries(
      ["Salutation", "SignOff", "AttachmentNote", "AttachmentLabel", "AttachmentTitle", "TableHeading", "TableText"]
        .concat(["Header", "Footer"])
        .map((id) => [id, styleName(doc, id)]),
    );
    expect(names).toEqual({
      Salutation: "Salutation",
      SignOff: "落款",
      AttachmentNote: "附件说明",
      AttachmentLabel: "附件标识",
      AttachmentTitle: "附件标题",
      TableHeading: "表头",
      TableText: "表格文字",
      Header: "header",
      Footer: "footer",
    });
    expect(doc.partFor("header", "default")).toContain('<w:pStyle w:val="Header"/>');
    for (const type of ["default", "even"] as const)
      expect(doc.partFor("footer", type)).toContain('<w:pStyle w:val="Footer"/>');
  });

  it("keeps no style of the docx library's own: no colours, no unused headings", () => {
    const styles = doc.parts["word/styles.xml"]!;
    expect(styles).not.toContain("w:color");
    const ids = [...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]);
    expect(
      ids.filter((id) => /^(Heading[5-9]|Strong|ListParagraph|Caption|TOC\d|Hyperlink|Bibliography)$/.test(id!)),
    ).toEqual([]);
    // the headings Word knows by their English names, never a new style called 标题 1 or 正文
    expect(styles).not.toMatch(/w:name w:val="(正文|标题 \d|Heading \d)"/);
  });

  it("chooses each profile's fonts at build time, in the styles", () => {
    for (const [fonts, heading2, title, latin] of [
      ["windows", "楷体", "宋体", "Times New Roman"],
      ["macos", "华文楷体", "华文中宋", "Times New Roman"],
    ] as const) {
      const d = build(fonts);
      expect(d.runsOf(paragraph(d, "（一）加强队伍建设"))[0]).toMatchObject({ eastAsia: heading2, ascii: latin });
      expect(d.runsOf(d.paragraphs[0]!.element)[0]).toMatchObject({ eastAsia: title, ascii: latin });
    }
  });
});

describe("every kind of block (hand-made model)", () => {
  it("writes the blocks in order, each paragraph naming its style", () => {
    const outside = doc.paragraphs.map((p) => [doc.styleChain(p.element)[0], p.text]);
    expect(outside).toEqual([
      ["Title", "某某街道关于2023年度工作情况的总结"],
      ["Normal", ""],
      ["Salutation", "各位代表："],
      ["Normal", expect.stringMatching(/^街道坚持/)],
      ["Heading1", "一、2023年工作回顾"],
      ["Heading2", "（一）加强队伍建设"],
      ["Normal", expect.stringMatching(/^街道坚持/)],
      ["Heading3", "1.完善制度体系"],
      ["Normal", expect.stringMatching(/^街道坚持/)],
      ["Heading4", "（1）健全考核办法"],
      ["Normal", expect.stringMatching(/^街道坚持/)],
      ["Heading2", "（二）优化营商环境。"],
      ["Normal", expect.stringMatching(/^街道坚持/)],
      ["Heading3", "2.推进项目落地。"],
      ["Normal", "全年新开工项目X个。"],
      ["Heading4", "（2）做好服务保障。"],
      ["Normal", expect.stringMatching(/^街道坚持/)],
      ["Heading1", "二、2024年工作思路"],
      ["Heading1", "营商环境全面优化。"],
      ["Normal", expect.stringMatching(/^街道坚持/)],
      ["Normal", ""],
      ["AttachmentNote", "附件：1.2023年主要指标完成情况表2.2023年重点项目清单"],
      ["Normal", ""],
      ["SignOff", "某某街道办事处"],
      ["SignOff", "2023年12月28日"],
      ["AttachmentLabel", "附件1"],
      ["Normal", ""],
      ["AttachmentTitle", "2023年主要指标完成情况表"],
      ["Normal", ""],
    ]);
  });

  it("sets the salutation flush left, with no indent", () => {
    const salutation = paragraph(doc, "各位代表：");
    expect(doc.paragraphProperty(salutation, "w:ind", "w:firstLine")).toBe("0");
    expect(doc.paragraphProperty(salutation, "w:ind", "w:firstLineChars")).toBe("0");
    expect(doc.paragraphProperty(salutation, "w:ind", "w:left")).toBeNull();
  });

  it("sets run-in headings in their level's style: 黑体, 楷体, then the body's 仿宋, the text after in 正文", () => {
    const fontsOf = (start: string) => {
      const at = doc.paragraphs.findIndex((p) => p.text.startsWith(start));
      return [at, at + 1].flatMap((i) =>
        doc.runsOf(doc.paragraphs[i]!.element).map((r) => [r.text, r.eastAsia, r.ownFont]),
      );
    };
    expect(fontsOf("（二）优化营商环境")).toEqual([
      ["（二）", "楷体_GB2312", false],
      ["优化营商环境。", "楷体_GB2312", false],
      [expect.stringMatching(/^街道坚持/), "仿宋_GB2312", false],
    ]);
    expect(fontsOf("营商环境全面优化")[0]).toEqual(["营商环境全面优化。", "黑体", false]);
    expect(fontsOf("2.推进项目落地").slice(0, 3)).toEqual([
      ["2.", "仿宋_GB2312", false],
      ["推进项目落地。", "仿宋_GB2312", false],
      ["全年新开工项目", "仿宋_GB2312", false],
    ]);
    expect(fontsOf("（2）做好服务保障")[0]).toEqual(["（2）", "仿宋_GB2312", false]);
  });

  it("sets the attachment note one blank line under the body: 附件： two characters in, the names aligned", () => {
    const note = paragraph(doc, "附件：");
    const index = doc.paragraphs.findIndex((p) => p.element === note);
    expect(doc.paragraphs[index - 1]!.text).toBe("");
    const left = Number(doc.paragraphProperty(note, "w:ind", "w:left"));
    const hanging = Number(doc.paragraphProperty(note, "w:ind", "w:hanging"));
    expect(left - hanging).toBe(640); // 附件： starts where a body paragraph's first line does
    expect(hanging).toBe(3 * 315); // the names start three body characters (附件：) further in
    const runs = doc.runsOf(note);
    expect(runs.map((r) => [r.text, r.breaks])).toEqual([
      ["附件：", 0],
      ["1.2023年主要指标完成情况表", 0],
      ["2.2023年重点项目清单", 1],
    ]);
  });

  it("starts the attachment on a new page: 附件1 in 黑体 flush left, the title centred on the third line", () => {
    const label = paragraph(doc, "附件1");
    expect(all(doc.style("AttachmentLabel")!, "w:pageBreakBefore")).toHaveLength(1);
    expect(doc.paragraphProperty(label, "w:pageBreakBefore", "w:val")).not.toBe("false");
    expect(doc.paragraphProperty(label, "w:ind", "w:firstLine")).toBe("0");
    expect(doc.runsOf(label)[0]).toMatchObject({ eastAsia: "黑体", halfPoints: "32" });
    const index = doc.paragraphs.findIndex((p) => p.element === label);
    const title = doc.paragraphs[index + 2]!.element;
    expect(doc.styleChain(title)).toEqual(["AttachmentTitle", "Title", "Normal"]);
    expect(doc.paragraphProperty(title, "w:jc", "w:val")).toBe("center");
    expect(doc.runsOf(title)[0]).toMatchObject({ eastAsia: "方正小标宋简体", halfPoints: "44" });
  });
});

describe("the attachment's table (layout.md: Tables; word-wps.md: Tables)", () => {
  const table = children(doc.body, "w:tbl")[0]!;
  const rows = children(table, "w:tr");
  const widths = all(table, "w:gridCol").map((c) => Number(c.getAttribute("w:w")));

  it("is a real table as wide as the text block: fixed layout, dxa widths on the table, grid and every cell", () => {
    expect(children(doc.body, "w:tbl")).toHaveLength(1);
    expect([attr(table, "w:tblW", "w:w"), attr(table, "w:tblW", "w:type")]).toEqual(["8845", "dxa"]);
    expect(attr(table, "w:tblLayout", "w:type")).toBe("fixed");
    expect(widths).toHaveLength(5);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8845);
    for (const row of rows)
      expect(children(row, "w:tc").map((cell) => Number(attr(cell, "w:tcW", "w:w")))).toEqual(widths);
    // the name column is the widest, the unit column the narrowest
    expect(Math.max(...widths)).toBe(widths[0]);
    expect(Math.min(...widths)).toBe(widths[1]);
  });

  it("is ruled on every edge and between every cell", () => {
    const borders = all(table, "w:tblBorders")[0]!;
    for (const edge of ["top", "left", "bottom", "right", "insideH", "insideV"])
      expect(attr(borders, `w:${edge}`, "w:val"), edge).toBe("single");
  });

  it("repeats the header row on every page and keeps every row whole", () => {
    expect(rows).toHaveLength(7);
    const flags = rows.map((row) => [all(row, "w:tblHeader").length, all(row, "w:cantSplit").length]);
    expect(flags).toEqual([[1, 1], ...Array.from({ length: 6 }, () => [0, 1])]);
  });

  it("heads the columns in 黑体, centred; sets the text in 仿宋 四号, numbers right-aligned", () => {
    const cells = rows.map((row) => children(row, "w:tc").map((cell) => all(cell, "w:p")[0]!));
    const header = cells[0]!;
    expect(header.map((p) => doc.runsOf(p)[0]!.text)).toEqual(["指标", "单位", "2023年", "2022年", "同比"]);
    for (const p of header) {
      expect(doc.styleChain(p)).toEqual(["TableHeading", "Normal"]);
      expect(doc.paragraphProperty(p, "w:jc", "w:val")).toBe("center");
      expect(doc.runsOf(p)[0]).toMatchObject({ eastAsia: "黑体", halfPoints: "28" });
    }
    const second = cells[2]!;
    expect(
      second.map((p) =>
        doc
          .runsOf(p)
          .map((r) => r.text)
          .join(""),
      ),
    ).toEqual(["第2项主要指标", "亿元", "4.62", "4.34", "增长8.4%"]);
    expect(second.map((p) => doc.paragraphProperty(p, "w:jc", "w:val"))).toEqual([
      "left",
      "center",
      "right",
      "right",
      "right",
    ]);
    for (const p of second) {
      expect(doc.paragraphProperty(p, "w:ind", "w:firstLine")).toBe("0");
      expect(doc.runsOf(p)[0]).toMatchObject({ eastAsia: "仿宋_GB2312", halfPoints: "28", spacingTwips: "0" });
    }
  });

  it("highlights a blank figure in a cell in a draft, not in a final", () => {
    const blankCell = all(rows[3]!, "w:tc")[2]!;
    expect(doc.runsOf(all(blankCell, "w:p")[0]!)[0]).toMatchObject({ text: "X", highlight: "yellow" });
    expect(build("standard", true).parts["word/document.xml"]).not.toContain("w:highlight");
  });
});
