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
  switch (block.kind) {
    case "closing":
      return block.lines.map(plainText);
    case "attachmentNote":
      return block.items.map((item, i) => (i === 0 ? "附件：" : "　　　") + plainText(item));
    case "attachment":
      return [
        block.label,
        plainText(block.title),
        ...[block.table.columns.map((c) => c.header), ...block.table.rows.map((row) => row.map(plainText))].map(
          (cells) => cells.join("\t"),
        ),
      ];
    default:
      return [plainText(block.runs)];
  }
}
