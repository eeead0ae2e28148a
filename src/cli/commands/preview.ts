/**
 * `report preview <data file>`: serves the document as pages at http://127.0.0.1:<port>/, updated
 * on each save, until Ctrl-C. The server is in src/preview/.
 */
import { DEFAULT_PREVIEW_PORT } from "../../preview/port.js";
import { statSync } from "node:fs";
import { ReportError } from "../../errors.js";
import { notFoundCode } from "../../load/data-file.js";
import { EXIT, type ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";

export interface PreviewCommandOptions {
  readonly port: number;
  readonly template?: string;
}

export async function runPreview(file: string, options: PreviewCommandOptions, out: Output): Promise<ExitCode> {
  // A mistyped path is said at once; a file that goes missing later is reported on the page.
  const found = statSync(file, { throwIfNoEntry: false });
  if (!found || found.isDirectory()) {
    const code = found ? "fileIsDirectory" : notFoundCode(file);
    throw new ReportError("data", [{ code, severity: "error", file, params: { path: file } }]);
  }
  // Loaded only for this command: no other command pays for the HTTP server at start-up.
  const { startPreview } = await import("../../preview/server.js");
  const server = await startPreview({
    file,
    port: options.port,
    lang: out.lang,
    ...(options.template ? { templateDir: options.template } : {}),
  }).catch((error: unknown) => {
    // The default port taken (another preview open): any free port will do.
    if (error instanceof ReportError && options.port === DEFAULT_PREVIEW_PORT)
      return startPreview({
        file,
        port: 0,
        lang: out.lang,
        ...(options.template ? { templateDir: options.template } : {}),
      });
    throw error;
  });
  out.note("previewListening", { url: server.url, file });
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, () => resolve());
  });
  await server.close();
  out.note("previewStopped", {});
  return EXIT.ok;
}
