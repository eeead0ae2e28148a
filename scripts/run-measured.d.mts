export interface Measured {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly ms: number;
  readonly timedOut: boolean;
  /** Peak resident memory of the child (all its threads); undefined when it died before it could say. */
  readonly peakMiB: number | undefined;
  /** CPU time (user and system, all threads): on a shared machine, what a bound can hold to. */
  readonly cpuMs: number | undefined;
  /** Bytes on stdout and stderr together. */
  readonly outputBytes: number;
  readonly firstLine: string;
}

export function runMeasured(
  args: readonly string[],
  options: { timeoutMs: number; peakFile: string; cwd?: string },
): Promise<Measured>;
