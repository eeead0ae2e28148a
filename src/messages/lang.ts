import type { Lang } from "./catalogue.js";

/**
 * `--lang` wins; then the POSIX locale variables; then, on Windows, the system's own locale (no LANG
 * is set there, but a Chinese Windows reports zh-CN here). Anything else is English.
 *
 * Elsewhere a process with no locale variable is in the C locale, and that is all ICU would report
 * (its default locale is read from the same variables): asking it costs a cold start about a fifth
 * of its time (ICU's locale data), so it is asked only where it knows more.
 */
export function detectLang(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): Lang {
  if (flag === "zh" || flag === "en") return flag;
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  const locale = posix || (platform === "win32" ? Intl.DateTimeFormat().resolvedOptions().locale : "C");
  return /^zh/i.test(locale) ? "zh" : "en";
}
