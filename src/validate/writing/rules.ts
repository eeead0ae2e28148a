import type { RuleId } from "../../writing-rules.js";

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
