/**
 * The `{{…}}` of a text is read without Handlebars' parser where it is plain (readPlainly), and by
 * it otherwise: wherever the quick reading gives an answer, it is Handlebars' own. Texts are made
 * of the pieces that make Handlebars read a mustache one way or another: braces, backslashes, `~`,
 * `#`, `&`, quotes, dots, the literals, `else`, `this`, the comparison words, Chinese and ASCII
 * names, spaces of every kind, line breaks.
 *
 * `npm test` runs a fixed seed and a bounded number of runs; `npm run test:fuzz` runs many more.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPlainly, readWithHandlebars } from "../src/summary/prose-syntax.js";
import { FC_NUM_RUNS, FC_SEED } from "./hostile-text.js";

const pieces = [
  ...["{{", "}}", "{", "}", "{{{", "}}}", "\\", "\\\\", "~", "#", "/", "&", "^", ">", "!", "*", "=", "|", "@", "."],
  ...['"', "'", "(", ")", "[", "]", "-", "$", ":", "?", "_", "`", ",", ";"],
  ...["true", "false", "null", "undefined", "this", "else", "as", "12", "-3", "1.5", "0x1"],
  ...["数值", "同比", "增减", "年度", "名称", "养老服务人次", "name", "a1", "elsewhere"],
  ...[" ", "  ", "\t", "\n", "\r", "\r\n", "\u3000", "\u00a0", "\u2028", "\ufeff", "\u0000"],
  ...["。", "，", "完成", "x", "😀"],
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(""));
/** The parts of a reference as data files write them, and what Handlebars reads otherwise in each place. */
const PARTS = {
  before: ["", " ", "\n", "\u3000", "~", "&", "#", "{", "*", "^"],
  head: ["", "数值 ", "同比 ", "增减 ", "名称 ", "else ", "this ", "数值  ", "数值\n", "true ", "as |"],
  name: [
    ...["养老服务人次", "name", "a-b", "a:b", "a_b$?", "elsewhere", "数值", "true", "null", "undefined", "false"],
    ...["12", "-3", "1.5", "12a", "else", "this", "a.b", "../a", "@index", "a b", "[x]", "else数值", "'x'", "a=b"],
  ],
  after: ["", " ", "\t", "~", " =x", ")"],
  close: ["}}", " }}", "}}}", "}", "}~}}", "}}\\"],
} as const;
const referenceOf = (parts: readonly string[]) => `{{${parts.join("")}`;
const reference = (odd: boolean) =>
  fc
    .tuple(...Object.values(PARTS).map((choices) => fc.constantFrom(...(odd ? choices : choices.slice(0, 2)))))
    .map(referenceOf);
/** Texts shaped like a data file's, mostly plain, so that the quick reading often answers. */
const nearlyPlain = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom("完成", "，", "。", "\n", " ", "x"), weight: 3 },
      { arbitrary: fc.constantFrom("\\", "\r", "\r\n", "\u2028", "\u0000"), weight: 1 },
      { arbitrary: reference(false), weight: 4 },
      { arbitrary: reference(true), weight: 1 },
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(""));

describe("reading a text's references without Handlebars' parser", () => {
  it("gives, wherever it answers, what Handlebars' parser gives", () => {
    const runs = FC_NUM_RUNS * 20;
    let answered = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: text, weight: 1 }, { arbitrary: nearlyPlain, weight: 3 }), (t) => {
        const quick = readPlainly(t);
        if (quick === undefined) return;
        if (t.includes("{{")) answered++;
        expect(quick).toStrictEqual(readWithHandlebars(t));
      }),
      { numRuns: runs, seed: FC_SEED },
    );
    // Not a test of nothing: a good share of the texts had references the quick reading read.
    expect(answered).toBeGreaterThan(runs / 10);
  });

  it("gives what Handlebars' parser gives for every single reference made of the parts above, wherever it answers", () => {
    let combinations: string[][] = [[]];
    for (const choices of Object.values(PARTS))
      combinations = combinations.flatMap((parts) => choices.map((choice) => [...parts, choice]));
    let answered = 0;
    for (const parts of combinations) {
      const t = `在${referenceOf(parts)}，`;
      const quick = readPlainly(t);
      if (quick === undefined) continue;
      answered++;
      expect(quick, t).toStrictEqual(readWithHandlebars(t));
    }
    expect(answered).toBeGreaterThan(100);
  });

  it("answers for the plain texts data files hold", () => {
    for (const t of [
      "全年服务{{养老服务人次}}，同比{{同比 养老服务人次}}，增加{{增减 养老服务人次}}。",
      "{{数值 name}}",
      "a{{ name }}b\n{{name}}",
      "没有引用。{{x}}",
    ])
      expect(readPlainly(t), t).toStrictEqual(readWithHandlebars(t));
  });
});

// Handlebars ends a line at a lone carriage return too, and its columns go wrong after a U+2028 in
// a text that spans lines: a reference after either was placed a few characters early (or at its
// text's start) before readWithHandlebars stopped trusting those columns.
describe("where Handlebars' parser says each reference and problem is", () => {
  it("is where it is written in the text: its offset holds its raw text", () => {
    let placed = 0;
    fc.assert(
      fc.property(fc.oneof(text, nearlyPlain), (t) => {
        const { segments, problems } = readWithHandlebars(t);
        for (const found of [...segments, ...problems]) {
          if (!("offset" in found) || ("code" in found && found.code === "proseSyntax")) continue;
          placed++;
          expect(found.raw.startsWith("{{"), JSON.stringify({ t, found })).toBe(true);
          expect(t.slice(found.offset, found.offset + found.raw.length), JSON.stringify({ t, found })).toBe(found.raw);
        }
      }),
      { numRuns: FC_NUM_RUNS * 20, seed: FC_SEED },
    );
    expect(placed).toBeGreaterThan(FC_NUM_RUNS);
  });

  it("places a reference after a carriage return, CR LF, U+2028 or NUL, where it is written", () => {
    for (const before of [
      "前言\r第二行",
      "前言\r\n第二行",
      "前言\n第二\u2028行",
      "前\u2028言\n第二\u2029行",
      "a\\{{b}}\r\n\u2028c",
      "\u0000\n第二\u2028行",
    ]) {
      const t = `${before}{{名称}}，{{同比 名称}}。`;
      const references = readWithHandlebars(t).segments.filter((s) => s.kind === "reference");
      expect(
        references.map((r) => r.offset),
        JSON.stringify(t),
      ).toStrictEqual([t.indexOf("{{名称}}"), t.indexOf("{{同比 名称}}")]);
    }
  });
});
