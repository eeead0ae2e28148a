/**
 * Where each character of a text value is written in the file. YAML may have unquoted, unescaped or
 * folded the value, so its characters are matched, in order, against the scalar's source: between two
 * of them the source may only hold what YAML drops (quotes, backslashes, line breaks, indentation).
 * Where the value has something the source does not spell out (an escape such as \u4e2d), the map
 * stops: later characters have no place, and callers fall back to searching for the fragment.
 */
import type { Node } from "yaml";

/** Characters YAML may drop from the written scalar. */
const DROPPED = new Set([" ", "\t", "\n", "\\", '"', "'"]);

/** value offset → file offset, or undefined where the value's text is not spelled out in the file. */
export function valueOffsets(
  fileText: string,
  node: Node | undefined,
  value: string,
): (offset: number) => number | undefined {
  const places: number[] = [];
  const range = node?.range;
  if (!range) return () => undefined;
  const [start, , end] = range;
  let p = start;
  // A block scalar (| or >) starts on the line after its header.
  if (fileText[p] === "|" || fileText[p] === ">") p = fileText.indexOf("\n", p) + 1 || end;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    // A folded line break reads as a space (or a line break): it is written as the break itself.
    while (p < end && fileText[p] !== c && !(fileText[p] === "\n" && (c === " " || c === "\n"))) {
      if (!DROPPED.has(fileText[p] ?? "")) return (offset) => places[offset];
      p++;
    }
    if (p >= end) break;
    places.push(p);
    if (fileText[p] === "\n" && c !== "\n") {
      p++;
      while (p < end && (fileText[p] === " " || fileText[p] === "\t")) p++;
    } else p++;
  }
  return (offset) => places[offset];
}
