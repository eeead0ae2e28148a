import { describe, expect, it } from "vitest";
import { plainText } from "../src/model.js";
import { chineseNumeral } from "../src/render/chinese-numerals.js";
import { MarkupError, parseMarkup } from "../src/render/markup.js";
import { parseProse } from "../src/validate/prose.js";

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
      { text: "（一）完成", heading: 2 },
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

  it.each(["<p>a", "<p><p>a</p></p>", "text", "<p>a < b</p>", "<x>a</x>", "<p><runin><runin>a</runin></runin></p>"])(
    "rejects malformed markup %j",
    (markup) => expect(() => parseMarkup(markup)).toThrow(MarkupError),
  );
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
