/**
 * Where each paragraph comes from, for blocks the render stage has not located (`line` unset): the
 * data file's text value whose own words (the text between its {{…}} references) the paragraph
 * contains, longest match first. A fallback only: the render stage's own lines win when present.
 */
import { visit } from "yaml";
import type { SourceFile } from "../load/source-file.js";
import { plainText, type Block, type DocumentModel } from "../model.js";

/** Shorter stretches of text (一是, 街道) occur everywhere and would point anywhere. */
const MIN_MATCH = 4;

interface Stretch {
  readonly text: string;
  readonly line: number;
}

export function withSourceLines(model: DocumentModel, source: SourceFile): DocumentModel {
  const stretches = textStretches(source);
  const locate = (block: Block): Block => {
    if (block.kind !== "heading" && block.kind !== "paragraph" && block.kind !== "salutation") return block;
    if (block.line !== undefined) return block;
    const line = lineOf(plainText(block.runs), stretches);
    return line === undefined ? block : { ...block, line };
  };
  return { ...model, blocks: model.blocks.map(locate) };
}

function lineOf(text: string, stretches: readonly Stretch[]): number | undefined {
  let best: Stretch | undefined;
  for (const stretch of stretches)
    if (stretch.text.length > (best?.text.length ?? 0) && text.includes(stretch.text)) best = stretch;
  return best?.line;
}

/** Every stretch of literal words in the file's text values, with the line its value starts on. */
function textStretches(source: SourceFile): Stretch[] {
  const stretches: Stretch[] = [];
  visit(source.document, {
    Scalar(key, node) {
      if (key === "key" || typeof node.value !== "string" || !node.range) return;
      const line = source.positionAt(node.range[0]).line;
      for (const text of node.value.split(/\{\{[^}]*\}\}/))
        if (text.trim().length >= MIN_MATCH) stretches.push({ text: text.trim(), line });
    },
  });
  return stretches;
}
