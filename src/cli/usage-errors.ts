/**
 * Commander's own usage errors (unknown option, missing argument, …) → our diagnostics, so they are
 * printed in the user's language like everything else. Commander's English text is only parsed for
 * the names it mentions; an error we do not recognise keeps its text.
 */
import type { CommanderError } from "commander";
import type { MessageCode, MessageParams } from "../messages/catalogue.js";
import { diagnostic, type Diagnostic } from "../errors.js";

const quoted = (message: string, index = 0) => [...message.matchAll(/'([^']*)'/g)][index]?.[1] ?? "";

/**
 * `command` is the subcommand that was typed: Commander's error names only the argument
 * (`files`, `file.yaml`), which means nothing to a clerk.
 */
export function usageDiagnostic(error: CommanderError, command: string | undefined): Diagnostic {
  const message = error.message.replace(/^error:\s*/, "");
  const at = <C extends MessageCode>(code: C, params: MessageParams<C>): Diagnostic => diagnostic(code, params);
  switch (error.code) {
    case "commander.unknownOption":
      return at("unknownOption", { option: quoted(message) });
    case "commander.unknownCommand":
      return at("unknownCommand", { command: quoted(message) });
    case "commander.missingArgument":
      // Every argument a command takes is a data file's path (build, validate: several; init: one).
      return at("missingArgument", { command: command ?? "build" });
    case "commander.optionMissingArgument":
      return at("missingOptionValue", { option: quoted(message) });
    case "commander.invalidArgument":
      if (!message.includes("Allowed choices"))
        return at("notAWholeNumber", { option: quoted(message), value: quoted(message, 1) });
      return at("invalidChoice", {
        option: quoted(message),
        value: quoted(message, 1),
        choices: /Allowed choices are (.*)\.$/.exec(message)?.[1] ?? "",
      });
    case "commander.excessArguments":
      return at("tooManyArguments", {});
    default:
      return at("usage", { detail: message });
  }
}

/** The first word of the command line that names one of the program's commands. */
export function commandIn(argv: readonly string[], commands: readonly string[]): string | undefined {
  return argv.find((arg) => commands.includes(arg));
}

/** `--lang` as typed, read before Commander has parsed anything (its errors may come first). */
export function langFlag(argv: readonly string[]): string | undefined {
  for (const [i, arg] of argv.entries()) {
    if (arg === "--lang") return argv[i + 1];
    if (arg.startsWith("--lang=")) return arg.slice("--lang=".length);
  }
  return undefined;
}
