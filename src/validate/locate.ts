/** Data path → line and column in the file the clerk edits. */
import { isCollection, isMap, isNode, isPair, isScalar, type Node } from "yaml";
import type { SourcePosition } from "../errors.js";
import type { SourceFile } from "../load/source-file.js";
import type { FieldPath } from "../summary/prose-fields.js";

const START: SourcePosition = { line: 1, column: 1 };

/** The node at `path`, or the deepest node on the way to it (a missing key points at its mapping). */
export function nodeAt(source: SourceFile, path: FieldPath): Node | undefined {
  let node: unknown = source.document.contents;
  for (const key of path) {
    if (!isCollection(node)) break;
    const child: unknown = node.get(key, true);
    if (!isNode(child)) break;
    node = child;
  }
  return isNode(node) ? node : undefined;
}

export function positionOf(source: SourceFile, path: FieldPath): SourcePosition {
  const node = nodeAt(source, path);
  return node?.range ? source.positionAt(node.range[0]) : START;
}

/** Where a mapping's key is written, for problems with the key itself (unknown, badly named). */
export function keyPosition(source: SourceFile, mapPath: FieldPath, key: string): SourcePosition {
  const map = nodeAt(source, mapPath);
  if (isMap(map)) {
    const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key);
    const keyNode = pair?.key;
    if (isNode(keyNode) && keyNode.range) return source.positionAt(keyNode.range[0]);
  }
  return positionOf(source, mapPath);
}

/**
 * Where a fragment of a text value is written. The value may have been folded or unquoted by YAML,
 * so the fragment is found in the scalar's source by how many times it occurred before.
 */
export function fragmentPosition(
  source: SourceFile,
  path: FieldPath,
  value: string,
  offset: number,
  fragment: string,
): SourcePosition {
  return fragmentLocator(source, path, value)(offset, fragment);
}

/**
 * `fragmentPosition` for many fragments of one text, `fragment` written at `offset` of the value.
 * Asked in the text's order (its paragraphs, one after another), each search goes on from the last
 * fragment found, so a text of many paragraphs is read once, not once per paragraph.
 */
export function fragmentLocator(
  source: SourceFile,
  path: FieldPath,
  value: string,
): (offset: number, fragment: string) => SourcePosition {
  const node = nodeAt(source, path);
  if (!node?.range) return () => START;
  const [start, , end] = node.range;
  const written = source.text.slice(start, end);
  let fromValue = 0;
  let fromWritten = 0;
  return (offset, fragment) => {
    if (offset < fromValue) [fromValue, fromWritten] = [0, 0];
    let occurrence = 0;
    for (let i = value.indexOf(fragment, fromValue); i !== -1 && i < offset; i = value.indexOf(fragment, i + 1))
      occurrence++;
    let at = written.indexOf(fragment, fromWritten);
    while (at !== -1 && occurrence-- > 0) at = written.indexOf(fragment, at + 1);
    if (at === -1) return source.positionAt(start);
    [fromValue, fromWritten] = [offset, at];
    return source.positionAt(start + at);
  };
}
