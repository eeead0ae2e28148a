import { MAX_PROBLEMS_PER_FILE } from "./limits.js";
import type { SourcePosition } from "./lines.js";
import type { Message, MessageCode, MessageParams } from "./messages/catalogue.js";

export type { SourcePosition } from "./lines.js";

/** Where a problem is and how bad it is: everything a diagnostic has besides its message. */
export interface Place {
  readonly severity: "error" | "warning";
  /** The file the problem is in; absent for problems with the command line itself. */
  readonly file?: string;
  readonly position?: SourcePosition;
  /** The data field, as a dotted path (`work.2.body`), when the problem belongs to one. */
  readonly field?: string;
  /** The text of the line at `position`, for the code frame. */
  readonly excerpt?: string;
}

/**
 * One problem found in a user's input, located where possible; its text comes from the catalogue.
 * A union over the codes, each with its own parameters, so a misspelt or missing parameter does
 * not compile.
 */
export type Diagnostic<C extends MessageCode = MessageCode> = {
  [K in C]: Place & { readonly code: K; readonly params: MessageParams<K> };
}[C];

/** The one way diagnostics are made: a code, its parameters (checked against the catalogue), a place. */
export function diagnostic<C extends MessageCode>(
  code: C,
  params: MessageParams<C>,
  place: Partial<Place> = {},
): Diagnostic {
  // TypeScript cannot see that { code: C, params: MessageParams<C> } is the union's member for C
  // (microsoft/TypeScript#30581); the signature above is what checks the pair.
  return { severity: "error", ...place, code, params } as unknown as Diagnostic;
}

/** A diagnostic from a message whose code and parameters were paired already (a syntax rule's finding). */
export function located(message: Message, place: Partial<Place> = {}): Diagnostic {
  return { severity: "error", ...place, code: message.code, params: message.params } as Diagnostic;
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

/**
 * A file's problems as listed: the first MAX_PROBLEMS_PER_FILE, then one `moreProblems` line that
 * counts the rest (an error if any of the rest is one), so every reporter prints it as it is.
 */
export function listed(diagnostics: readonly Diagnostic[], file: string | undefined): readonly Diagnostic[] {
  if (diagnostics.length <= MAX_PROBLEMS_PER_FILE) return diagnostics;
  const { errors, warnings } = problemCounts(diagnostics.slice(MAX_PROBLEMS_PER_FILE));
  const more: Diagnostic<"moreProblems"> = {
    code: "moreProblems",
    severity: errors > 0 ? "error" : "warning",
    ...(file === undefined ? {} : { file }),
    params: { count: errors + warnings, errors },
  };
  return [...diagnostics.slice(0, MAX_PROBLEMS_PER_FILE), more];
}

/** Errors and warnings in a list, those counted by a `moreProblems` line included. */
export function problemCounts(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.code === "moreProblems") {
      const { count, errors: more } = d.params;
      errors += more;
      warnings += count - more;
    } else if (d.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}
