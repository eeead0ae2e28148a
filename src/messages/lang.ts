import type { Lang } from "./catalogue.js";

/**
 * `--lang` wins; then the POSIX locale variables; then the system's own locale (on Windows no
 * LANG is set, but a Chinese Windows reports zh-CN here). Anything else is English.
 */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag === "zh" || flag === "en") return flag;
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  const locale = posix || Intl.DateTimeFormat().resolvedOptions().locale;
  return /^zh/i.test(locale) ? "zh" : "en";
}
