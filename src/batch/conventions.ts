/**
 * What the command line and the batch both name: in a file of its own, so that the bundle's entry
 * and the program's options, read by every command, load neither the pool nor the build behind it.
 */

/** Where built files go unless told otherwise. */
export const DEFAULT_OUT_DIR = "out";

/** `-o -`: the document written to standard output. */
export const STDOUT = "-";

/** What the pool sets in a worker thread's environment and the entry (src/cli/run.ts) looks for. */
export const WORKER_ENV = "REPORT_BUILD_WORKER";
