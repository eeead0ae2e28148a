/**
 * Text from a data file, made safe to print: a terminal must not act on control characters a file
 * carries (an escape sequence could rewrite the screen or the title), nothing unseen may reorder or
 * hide what is shown (a bidi override turns `txt.exe` round), and a line of a megabyte must not
 * flood it. The terminal, the CI log (pretty, github) and the preview's page all show this text.
 */

/** C0 controls but tab, and DEL: one symbol each (␀ … ␟, ␡), as terminals' own “show controls” do. */
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/;

/**
 * What a reader cannot see, or what changes how the rest is seen: C1 controls (U+0085 is a line
 * break to some terminals), the line and paragraph separators U+2028 and U+2029, every format
 * character (Unicode's Cf: the bidi marks, embeddings, overrides and isolates U+061C, U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069; zero-width U+200B–U+200D, U+2060; the byte-order mark U+FEFF; soft
 * hyphens, tags…) and lone surrogates, which are no character at all. Each is shown as its code,
 * `<U+202E>`, so a clerk can find it, and nothing is reordered.
 */
const UNSEEN = /[\u0080-\u009F\u2028\u2029\p{Cf}]|\p{Cs}/u;

const UNPRINTABLE = new RegExp(`${CONTROL.source}|${UNSEEN.source}`, "gu");

const UNSEEN_ALL = new RegExp(UNSEEN.source, "gu");

/**
 * JSON text with every character `visible` marks (and JSON.stringify leaves as it is) written as a
 * `\u` escape: the same strings to a JSON reader (a file's real name stays its name), and nothing
 * in a CI log that shows the JSON is reordered or hidden. JSON.stringify already escapes C0
 * controls and lone surrogates; these characters occur in JSON text only inside strings.
 */
export function jsonWithUnseenEscaped(json: string): string {
  return json.replace(UNSEEN_ALL, (c) =>
    Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, "0")}`).join(""),
  );
}

/** `<U+202E>`: a code point as Unicode writes it, four hex digits at least. */
export const codeMark = (codePoint: number): string => `<U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}>`;

export function visible(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.codePointAt(0) ?? 0;
    if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀ … ␟
    return code === 0x7f ? "\u2421" : codeMark(code);
  });
}

/** What a terminal or CI log shows of a name: a newline in it too shown as ␊, so it can start no line. */
export const visibleName = (name: string): string => visibleMessage(visible(name));

/**
 * A message's parameters, each text (a file name, a value from the data) shown as `visible` shows it:
 * the catalogue's own line breaks stay, but no text from outside can start a line of its own, where a
 * CI log would read `::error …` as a command.
 */
export function visibleParams<P>(params: P): P {
  if (params === null || typeof params !== "object") return params;
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === "string" ? visible(value) : value]),
  ) as P;
}

/** A message: control characters shown, line breaks kept, and never longer than `maxChars`. */
export function visibleMessage(text: string, maxChars = 400): string {
  const shown = text.split("\n").map(visible).join("\n");
  return shown.length > maxChars ? `${shown.slice(0, maxChars)}…` : shown;
}

/**
 * Around `column` (1-based, in UTF-16 units of `line`) of a long line, as `visible` shows it: at most
 * about `width` characters, “…” where it was cut, and the column of the same character in what is
 * shown. Only the part that can be shown is made visible, so a line of megabytes costs what a short
 * one does; a cut never falls inside a `<U+…>` mark or between the halves of a surrogate pair.
 */
export function excerptWindow(line: string, column: number, width = 100): { text: string; column: number } {
  const at = Math.max(0, Math.min(line.length, column - 1));
  const from = pairStart(line, Math.max(0, at - width));
  const to = pairStart(line, Math.min(line.length, at + width));
  const head = visible(line.slice(from, at));
  const shown = head + visible(line.slice(at, to));
  const cutBefore = from > 0;
  const cutAfter = to < line.length;
  if (!cutBefore && !cutAfter && shown.length <= width) return { text: shown, column: head.length + 1 };
  const start = cutAt(shown, Math.max(0, Math.min(head.length - Math.floor(width / 2), shown.length - width)), -1);
  const end = cutAt(shown, Math.min(shown.length, start + width), 1);
  const prefix = cutBefore || start > 0 ? "…" : "";
  const suffix = cutAfter || end < shown.length ? "…" : "";
  return { text: prefix + shown.slice(start, end) + suffix, column: head.length - start + 1 + prefix.length };
}

const isLowHalf = (text: string, i: number) => /[\uDC00-\uDFFF]/.test(text[i] ?? "");
const isHighHalf = (text: string, i: number) => /[\uD800-\uDBFF]/.test(text[i] ?? "");

/** `i`, or one before it if `i` would fall between the halves of a surrogate pair. */
const pairStart = (text: string, i: number) => (i > 0 && isLowHalf(text, i) && isHighHalf(text, i - 1) ? i - 1 : i);

/** `index`, moved by `step` until it falls between characters and outside every `<U+…>` mark. */
function cutAt(shown: string, index: number, step: -1 | 1): number {
  let i = index;
  if (i > 0 && isLowHalf(shown, i) && isHighHalf(shown, i - 1)) i += step === 1 ? 1 : -1;
  const open = shown.lastIndexOf("<U+", i - 1);
  const close = open === -1 ? -1 : shown.indexOf(">", open);
  if (open !== -1 && close !== -1 && open < i && i <= close) i = step === 1 ? close + 1 : open;
  return Math.max(0, Math.min(shown.length, i));
}
