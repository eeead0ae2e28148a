/** The template folder: summary.hbs, plus any other *.hbs in it as partials named by file name. */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import Handlebars from "handlebars";
import { processContext } from "../context.js";
import { textLines } from "../lines.js";
import { ReportError } from "../errors.js";
import { PACKAGE_ROOT } from "../paths.js";
import { chineseNumeral } from "./chinese-numerals.js";
import { templateProblems, type TemplateFile } from "./template-check.js";

export const DEFAULT_TEMPLATE_DIR = join(PACKAGE_ROOT, "templates");
const MAIN = "summary.hbs";

export type CompiledTemplate = (view: object) => string;

/**
 * Reads and checks every file of the folder, so that a syntax error, a missing partial or an unknown
 * helper is reported at its file and line before anything is rendered. Template problems are
 * problems with an input file, like the data's: exit status 1. A folder is read once a process
 * (a batch builds every file with the same template); the shipped one is checked by the tests,
 * not at every start.
 */
export function loadTemplate(
  dir: string = DEFAULT_TEMPLATE_DIR,
  loaded: Map<string, CompiledTemplate> = processContext.templates,
): CompiledTemplate {
  let template = loaded.get(dir);
  if (!template) {
    template = readTemplate(dir, dir !== DEFAULT_TEMPLATE_DIR);
    loaded.set(dir, template);
  }
  return template;
}

function readTemplate(dir: string, check: boolean): CompiledTemplate {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith(".hbs"));
  } catch {
    names = [];
  }
  if (!names.includes(MAIN))
    throw new ReportError("usage", [{ code: "templateMissing", severity: "error", file: dir, params: { dir } }]);

  const files: TemplateFile[] = names.map((name) => ({
    path: join(dir, name),
    text: readFileSync(join(dir, name), "utf8"),
  }));
  const partials = names.filter((f) => f !== MAIN).map((f) => basename(f, ".hbs"));
  const helpers = { ordinal: (index: unknown) => chineseNumeral(Number(index) + 1) };
  const problems = check ? files.flatMap((file) => templateProblems(file, partials, Object.keys(helpers))) : [];
  if (problems.length > 0) throw new ReportError("data", problems);

  const handlebars = Handlebars.create();
  /** `{{ordinal @index}}` → 一, 二, 三…: enumerations such as 一是、二是. */
  handlebars.registerHelper(helpers);
  for (const file of files) {
    if (basename(file.path) !== MAIN) handlebars.registerPartial(basename(file.path, ".hbs"), file.text);
  }
  const main = files.find((file) => basename(file.path) === MAIN) as TemplateFile;
  const compiled = handlebars.compile(main.text, { strict: true, noEscape: false });
  return (view) => {
    try {
      return compiled(view);
    } catch (error) {
      throw runtimeError(error, main);
    }
  };
}

/** What only running can find, e.g. `{{titel}}` in strict mode: Handlebars says “- line:column”. */
function runtimeError(error: unknown, main: TemplateFile): ReportError {
  const { lineNumber, column } = error as { lineNumber?: number; column?: number };
  const detail = (error instanceof Error ? error.message : String(error)).replace(
    /( in \[object Object\])? - \d+:\d+$/,
    "",
  );
  const position = typeof lineNumber === "number" ? { line: lineNumber, column: (column ?? 0) + 1 } : undefined;
  return new ReportError("data", [
    {
      code: "templateError",
      severity: "error",
      file: main.path,
      ...(position ? { position, excerpt: textLines(main.text).lineText(position.line) } : {}),
      params: { file: main.path, detail },
    },
  ]);
}
