/**
 * `zongjie start` — also what a bare `zongjie` runs when a person started it (double-clicked, or
 * from the Start menu): serves the start page (src/start/) at http://127.0.0.1:<port>/ and opens
 * it in the browser, until the window is closed or Ctrl-C.
 */
import { EXIT, type ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";

export interface StartCommandOptions {
  readonly port: number;
  /** false with --no-open: print the address only. */
  readonly open: boolean;
}

export async function runStart(options: StartCommandOptions, out: Output): Promise<ExitCode> {
  const { startStartPage } = await import("../../start/server.js");
  const server = await startStartPage({ port: options.port, lang: out.lang });
  out.note("startListening", { url: server.url });
  if (options.open) (await import("../../start/open-browser.js")).openBrowser(server.url);
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, () => resolve());
  });
  await server.close();
  out.note("startStopped", {});
  return EXIT.ok;
}
