/**
 * What an interrupted run must undo. Ctrl-C, SIGTERM or SIGHUP run every clean-up registered at
 * that moment, then end the process as the signal asks (128 + its number, as shells do). The
 * listeners are installed once, on first use; signals reach the main thread only.
 */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type Signal = keyof typeof SIGNAL_EXIT;

const cleanups = new Set<() => void>();
let installed = false;

/** Runs `work` with `cleanup` registered; a signal during synchronous work is handled after it. */
export function withCleanup<T>(cleanup: () => void, work: () => T): T {
  onInterrupt(cleanup);
  try {
    return work();
  } finally {
    cleanups.delete(cleanup);
  }
}

/** Registers `cleanup` until `off()` is called. */
export function onInterrupt(cleanup: () => void): { off(): void } {
  if (!installed) {
    installed = true;
    for (const signal of Object.keys(SIGNAL_EXIT) as Signal[]) process.on(signal, () => interrupted(signal));
  }
  cleanups.add(cleanup);
  return { off: () => cleanups.delete(cleanup) };
}

function interrupted(signal: Signal): never {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // the others still run; the exit code says what happened
    }
  }
  process.exit(SIGNAL_EXIT[signal]);
}
