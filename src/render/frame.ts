/**
 * The 公文 frame (GB/T 9704-2012) from the data's `frame`: the 版头 above the title (§7.2), the seal's
 * room in the closing (§7.3.5.1), the 附注 under the date (§7.3.6) and the 版记 after everything else,
 * attachments included (§7.4). Built from the data, not the template: the frame's places are fixed by
 * the standard, and the template stays about the body. Without `frame` the blocks are returned as given.
 */
import type { Block } from "../model.js";
import type { Frame, Summary } from "../summary/schema.js";
import { chineseDate } from "./dates.js";
import { xmlLegal } from "./xml-legal.js";

const list = (value: string | readonly string[] | undefined): string[] =>
  (value === undefined ? [] : typeof value === "string" ? [value] : [...value]).map(xmlLegal);

export function withFrame(blocks: readonly Block[], summary: Summary): Block[] {
  const frame = summary.frame;
  if (!frame) return [...blocks];
  const letterhead = letterheadOf(frame);
  const out = blocks.map((block): Block => (block.kind === "closing" && frame.seal ? { ...block, seal: true } : block));
  if (frame.note !== undefined) {
    // Under the date, or, without a closing, under the body (before any attachment).
    const closing = out.findIndex((block) => block.kind === "closing");
    const at = closing !== -1 ? closing + 1 : firstAttachment(out);
    out.splice(at, 0, { kind: "annotation", text: parenthesised(xmlLegal(frame.note)) });
  }
  const colophon = colophonOf(frame);
  return [...(letterhead ? [letterhead] : []), ...out, ...(colophon ? [colophon] : [])];
}

function letterheadOf(frame: Frame): Block | undefined {
  const marks = [frame.copyNumber, frame.secrecy, frame.urgency].filter((m): m is string => m !== undefined);
  const issuers = list(frame.issuers);
  const block: Block = {
    kind: "letterhead",
    marks: marks.map(xmlLegal),
    issuers,
    suffix: issuers.length > 0 && frame.suffix !== undefined ? xmlLegal(frame.suffix) : "",
    number: frame.number === undefined ? "" : xmlLegal(frame.number),
    signers: list(frame.signers),
  };
  return marks.length + issuers.length + block.number.length + block.signers.length > 0 ? block : undefined;
}

function colophonOf(frame: Frame): Block | undefined {
  const names = list(frame.copyTo).join("，");
  const copyTo = names && !/[。.]$/u.test(names) ? `${names}。` : names;
  const printedBy = frame.printedBy === undefined ? "" : xmlLegal(frame.printedBy);
  const printedOn = frame.printedOn === undefined ? "" : `${chineseDate(frame.printedOn)}印发`;
  return copyTo || printedBy || printedOn ? { kind: "colophon", copyTo, printedBy, printedOn } : undefined;
}

/** 附注 is printed in parentheses (§7.3.6); a note written with them keeps its own. */
function parenthesised(note: string): string {
  return /^[（(].*[）)]$/u.test(note) ? note : `（${note}）`;
}

function firstAttachment(blocks: readonly Block[]): number {
  const at = blocks.findIndex((block) => block.kind === "attachment");
  return at === -1 ? blocks.length : at;
}
