/** Command lines the messages show as examples: the same in every language, with the command as started. */
import { commandName } from "../command-name.js";

/** `init` writes a new year's file; the other commands read an existing one. */
export function commandExample(command: string): string {
  return command === "init" ? `${commandName()} init data/2021.yaml` : `${commandName()} ${command} data/2020.yaml`;
}
