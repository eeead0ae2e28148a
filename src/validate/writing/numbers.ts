/**
 * Numbers in running text (GB/T 15835-2011): half-width Arabic digits, dates as 2021年12月28日, a
 * number next to its unit, ranges as 8%～10%. The patterns have bounded repetitions only, so each
 * match attempt looks at a few dozen characters at most: linear in the text.
 */
import type { Finding } from "./rules.js";
import { isLatinLetter, type ScannedText } from "./text.js";

const FULL_WIDTH_DIGITS = /[０-９％]+(?:．[０-９]{1,30})?/g;
const DATE = /(?<![\d.\-/])(\d{4})([.\-/])(\d{1,2})\2(\d{1,2})(?![\d.\-/])/g;
const DAY_AS_HAO = /(?<!\d)(\d{1,2})月(\d{1,2})号/g;
const UNIT_AFTER_SPACE = /(?<![\d.])\d{1,20}(?:\.\d{1,20})?([ \u3000\u00a0]{1,10})\p{Script=Han}/gu;
const RANGE = /(?<![\d.])(\d{1,15}(?:\.\d{1,15})?)(%?)[ ]{0,3}([-~～－—–])[ ]{0,3}(\d{1,15}(?:\.\d{1,15})?)%/g;

export function numberFindings(scanned: ScannedText): Finding[] {
  const { text, kept } = scanned;
  const findings: Finding[] = [];
  const untouched = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (kept[i] === 1) return false;
    return true;
  };
  const each = (pattern: RegExp, found: (match: RegExpExecArray) => void) => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (untouched(match.index, match.index + match[0].length)) found(match);
    }
  };

  each(FULL_WIDTH_DIGITS, (m) => {
    const fix = [...m[0]].map((c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).join("");
    findings.push({ rule: "num-width", offset: m.index, found: m[0], fix, suggestion: fix });
  });
  each(DATE, (m) => {
    const [, year, , month, day] = m;
    if (!isCalendarDay(Number(month), Number(day))) return;
    const suggestion = `${year}年${Number(month)}月${Number(day)}日`;
    findings.push({ rule: "num-date", offset: m.index, found: m[0], suggestion });
  });
  each(DAY_AS_HAO, (m) => {
    if (!isCalendarDay(Number(m[1]), Number(m[2]))) return;
    findings.push({ rule: "num-date", offset: m.index, found: m[0], suggestion: `${m[1]}月${m[2]}日` });
  });
  each(UNIT_AFTER_SPACE, (m) => {
    // “iPhone 12 发布”: the number belongs to a Latin name, not to what follows.
    if (text[m.index - 1] === " " && isLatinLetter(text[m.index - 2])) return;
    if (isLatinLetter(text[m.index - 1])) return;
    const space = m[1] ?? " ";
    const unitAt = m[0].length - 1;
    const suggestion = m[0].slice(0, unitAt - space.length) + m[0].slice(unitAt);
    findings.push({ rule: "num-unit-space", offset: m.index, found: m[0], suggestion });
  });
  each(RANGE, (m) => {
    const [, from, percent, dash, to] = m;
    if (percent === "%" && dash === "～") return;
    findings.push({ rule: "num-range", offset: m.index, found: m[0], suggestion: `${from}%～${to}%` });
  });
  return findings;
}

function isCalendarDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
