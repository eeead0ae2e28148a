/**
 * The layout decisions, made once and written by either writer: which paragraph each block becomes,
 * which run each piece of text, where the title breaks and how far the closing is indented.
 * Pure; knows nothing of XML.
 */
import { plainText, type Block, type DocumentModel, type Run } from "../../model.js";
import { closingLeftIndents } from "./closing.js";
import { splitOutsideGb2312 } from "./outside-gb2312.js";
import { TITLE } from "./layout.js";
import { titleLines } from "./title-lines.js";

/** Paragraph kinds, each with its own properties (see docx-objects.ts). */
export type ParagraphKind = "title" | "blankLine" | "heading" | "body" | "closing";
/** Which of the profile's fonts a run takes (and so its size and spacing). */
export type RunFont = "title" | "heading1" | "runIn" | "body";

export interface PlannedRun {
  readonly font: RunFont;
  readonly text: string;
  /** A blank figure in a draft. */
  readonly highlight: boolean;
  /** The run starts a new line of the title. */
  readonly breakBefore: boolean;
  /** Only characters outside GB2312: drawn in the font's fallback face (outside-gb2312.ts). */
  readonly outsideGb2312?: true;
}

export interface PlannedParagraph {
  readonly kind: ParagraphKind;
  readonly runs: readonly PlannedRun[];
  /** Closing lines: the computed left indent, and kept with the next line. */
  readonly leftIndentTwips?: number;
  readonly keepNext?: boolean;
}

export function planParagraphs(model: DocumentModel, highlightBlanks: boolean): PlannedParagraph[] {
  const run = (r: Run, font: RunFont, breakBefore = false): PlannedRun => ({
    font,
    text: r.text,
    highlight: highlightBlanks && r.figure === "blank",
    breakBefore,
  });
  const bodyRuns = (runs: readonly Run[], font: RunFont) => runs.map((r) => run(r, r.heading ? "runIn" : font));
  const blankLine: PlannedParagraph = { kind: "blankLine", runs: [] };

  return model.blocks.flatMap(paragraphsOf).map(splitOutsideGb2312);

  function paragraphsOf(block: Block): PlannedParagraph[] {
    switch (block.kind) {
      case "title":
        return [{ kind: "title", runs: titleRuns(block.runs, run) }, blankLine];
      case "heading":
        return [{ kind: "heading", runs: bodyRuns(block.runs, block.level === 1 ? "heading1" : "runIn") }];
      case "paragraph":
        return [{ kind: "body", runs: bodyRuns(block.runs, "body") }];
      case "salutation":
      case "attachmentNote":
      case "attachment":
        throw new Error(`the Word writer does not lay out ${block.kind} blocks yet`);
      case "closing": {
        const indents = closingLeftIndents(block.lines.map(plainText));
        const lines = block.lines.map((line, i) => ({
          kind: "closing" as const,
          runs: bodyRuns(line, "body"),
          leftIndentTwips: Math.max(0, indents[i] ?? 0),
          keepNext: i < block.lines.length - 1,
        }));
        return [blankLine, ...lines];
      }
    }
  }
}

/** The title in balanced lines: runs are cut where a line ends, and the next starts with a break. */
function titleRuns(
  list: readonly Run[],
  run: (r: Run, font: RunFont, breakBefore: boolean) => PlannedRun,
): PlannedRun[] {
  const lineStarts = new Set<number>();
  let offset = 0;
  for (const line of titleLines(plainText(list), TITLE.charsPerLine)) lineStarts.add((offset += line.length));
  const runs: PlannedRun[] = [];
  offset = 0;
  for (const r of list) {
    let from = 0;
    for (let i = 1; i <= r.text.length; i++) {
      if (i < r.text.length && !lineStarts.has(offset + i)) continue;
      const breakBefore = from === 0 ? lineStarts.has(offset) && offset > 0 : true;
      runs.push(run({ ...r, text: r.text.slice(from, i) }, "title", breakBefore));
      from = i;
    }
    offset += r.text.length;
  }
  return runs;
}
