/**
 * The name the tool was started by, for every message that tells the clerk what to type next.
 * The package installs one command, `zongjie`, and keeps `report` (the project's working name) as the
 * same command, so that a clone's `npx report` runs that clone. Each name has its own file in bin/,
 * so the name is known on Windows too, where npm's shims run the bin file rather than a link named
 * after the command; a single executable is known by its own file name. Anything else — a program
 * using the library, a renamed executable — hears the installed name.
 */
import { basename } from "node:path";

/** package.json's bin keys (test/package.test.ts keeps them the same). */
export const COMMAND_NAMES = ["zongjie", "report"] as const;
export const INSTALLED_COMMAND = COMMAND_NAMES[0];

let invoked: string | undefined;

export function commandName(): string {
  if (invoked === undefined) {
    const started = basename(process.argv[1] ?? "").replace(/\.(c?js|mjs|cmd|ps1|exe)$/i, "");
    invoked = (COMMAND_NAMES as readonly string[]).includes(started.toLowerCase())
      ? started.toLowerCase()
      : INSTALLED_COMMAND;
  }
  return invoked;
}
