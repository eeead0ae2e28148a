/**
 * The paragraph kinds of the 公文 frame (styles.ts: FRAME_STYLES). Their styles go into styles.xml
 * only when a document uses one, so a plain summary's file stays byte for byte what it was. Kept
 * apart from styles.ts so that a build replaying a kit (kit/replay.ts) can tell without the docx library.
 */
import { BLOCK_KINDS } from "../../blocks.js";

/** The styles the registry gives the frame's block kinds (src/blocks.ts: letterhead, colophon, titleNote). */
export const FRAME_PARAGRAPH_KINDS = [
  ...BLOCK_KINDS.letterhead.styles,
  ...BLOCK_KINDS.colophon.styles,
  // The lines under a title (题注, speaker): as rare in a summary, so written only when used too.
  ...BLOCK_KINDS.titleNote.styles,
  // A table in the text's 表题 (its rows are set in the attachment's table styles, always there).
  "tableTitle",
  // The table of contents' (目录): only in a file that has one.
  ...BLOCK_KINDS.contents.styles,
] as const satisfies readonly (typeof BLOCK_KINDS)[keyof typeof BLOCK_KINDS]["styles"][number][];
export type FrameParagraphKind = (typeof FRAME_PARAGRAPH_KINDS)[number];

const FRAME_KINDS: ReadonlySet<string> = new Set(FRAME_PARAGRAPH_KINDS);

export const STYLES_PART = "word/styles.xml";

/** Whether the document has any of the frame's paragraphs (a box holds only the 版记's). */
export function usesFrameStyles(blocks: readonly { readonly kind: string }[]): boolean {
  return blocks.some((block) => block.kind === "box" || FRAME_KINDS.has(block.kind));
}

/** A length in points as a box's VML style writes it; the kit fills a box's top in the same form. */
export const boxPoints = (twips: number): `${number}pt` => `${twips / 20}pt`;
