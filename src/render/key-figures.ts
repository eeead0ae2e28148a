/**
 * The key-figures table (`keyFigures` in the data) as the document's attachment: 附件：title under
 * the body (before the closing, GB/T 9704 §7.3.4), and the attachment itself after everything else
 * (§7.3.7), with one row a figure in the order the data lists them. Built from the data, not the
 * template: the table's shape is fixed, and the template stays about the body.
 */
import type { Block, Run, Runs, TableColumn } from "../model.js";
import type { Figure, Summary } from "../summary/schema.js";
import { changeText, formatLast, formatValue, yearOnYear } from "./figures.js";
import { xmlLegal } from "./xml-legal.js";

/** A single attachment is labelled 附件 without a number (§7.3.7). */
export const ATTACHMENT_LABEL = "附件";

/** The blocks as the template gave them, with the attachment note and the attachment added. */
export function withKeyFigures(blocks: readonly Block[], summary: Summary, title: Runs): Block[] {
  const table = summary.keyFigures;
  if (!table) return [...blocks];
  const note: Block = { kind: "attachmentNote", items: [title] };
  const attachment: Block = {
    kind: "attachment",
    label: ATTACHMENT_LABEL,
    title,
    table: {
      columns: columns(summary.year),
      // Validation has made sure every name is a figure with a number.
      rows: table.figures.flatMap((name) => {
        const figure = Object.hasOwn(summary.figures, name) ? summary.figures[name] : undefined;
        return figure ? [row(name, figure)] : [];
      }),
    },
  };
  const closing = blocks.findIndex((block) => block.kind === "closing");
  const body = closing === -1 ? [...blocks] : blocks.slice(0, closing);
  const after = closing === -1 ? [] : blocks.slice(closing);
  return [...body, note, ...after, attachment];
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
