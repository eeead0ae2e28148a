/**
 * Characters outside GB2312 (喆 堃 玥 …) in runs of their own, marked, so that the writer can name
 * the fallback face of a font that lacks them (fonts.ts: fallbackFace) instead of letting Word pick
 * any font in the middle of a line. plan.ts applies it to every planned run, table cells included; the
 * profile decides later whether a marked run's font really changes.
 */
import { gb2312Stretches } from "../../gb2312.js";

/** What this needs of a run (plan.ts's PlannedRun has it). */
interface Splittable {
  readonly text: string;
  readonly breakBefore: boolean;
  readonly outsideGb2312?: true;
  /** A tab before the run's text stays before its first piece. */
  readonly tabBefore?: true;
}

/** A run cut where it passes in and out of GB2312, the pieces outside marked. */
export function splitOutsideGb2312<R extends Splittable>(run: R): R[] {
  const stretches = gb2312Stretches(run.text);
  if (!stretches.some((s) => s.outside)) return [run];
  const { tabBefore, ...rest } = run;
  return stretches.map(({ text, outside }, i) => ({
    ...(rest as R),
    text,
    breakBefore: i === 0 && run.breakBefore,
    ...(i === 0 && tabBefore ? { tabBefore } : {}),
    ...(outside ? { outsideGb2312: true as const } : {}),
  }));
}
