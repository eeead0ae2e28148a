/** The command line: options are parsed here and handed to the commands, which stay thin. */
import { commandName } from "../command-name.js";
import { Command, InvalidArgumentError, Option } from "commander";
import { DEFAULT_OUT_DIR } from "../batch/conventions.js";
import { detectLang } from "../messages/lang.js";
import { DEFAULT_FONT_PROFILE, FONT_PROFILE_NAMES } from "../write/layout/fonts.js";
import { FORMATS } from "../write/index.js";
import type { BuildCommandOptions } from "./commands/build.js";
import type { ExitCode } from "./exit-code.js";
import type { ImportCommandOptions } from "./commands/import.js";
import type { InitCommandOptions } from "./commands/init.js";
import type { PreviewCommandOptions } from "./commands/preview.js";
import type { StartCommandOptions } from "./commands/start.js";
import { DEFAULT_PREVIEW_PORT } from "../preview/port.js";
import type { ValidateCommandOptions } from "./commands/validate.js";
import { collectOff } from "./commands/checks-off.js";
import type { FixCommandOptions } from "./commands/fix.js";
import { RULE_IDS } from "../writing-rules.js";
import { createOutput, stderr, stdout, type Output } from "./output.js";
import { REPORTERS } from "./reporters/index.js";

export interface ProgramContext {
  /** Set once the global options are parsed, so errors print in the user's language. */
  output?: Output;
  /** What the command that ran asks the process to exit with. */
  exitCode?: ExitCode;
}

