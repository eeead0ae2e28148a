/**
 * The library's build options, checked before anything is read: a program that passes a wrong
 * value (a format the tool has not got, `fonts: "Windows"`, a date that is not seconds, a misspelt
 * option) gets a diagnostic saying which option and what it may be — never a silent default, a
 * document of no bytes, or a system error from deep inside. The data itself is checked elsewhere.
 */
import { diagnostic, type Diagnostic } from "./errors.js";
import type { BuildOptions } from "./pipeline.js";
import { closest } from "./validate/suggest.js";
import { RULE_IDS } from "./writing-rules.js";
import { DEFAULT_FONT_PROFILE, FONT_PROFILE_NAMES } from "./write/layout/fonts.js";
import { FORMATS } from "./write/index.js";

/** What `build` accepts besides the data: every key is checked here. */
export const OPTION_NAMES = [
  "format",
  "final",
  "fonts",
  "templateDir",
  "checksOff",
  "sourceDateEpoch",
  "reference",
] as const;

/** The last second an ISO date can say (9999-12-31T23:59:59Z). */
const MAX_EPOCH = 253402300799;

export type CheckedOptions =
  | { readonly ok: true; readonly options: BuildOptions }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export function checkOptions(given: unknown): CheckedOptions {
  if (given === undefined) return { ok: true, options: defaults };
  if (given === null || typeof given !== "object" || Array.isArray(given))
    return { ok: false, diagnostics: [diagnostic("optionsNotObject", { value: shown(given) })] };
  let entries: [string, unknown][];
  try {
    entries = Object.entries(given);
  } catch {
    // A proxy or getter that throws: the options cannot be read, which is the caller's to fix.
    return { ok: false, diagnostics: [diagnostic("optionsNotObject", { value: "an object that cannot be read" })] };
  }
  const problems: Diagnostic[] = [];
  const options: Record<string, unknown> = { ...defaults };
  for (const [name, value] of entries) {
    const problem = checkOne(name, value);
    if (problem) problems.push(problem);
    else options[name] = value;
  }
  if (problems.length > 0) return { ok: false, diagnostics: problems };
  const { sourceDateEpoch, ...rest } = options as Record<string, unknown> & { sourceDateEpoch?: number };
  return {
    ok: true,
    options: {
      ...(rest as unknown as BuildOptions),
      ...(sourceDateEpoch !== undefined
        ? { documentTimestamp: new Date(sourceDateEpoch * 1000).toISOString().replace(/\.\d{3}Z$/, "Z") }
        : {}),
    },
  };
}

const defaults: BuildOptions = { format: "docx", final: false, fonts: DEFAULT_FONT_PROFILE };

function checkOne(name: string, value: unknown): Diagnostic | undefined {
  const field = { field: name };
  const wrong = (expected: "choice" | "yes/no" | "folder" | "rules" | "seconds" | "reference", choices = "") => {
    const suggestion = typeof value === "string" && choices ? closest(value, choices.split(", ")) : undefined;
    return diagnostic(
      "optionWrongValue",
      { option: name, value: shown(value), expected, choices, ...(suggestion ? { suggestion } : {}) },
      field,
    );
  };
  switch (name) {
    case "format":
      return (FORMATS as readonly unknown[]).includes(value) ? undefined : wrong("choice", FORMATS.join(", "));
    case "fonts":
      return (FONT_PROFILE_NAMES as readonly unknown[]).includes(value)
        ? undefined
        : wrong("choice", FONT_PROFILE_NAMES.join(", "));
    case "final":
      return typeof value === "boolean" ? undefined : wrong("yes/no");
    case "templateDir":
      return typeof value === "string" && value.trim() !== "" && !value.includes("\0") ? undefined : wrong("folder");
    case "checksOff": {
      if (!Array.isArray(value)) return wrong("rules", RULE_IDS.join(", "));
      const unknown: unknown = (value as unknown[]).find(
        (rule: unknown) => !(RULE_IDS as readonly unknown[]).includes(rule),
      );
      if (unknown === undefined) return undefined;
      const suggestion = typeof unknown === "string" ? closest(unknown, RULE_IDS) : undefined;
      return diagnostic(
        "optionWrongValue",
        {
          option: name,
          value: shown(unknown),
          expected: "rules",
          choices: RULE_IDS.join(", "),
          ...(suggestion ? { suggestion } : {}),
        },
        field,
      );
    }
    case "reference":
      return value instanceof Uint8Array || (typeof value === "string" && value.trim() !== "" && !value.includes("\0"))
        ? undefined
        : wrong("reference");
    case "sourceDateEpoch":
      return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_EPOCH
        ? undefined
        : wrong("seconds");
    default: {
      const suggestion = closest(name, OPTION_NAMES);
      return diagnostic(
        "optionUnknown",
        { option: shownName(name), known: OPTION_NAMES.join(", "), ...(suggestion ? { suggestion } : {}) },
        field,
      );
    }
  }
}

/** A value as a message can show it: short, on one line, whatever it is. */
function shown(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return "[…]";
  return typeof value === "object" ? "{…}" : typeof value;
}

function shownName(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}
