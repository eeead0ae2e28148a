/**
 * The writing check's rules, by id: the one list the data format (`checks: { off: [id…] }`), the
 * command line (`--off id,…`), the messages (messages/writing.ts) and the check itself
 * (validate/writing/) are typed from. An office whose house style differs switches a rule off by its id.
 *
 * What each rule looks for is its message (messages/writing.ts). Only changes of form are fixed by
 * `report fix` (the width of a mark or digit, the ellipsis and dash, a stray space between Chinese
 * characters): they never change what the text says; a finding without a `fix` needs a person to
 * decide (which date was meant, where the unpaired quote should close).
 */
export const RULE_IDS = [
  "punct-width",
  "punct-pair",
  "punct-double",
  "punct-ellipsis",
  "punct-dash",
  "punct-space",
  "punct-before-closing",
  "num-width",
  "num-date",
  "num-unit-space",
  "num-range",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/**
 * The draft's leftovers a final build refuses (src/validate/leftovers.ts): a clerk who means them
 * (a heading that does name last year) says so with `checks: { off: [last-year] }`.
 */
export const LEFTOVER_IDS = ["last-year", "placeholder"] as const;
export type LeftoverId = (typeof LEFTOVER_IDS)[number];

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === "string" && (RULE_IDS as readonly string[]).includes(value);
}
