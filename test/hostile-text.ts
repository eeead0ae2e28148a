/** Shared by the property-based tests: hostile text, and how to write any string into YAML faithfully. */
import fc from "fast-check";

/** `npm test`: a fixed seed and few runs. `FC_NUM_RUNS=5000 npm run test:fuzz` for a longer run. */
export const FC_SEED = Number(process.env.FC_SEED ?? 20201228);
export const FC_NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 200);

/**
 * Characters that have broken documents and parsers: controls, non-characters, lone surrogates, bidi
 * marks, 4-byte characters, Handlebars' braces.
 */
const SPECIALS = [
  "\u0000",
  "\u0001",
  "\u0008",
  "\u000b",
  "\u000c",
  "\u001b",
  "\u001f",
  "\u007f",
  "\u0085",
  "\u009b",
  "\ufffe",
  "\uffff",
  "\ud800",
  "\udbff",
  "\udc00",
  "\udfff",
  "\ufeff",
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202e",
  "\u2066",
  "\u2069",
  "\u2028",
  "\u2029",
  "𠀀",
  "😀",
  "👨‍👩‍👧",
  "𝔸",
  "\u{10ffff}",
  "\t",
  "\n",
  "\r",
  " ",
  "\u3000",
  "\u00a0",
  '"',
  "'",
  ":",
  "#",
  "&",
  "*",
  "<",
  ">",
  "&amp;",
  "]]>",
  "中",
  "，",
  "。",
  "“",
  "”",
];

/** Rarer, so that most texts are plain enough to build: the reference syntax's own characters. */
const BRACES = ["{{", "}}", "{", "}", "\\", "\\{{", "{{{"];

const character = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIALS), weight: 3 },
  { arbitrary: fc.constantFrom(...BRACES), weight: 1 },
  { arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), weight: 3 },
  { arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }), weight: 2 },
  { arbitrary: fc.constantFrom("北", "坦", "街", "道", "工", "作", "a", "b", "1"), weight: 4 },
);

/** Mostly short texts; with `long`, sometimes a very long line. */
export function hostileText(options: { long?: boolean } = {}): fc.Arbitrary<string> {
  const short = fc.string({ unit: character, minLength: 1, maxLength: 24 });
  if (!options.long) return short;
  return fc.oneof(
    { arbitrary: short, weight: 4 },
    { arbitrary: fc.string({ unit: character, minLength: 2000, maxLength: 6000 }), weight: 1 },
  );
}

/** A YAML double-quoted scalar that reads back as exactly `text`, whatever it holds. */
export function doubleQuoted(text: string): string {
  let quoted = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c = text[i] ?? "";
    if (c === '"' || c === "\\") quoted += `\\${c}`;
    else if (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0xd800 && code <= 0xdfff) ||
      code >= 0xfff0 ||
      code === 0xfeff ||
      code === 0x2028 ||
      code === 0x2029
    ) {
      quoted += `\\u${code.toString(16).padStart(4, "0")}`;
    } else quoted += c;
  }
  return `"${quoted}"`;
}
