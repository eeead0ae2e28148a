/** Command lines the messages show as examples: the same in every language. */

/** `init` writes a new year's file; the other commands read an existing one. */
export function commandExample(command: string): string {
  return command === "init" ? "report init data/2021.yaml" : `report ${command} data/2020.yaml`;
}
