import type { FontProfileName } from "./layout/fonts.js";

/** What every writer is told besides the model. */
export interface WriterOptions {
  /** A final document: no highlight, no draft header (the pipeline has refused blanks already). */
  readonly final: boolean;
  /** Which font names the Word file asks for. */
  readonly fonts: FontProfileName;
  /** An ISO instant (from SOURCE_DATE_EPOCH) to record instead of the model's own date. */
  readonly documentTimestamp?: string;
  /**
   * False when an office's reference file is applied afterwards (src/reference/): its page set-up or
   * its letterhead above the content are not what the page estimate assumes (plan.ts).
   */
  readonly standardPage?: boolean;
}
