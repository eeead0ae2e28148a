// Worst cases for every scan of user text, each a data file just under the 2 MiB size limit: long
// runs of spaces, punctuation, colons, quotes, backslashes and brackets, one long line, one long
// key, one long title, one long figure name. Used by `npm run bench:hostile` (figures) and by
// test/hostile/corpus.test.ts (bounds, `npm run test:hostile`). `filled`: a valid data file to build on.

/** Bytes every case stays under: the 2 MiB limit less room for the rest of the file. */
const SIZE = 2 * 1024 * 1024 - 4096;

/** `unit` repeated to fill `bytes` bytes of UTF-8. */
const fill = (unit, bytes = SIZE) => unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));

/** The filled file with `intro:` set to `value` (written as given, YAML quotes included). */
const withIntro = (filled, value) => filled.replace(/^intro: .*$/m, () => `intro: ${value}`);

export function hostileCorpus(filled) {
  const half = SIZE / 2 - 4096;
  return {
    "spaces in a quoted text": withIntro(filled, `"a${fill(" ")}"`),
    "spaces in an unclosed quote": withIntro(filled, `"a${fill(" ")}`),
    "spaces in a plain text": withIntro(filled, `a${fill(" ")}b`),
    "spaces around line breaks": withIntro(filled, `"a${fill(" \\n ", SIZE / 2)}b"`),
    "backslashes in quotes": withIntro(filled, `"${fill("\\\\")}x`),
    "quotes ''": withIntro(filled, `'${fill("''")}`),
    'quotes """': `intro: ${fill('"')}\n`,
    "colons in a text": withIntro(filled, `"${fill(":")}"`),
    "colons on a line": `${fill(":")}\n`,
    "a: a: a: …": `${fill("a: ")}\n`,
    "punctuation heading": filled.replace("  - heading: 稳住经济基本盘。", () => `  - heading: 稳住${fill("，。")}x`),
    "brackets [[[": `year: ${fill("[")}\n`,
    "stray ] lines": fill("]\n"),
    "one long line": withIntro(filled, fill("今年以来，推动工作落实落地。")),
    "one long key (duplicated)": `k${" ".repeat(half)}k: 1\n`.repeat(2),
    "one long title": filled.replace(/^title: .*$/m, () => `title: ${fill("工作总结")}`),
    // Last year's years: one scan for a heading's plans words, one for a text's paragraphs.
    "years in a heading": filled.replace("  - heading: 稳住经济基本盘。", () => `  - heading: ${fill("2019年计划")}`),
    "paragraphs opening with years": withIntro(filled, `"${fill("\\n\\n2030年，")}"`),
    "one long title of words": filled.replace(/^title: .*$/m, () => `title: ${fill("work summary ")}`),
    // A reference to a figure that is not there, against a name as long as YAML allows a key (1024).
    // Text a terminal would reorder or hide, each shown as <U+202E>: in a frame, a key, a valid text.
    "bidi controls and zero-width characters in a text": withIntro(filled, `"{{x}}${fill("\u200b\u202e")}"`),
    "a key of bidi overrides": `${fill("\u202e")}: 1\n`,
    "isolates around every character": withIntro(filled, fill("\u2066甲\u2069")),
    "one long figure name": withIntro(`{{${fill("数", SIZE - 8192)}}}`).replace(
      "figures:\n",
      () => `figures:\n  ${"数".repeat(1000)}乙: 1\n`,
    ),
  };
}

/**
 * Texts built against each rule of the writing check (src/validate/writing/): long runs of the
 * characters a rule looks for, near-misses repeated, alternations that make a fix change its
 * neighbours, marks nested or left open, and what the rules must keep (braces, URLs, addresses).
 * Each is the intro of `filled`, a JSON string (which YAML reads as a double-quoted text).
 */
export function writingCorpus(filled) {
  const half = (unit) => fill(unit, SIZE / 2 - 4096);
  const texts = {
    "half-width commas before Chinese": fill(",中"),
    "colons between digits and Chinese": fill("1:中"),
    "straight quotes": fill('"中', (SIZE * 4) / 5), // each written \" in the file
    "parentheses opened, never closed": fill("(中"),
    "parentheses closed, never opened": fill("中)"),
    "parentheses nested deep": half("(") + half(")"),
    "parentheses )( alternating": fill(")("),
    "opening quotes, never closed": fill("“"),
    "closing quotes, never opened": fill("”"),
    "every pair nested deep": half("“‘（《〈【「『〔") + half("〕』」】〉》）’”"),
    "pairs mis-nested": fill("“（”）"),
    "apostrophes between Latin letters": fill("a’"),
    "doubled commas": fill("，，中"),
    "a run of commas": fill("，"),
    "doubled full stops, alternating": fill("。。中"),
    "a run of full stops": fill("。"),
    "ellipsis dots": fill("..中"),
    "single ellipses": fill("…中"),
    "middle dots": fill("···中"),
    "hyphens between Han": fill("中-"),
    "dashes and hyphens alternating": fill("-－─"),
    "spaces between Chinese characters": fill("中 "),
    "spaces inside quotes": `“${fill("中 ")}”`,
    "comma before a closing mark": fill("，”"),
    "enumeration comma before a closing bracket": fill("（、）"),
    "full-width digits": fill("１２３"),
    "full-width decimals": fill("１．１"),
    "dates with hyphens": fill("2021-12-28，"),
    "date near-misses": fill("2021-1-1-"),
    "days as 号": fill("1月1号"),
    "a run of digits": fill("1"),
    "digits and spaces alternating": fill("1 "),
    "numbers with a space before a unit": fill("1 中"),
    "digits then too many spaces": fill(`1${" ".repeat(11)}中`),
    ranges: fill("1-2%，"),
    "range near-misses": fill("1.1-1.1-"),
    URLs: fill("http://"),
    "www runs": fill("www."),
    "e-mail near-misses": fill("a@"),
    "a long address": `${fill("a")}@b`,
    "unclosed braces": fill("{{"),
    "years in running text": fill("2019年，"),
    placeholders: fill("（请填写）"),
    "placeholder near-misses": fill(`（请${"中".repeat(39)}`),
  };
  return Object.fromEntries(
    Object.entries(texts).map(([name, text]) => [name, withIntro(filled, JSON.stringify(text))]),
  );
}
