/**
 * Line breaks a clerk typed inside a paragraph, with the spaces and tabs around them: what
 * `text.replace(/[ \t]*\n[ \t]*\/g, …)` would do, but in time linear in the text. (That regex is
 * tried at every space of a long run of spaces and scans the whole run each time.)
 */
export function replaceLineBreaks(text: string, replacement: (before: string, after: string) => string): string {
  let out = "";
  let done = 0;
  for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", done)) {
    let start = newline;
    while (start > done && isBlank(text[start - 1])) start--;
    let end = newline + 1;
    while (end < text.length && isBlank(text[end])) end++;
    out += text.slice(done, start) + replacement(text[start - 1] ?? "", text[end] ?? "");
    done = end;
  }
  return done === 0 ? text : out + text.slice(done);
}

const isBlank = (char: string | undefined) => char === " " || char === "\t";
