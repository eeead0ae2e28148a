/**
 * For machines: one JSON document on stdout, `{ "files": [...], "totals": {...} }`, written as the
 * build goes: each file's entry when it is done, the totals at the end. Nothing is kept per file, so a
 * batch of any size takes the same memory; the text is what JSON.stringify(document, null, 2) gives,
 * but for bidi controls and invisible characters, written as `\u` escapes.
 */
import type { JobResult } from "../../batch/job.js";
import type { Diagnostic } from "../../errors.js";
import { describe, type Lang } from "../../messages/catalogue.js";
import { jsonWithUnseenEscaped } from "../../messages/visible.js";
import type { Reporter, ReporterStreams } from "./reporter.js";

export function jsonReporter({ out, lang }: ReporterStreams): Reporter {
  let entries = 0;
  return {
    start: () => {
      out.write('{\n  "files": [');
    },
    result: (result) => {
      out.write(`${entries++ === 0 ? "" : ","}\n${indented(entry(result, lang), "    ")}`);
    },
    finish: (totals) => {
      out.write(`${entries === 0 ? "]" : "\n  ]"},\n  "totals": ${indented(totals, "  ").trimStart()}\n}\n`);
    },
  };
}

function entry(r: JobResult, lang: Lang) {
  return {
    input: r.input,
    status: r.status,
    outputs: r.status === "written" || r.status === "unchanged" ? [r.output] : [],
    errors: r.diagnostics.filter((d) => d.severity === "error").map((d) => plain(d, lang)),
    warnings: r.diagnostics.filter((d) => d.severity === "warning").map((d) => plain(d, lang)),
  };
}

/** Pretty-printed, with bidi controls and invisible characters escaped (`\u202e`) for the log's sake. */
function indented(value: unknown, indent: string): string {
  return jsonWithUnseenEscaped(JSON.stringify(value, null, 2))
    .split("\n")
    .map((line) => indent + line)
    .join("\n");
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
