import type { Figure } from "../summary/schema.js";
import { DIGITS_RANGE } from "../summary/schema.js";
import { plainDigits } from "../plain-digits.js";

/** What a blank prints: the clerk's own mark for “to be filled”, as in the reference document. */
export const BLANK = "X";

/** A figure's value as printed: Arabic digits as given, or the name; `X` while it has none. */
export function formatValue(figure: Figure): { text: string; blank: boolean } {
  if (figure.value === null) return { text: BLANK, blank: true };
  return { text: typeof figure.value === "number" ? plainDigits(figure.value) : figure.value, blank: false };
}

/** Last year's value as printed (the key-figures table's last-year column); `X` while it has none. */
export function formatLast(figure: Figure): { text: string; blank: boolean } {
  if (figure.last === null) return { text: BLANK, blank: true };
  return { text: plainDigits(figure.last), blank: false };
}

/** The two ways prose can print a comparison: `{{同比 name}}` and `{{增减 name}}`. */
export type ComparisonForm = "change" | "amount";

/**
 * The year-on-year change, in words whose sign the numbers decide: `word` + `number` + `unit`
 * (增长 8.4 %), or 持平, or blank (`X`) while this year's or last year's value is missing.
 */
export type Change =
  | { readonly kind: "blank" }
  | { readonly kind: "same" }
  /** A change across zero, said in words as statistics bureaus say it: 扭亏为盈, 由盈转亏, 减亏, 增亏. */
  | { readonly kind: "turned"; readonly words: string }
  | { readonly kind: "changed"; readonly word: string; readonly number: string; readonly unit: string };

/** What a comparison prints as one string: 增长8.4%, 持平, X. */
export function changeText(change: Change): string {
  if (change.kind === "blank") return BLANK;
  if (change.kind === "same") return SAME;
  if (change.kind === "turned") return change.words;
  return `${change.word}${change.number}${change.unit}`;
}

const SAME = "持平";
const PERCENT = /^[%％]$/;
const POINTS = "个百分点";

/**
 * `{{同比 name}}`: the rate of change in % (增长8.4% / 下降3.1%), or, for a figure in %, the
 * difference in 百分点 (提高2.4个百分点), never a percentage of a percentage.
 * `{{增减 name}}`: the difference as an amount in the figure's unit (增加0.28亿元 / 减少1200万元).
 *
 * Rounding: half up (away from zero; the sign is said in words) on the decimal digits as the clerk
 * wrote them, computed in exact decimal arithmetic — not on binary floating point, where
 * 108.45 − 100 is 8.450000000000003 and a halfway case such as 1.005 is really 1.00499…, so
 * `toFixed` would round some halves down and others up. A rate is rounded to the figure's
 * `digits` (one decimal unless it says otherwise). A difference of two values is exact at the
 * decimals the two values were written with (3.62 − 3.34 = 0.28), so it is printed so unless the
 * figure sets `digits`. A change that rounds to zero is 持平.
 */
export function yearOnYear(figure: Figure, form: ComparisonForm): Change {
  const { value, last } = figure;
  if (typeof value !== "number" || last === null) return { kind: "blank" };
  const [now, before, scale] = commonScale(decimalOf(value), decimalOf(last));
  const percent = PERCENT.test(figure.unit);
  const difference = now - before;
  const up = difference > 0n;
  if (form === "change" && !percent) {
    const turned = acrossZero(now, before);
    if (turned) return { kind: "turned", words: turned };
    // No rate from 0 (国家统计局: 上年为零或负数的不计算增速): the change is said as the amount.
    if (before === 0n) return yearOnYear(figure, "amount");
    const digits = figure.digits ?? DIGITS_RANGE.default;
    const rounded = divideRounded(abs(difference) * 100n * 10n ** BigInt(digits), abs(before));
    if (rounded === 0n) return { kind: "same" };
    return { kind: "changed", word: up ? "增长" : "下降", number: fixed(rounded, digits), unit: "%" };
  }
  let magnitude = abs(difference);
  let digits = scale;
  if (figure.digits !== undefined) {
    digits = figure.digits;
    magnitude = rescale(magnitude, scale, digits);
  } else {
    [magnitude, digits] = trimZeros(magnitude, digits);
  }
  if (magnitude === 0n) return { kind: "same" };
  const number = fixed(magnitude, digits);
  if (percent) {
    const word = form === "change" ? (up ? "提高" : "下降") : up ? "增加" : "减少";
    return { kind: "changed", word, number, unit: POINTS };
  }
  return { kind: "changed", word: up ? "增加" : "减少", number, unit: figure.unit };
}

/**
 * A rate from a loss is meaningless (−100 to 60 is not “下降160%”): the 统计公报 say 扭亏为盈 (a loss
 * turned to a profit), 由盈转亏 (a profit turned to a loss), 减亏 / 增亏 (a smaller / larger loss).
 */
function acrossZero(now: bigint, before: bigint): string | undefined {
  if (before < 0n && now > 0n) return "扭亏为盈";
  if (before > 0n && now < 0n) return "由盈转亏";
  if (before < 0n && now <= 0n) return now === before ? undefined : abs(now) < abs(before) ? "减亏" : "增亏";
  return undefined;
}

/** Whether `{{同比 name}}` is said without a rate: last year's value is 0. */
export function rateFromZero(figure: Figure): boolean {
  return !PERCENT.test(figure.unit) && figure.last === 0;
}

/** A decimal as an integer and a number of decimals: 3.62 → [362n, 2]. */
function decimalOf(value: number): [bigint, number] {
  // The digits a clerk wrote: YAML read them into the shortest double that prints back as typed.
  const [whole = "0", fraction = ""] = plainDigits(value).split(".");
  return [BigInt(whole + fraction), fraction.length];
}

function commonScale([a, aScale]: [bigint, number], [b, bScale]: [bigint, number]): [bigint, bigint, number] {
  const scale = Math.max(aScale, bScale);
  return [a * 10n ** BigInt(scale - aScale), b * 10n ** BigInt(scale - bScale), scale];
}

/** numerator / denominator, both positive, rounded half up to a whole number. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return (numerator % denominator) * 2n >= denominator ? quotient + 1n : quotient;
}

/** A positive integer at `from` decimals, rounded half up to `to` decimals. */
function rescale(units: bigint, from: number, to: number): bigint {
  if (to >= from) return units * 10n ** BigInt(to - from);
  return divideRounded(units, 10n ** BigInt(from - to));
}

/** 0.20 → 0.2: a difference is printed with the decimals it needs, not the most either value had. */
function trimZeros(units: bigint, digits: number): [bigint, number] {
  while (digits > 0 && units % 10n === 0n && units !== 0n) {
    units /= 10n;
    digits -= 1;
  }
  return [units, digits];
}

/** A positive integer at `digits` decimals as text: 84n, 1 → "8.4". */
function fixed(units: bigint, digits: number): string {
  const text = units.toString().padStart(digits + 1, "0");
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

const abs = (n: bigint) => (n < 0n ? -n : n);
