/**
 * The writing check's messages, one per rule, in both languages. Kept beside the catalogue (which
 * has one code, `writing`, for all of them) so that each rule's wording is next to its peers.
 */
import type { Text } from "./text.js";
import type { RuleId } from "../writing-rules.js";

export interface WritingParams {
  readonly rule: RuleId;
  readonly found: string;
  readonly suggestion: string;
  readonly fixable: boolean;
}

type Wording = (p: WritingParams) => Text;

const EN: Readonly<Record<RuleId, Wording>> = {
  "punct-width": (p) => ({
    message: `Half-width “${p.found}” in Chinese text`,
    hint: `Write the full-width “${p.suggestion}” (Chinese input method, Chinese punctuation on).`,
  }),
  "punct-pair": (p) => ({
    message: `“${p.found}” has no matching “${p.suggestion}”`,
    hint: `Add the missing “${p.suggestion}” where it belongs, or delete this “${p.found}”.`,
  }),
  "punct-double": (p) => ({ message: `The mark is typed twice: “${p.found}”`, hint: `Keep one “${p.suggestion}”.` }),
  "punct-ellipsis": (p) => ({
    message: `The ellipsis is written “${p.found}”`,
    hint: "Write “……” (two “…”; Chinese input method: Shift+6).",
  }),
  "punct-dash": (p) => ({
    message:
      p.suggestion === "——" ? `The dash is written “${p.found}”` : `A half-width “${p.found}” joins Chinese words`,
    hint:
      p.suggestion === "——"
        ? "Write the dash “——” (Chinese input method: Shift+-)."
        : "Write the connector “—”, as in 街道—社区—网格小组.",
  }),
  "punct-space": () => ({
    message: "A space between Chinese characters",
    hint: "Delete the space. If the text goes on on the next line, join the two lines.",
  }),
  "punct-before-closing": (p) => ({
    message: `“${p.found}” right before a closing mark`,
    hint: `Delete the “${p.found}”: nothing follows it inside the quotation or brackets.`,
  }),
  "num-width": (p) => ({
    message: `Full-width digits “${p.found}”`,
    hint: `Write half-width “${p.suggestion}” (Shift+Space switches the input method's width).`,
  }),
  "num-date": (p) => ({ message: `The date is written “${p.found}”`, hint: `Write “${p.suggestion}”.` }),
  "num-unit-space": (p) => ({
    message: `A space splits the number from its unit: “${p.found}”`,
    hint: `Delete the space: “${p.suggestion}”.`,
  }),
  "num-range": (p) => ({
    message: `The range is written “${p.found}”`,
    hint: `Write “${p.suggestion}”: the % on both numbers, joined by ～.`,
  }),
};

const ZH: Readonly<Record<RuleId, Wording>> = {
  "punct-width": (p) => ({
    message: `中文里用了半角的“${p.found}”`,
    hint: `请改成全角的“${p.suggestion}”（用中文输入法，中文标点状态下输入）。`,
  }),
  "punct-pair": (p) => ({
    message: `“${p.found}”没有对应的“${p.suggestion}”`,
    hint: `请在该结束的地方补上“${p.suggestion}”，或者删掉这个“${p.found}”。`,
  }),
  "punct-double": (p) => ({ message: `标点重复了：“${p.found}”`, hint: `只留一个“${p.suggestion}”。` }),
  "punct-ellipsis": (p) => ({
    message: `省略号写成了“${p.found}”`,
    hint: "请改成“……”（两个“…”，中文输入法下按 Shift+6）。",
  }),
  "punct-dash": (p) => ({
    message: p.suggestion === "——" ? `破折号写成了“${p.found}”` : `汉字之间用了半角的“${p.found}”`,
    hint:
      p.suggestion === "——"
        ? "请改成破折号“——”（中文输入法下按 Shift+减号）。"
        : "请改成连接号“—”，例如“街道—社区—网格小组”。",
  }),
  "punct-space": () => ({
    message: "汉字之间多了空格",
    hint: "请删掉这个空格；如果是文字换到了下一行，请把两行接成一行。",
  }),
  "punct-before-closing": (p) => ({
    message: `“${p.found}”紧挨在后引号或后括号前面`,
    hint: `请删掉这个“${p.found}”。`,
  }),
  "num-width": (p) => ({
    message: `用了全角数字“${p.found}”`,
    hint: `请改成半角的“${p.suggestion}”（按 Shift+空格 切换全角、半角）。`,
  }),
  "num-date": (p) => ({ message: `日期写成了“${p.found}”`, hint: `正文里的日期请写成“${p.suggestion}”。` }),
  "num-unit-space": (p) => ({
    message: `数字和单位之间有空格：“${p.found}”`,
    hint: `请删掉空格，写成“${p.suggestion}”。`,
  }),
  "num-range": (p) => ({
    message: `数值范围写成了“${p.found}”`,
    hint: `请写成“${p.suggestion}”：两个数都带 %，中间用“～”。`,
  }),
};

/** Each rule's own wording, before the sentence every writing message ends with (for the tests). */
export const RULE_WORDINGS = { en: EN, zh: ZH } as const;

export function writingEn(p: WritingParams): Text {
  const { message, hint } = EN[p.rule](p);
  const fix = p.fixable ? " report fix can make this change for you." : "";
  return {
    message: `${message} [${p.rule}]`,
    hint: `${hint ?? ""}${fix} If your office writes it differently: checks: { off: [${p.rule}] } in the data file, or --off ${p.rule}.`,
  };
}

export function writingZh(p: WritingParams): Text {
  const { message, hint } = ZH[p.rule](p);
  const fix = p.fixable ? "运行 report fix 可以自动改好。" : "";
  return {
    message: `${message}［检查项 ${p.rule}］`,
    hint: `${hint ?? ""}${fix}本单位另有写法的，可以在数据文件里写 checks: { off: [${p.rule}] }，或在命令后加 --off ${p.rule}，不再检查这一项。`,
  };
}
