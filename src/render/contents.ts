/**
 * The table of contents (目录) from the data's `contents: true`: an entry for every heading of the
 * body in order, on its own line or run in to its paragraph, its number included, at its level; put
 * after the title and the lines under it, where a long report prints its 目录 (design choice: the
 * title page keeps the 版头 and the title, the 目录 follows them, the body starts on the next page).
 * Added by the render stage, not the template: it lists what the template printed. Attachments'
 * titles are not headings, and are not listed; a document without headings has no contents.
 */
import { plainText, type Block, type ContentsEntry } from "../model.js";

/** The contents' title, as 目录 pages print it. */
export const CONTENTS_TITLE = "目录";

export function withContents(blocks: readonly Block[], contents: boolean | undefined): Block[] {
  if (!contents) return [...blocks];
  const entries = blocks.flatMap((block): ContentsEntry[] => {
    if (block.kind === "heading") return [{ level: block.level, text: plainText(block.runs) }];
    const level = block.kind === "paragraph" ? block.runs[0]?.heading : undefined;
    if (block.kind !== "paragraph" || level === undefined) return [];
    const end = block.runs.findIndex((r) => r.heading !== level);
    return [{ level, text: plainText(block.runs.slice(0, end === -1 ? undefined : end)) }];
  });
  if (entries.length === 0) return [...blocks];
  const title = blocks.findIndex((block) => block.kind === "title");
  let at = title + 1;
  while (blocks[at]?.kind === "titleNote") at++;
  const block: Block = { kind: "contents", title: CONTENTS_TITLE, entries };
  return [...blocks.slice(0, at), block, ...blocks.slice(at)];
}
