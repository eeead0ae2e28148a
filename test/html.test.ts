/** The preview's HTML writer: every block kind of the model, escaped, located, with the layout's numbers. */
import { describe, expect, it } from "vitest";
import type { DocumentModel } from "../src/model.js";
import { PAGE_GEOMETRY, documentCss, documentHtml, fontStack } from "../src/write/html.js";

const model: DocumentModel = {
  date: "2020-12-28",
  draftLabel: "草稿",
  properties: { title: "标题", author: "" },
  blocks: [
    { kind: "title", runs: [{ text: "2020年度" }, { text: "X", figure: "blank" }, { text: "街道工作总结" }] },
    { kind: "salutation", runs: [{ text: "各位代表：" }], line: 3 },
    { kind: "heading", level: 1, runs: [{ text: "一、主要工作" }], line: 5 },
    { kind: "heading", level: 2, runs: [{ text: "（一）二级" }] },
    { kind: "heading", level: 3, runs: [{ text: "1.三级" }] },
    { kind: "heading", level: 4, runs: [{ text: "（1）四级" }] },
    {
      kind: "paragraph",
      line: 9,
      runs: [
        { text: "（一）攻坚。", heading: 2 },
        { text: "收入" },
        { text: "12万元", figure: "filled" },
        { text: "，<b>&amp;</b>" },
      ],
    },
    { kind: "closing", lines: [[{ text: "北坦街道" }], [{ text: "2020年12月28日" }]] },
    { kind: "attachmentNote", items: [[{ text: "1. 统计表" }], [{ text: "2. 名单" }]] },
    {
      kind: "attachment",
      label: "附件1",
      title: [{ text: "统计表" }],
      table: {
        columns: [
          { header: "项目", align: "left" },
          { header: "数值", align: "right" },
        ],
        rows: [[[{ text: "收入" }], [{ text: "X", figure: "blank" }]]],
      },
    },
  ],
};

describe("documentHtml", () => {
  const html = documentHtml(model, { final: false });

  it("writes every block kind, in order", () => {
    const order = [
      "2020年度",
      "各位代表：",
      "一、主要工作",
      "（一）二级",
      "1.三级",
      "（1）四级",
      "（一）攻坚。",
      "北坦街道",
      "2020年12月28日",
      "附件：",
      "2. 名单",
      "附件1",
      ">统计表</p>",
      "数值",
    ];
    const positions = order.map((text) => html.indexOf(text));
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const level of [1, 2, 3, 4]) expect(html).toContain(`class="h${level}"`);
    expect(html).toContain('<p class="salutation" data-line="3">');
    expect(html).toContain('<section class="attachment" data-new-page>');
    expect(html).toContain('<td style="text-align: right"><mark class="blank">X</mark></td>');
  });

  it("escapes the text, so the data's words can never become markup", () => {
    expect(html).toContain("，&#60;b&#62;&#38;amp;&#60;/b&#62;");
    expect(html).not.toContain("<b>");
  });

  it("marks blanks in a draft only, and run-in headings by level", () => {
    expect(html).toContain('<mark class="blank">X</mark>');
    expect(html).toContain('<span class="runin l2">（一）攻坚。</span>');
    expect(documentHtml(model, { final: true })).not.toContain("<mark");
  });

  it("says where each paragraph comes from", () => {
    expect(html).toContain('<p class="body" data-line="9">');
    expect(html).toContain('<p class="h1" data-line="5">');
    expect(html).toContain('<p class="h2">');
  });
});

describe("the preview's layout", () => {
  it("takes the page and the grid from the Word layout: A4, a 156 mm column, 22 lines of 28.95 pt", () => {
    expect(PAGE_GEOMETRY.width).toBe(`${Math.round((210 * 1440) / 25.4) / 20}pt`);
    expect(PAGE_GEOMETRY.textWidth).toBe("442.25pt");
    expect(PAGE_GEOMETRY.line).toBe("28.95pt");
    expect(PAGE_GEOMETRY.linesPerPage).toBe(22);
    expect(PAGE_GEOMETRY.textHeight).toBe(`${(22 * 579) / 20}pt`);
    const css = documentCss();
    expect(css).toContain("font: 16pt/28.95pt");
    expect(css).toContain("letter-spacing: -0.25pt");
  });

  it("lists each level's fonts from every profile, then free fonts, then a generic family", () => {
    expect(fontStack("body")).toBe(
      '"仿宋_GB2312", "仿宋", "华文仿宋", "Noto Serif CJK SC", "Source Han Serif SC", serif',
    );
    expect(fontStack("heading1")).toMatch(/^"黑体", "华文黑体", "Noto Sans CJK SC".*sans-serif$/);
  });
});
