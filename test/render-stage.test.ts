import { describe, expect, it } from "vitest";
import { plainText } from "../src/model.js";
import { chineseNumeral } from "../src/summary/numbering.js";
import { MarkupError, parseMarkup } from "../src/render/markup.js";
import { parseProse } from "../src/summary/prose-syntax.js";

describe("chineseNumeral", () => {
  it.each([
    [1, "一"],
    [7, "七"],
    [10, "十"],
    [11, "十一"],
    [20, "二十"],
    [99, "九十九"],
    [100, "一百"],
    [105, "一百零五"],
    [110, "一百一十"],
  ])("%i → %s", (n, text) => expect(chineseNumeral(n)).toBe(text));
});

describe("parseMarkup", () => {
  it("numbers level-1 headings and restarts run-in numbering under each", () => {
    const model = parseMarkup(
      "<h1>甲</h1><p><runin>a。</runin>b</p><p><runin>c。</runin>d</p><h1>乙</h1><p><runin>e。</runin>f</p>",
    );
    expect(model.blocks.map((b) => ("runs" in b ? plainText(b.runs) : ""))).toEqual([
      "一、甲",
      "（一）a。b",
      "（二）c。d",
      "二、乙",
      "（一）e。f",
    ]);
  });

  it("keeps figures in runs of their own, inside run-in headings too", () => {
    const model = parseMarkup("<p><runin>完成<blank>X</blank>万元。</runin>正文<fig>12</fig>次</p>");
    const block = model.blocks[0];
    expect(block?.kind === "paragraph" && block.runs).toEqual([
      { text: "（一）完成", heading: 2, number: "（一）" },
      { text: "X", heading: 2, figure: "blank" },
      { text: "万元。", heading: 2 },
      { text: "正文" },
      { text: "12", figure: "filled" },
      { text: "次" },
    ]);
  });

  it("decodes what Handlebars escaped and drops the template's line breaks", () => {
    const model = parseMarkup("<title>\n  a &amp; &lt;b&gt; &quot;c&quot; &#x27;d&#x27;\n</title>\n");
    expect(model.blocks[0]).toEqual({ kind: "title", runs: [{ text: "a & <b> \"c\" 'd'" }] });
  });

  it("numbers four levels, each restarting under the one above, standalone or run in", () => {
    const model = parseMarkup(
      "<h1>甲</h1><h2>乙</h2><p><runin3>a。</runin3>b</p><p><runin4>c。</runin4>d</p><p><runin4>e。</runin4>f</p>" +
        "<p><runin3>g。</runin3>h</p><h3>丙</h3><h4>丁</h4><h2>戊</h2><h1>己</h1><h2>庚</h2>",
    );
    expect(model.blocks.map((b) => ("runs" in b ? `${b.kind}:${plainText(b.runs)}` : ""))).toEqual([
      "heading:一、甲",
      "heading:（一）乙",
      "paragraph:1.a。b",
      "paragraph:（1）c。d",
      "paragraph:（2）e。f",
      "paragraph:2.g。h",
      "heading:3.丙",
      "heading:（1）丁",
      "heading:（二）戊",
      "heading:二、己",
      "heading:（一）庚",
    ]);
    expect(model.blocks.map((b) => (b.kind === "heading" ? b.level : 0))).toEqual([1, 2, 0, 0, 0, 0, 3, 4, 2, 1, 2]);
  });

  it("gives a run-in heading's runs its level; a lead sentence has no number and takes no number", () => {
    const model = parseMarkup("<p><lead3>甲。</lead3>乙</p><p><runin3>丙。</runin3>丁</p>");
    expect(model.blocks.map((b) => b.kind === "paragraph" && b.runs)).toEqual([
      [{ text: "甲。", heading: 3 }, { text: "乙" }],
      [{ text: "1.丙。", heading: 3, number: "1." }, { text: "丁" }],
    ]);
  });

  it("runs a heading written between blocks into the paragraph after it, or sets it alone before anything else", () => {
    const model = parseMarkup(
      "<runin2>甲。</runin2>\n<p>乙</p><p>丙</p><runin2>丁。</runin2><h3>戊</h3><salutation>各位代表：</salutation>",
    );
    expect(model.blocks.map((b) => ("runs" in b ? `${b.kind}:${plainText(b.runs)}` : ""))).toEqual([
      "paragraph:（一）甲。乙",
      "paragraph:丙",
      "paragraph:（二）丁。",
      "heading:1.戊",
      "salutation:各位代表：",
    ]);
  });

  it("ends the block at <pb> and begins another of its element, with the line given after it", () => {
    const model = parseMarkup(
      "<p><runin2>甲。</runin2>乙<pb><at>7</at>丙</p><salutation>a<pb>b</salutation><h3>丁<pb>戊</h3>",
    );
    expect(model.blocks.map((b) => ("runs" in b ? `${b.kind}:${plainText(b.runs)}` : ""))).toEqual([
      "paragraph:（一）甲。乙",
      "paragraph:丙",
      "salutation:a",
      "salutation:b",
      "heading:1.丁",
      "heading:2.戊",
    ]);
    expect(model.blocks[1]).toMatchObject({ line: 7 });
  });

  it.each(["<pb>", "<p><runin2>a<pb>b</runin2></p>", "<closing><line>a<pb>b</line></closing>"])(
    "refuses <pb> outside a block's text: %s",
    (markup) => {
      expect(() => parseMarkup(markup)).toThrow(MarkupError);
    },
  );

  it.each([
    "<p>a",
    "<p><p>a</p></p>",
    "text",
    "<runin2>a</runin2>b",
    "<p>a<runin2>b</runin2></p>",
    "<lead>a</lead>",
    "<p>a < b</p>",
    "<x>a</x>",
    "<p><runin><runin>a</runin></runin></p>",
  ])("rejects malformed markup %j", (markup) => expect(() => parseMarkup(markup)).toThrow(MarkupError));
});

describe("parseProse", () => {
  it("finds references with and without unit, and escaped braces as text", () => {
    const { segments, problems } = parseProse("收入{{财政收入}}，约{{数值 资金}}余万元，\\{{原样}}");
    expect(problems).toEqual([]);
    expect(segments).toEqual([
      { kind: "text", text: "收入" },
      { kind: "reference", name: "财政收入", withUnit: true, offset: 2, raw: "{{财政收入}}" },
      { kind: "text", text: "，约" },
      { kind: "reference", name: "资金", withUnit: false, offset: 12, raw: "{{数值 资金}}" },
      { kind: "text", text: "余万元，" },
      { kind: "text", text: "{{原样}}" },
    ]);
  });

  it.each([
    "{{a.b}}",
    "{{#each x}}y{{/each}}",
    "{{> p}}",
    "{{{x}}}",
    "{{@root}}",
    "{{this}}",
    "{{~a}}",
    "{{a b}}",
    "{{!c}}",
  ])("refuses %s: only figure references are honoured", (text) =>
    expect(parseProse(text).problems.map((p) => p.code)).toEqual(["proseNotAllowed"]),
  );

  it("points at an unclosed {{", () => {
    expect(parseProse("开头{{财政").problems).toEqual([
      { code: "proseSyntax", offset: 2, raw: "{{", detail: "{{ … }}" },
    ]);
  });
});
