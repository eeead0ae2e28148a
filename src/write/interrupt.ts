/**
 * What an interrupted run must undo. SIGINT (Ctrl-C), SIGTERM and SIGHUP run every clean-up
 * registered at that moment, then the process ends by the signal itself, as `kill` expects: a shell
 * or CI runner sees 128 + its number (130, 143, 129). The signal is raised again with its default
 * action rather than ended with process.exit, which waits for libuv's thread pool and so would hang
 * behind a read blocked on a pipe with no writer.
 *
 * The listeners are installed only while there is something to clean up. The rest of the time the
 * default action ends the process at once, whatever the main thread is doing, even blocked in a read
 * or busy validating. Signals reach the main thread only.
 */
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
type Signal = (typeof SIGNALS)[number];

/** How long clean-ups (stopping worker threads) may take before the process ends anyway. */
const CLEANUP_LIMIT_MS = 500;

type Cleanup = () => void | Promise<void>;

const cleanups = new Set<Cleanup>();
const listeners = new Map<Signal, () => void>();
let ending = false;

/** Runs synchronous `work` with `cleanup` registered; a signal during it is handled after it. */
export function withCleanup<T>(cleanup: () => void, work: () => T): T {
  const registration = onInterrupt(cleanup);
  try {
    return work();
  } finally {
    registration.off();
  }
}

/** Registers `cleanup` until `off()` is called. */
export function onInterrupt(cleanup: Cleanup): { off(): void } {
  cleanups.add(cleanup);
  install();
  return {
    off: () => {
      cleanups.delete(cleanup);
      // Not at once: a signal that arrived during synchronous work is dispatched in the event loop's
      // poll phase, which comes before setImmediate's; removing the listener first would lose it.
      setImmediate(uninstallIfIdle);
    },
  };
}

function install(): void {
  for (const signal of SIGNALS) {
    if (listeners.has(signal)) continue;
    const listener = () => void interrupted(signal);
    listeners.set(signal, listener);
    process.on(signal, listener);
  }
}

function uninstallIfIdle(): void {
  if (cleanups.size > 0 || ending) return;
  for (const [signal, listener] of listeners) process.removeListener(signal, listener);
  listeners.clear();
}

async function interrupted(signal: Signal): Promise<void> {
  if (ending) return;
  ending = true;
  const all = [...cleanups].map(async (cleanup) => cleanup());
  const limit = new Promise((resolve) => setTimeout(resolve, CLEANUP_LIMIT_MS).unref());
  // A failed clean-up must not stop the others, nor keep the process alive.
  await Promise.race([Promise.allSettled(all), limit]);
  for (const [name, listener] of listeners) process.removeListener(name, listener);
  listeners.clear();
  process.kill(process.pid, signal);
}

/**
 * The reader of stdout or stderr went away (`report … | head`): Node ignores SIGPIPE and reports
 * EPIPE on the next write, which unhandled would end the run with a stack trace. Instead the run
 * ends as a program ended by SIGPIPE does, 141 (128 + 13), after the same clean-ups as a signal's:
 * no temporary file, no LibreOffice left. Any other error of the stream is thrown as before.
 */
export function endOnBrokenPipe(stream: NodeJS.WritableStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    void brokenPipe();
  });
}

const BROKEN_PIPE_STATUS = 141;

/** Ends the run as endOnBrokenPipe says: for a write that met EPIPE itself (src/cli/output.ts). */
export async function brokenPipe(): Promise<void> {
  if (ending) return;
  ending = true;
  const all = [...cleanups].map(async (cleanup) => cleanup());
  const limit = new Promise((resolve) => setTimeout(resolve, CLEANUP_LIMIT_MS).unref());
  await Promise.race([Promise.allSettled(all), limit]);
  process.exit(BROKEN_PIPE_STATUS);
}
