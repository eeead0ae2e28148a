/** `--off id,id…` on validate, build and fix: writing-check rules switched off for this run. */
import { ReportError } from "../../errors.js";
import { RULE_IDS, isRuleId } from "../../writing-rules.js";

/** Commander collects each `--off` given; each may list several ids, separated by commas. */
export function collectOff(value: string, previous: readonly string[] = []): string[] {
  return [...previous, ...value.split(/[,，\s]/).filter((id) => id !== "")];
}

export function checksOffOption(values: readonly string[] | undefined): string[] {
  const ids = values ?? [];
  const unknown = ids.find((id) => !isRuleId(id));
  if (unknown !== undefined)
    throw new ReportError("usage", [
      { code: "unknownRule", severity: "error", params: { value: unknown, rules: RULE_IDS.join(", ") } },
    ]);
  return [...ids];
}
