/**
 * The key-figures table (`keyFigures` in the data) as the document's attachment: 附件：title under
 * the body (before the closing, GB/T 9704 §7.3.4), and the attachment itself after everything else
 * (§7.3.7), with one row a figure in the order the data lists them. Built from the data, not the
 * template: the table's shape is fixed, and the template stays about the body.
 */
import type { Block, Run, Runs, Table, TableColumn } from "../model.js";
import type { Figure, Summary } from "../summary/schema.js";
import { changeText, formatLast, formatValue, yearOnYear } from "./figures.js";
import { xmlLegal } from "./xml-legal.js";

/** A single attachment is labelled 附件 without a number (§7.3.7). */
export const ATTACHMENT_LABEL = "附件";

/** An attachment as the render stage made it: its title, its paragraphs, its table (and 表题). */
export interface AttachmentContent {
  readonly title: Runs;
  readonly paragraphs?: readonly Runs[];
  readonly tableTitle?: Runs;
  readonly table?: Table;
}

/**
 * The blocks as the template gave them, with the attachment note and the attachments added: the
 * key-figures table first (`title` its title), then the data's `attachments` in their order. One is
 * labelled 附件 and noted 附件：title; several 附件1, 附件2… and 附件：1.title, 2.title (§7.3.4, §7.3.7).
 */
export function withAttachments(
  blocks: readonly Block[],
  summary: Summary,
  title: Runs,
  others: readonly AttachmentContent[] = [],
): Block[] {
  const all = [...(summary.keyFigures ? [keyFiguresAttachment(summary, title)] : []), ...others];
  if (all.length === 0) return [...blocks];
  const numbered = all.length > 1;
  const note: Block = {
    kind: "attachmentNote",
    items: all.map((a, i) => (numbered ? [{ text: `${i + 1}.` }, ...a.title] : a.title)),
  };
  const attachments = all.map((a, i): Block => ({
    kind: "attachment",
    label: numbered ? `${ATTACHMENT_LABEL}${i + 1}` : ATTACHMENT_LABEL,
    ...a,
  }));
  const closing = blocks.findIndex((block) => block.kind === "closing");
  const body = closing === -1 ? [...blocks] : blocks.slice(0, closing);
  const after = closing === -1 ? [] : blocks.slice(closing);
  return [...body, note, ...after, ...attachments];
}

function keyFiguresAttachment(summary: Summary, title: Runs): AttachmentContent {
  const table = summary.keyFigures;
  return {
    title,
    table: {
      columns: columns(summary.year),
      // Validation has made sure every name is a figure with a number.
      rows: (table?.figures ?? []).flatMap((name) => {
        const figure = Object.hasOwn(summary.figures, name) ? summary.figures[name] : undefined;
        return figure ? [row(name, figure)] : [];
      }),
    },
  };
}

function columns(year: number): TableColumn[] {
  return [
    { header: "指标", align: "left" },
    { header: "单位", align: "center" },
    { header: `${year}年`, align: "right" },
    { header: `${year - 1}年`, align: "right" },
    { header: "同比", align: "right" },
  ];
}

function row(name: string, figure: Figure): Runs[] {
  const cell = ({ text, blank }: { text: string; blank: boolean }): Runs => [
    { text, figure: blank ? "blank" : "filled" },
  ];
  const change = yearOnYear(figure, "change");
  const changeRun: Run =
    change.kind === "same" || change.kind === "turned"
      ? { text: changeText(change) }
      : { text: changeText(change), figure: change.kind === "blank" ? "blank" : "filled" };
  return [
    [{ text: name }],
    figure.unit ? [{ text: xmlLegal(figure.unit) }] : [],
    cell(formatValue(figure)),
    cell(formatLast(figure)),
    [changeRun],
  ];
}
