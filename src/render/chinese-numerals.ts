/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五: the ordinals of 一、（一） and 一是. */
const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`chineseNumeral: ${n} is not in 1..999`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let text = hundreds > 0 ? `${DIGITS[hundreds]}百` : "";
  if (tens > 0) text += hundreds === 0 && tens === 1 ? "十" : `${DIGITS[tens]}十`;
  else if (hundreds > 0 && ones > 0) text += "零";
  if (ones > 0) text += DIGITS[ones];
  return text;
}

/** The number the tool gives a heading, by level (GB/T 9704 §7.3.3): 一、 （一） 1. （1）. */
export function headingNumber(level: number, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    default:
      return `（${n}）`;
  }
}
