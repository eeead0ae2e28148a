/**
 * A diagnostic as text, with its code frame: what the console prints (cli/output.ts, in colour on a
 * terminal) and what the preview's page shows (preview/server.ts).
 */
import { commandName } from "../command-name.js";
import { displayWidth } from "../display-width.js";
import type { Diagnostic } from "../errors.js";
import { describe, text, type Lang, type Message, type Text } from "./catalogue.js";
import { excerptWindow, visibleMessage, visibleName, visibleParams } from "./visible.js";

/** The colours a frame is printed in (a chalk instance is one); `PLAIN` has none. */
export interface Palette {
  readonly bold: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly cyan: (text: string) => string;
}

const same = (text: string) => text;
export const PLAIN: Palette = { bold: same, red: same, yellow: same, dim: same, cyan: same };

/**
 * A catalogue message as a terminal or CI log may show it: every text that came from outside (file
 * names, values from the data) with its control characters and line breaks shown as symbols.
 */
export function consoleText(lang: Lang, message: Message): Text {
  return describe(lang, message, visibleParams);
}

/**
 *   data/2020.yaml:12:7  错误：缺少字段 title
 *     12 │ year: 2020
 *        │       ^
 *     怎么改：请在这里补上一行“title: …”。
 */
export function formatDiagnostic(d: Diagnostic, lang: Lang, color: Palette = PLAIN): string {
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
