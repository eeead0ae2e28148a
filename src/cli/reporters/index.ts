import { githubReporter } from "./github.js";
import { jsonReporter } from "./json.js";
import { prettyReporter } from "./pretty.js";
import type { Reporter, ReporterName, ReporterStreams } from "./reporter.js";

export { REPORTERS, defaultReporter, type Reporter, type ReporterName } from "./reporter.js";

export function createReporter(name: ReporterName, streams: ReporterStreams): Reporter {
  switch (name) {
    case "pretty":
      return prettyReporter(streams);
    case "json":
      return jsonReporter(streams);
    case "github":
      return githubReporter(streams);
  }
}
