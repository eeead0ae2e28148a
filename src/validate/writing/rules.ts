/**
 * The writing check's rules: the one table of their ids, what each looks for, and whether
 * `report fix` may change the text by itself. An office whose house style differs switches a rule
 * off by its id, in the data file (`checks: { off: [id…] }`) or on the command line (`--off id,…`).
 *
 * Only changes of form are fixed automatically (the width of a mark or digit, the ellipsis and dash,
 * a stray space between Chinese characters): they never change what the text says. The others need a
 * person to decide (which date was meant, where the unpaired quote should close).
 */

export const WRITING_RULES = [
  {
    id: "punct-width",
    fixable: true,
    standard: "GB/T 15834",
    en: 'half-width , . ; : ? ! ( ) " in Chinese text',
    zh: '中文里用了半角标点 , . ; : ? ! ( ) "',
  },
  {
    id: "punct-pair",
    fixable: false,
    standard: "GB/T 15834",
    en: "“ ” ‘ ’ （ ） 《 》 〈 〉 【 】 unpaired or mis-paired",
    zh: "引号、括号、书名号不成对",
  },
  {
    id: "punct-double",
    fixable: false,
    standard: "GB/T 15834",
    en: "a mark typed twice (。。 ，， 、、 ；； ：：)",
    zh: "标点重复（。。 ，， 、、 ；； ：：）",
  },
  {
    id: "punct-ellipsis",
    fixable: true,
    standard: "GB/T 15834",
    en: "... or 。。。 or a single … for ……",
    zh: "省略号写成 ... 、。。。 或单个 …（应为 ……）",
  },
  {
    id: "punct-dash",
    fixable: true,
    standard: "GB/T 15834",
    en: "-- for the dash ——, a half-width - between Chinese words for the connector —",
    zh: "破折号写成 --（应为 ——），汉字之间的连接号写成半角 -（应为 —）",
  },
  {
    id: "punct-space",
    fixable: true,
    standard: "GB/T 15834",
    en: "a space between Chinese characters or marks",
    zh: "汉字或中文标点之间有空格",
  },
  {
    id: "punct-before-closing",
    fixable: false,
    standard: "GB/T 15834",
    en: "、 or ， right before a closing mark (” ） 》 …)",
    zh: "顿号或逗号紧挨在后引号、后括号、后书名号前面",
  },
  {
    id: "num-width",
    fixable: true,
    standard: "GB/T 15835",
    en: "full-width digits ０-９ or ％",
    zh: "全角数字 ０-９ 或全角 ％",
  },
  {
    id: "num-date",
    fixable: false,
    standard: "GB/T 15835",
    en: "a date written 2021.12.28, 2021-12-28, 2021/12/28 or 12月28号",
    zh: "日期写成 2021.12.28、2021-12-28、2021/12/28 或 12月28号",
  },
  {
    id: "num-unit-space",
    fixable: false,
    standard: "GB/T 15835",
    en: "a number split from its unit by a space (12 万元)",
    zh: "数字和单位之间有空格（12 万元）",
  },
  {
    id: "num-range",
    fixable: false,
    standard: "GB/T 15835",
    en: "a range written 8-10% or 8%-10% (write 8%～10%)",
    zh: "范围写成 8-10% 或 8%-10%（应为 8%～10%）",
  },
] as const;

export type WritingRule = (typeof WRITING_RULES)[number];
export type RuleId = WritingRule["id"];
export const RULE_IDS = WRITING_RULES.map((rule) => rule.id) as unknown as readonly [RuleId, ...RuleId[]];

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === "string" && (RULE_IDS as readonly string[]).includes(value);
}

export function isFixable(id: RuleId): boolean {
  return WRITING_RULES.some((rule) => rule.id === id && rule.fixable);
}

/**
 * One mistake in one text: where it is in the text (UTF-16 offsets), what is written there, and what
 * should be (`fix` is applied by `report fix`; `suggestion` is only shown, for a person to decide).
 */
export interface Finding {
  readonly rule: RuleId;
  readonly offset: number;
  readonly found: string;
  readonly fix?: string;
  readonly suggestion: string;
}
