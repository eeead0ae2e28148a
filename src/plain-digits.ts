/**
 * A number in plain digits, as people write it: never `1e-7` or `1e+21`. What every stage that prints
 * a number reads (the figures, the key-figures table, a table's cells), so no printed number has an
 * exponent. (Validation refuses numbers beyond Number.MAX_SAFE_INTEGER, whose last digits would be
 * lost, and below 2^-1022, which would read as 0; String() writes exponents only below 1e-6.)
 */
export function plainDigits(value: number): string {
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