// Every command is loaded in its action, with `await import()`: a run reads the code of the one
// command it runs (scripts/build.mjs splits the bundle at each import()), so a cold build never
// reads the preview's server, the fix, the scaffold or the PDF writer. A new command does the same;
// test/cold-start.test.ts fails when a build loads another command's code. Only what the options
// themselves need (their choices, their defaults) is imported here.
export function createProgram(version: string, context: ProgramContext): Command {
  const output = () => context.output ?? createOutput("en");
  const program = new Command(commandName())
    .description(
      "把 YAML 数据文件生成为公文格式的年度工作总结（Word 文档）\nTurns a YAML data file into a year-end work summary (Word) in the official layout",
    )
    .version(version, "-V, --version")
    .addOption(new Option("--lang <lang>", "message language / 提示语言").choices(["zh", "en"]))
    .exitOverride()
    // Usage errors are printed by main.ts through our output module, in the user's language.
    .configureOutput({
      outputError: () => {},
      writeOut: (text) => stdout().write(text),
      writeErr: (text) => stderr().write(text),
    })
    .hook("preAction", (command) => {
      context.output = createOutput(detectLang(command.opts<{ lang?: string }>().lang));
    });

  program
    .command("build")
    .description("build summaries from data files / 生成年度工作总结")
    .argument("<files...>", "data files, folders or globs, e.g. data/2020.yaml or data/*.yaml")
    .option(
      "-o, --output <path>",
      "output file for a single data file; - prints txt or md to stdout (default: out/<name>.<format>)",
    )
    .option("--out-dir <dir>", "folder for the outputs, each named after its data file", DEFAULT_OUT_DIR)
    .addOption(
      new Option(
        "-f, --format <format>",
        "output format (default: the -o file's extension, else docx; txt for -o -)",
      ).choices(FORMATS),
    )
    .option("-t, --template <dir>", "template folder (default: the templates/ shipped with report)")
    .option(
      "--reference <file.docx>",
      "the office's own Word file (.docx, .dotx) as the template: its page set-up, fonts, headers and footers, letterhead (also reference: in the data file)",
    )
    .addOption(
      new Option(
        "--fonts <profile>",
        "font names for Word: standard (仿宋_GB2312…), windows (仿宋…), macos (华文仿宋…)",
      )
        .choices(FONT_PROFILE_NAMES)
        .default(DEFAULT_FONT_PROFILE),
    )
    .option("--final", "a final document: no highlight, no draft header; refuses while any figure is blank")
    .option("-j, --jobs <n>", "files built at once (default: one fewer than the CPUs, at least 1)", positiveInteger)
    .addOption(
      new Option(
        "--reporter <name>",
        "how results are printed (default: github under GitHub Actions, else pretty)",
      ).choices(REPORTERS),
    )
    .option("--check", "build in memory and fail if an output is missing or differs; writes nothing")
    .option(OFF_FLAGS, OFF_HELP, collectOff)
    .action(async (files: string[], options: BuildCommandOptions) => {
      const { runBuild } = await import("./commands/build.js");
      context.exitCode = await runBuild(files, options, output());
    });

  program
    .command("validate")
    .description("check data files without writing anything / 检查数据文件，不生成任何文件")
    .argument("<files...>", "data files, folders or globs, e.g. data/2020.yaml or data")
    .option(OFF_FLAGS, OFF_HELP, collectOff)
    .option("--fix", "first apply the writing check's safe fixes to each file (as report fix)")
    .option("--dry-run", "with --fix: print the changes as a diff, write nothing")
    .action(async (files: string[], options: ValidateCommandOptions) => {
      const { runValidate } = await import("./commands/validate.js");
      context.exitCode = await runValidate(files, options, output());
    });

  program
    .command("fix")
    .description("apply the writing check's safe fixes to data files / 自动改正标点、数字的写法")
    .argument("<files...>", "data files, folders or globs, e.g. data/2020.yaml")
    .option(OFF_FLAGS, OFF_HELP, collectOff)
    .option("--dry-run", "print the changes as a diff, write nothing")
    .action(async (files: string[], options: FixCommandOptions) => {
      const { runFix } = await import("./commands/fix.js");
      context.exitCode = await runFix(files, options, output());
    });

  program
    .command("preview")
    .description("show the summary as pages in the browser, updated on every save / 在浏览器里预览，保存即更新")
    .argument("<file.yaml>", "the data file, e.g. data/2020.yaml")
    .option("-p, --port <port>", "port on 127.0.0.1 (0: any free port)", portNumber, DEFAULT_PREVIEW_PORT)
    .option("-t, --template <dir>", "template folder (default: the templates/ shipped with report)")
    .action(async (file: string, options: PreviewCommandOptions) => {
      const { runPreview } = await import("./commands/preview.js");
      context.exitCode = await runPreview(file, options, output());
    });

  program
    .command("start")
    .description(
      "open the start page in the browser: pick a data file, see its pages, download Word or PDF / 打开网页版（不带参数双击启动时也是它）",
    )
    .option("-p, --port <port>", "port on 127.0.0.1 (default 0: any free port)", portNumber, 0)
    .option("--no-open", "print the address without opening a browser")
    .action(async (options: StartCommandOptions) => {
      const { runStart } = await import("./commands/start.js");
      context.exitCode = await runStart(options, output());
    });

  program
    .command("init")
    .description("write a new data file to fill in / 生成一份新的数据文件")
    .argument("<file.yaml>", "the new data file, e.g. data/2021.yaml")
    .option("--year <year>", "the year (default: last year's + 1, or the year in the file name)")
    .option("--from <last-year.yaml>", "carry over the structure and text of last year's file; every figure is emptied")
    .option("--force", "replace the file if it exists")
    .action(async (file: string, options: InitCommandOptions) => {
      const { runInit } = await import("./commands/init.js");
      await runInit(file, options, output());
    });

  program
    .command("import")
    .description(
      "turn a finished summary (.docx, .doc, .txt …) into a data file / 把已有的总结（Word、文本）转成数据文件",
    )
    .argument("<file>", "the document, e.g. 2023年工作总结.docx (.docx; .doc, .wps, .odt need LibreOffice; .txt, .md)")
    .option("-o, --output <file.yaml>", "the data file to write; - prints it (default: the document's name with .yaml)")
    .option("--no-figures", "keep every number as text instead of making figures of those with a unit")
    .option(
      "--next-year",
      "ready for next year, as init --from makes it: the year advanced, every figure's value moved to last",
    )
    .option("--force", "replace the data file if it exists")
    .action(async (file: string, options: ImportCommandOptions) => {
      const { runImport } = await import("./commands/import.js");
      runImport(file, options, output());
    });

  program
    .command("schema")
    .description("print the JSON Schema of the data format / 输出数据格式的 JSON Schema")
    .action(async () => {
      const { runSchema } = await import("./commands/schema.js");
      runSchema(output());
    });

  return program;
}

function portNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("expected a port number 0–65535");
  return n;
}

const OFF_FLAGS = "--off <rules>";
const OFF_HELP = `writing checks to skip, comma-separated (also checks: { off: [...] } in the data file): ${RULE_IDS.join(", ")}`;

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number ≥ 1");
  return n;
}
