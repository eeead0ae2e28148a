/**
 * The closing (落款) without a seal, §7.3.5.2: the organisation 右空二字; the date on the next
 * line, its first character two characters right of the organisation's first; when the date is
 * the longer, the date 右空二字 and the organisation moved left to keep that offset.
 * Both lines are set flush left with computed left indents, so the two-character offset between
 * them is exact whatever the font; only the right spaces rest on the estimated widths.
 */
import { emWidth } from "./title-lines.js";
import { BODY, BODY_CHAR_TWIPS, TEXT_BLOCK, ptToTwips } from "./layout.js";

const TWO_CHARS_TWIPS = 2 * BODY_CHAR_TWIPS;
/** Word and LibreOffice put about a quarter em between Chinese and digits or Latin letters. */
const SCRIPT_GAP_EMS = 0.25;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]/u;

/** Width as set in the body: ems of the body font, script gaps, and the character spacing. */
export function setWidthTwips(text: string): number {
  const chars = [...text];
  const gaps = chars.slice(1).filter((char, i) => CJK.test(char) !== CJK.test(chars[i] ?? "")).length;
  const ems = emWidth(text) + gaps * SCRIPT_GAP_EMS;
  return Math.round(ems * ptToTwips(BODY.sizePt)) + chars.length * BODY.characterSpacingTwips;
}

/** Left indents in twips for [organisation, date]; other lines are each set 右空二字. */
export function closingLeftIndents(texts: readonly string[]): number[] {
  const flushRight = (text: string) => TEXT_BLOCK.widthTwips - TWO_CHARS_TWIPS - setWidthTwips(text);
  const [organisation, date] = texts;
  if (texts.length !== 2 || organisation === undefined || date === undefined) return texts.map(flushRight);
  const organisationLeft = Math.min(flushRight(organisation), flushRight(date) - TWO_CHARS_TWIPS);
  return [organisationLeft, organisationLeft + TWO_CHARS_TWIPS];
}

/**
 * The closing with a seal, §7.3.5.1: the date 右空四字, the organisation centred over the date (the
 * seal, pressed over both, needs no room of its own in the text).
 */
export function sealedClosingLeftIndents(texts: readonly string[]): number[] {
  const [organisation, date] = texts;
  if (texts.length !== 2 || organisation === undefined || date === undefined) return closingLeftIndents(texts);
  const dateLeft = TEXT_BLOCK.widthTwips - 2 * TWO_CHARS_TWIPS - setWidthTwips(date);
  return [Math.round(dateLeft + (setWidthTwips(date) - setWidthTwips(organisation)) / 2), dateLeft];
}
