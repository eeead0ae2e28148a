import type { Figure } from "../validate/schema.js";

/** What a blank prints: the clerk's own mark for “to be filled”, as in the reference document. */
export const BLANK = "X";

/** A figure's value as printed: Arabic digits as given, or the name; `X` while it has none. */
export function formatValue(figure: Figure): { text: string; blank: boolean } {
  if (figure.value === null) return { text: BLANK, blank: true };
  return { text: String(figure.value), blank: false };
}
