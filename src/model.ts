/**
 * The document model: what the templates produce and the only thing writers read.
 * It knows nothing of YAML, Handlebars or Word.
 */

/** What a run is, which decides its font: a run-in (level-2) heading sentence or body text. */
export type RunRole = "runin" | "body";

export interface Run {
  readonly text: string;
  readonly role: RunRole;
  /** Set when the run is a figure's value; `blank` when the data has no value yet (prints `X`). */
  readonly figure?: "filled" | "blank";
}

export type Block =
  | { readonly kind: "title"; readonly runs: readonly Run[] }
  | { readonly kind: "heading"; readonly level: 1; readonly runs: readonly Run[] }
  | { readonly kind: "paragraph"; readonly runs: readonly Run[] }
  | { readonly kind: "closing"; readonly lines: readonly (readonly Run[])[] };

export interface DocumentModel {
  readonly blocks: readonly Block[];
  /** The document's own date, `YYYY-MM-DD`; its file properties carry this, never the build's clock. */
  readonly date: string;
  /** What a draft's page header says, e.g. 草稿. */
  readonly draftLabel: string;
}

/** The blocks alone, as a template's markup gives them. */
export type Body = Pick<DocumentModel, "blocks">;

export function plainText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join("");
}
