/** What a source-level rule reports: a catalogue message at an offset in the (LF-normalised) text. */
import type { MessageCode, MessageParams } from "../../messages/catalogue.js";

export type Found = {
  [C in MessageCode]: {
    readonly code: C;
    readonly params: MessageParams<C>;
    readonly offset: number;
    readonly severity: "error" | "warning";
    /** A leading-whitespace problem explains everything else on its line. */
    readonly wholeLine?: boolean;
    /** The edit that corrects it, where one is safe: `report fix` makes it even in a file with errors. */
    readonly edit?: SourceEdit;
  };
}[MessageCode];

/** Replace the characters [from, to) of the file's (LF-normalised) text with `text`. */
export interface SourceEdit {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

export const found = <C extends MessageCode>(
  code: C,
  offset: number,
  params: MessageParams<C>,
  wholeLine = false,
): Found => ({ code, offset, params, severity: "error", wholeLine }) as Found;

/** Text regions [start, end) whose YAML errors are consequences of a problem already reported. */
export type Region = readonly [number, number];

export { lineEnd, lineStart } from "../../lines.js";
