import { text } from "../../messages/catalogue.js";
/** For people: code frames, a line per file, a progress line on a terminal, totals for batches. */
import { consoleText, formatDiagnostic } from "../../messages/diagnostic-text.js";
import { createPalette } from "../output.js";
import { visibleName } from "../../messages/visible.js";
import { isProblem, statusMessage, type Reporter, type ReporterStreams } from "./reporter.js";

export function prettyReporter({ err, lang }: ReporterStreams): Reporter {
  const palette = createPalette(err);
  const progress = Boolean(err.isTTY);
  let total = 0;
  let done = 0;
  const clearProgress = () => progress && total > 1 && err.write("\r\x1b[2K");
  return {
    start: (count) => {
      total = count;
    },
    result: (result) => {
      done++;
      clearProgress();
      for (const d of result.diagnostics) err.write(`${formatDiagnostic(d, lang, palette)}\n`);
      const status = statusMessage(result);
      if (status) {
        const line = consoleText(lang, status);
        err.write(`${isProblem(result) ? palette.red(line.message) : line.message}\n`);
        if (line.hint && result.status !== "failed") err.write(`  ${line.hint}\n`);
      }
      if (progress && total > 1 && done < total)
        err.write(palette.dim(`[${done}/${total}] ${visibleName(result.input)}`));
    },
    finish: ({ files, ok, failed }) => {
      if (files < 2) return;
      err.write(`${text(lang, "totals", { files, ok, failed }).message}\n`);
    },
  };
}
