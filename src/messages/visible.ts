/**
 * Text from a data file, made safe to print: a terminal must not act on control characters a file
 * carries (an escape sequence could rewrite the screen or the title), and a line of a megabyte must
 * not flood it. Each character is replaced by one character, so columns stay where they were.
 */

/** C0 controls but tab, DEL, C1 controls, and the bidi overrides that reorder what is shown. */
const UNPRINTABLE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function visible(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀ … ␟
    return code === 0x7f ? "\u2421" : "\uFFFD";
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

/** Around `column` (1-based) of a long line: at most `width` characters, “…” where it was cut. */
export function excerptWindow(line: string, column: number, width = 100): { text: string; column: number } {
  const shown = visible(line);
  if (shown.length <= width) return { text: shown, column };
  const start = Math.max(0, Math.min(column - 1 - Math.floor(width / 2), shown.length - width));
  const prefix = start > 0 ? "…" : "";
  const suffix = start + width < shown.length ? "…" : "";
  return { text: prefix + shown.slice(start, start + width) + suffix, column: column - start + prefix.length };
}
