/**
 * Entry point: runs the program and is the one top-level catch. Problems the tool recognises are
 * printed as diagnostics; anything else is a bug, reported in one line without a stack trace
 * (set REPORT_DEBUG=1 to see it).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CommanderError } from "commander";
import { ReportError } from "../errors.js";
import { detectLang } from "../messages/lang.js";
import { PACKAGE_ROOT } from "../paths.js";
import { EXIT, exitCodeFor } from "./exit-code.js";
import { createOutput, stdout } from "./output.js";
import { createProgram, type ProgramContext } from "./program.js";
import { commandIn, langFlag, usageDiagnostic } from "./usage-errors.js";

/**
 * No arguments from a person (a double-click, the Start menu, a bare command typed in a terminal):
 * the start page. No arguments from a script or CI: the help, as wrong usage.
 */
function startedByAPerson(): boolean {
  return Boolean(process.stdin.isTTY && stdout().isTTY) && !process.env.CI;
}

export async function main(given: readonly string[]): Promise<number> {
  const argv = given.length === 0 && startedByAPerson() ? ["start"] : given;
  const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string };
  const context: ProgramContext = {};
  const program = createProgram(version, context);
  try {
    await program.parseAsync(argv, { from: "user" });
    return context.exitCode ?? EXIT.ok;
  } catch (error) {
    const output = context.output ?? createOutput(detectLang(langFlag(argv)));
    if (error instanceof CommanderError) {
      // Help and version end this way too; a bare `report` shows help and counts as wrong usage.
      if (error.exitCode === 0) return EXIT.ok;
      if (error.code !== "commander.help") {
        const command = commandIn(
          argv,
          program.commands.map((c) => c.name()),
        );
        output.diagnostics([usageDiagnostic(error, command)]);
      }
      return EXIT.usage;
    }
    if (error instanceof ReportError) {
      output.diagnostics(error.diagnostics);
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      output.diagnostics([{ code: "internal", severity: "error", params: { detail } }]);
      if (process.env.REPORT_DEBUG) console.error(error);
    }
    return exitCodeFor(error);
  }
}
