/** The render stage: a valid Summary and a template → the document model. Pure but for the template. */
import { tableOf } from "../blocks.js";
import { ReportError } from "../errors.js";
import { plainText, type DocumentModel, type Runs } from "../model.js";
import type { FieldPath } from "../summary/prose-fields.js";
import type { Summary } from "../summary/schema.js";
import { mapTexts } from "../summary/structure.js";
import { bodySections } from "./sections.js";
import { chineseDate, documentDate } from "./dates.js";
import { withContents } from "./contents.js";
import { withFrame } from "./frame.js";
import { withAttachments, type AttachmentContent } from "./key-figures.js";
import { MarkupError, parseMarkup } from "./markup.js";
import { proseMarkup, type ProseMarkup } from "./prose-markup.js";
import { xmlLegal } from "./xml-legal.js";
import type { CompiledTemplate } from "./template.js";

/** What a draft's header says when the data gives no label of its own. */
export const DEFAULT_DRAFT_LABEL = "草稿";

/** The line of the data file a paragraph of a text comes from: for a text at its place, by offset. */
export type LineOf = (path: FieldPath, text: string) => (offset: number) => number;

export interface Rendered {
  readonly model: DocumentModel;
  /**
   * The data's texts the template never printed, by their place in the data, in the data's order:
   * a text that validated but is not in the document (a template that lacks the field).
   */
  readonly unprinted: readonly FieldPath[];
}

/** With `lineOf`, headings, paragraphs and salutations carry the line of the data file they come from. */
export function render(summary: Summary, template: CompiledTemplate, templateName: string, lineOf?: LineOf): Rendered {
  // The view gives most texts twice (as the data has them, and in the body's sections): made once.
  const made = new Map<string, { path: FieldPath; markup: ProseMarkup }>();
  const prose = (text: string, path: FieldPath) => {
    const key = path.join("\u0000");
    let entry = made.get(key);
    if (!entry) {
      entry = { path, markup: proseMarkup(text, summary, lineOf?.(path, text), keepsLineBreaks(path)) };
      made.set(key, entry);
    }
    return entry.markup;
  };
  const { closing } = summary;
  // Every field of the data, its texts as markup, so a template can use any of them; then what the
  // default template lays out: the body in its general form, and the closing as printed. Fields the
  // data leaves out are there as undefined, which a template in strict mode may test with {{#if}}.
  const view = {
    ...(mapTexts(summary, prose) as Record<string, unknown>),
    organisation: prose(summary.organisation, ["organisation"]),
    sections: bodySections(summary, prose),
    closing: closing && {
      organisation:
        closing.organisation === undefined
          ? prose(summary.organisation, ["organisation"])
          : prose(closing.organisation, ["closing", "organisation"]),
      date: chineseDate(closing.date),
    },
  };
  try {
    const { blocks } = parseMarkup(template(view));
    const title = blocks.find((block) => block.kind === "title");
    const tableTitle = summary.keyFigures ? proseRuns(prose(summary.keyFigures.title, ["keyFigures", "title"])) : [];
    const attachments = (summary.attachments ?? []).map((a, i) => attachmentContent(a, ["attachments", i], prose));
    // Printed by the template, or by the render stage itself (the key figures' title, the attachments, above).
    const unprinted = [...made.values()].filter((entry) => !entry.markup.printed).map((entry) => entry.path);
    const model: DocumentModel = {
      blocks: withFrame(
        withContents(withAttachments(blocks, summary, tableTitle, attachments), summary.contents),
        summary,
      ),
      properties: { title: title ? plainText(title.runs) : "", author: plainProse(view.organisation) },
      date: documentDate(summary),
      // The label goes into the page header as it is, not through a template: it needs the same care.
      draftLabel: xmlLegal(summary.draftLabel ?? DEFAULT_DRAFT_LABEL),
      ...(summary.wordNumbering ? { wordNumbering: true as const } : {}),
    };
    return { model, unprinted: unprinted.filter((path) => !RENDER_PRINTS.has(path.join("."))) };
  } catch (error) {
    // The template's own errors are reported as such; anything else is a bug (exit 3).
    if (!(error instanceof MarkupError)) throw error;
    throw new ReportError("data", [
      {
        code: "templateMarkup",
        severity: "error",
        file: templateName,
        params: { file: templateName, ...error.params },
      },
    ]);
  }
}

/**
 * Texts the render stage prints itself, whatever the template does: the key figures' title (the
 * attachment's) and the organisation, which the file's properties carry as its author.
 */
const RENDER_PRINTS = new Set(["keyFigures.title", "organisation"]);

/** The title keeps the lines it is written in (GB/T 9704 §7.3.1's 梯形 or 菱形, as the clerk sets it). */
function keepsLineBreaks(path: FieldPath): boolean {
  return path.length === 1 && path[0] === "title";
}

/** An attachment of the data's `attachments`: its texts as runs, its table's cells with their figures. */
function attachmentContent(
  attachment: NonNullable<Summary["attachments"]>[number],
  path: FieldPath,
  prose: (text: string, path: FieldPath) => ProseMarkup,
): AttachmentContent {
  const { body, table } = attachment;
  const cell = (text: string, at: FieldPath) => proseRuns(prose(text, at));
  return {
    title: cell(attachment.title, [...path, "title"]),
    ...(body === undefined ? {} : { paragraphs: proseParagraphs(prose(body, [...path, "body"])) }),
    ...(table === undefined
      ? {}
      : {
          ...(table.title === undefined ? {} : { tableTitle: cell(table.title, [...path, "table", "title"]) }),
          table: tableOf(
            table.header.map((text, i) => cell(text, [...path, "table", "header", i])),
            table.rows.map((row, i) => row.map((text, j) => cell(text, [...path, "table", "rows", i, j]))),
          ),
        }),
  };
}

/** A text of several paragraphs as the runs of each. */
function proseParagraphs(markup: ProseMarkup): Runs[] {
  return parseMarkup(`<p>${markup.toHTML()}</p>`).blocks.flatMap((block) =>
    block.kind === "paragraph" ? [block.runs] : [],
  );
}

/** A text's words as printed, without the figures' markup: for the file's properties. */
function plainProse(markup: ProseMarkup): string {
  return plainText(proseRuns(markup));
}

/** A text as runs, its figures marked: for text placed by the render stage itself. */
function proseRuns(markup: ProseMarkup): Runs {
  const [paragraph] = parseMarkup(`<p>${markup.toHTML()}</p>`).blocks;
  return paragraph?.kind === "paragraph" ? paragraph.runs : [];
}
