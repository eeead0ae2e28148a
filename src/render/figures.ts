import type { Figure } from "../validate/schema.js";

/** What a blank prints: the clerk's own mark for “to be filled”, as in the reference document. */
export const BLANK = "X";

/** A figure's value as printed: Arabic digits as given, or the name; `X` while it has none. */
export function formatValue(figure: Figure): { text: string; blank: boolean } {
  if (figure.value === null) return { text: BLANK, blank: true };
  return { text: typeof figure.value === "number" ? digits(figure.value) : figure.value, blank: false };
}

/**
 * A number in plain digits, as people write it: never `1e-7`. (Validation refuses numbers beyond
 * Number.MAX_SAFE_INTEGER, whose last digits would be lost; String() writes exponents only below 1e-6.)
 */
export function digits(value: number): string {
  const shortest = String(value);
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!exponent) return shortest;
  const [, sign = "", first = "", rest = "", power = "0"] = exponent;
  const mantissa = first + rest;
  const point = 1 + Number(power); // where the decimal point goes in `mantissa`
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${mantissa}`;
  if (point >= mantissa.length) return sign + mantissa + "0".repeat(point - mantissa.length);
  return `${sign}${mantissa.slice(0, point)}.${mantissa.slice(point)}`;
}
