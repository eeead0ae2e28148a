/** The render stage: a valid Summary and a template → the document model. Pure but for the template. */
import { ReportError } from "../errors.js";
import { plainText, type DocumentModel, type Runs } from "../model.js";
import type { Summary } from "../validate/schema.js";
import { chineseDate, documentDate } from "./dates.js";
import { withKeyFigures } from "./key-figures.js";
import { MarkupError, parseMarkup } from "./markup.js";
import { proseMarkup, type ProseMarkup } from "./prose-markup.js";
import { xmlLegal } from "./xml-legal.js";
import type { CompiledTemplate } from "./template.js";

/** What a draft's header says when the data gives no label of its own. */
export const DEFAULT_DRAFT_LABEL = "草稿";

export function render(summary: Summary, template: CompiledTemplate, templateName: string): DocumentModel {
  const prose = (text: string) => proseMarkup(text, summary);
  const section = ({ heading, body }: { heading: string; body: string }) => ({
    heading: prose(heading),
    body: prose(body),
  });
  const { closing } = summary;
  const view = {
    year: summary.year,
    title: prose(summary.title),
    organisation: prose(summary.organisation),
    intro: prose(summary.intro),
    work: summary.work.map(section),
    problems: summary.problems.map(prose),
    plans: summary.plans.map(section),
    closing: closing && {
      organisation: prose(closing.organisation ?? summary.organisation),
      date: chineseDate(closing.date),
    },
  };
  try {
    const { blocks } = parseMarkup(template(view));
    const title = blocks.find((block) => block.kind === "title");
    const tableTitle = summary.keyFigures ? proseRuns(prose(summary.keyFigures.title)) : [];
    return {
      blocks: withKeyFigures(blocks, summary, tableTitle),
      properties: { title: title ? plainText(title.runs) : "", author: plainProse(view.organisation) },
      date: documentDate(summary),
      // The label goes into the page header as it is, not through a template: it needs the same care.
      draftLabel: xmlLegal(summary.draftLabel ?? DEFAULT_DRAFT_LABEL),
    };
  } catch (error) {
    // The template's own errors are reported as such; anything else is a bug (exit 3).
    if (!(error instanceof MarkupError)) throw error;
    const detail = error.message;
    throw new ReportError("data", [
      { code: "templateError", severity: "error", file: templateName, params: { file: templateName, detail } },
    ]);
  }
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
