/**
 * Numbers with a unit in the prose → figures: `完成财政收入23456万元` becomes
 * `完成财政收入{{财政收入}}` with `财政收入: { value: 23456, unit: 万元 }`, named from the words
 * before the number (the verbs that open a clause dropped), else the words after it; `800余万元`
 * becomes `{{数值 专项资金}}余万元`. A number that would not print back as written (3.60, 1,234,
 * a comparison in 百分点 typed by hand) stays text, and a warning says so.
 */
import { diagnostic, type Diagnostic } from "../errors.js";
import { BUILT_IN_REFERENCES } from "../summary/schema.js";
import { isPlainNumber } from "./key-figures.js";
import type { ImportedData, MutableSection } from "./structure.js";

export const UNITS = [
  "万平方米",
  "平方公里",
  "平方米",
  "立方米",
  "万人次",
  "人次",
  "亿元",
  "万元",
  "千元",
  "万吨",
  "万亩",
  "万人",
  "万户",
  "公里",
  "千米",
  "元",
  "%",
  "％",
  "个",
  "人",
  "户",
  "家",
  "项",
  "件",
  "次",
  "场",
  "名",
  "所",
  "条",
  "处",
  "座",
  "台",
  "辆",
  "吨",
  "亩",
  "套",
  "栋",
  "间",
  "期",
  "批",
  "米",
  "万",
  "亿",
  "篇",
  "份",
  "支",
  "起",
  "宗",
];

const UNIT_PATTERN = UNITS.join("|");
const NUMBER_WITH_UNIT = new RegExp(
  `(X|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(余|多)?(${UNIT_PATTERN})`,
  "gu",
);

const CLAUSE_BREAK = /[，。；：、（）“”‘’《》！？,;:()\s{}【】\dX]|以及/u;
const OPENING_WORDS = [
  "截至目前",
  "截止目前",
  "今年以来",
  "全年",
  "今年",
  "累计完成",
  "累计",
  "共计",
  "共",
  "完成",
  "实现",
  "达到",
  "新增",
  "新建",
  "建立",
  "建成",
  "开展",
  "组织",
  "推进",
  "投入",
  "筹集",
  "惠及",
  "涉及",
  "引进",
  "签约",
  "举办",
  "培训",
  "发放",
  "帮助",
  "走访",
  "排查",
  "整治",
  "目前",
  "年以上",
  "年以内",
  "其中",
  "同比",
  "比上年",
  "较上年",
  "多方",
  "已",
  "约",
  "近",
  "超过",
  "突破",
  "达",
  "为",
  "以上",
];
const CLOSING_WORDS = [
  "涉及",
  "完成",
  "达到",
  "实现",
  "达",
  "为",
  "是",
  "约",
  "近",
  "超",
  "共",
  "计",
  "有",
  "了",
  "已",
  "累计",
];
const RESERVED = new Set<string>([
  ...Object.values(BUILT_IN_REFERENCES),
  ...Object.getOwnPropertyNames(Object.prototype),
]);

export interface FigureFinder {
  /** The text with its numbers as references. */
  text(text: string): string;
  readonly kept: Diagnostic[];
}

export function findFigures(data: ImportedData, file?: string): Diagnostic[] {
  const kept: Diagnostic[] = [];
  const place = { severity: "warning" as const, ...(file ? { file } : {}) };
  const replace = (text: string): string =>
    text.replace(NUMBER_WITH_UNIT, (whole, number: string, about: string | undefined, unit: string, offset: number) => {
      const before = text[offset - 1] ?? "";
      const after = text.slice(offset + whole.length, offset + whole.length + 3);
      // Part of a longer number, a rank (第3名), an escaped brace, a date or a hand-typed comparison.
      if (/[\d.\\第]/.test(before) || /^[年月日号]/.test(after)) return whole;
      // X is the clerks' mark for a number still to be filled: a blank figure.
      if (number === "X" && /[A-Za-z0-9]/.test(before)) return whole;
      if (
        (unit === "个" && after.startsWith("百分点")) ||
        (number !== "X" && !isPlainNumber(number)) ||
        Number(number) > Number.MAX_SAFE_INTEGER
      ) {
        kept.push({ ...diagnostic("importNumberKept", { text: whole, context: context(text, offset) }), ...place });
        return whole;
      }
      const value = number === "X" ? null : Number(number);
      const name = nameFor(text, offset, offset + whole.length, data.figures, value, unit);
      data.figures[name] ??= { value, unit, last: null };
      return about ? `{{${BUILT_IN_REFERENCES.valueOnly} ${name}}}${about}${unit}` : `{{${name}}}`;
    });
  data.title = replace(data.title);
  if (data.salutation) data.salutation = replace(data.salutation);
  if (data.intro) data.intro = replace(data.intro);
  const section = (s: MutableSection) => {
    if (s.heading) s.heading = replace(s.heading);
    if (s.body) s.body = replace(s.body);
    if (s.pointsLead) s.pointsLead = replace(s.pointsLead);
    if (s.points) s.points = s.points.map(replace);
    s.items?.forEach(section);
  };
  (data.parts ?? data.items ?? []).forEach(section);
  return kept;
}

function context(text: string, offset: number): string {
  const start = Math.max(0, offset - 12);
  return `${start > 0 ? "…" : ""}${text.slice(start, offset + 16)}${offset + 16 < text.length ? "…" : ""}`;
}

/** A readable name, unique in the file (an existing figure of the same value and unit is reused). */
function nameFor(
  text: string,
  start: number,
  end: number,
  figures: ImportedData["figures"],
  value: number | null,
  unit: string,
): string {
  const clause = text.slice(0, start).split(CLAUSE_BREAK).pop() ?? "";
  let name = trimWords(afterVerb(trimWords(clause)).slice(-8));
  if (!name) name = (/^[\p{L}]{1,12}/u.exec(text.slice(end).split(CLAUSE_BREAK)[0] ?? "")?.[0] ?? "").slice(0, 12);
  name = name.replace(/[^\p{L}\p{N}_]/gu, "").replace(/^[\p{N}_]+/u, "");
  if (!name || RESERVED.has(name)) name = `数据${unit.replace(/[^\p{L}]/gu, "") || "值"}`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name}${n}`;
    const existing = figures[candidate];
    if (!existing) return candidate;
    if (value !== null && existing.value === value && existing.unit === unit) return candidate;
  }
}

const VERBS = /(?:累计完成|完成|实现|累计|达到|开展|建立|新增|增设|投入|筹集|推进|引进|组织)(?=\p{L}{2})/gu;

/** The words after the clause's last verb, where at least two follow it (累计完成投资 → 投资). */
function afterVerb(clause: string): string {
  let at = -1;
  for (const m of clause.matchAll(VERBS)) at = m.index + m[0].length;
  return at === -1 ? clause : clause.slice(at);
}

function trimWords(clause: string): string {
  let text = clause;
  for (let changed = true; changed;) {
    changed = false;
    for (const word of OPENING_WORDS) {
      if (text.startsWith(word) && text.length > word.length) {
        text = text.slice(word.length);
        changed = true;
      }
    }
    for (const word of CLOSING_WORDS) {
      if (text.endsWith(word) && text.length > word.length) {
        text = text.slice(0, -word.length);
        changed = true;
      }
    }
  }
  return OPENING_WORDS.includes(text) ? "" : text;
}
