/**
 * Two mistakes YAML answers with an indentation error: a colon and a space inside a text
 * (`heading: 存在的问题: 三个方面`, which YAML reads as a second key on the line), and a list item
 * without its space (`-heading: 下一步打算`, a key named `-heading`). Both are found on the line as
 * typed, and both carry the edit `report fix` makes: the full-width colon “：” (in Chinese text), the
 * missing space.
 */
import { found, type Found } from "./found.js";
import { KEY } from "../../word-patterns.js";

/** A character of Chinese text, or full-width punctuation: a colon next to one is the clerk's “：”. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** What starts a value that is not plain text: quotes, a flow list or mapping, a block, an anchor, a tag, a comment. */
const NOT_PLAIN = new Set(["'", '"', "[", "{", "|", ">", "&", "*", "!", "%", "@", "`", "#"]);

export function colonsAndDashes(text: string, contentLines: ReadonlySet<number>): Found[] {
  const problems: Found[] = [];
  let offset = 0;
  for (const [index, line] of text.split("\n").entries()) {
    if (!contentLines.has(index + 1)) {
      const problem = dashWithoutSpace(line, offset) ?? colonInText(line, offset);
      if (problem) problems.push(problem);
    }
    offset += line.length + 1;
  }
  return problems;
}

function dashWithoutSpace(line: string, offset: number): Found | undefined {
  const indent = line.length - line.trimStart().length;
  if (line[indent] !== "-" || line[indent + 1] === "-") return undefined;
  const rest = line.slice(indent + 1);
  const colon = rest.indexOf(":");
  if (colon <= 0 || !(rest[colon + 1] === undefined || rest[colon + 1] === " " || rest[colon + 1] === "\t"))
    return undefined;
  const key = rest.slice(0, colon);
  if (!KEY.test(key)) return undefined;
  const at = offset + indent + 1;
  return { ...found("dashWithoutSpace", at, { key }), edit: { from: at, to: at, text: " " } };
}

function colonInText(line: string, offset: number): Found | undefined {
  let start = line.length - line.trimStart().length;
  while (line[start] === "-" && (line[start + 1] === " " || line[start + 1] === "\t")) {
    start += 1;
    while (line[start] === " " || line[start] === "\t") start += 1;
  }
  const colon = keyColon(line, start);
  if (colon === undefined) return undefined;
  const key = line.slice(start, colon);
  let value = colon + 1;
  while (line[value] === " " || line[value] === "\t") value += 1;
  if (value >= line.length || NOT_PLAIN.has(line[value] ?? "")) return undefined;
  // The value's text, up to a comment (` #`).
  const comment = line.indexOf(" #", value);
  const end = comment === -1 ? line.length : comment;
  for (let i = line.indexOf(":", value); i !== -1 && i < end; i = line.indexOf(":", i + 1)) {
    const next = line[i + 1];
    if (!(i + 1 >= end || next === " " || next === "\t")) continue;
    let after = i + 1;
    while (after < end && (line[after] === " " || line[after] === "\t")) after += 1;
    const chinese = CHINESE.test(line[i - 1] ?? "") || CHINESE.test(line[after] ?? "");
    const params = { key, before: line.slice(value, i).trim(), after: line.slice(after, end).trim() };
    const problem = found("colonInText", offset + i, params);
    return chinese ? { ...problem, edit: { from: offset + i, to: offset + after, text: "：" } } : problem;
  }
  return undefined;
}

/** The colon after a key at `start` (`key: ` or `key:` at the end of the line), if the line has one. */
function keyColon(line: string, start: number): number | undefined {
  const colon = line.indexOf(":", start);
  if (colon <= start) return undefined;
  const next = line[colon + 1];
  if (next !== undefined && next !== " " && next !== "\t") return undefined;
  return KEY.test(line.slice(start, colon)) ? colon : undefined;
}
