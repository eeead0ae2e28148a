/** The source-level rules on small texts: where each mistake is found, and what is left alone. */
import { describe, expect, it } from "vitest";
import { decode } from "../src/load/decode.js";
import { parseSource } from "../src/load/source-file.js";
import { text as message } from "../src/messages/catalogue.js";
import { readNumber } from "../src/validate/numbers.js";
import { syntaxProblems } from "../src/validate/syntax/index.js";

function problems(text: string): string[] {
  const source = parseSource("x.yaml", text);
  return syntaxProblems(text, source.tokens, source.document.errors).map((p) => {
    const { line, column } = source.positionAt(p.offset);
    return `${line}:${column} ${p.code}${p.severity === "warning" ? " (warning)" : ""}`;
  });
}

describe("syntaxProblems", () => {
  it.each([
    ["tab before a key", "year: 2020\nfigures:\n\tgdp: 100\n\tpop: 5\n", ["3:1 tabIndent", "4:1 tabIndent"]],
    ["tab before a list item", "year: 2020\nproblems:\n  - a\n\t- b\n", ["4:1 tabIndent"]],
    ["full-width colon", "year: 2020\ntitle：某某\nproblems:\n  - a\n", ["2:6 fullWidthColon"]],
    ["full-width colon on the last line", "year: 2020\ntitle：某某\n", ["2:6 fullWidthColon"]],
    ["no space after a colon", "year: 2020\ntitle:某某\nproblems:\n  - a\n", ["2:6 missingSpaceAfterColon"]],
    ["a full-width space after a colon", "year:\u30002020\ntitle: 某某\n", ["1:5 missingSpaceAfterColon"]],
    [
      "full-width spaces as indentation",
      "year: 2020\nfigures:\n\u3000\u3000gdp: 100\n\u3000\u3000pop: 5\n",
      ["3:1 oddSpaceIndent", "4:1 oddSpaceIndent"],
    ],
    ["a non-breaking space as indentation", "figures:\n\u00a0 gdp: 1\n", ["2:1 oddSpaceIndent"]],
    ["a list item indented further", "problems:\n  - a\n   - b\n  - c\n", ["3:4 listItemIndent"]],
    ["a list item indented less", "problems:\n  - a\n - b\n  - c\n", ["3:2 listItemIndent"]],
    ["a list item at column 1", "problems:\n  - a\n- b\n", ["3:1 listItemIndent"]],
    ["a key indented further", "figures:\n  gdp: 100\n   pop: 5\n", ["3:4 indentMismatch"]],
    ["a key indented less", "figures:\n  gdp: 100\n pop: 5\nyear: 1\n", ["3:2 indentMismatch"]],
    ["a duplicate key", "year: 2020\ntitle: 某某\nyear: 2021\n", ["3:1 duplicateKey"]],
    ["an unclosed double quote", 'year: 2020\ntitle: "某某\nproblems:\n  - a\n', ["2:8 unclosedQuote"]],
    ["an unclosed single quote", "year: 2020\ntitle: '某某\nproblems:\n  - a\n", ["2:8 unclosedQuote"]],
    ["a quote closed by the next line's", 'title: "某某\nintro: "x"\nyear: 1\n', ["1:8 unclosedQuote"]],
    ["an unclosed brace", "a: { value: 1, unit: 万元\nb: 2\n", ["1:4 unclosedBracket"]],
    ["a Windows path in double quotes", 'year: 2020\nintro: "见 D:\\资料\\2020"\n', ["2:13 backslashInDoubleQuotes"]],
    ["a line --- in the middle", "year: 2020\n---\nintro: x\n", ["2:1 secondDocument"]],
  ])("%s", (_, text, expected) => expect(problems(text)).toEqual(expected));

  it.each([
    ["colons inside text", "problems:\n  - 注：以上数据为初步统计\n  - b\nintro: 说明：无\n"],
    ["URLs and times", "title: http://x.cn/a\nproblems:\n  - 12:30\n  - http://a.b\n"],
    ["full-width spaces inside a text block", "intro: |\n  \u3000\u3000第一段。\n  \u3000\u3000第二段。\n"],
    ["a tab after the colon", "title:\t某某\n"],
    ["a folded text block", "intro: >-\n  第一行，\n  第二行：续\n"],
  ])("leaves %s alone", (_, text) => expect(problems(text)).toEqual([]));
});

describe("readNumber", () => {
  it.each([
    ["1,234", { kind: "number", value: 1234 }],
    ["12,345.5", { kind: "number", value: 12345.5 }],
    ["１２３４", { kind: "number", value: 1234 }],
    ["12万", { kind: "withUnit", digits: "12", suffix: "万" }],
    ["2020年", { kind: "withUnit", digits: "2020", suffix: "年" }],
    ["二〇二〇", { kind: "chinese", digits: "2020" }],
    ["十二", { kind: "chinese" }],
    ["1,23", { kind: "other" }],
    ["很多", { kind: "other" }],
  ])("%s", (written, reading) => expect(readNumber(written)).toEqual(reading));
});

describe("decode", () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  it("drops a UTF-8 byte-order mark and CRLF line endings", () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("a: 1\r\nb: 2\r\n")]))).toEqual({
      text: "a: 1\nb: 2\n",
      encoding: "utf-8",
    });
  });
  it("reads GBK bytes that are not UTF-8", () => {
    const gbk = new Uint8Array([...utf8("title: "), 0xb2, 0xc6, 0xd5, 0xfe, 0xca, 0xd5, 0xc8, 0xeb, 0x0a]); // 财政收入
    expect(decode(gbk)).toEqual({ text: "title: 财政收入\n", encoding: "gb18030" });
  });
  it("reads GBK bytes that happen to be valid UTF-8 too (某某 = C4 B3 C4 B3)", () => {
    const gbk = new Uint8Array([...utf8("title: "), 0xc4, 0xb3, 0xc4, 0xb3, 0x0a]);
    expect(decode(gbk)).toEqual({ text: "title: 某某\n", encoding: "gb18030" });
  });
  it("keeps UTF-8 with accents as UTF-8", () => {
    expect(decode(utf8("name: José 北坦\n")).encoding).toBe("utf-8");
  });
});

describe("a YAML mistake no rule recognises", () => {
  const source = parseSource("x.yaml", "- 一项\ntitle: 某某\n");
  const [problem] = syntaxProblems(source.text, source.tokens, source.document.errors);

  it("is told in Chinese without YAML's internal code, and without advice about colons", () => {
    expect(problem?.code).toBe("yamlSyntax");
    const params = problem?.params as { detail: string };
    const zh = message("zh", "yamlSyntax", params);
    expect(`${zh.message} ${zh.hint}`).not.toContain(params.detail);
    expect(`${zh.message} ${zh.hint}`).not.toMatch(/[A-Z_]{4,}|冒号/);
    expect(message("en", "yamlSyntax", params).message).toContain(`(${params.detail})`);
  });
});

describe("backslashes in double quotes", () => {
  const codes = (text: string) => {
    const source = parseSource("x.yaml", text);
    return syntaxProblems(source.text, source.tokens, source.document.errors).map((p) => `${p.code}@${p.offset}`);
  };

  it("reports a Windows path YAML would silently read as a line break and a tab", () => {
    expect(codes('title: "D:\\new\\table"\n')).toEqual(["backslashInDoubleQuotes@10"]);
  });

  it('accepts \\\\, \\" and the escapes tools write (\\t, \\u2028) as YAML means them', () => {
    expect(codes('title: "D:\\\\资料 他说\\"好\\" \\t \\u2028"\n')).toEqual([]);
  });
});
