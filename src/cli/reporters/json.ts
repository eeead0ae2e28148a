/** For machines: one JSON document on stdout when the build ends. */
import type { Diagnostic } from "../../errors.js";
import { describe, type Lang } from "../../messages/catalogue.js";
import { isProblem, type Reporter, type ReporterStreams } from "./reporter.js";

export function jsonReporter({ out, lang }: ReporterStreams): Reporter {
  return {
    start: () => {},
    result: () => {},
    finish: (results) => {
      const files = results.map((r) => ({
        input: r.input,
        status: r.status,
        outputs: r.status === "written" || r.status === "unchanged" ? [r.output] : [],
        errors: r.diagnostics.filter((d) => d.severity === "error").map((d) => plain(d, lang)),
        warnings: r.diagnostics.filter((d) => d.severity === "warning").map((d) => plain(d, lang)),
      }));
      const totals = {
        files: results.length,
        ok: results.filter((r) => !isProblem(r)).length,
        failed: results.filter(isProblem).length,
        errors: files.reduce((n, f) => n + f.errors.length, 0),
        warnings: files.reduce((n, f) => n + f.warnings.length, 0),
      };
      out.write(`${JSON.stringify({ files, totals }, null, 2)}\n`);
    },
  };
}

function plain(d: Diagnostic, lang: Lang) {
  const { message, hint } = describe(lang, d);
  return {
    file: d.file ?? null,
    line: d.position?.line ?? null,
    column: d.position?.column ?? null,
    code: d.code,
    // The writing check's warnings share one code; CI tells them apart by the rule's id.
    ...(d.code === "writing" ? { rule: d.params.rule } : {}),
    message,
    hint: hint ?? null,
  };
}
