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
    "one long figure name": withIntro(`{{${fill("数", SIZE - 8192)}}}`).replace(
      "figures:\n",
      () => `figures:\n  ${"数".repeat(1000)}乙: 1\n`,
    ),
  };
}
