/** The one module that writes to the console: diagnostics with code frames, and results. */
import { Chalk, type ChalkInstance } from "chalk";
import type { Diagnostic } from "../errors.js";
import { text, type Lang, type MessageCode, type MessageParams } from "../messages/catalogue.js";
import { formatDiagnostic } from "../messages/diagnostic-text.js";
import { visibleParams } from "../messages/visible.js";

export interface Output {
  readonly lang: Lang;
  diagnostics(list: readonly Diagnostic[]): void;
  /** A line of the catalogue on stderr, as progress or a summary. */
  note<C extends MessageCode>(code: C, params: MessageParams<C>): void;
  /** Document bytes on stdout (`-o -`). */
  data(bytes: Uint8Array): void;
}

export function createOutput(lang: Lang, stream: NodeJS.WriteStream = process.stderr): Output {
  const color = createPalette(stream);
  const write = (line: string) => stream.write(`${line}\n`);
  return {
    lang,
    diagnostics: (list) => list.forEach((d) => write(formatDiagnostic(d, lang, color))),
    note: (code, params) => {
      const { message, hint } = text(lang, code, visibleParams(params));
      write(hint ? `${message}\n  ${hint}` : message);
    },
    data: (bytes) => process.stdout.write(bytes),
  };
}

/** Colours for a stream: none when it is not a terminal or NO_COLOR is set (https://no-color.org). */
export function createPalette(stream: NodeJS.WriteStream): ChalkInstance {
  return new Chalk({ level: useColor(stream) ? 1 : 0 });
}

function useColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb";
}
