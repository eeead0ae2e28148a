/**
 * Characters outside GB2312 (喆 堃 玥 …) in runs of their own, marked, so that the writer can name
 * the fallback face of a font that lacks them (fonts.ts: fallbackFace) instead of letting Word pick
 * any font in the middle of a line. Applied to every planned paragraph, table cells included; the
 * profile decides later whether a marked run's font really changes.
 */
import { gb2312Stretches } from "../../gb2312.js";
import type { PlannedBlock, PlannedParagraph, PlannedRun } from "./plan.js";

export function splitOutsideGb2312(block: PlannedBlock): PlannedBlock {
  if (block.kind === "table") return { ...block, rows: block.rows.map((cells) => cells.map(splitParagraph)) };
  if (block.kind === "box") return { ...block, paragraphs: block.paragraphs.map(splitParagraph) };
  return splitParagraph(block);
}

function splitParagraph(paragraph: PlannedParagraph): PlannedParagraph {
  return { ...paragraph, runs: paragraph.runs.flatMap(splitRun) };
}

function splitRun(run: PlannedRun): PlannedRun[] {
  const stretches = gb2312Stretches(run.text);
  if (!stretches.some((s) => s.outside)) return [run];
  const { tabBefore, ...rest } = run;
  return stretches.map(({ text, outside }, i) => ({
    ...rest,
    text,
    breakBefore: i === 0 && run.breakBefore,
    ...(i === 0 && tabBefore ? { tabBefore } : {}),
    ...(outside ? { outsideGb2312: true as const } : {}),
  }));
}
