import { plainText, type Block, type DocumentModel } from "../model.js";

/** Plain text: one paragraph a line, as the reference document is kept. */
export function writeTxt(model: DocumentModel): Uint8Array {
  return new TextEncoder().encode(
    model.blocks
      .flatMap(lines)
      .map((line) => `${line}\n`)
      .join(""),
  );
}

function lines(block: Block): string[] {
  return block.kind === "closing" ? block.lines.map(plainText) : [plainText(block.runs)];
}
