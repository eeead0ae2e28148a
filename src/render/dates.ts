/** Dates as a document prints and records them. */
import type { Summary } from "../summary/schema.js";

/** `2020-12-28` → 2020年12月28日: Arabic digits, full year, no leading zeros (GB/T 9704 §7.3.5.4). */
export function chineseDate(isoDate: string): string {
  const [year = "", month = "", day = ""] = isoDate.split("-");
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/**
 * The date a document records in its file properties: the closing date when the data gives one,
 * else the last day of the summary's year. Never the build's clock, so that the same data gives
 * the same file on any day.
 */
export function documentDate(summary: Summary): string {
  return summary.closing?.date ?? `${summary.year}-12-31`;
}
