/**
 * A LibreOffice conversion started in a worker thread, as the worker tells its pool: a worker hears
 * no signal, and terminating it would leave LibreOffice (a process of its own) running, so the pool
 * ends it. Kept apart from pdf.ts so that a batch loads only this.
 */
import { rmSync } from "node:fs";

export interface ConversionMessage {
  readonly conversion: { readonly pid: number | undefined; readonly dir: string; readonly ended?: true };
}

/**
 * What a worker's pdf.ts says on its port: a conversion started or ended; that it is listening, so
 * that its pool may ask it to stop its conversions itself; that it has stopped them.
 */
export type ConversionReport = ConversionMessage | { readonly listening: true } | { readonly stopped: true };

/** The name, in a worker's workerData, of the port it reports its conversions on (src/batch/pool.ts). */
export const CONVERSION_REPORTS = "conversionReports";

/** Ends LibreOffice's process group and removes its folder. */
export function stopConversionOf({ pid, dir }: ConversionMessage["conversion"]): void {
  try {
    if (pid !== undefined) process.kill(process.platform === "win32" ? pid : -pid, "SIGKILL");
  } catch {
    // already gone
  }
  rmSync(dir, { recursive: true, force: true });
}
