/**
 * For GitHub Actions: each problem as a workflow command, which the pull request shows on the
 * line it names (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 */
import { commandName } from "../../command-name.js";
import type { Diagnostic } from "../../errors.js";
import { text, type Lang } from "../../messages/catalogue.js";
import { consoleText } from "../../messages/diagnostic-text.js";
import { visible, visibleMessage } from "../../messages/visible.js";
import { isProblem, statusMessage, type Reporter, type ReporterStreams } from "./reporter.js";

export function githubReporter({ out, lang }: ReporterStreams): Reporter {
  return {
    start: () => {},
    result: (result) => {
      for (const d of result.diagnostics) out.write(`${annotation(d, lang)}\n`);
      const status = statusMessage(result);
      if (!status) return;
      const line = consoleText(lang, status).message;
      out.write(
        isProblem(result) && result.status !== "failed"
          ? `::error file=${property(result.output)}::${data(line)}\n`
          : `${line}\n`,
      );
    },
    finish: ({ files, ok, failed }) => {
      out.write(`${text(lang, "totals", { files, ok, failed }).message}\n`);
    },
  };
}

export function annotation(d: Diagnostic, lang: Lang): string {
  const { message, hint } = consoleText(lang, d);
  const properties = [
    d.file && `file=${property(d.file)}`,
    d.position && `line=${d.position.line}`,
    d.position && `col=${d.position.column}`,
    `title=${property(`${commandName()} ${d.code}`)}`,
  ].filter(Boolean);
  const command = d.severity === "error" ? "error" : "warning";
  // Capped as on a terminal: a value of a megabyte quoted in a message must not make a line of one.
  const shown = hint ? `${visibleMessage(message)}\n${visibleMessage(hint)}` : visibleMessage(message);
  return `::${command} ${properties.join(",")}::${data(shown)}`;
}

/**
 * GitHub's escaping for a command's message and its properties. Text from outside has already had its
 * control characters made visible (consoleText); a property is a file name, made visible here.
 */
const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const property = (s: string) => data(visible(s)).replace(/:/g, "%3A").replace(/,/g, "%2C");
