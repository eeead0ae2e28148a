/** The one module that writes to the console: diagnostics with code frames, and results. */
import { commandName } from "../command-name.js";
import { Chalk, type ChalkInstance } from "chalk";
import type { Diagnostic } from "../errors.js";
import {
  describe,
  text,
  type Lang,
  type Message,
  type MessageCode,
  type MessageParams,
  type Text,
} from "../messages/catalogue.js";
import { displayWidth } from "./display-width.js";
import { excerptWindow, visibleMessage, visibleName, visibleParams } from "./visible.js";

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

/**
 * A catalogue message as a terminal or CI log may show it: every text that came from outside (file
 * names, values from the data) with its control characters and line breaks shown as symbols.
 */
export function consoleText(lang: Lang, message: Message): Text {
  return describe(lang, message, visibleParams);
}

/** Colours for a stream: none when it is not a terminal or NO_COLOR is set (https://no-color.org). */
export function createPalette(stream: NodeJS.WriteStream): ChalkInstance {
  return new Chalk({ level: useColor(stream) ? 1 : 0 });
}

function useColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb";
}

/**
 *   data/2020.yaml:12:7  错误：缺少字段 title
 *     12 │ year: 2020
 *        │       ^
 *     怎么改：请在这里补上一行“title: …”。
 */
export function formatDiagnostic(d: Diagnostic, lang: Lang, color: ChalkInstance = new Chalk({ level: 0 })): string {
  const raw = consoleText(lang, d);
  const message = visibleMessage(raw.message);
  const hint = raw.hint === undefined ? undefined : visibleMessage(raw.hint);
  const isError = d.severity === "error";
  const label = text(lang, isError ? "labelError" : "labelWarning", {}).message;
  const file = d.file === undefined ? undefined : visibleName(d.file);
  const where = file && d.position ? `${file}:${d.position.line}:${d.position.column}` : (file ?? commandName());
  const separator = lang === "zh" ? "：" : ": ";
  const lines = [`${color.bold(where)}  ${(isError ? color.red : color.yellow)(label + separator)}${message}`];
  if (d.position && d.excerpt !== undefined) {
    const number = String(d.position.line);
    const gutter = " ".repeat(number.length);
    const excerpt = excerptWindow(d.excerpt, d.position.column);
    const before = excerpt.text.slice(0, excerpt.column - 1);
    const pad = before.replace(/[^\t]/g, (c) => " ".repeat(displayWidth(c)));
    lines.push(
      `  ${color.dim(number + " │")} ${excerpt.text}`,
      `  ${color.dim(gutter + " │")} ${pad}${color.red("^")}`,
    );
  }
  if (hint) lines.push(`  ${color.cyan(text(lang, "labelHint", {}).message + separator)}${hint}`);
  return lines.join("\n");
}
