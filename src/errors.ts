import type { MessageCode, MessageParams } from "./messages/catalogue.js";

/** A place in a file, 1-based, as editors show it. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** One problem found in a user's input, located where possible; its text comes from the catalogue. */
export interface Diagnostic<C extends MessageCode = MessageCode> {
  readonly code: C;
  readonly severity: "error" | "warning";
  /** The file the problem is in; absent for problems with the command line itself. */
  readonly file?: string;
  readonly position?: SourcePosition;
  /** The data field, as a dotted path (`work.2.body`), when the problem belongs to one. */
  readonly field?: string;
  /** The text of the line at `position`, for the code frame. */
  readonly excerpt?: string;
  readonly params: MessageParams<C>;
}

/** Why the run failed, which decides the exit code (see cli/exit-code.ts). */
export type FailureKind = "data" | "usage" | "output";

/** The one error type the pipeline throws on purpose; anything else is a bug. */
export class ReportError extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly diagnostics: readonly Diagnostic[],
  ) {
    super(diagnostics.map((d) => d.code).join(", "));
    this.name = "ReportError";
  }
}
