/** The template folder: summary.hbs, plus any other *.hbs in it as partials named by file name. */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import Handlebars from "handlebars";
import HandlebarsRuntime from "handlebars/runtime";
import { textLines } from "../lines.js";
import { ReportError } from "../errors.js";
import { PACKAGE_ROOT } from "../paths.js";
import { MAX_PARTIAL_DEPTH, MAX_TEMPLATE_OUTPUT } from "../limits.js";
import { chineseNumeral } from "../summary/numbering.js";
import { TemplateOutputTooLarge, spendOutput, startOutput } from "./output-budget.js";
import { templateProblems, type TemplateFile } from "./template-check.js";
import { requireDefaultTemplates } from "./default-templates-file.js";

export const DEFAULT_TEMPLATE_DIR = join(PACKAGE_ROOT, "templates");
const MAIN = "summary.hbs";

export type CompiledTemplate = (view: object) => string;

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** Strict: a field the data lacks is an error, not an empty string. scripts/build.mjs compiles with the same. */
const COMPILE_OPTIONS = { strict: true, noEscape: false } as const;

interface Precompiled {
  readonly text?: string;
  readonly spec?: TemplateSpecification;
}

/**
 * The shipped templates as `npm run build` compiled them (dist/default-templates.cjs), each with the
 * text it was compiled from; none when that file is missing or was compiled with other options.
 */
function precompiledTemplates(): Record<string, Precompiled> {
  try {
    const { compileOptions, templates } = requireDefaultTemplates() as {
      compileOptions: unknown;
      templates: Record<string, Precompiled>;
    };
    return JSON.stringify(compileOptions) === JSON.stringify(COMPILE_OPTIONS) ? templates : {};
  } catch {
    return {};
  }
}

/** The templates the command line has read: one process, one set (context.ts gives a library caller its own). */
export const processTemplates = new Map<string, CompiledTemplate>();

/**
 * Reads and checks every file of the folder, so that a syntax error, a missing partial or an unknown
 * helper is reported at its file and line before anything is rendered. Template problems are
 * problems with an input file, like the data's: exit status 1. A folder is read once a process
 * (a batch builds every file with the same template); the shipped one is checked by the tests,
 * not at every start.
 */
export function loadTemplate(
  dir: string = DEFAULT_TEMPLATE_DIR,
  loaded: Map<string, CompiledTemplate> = processTemplates,
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

  const precompiled = dir === DEFAULT_TEMPLATE_DIR ? precompiledTemplates() : {};
  const specOf = (file: TemplateFile) => {
    const { text, spec } = precompiled[basename(file.path)] ?? {};
    return text === file.text ? spec : undefined;
  };
  // Templates compiled at install run on Handlebars' runtime alone: the compiler, which the command
  // line loads on first use (scripts/build.mjs), is needed only for a template with other text.
  const handlebars = files.every((file) => specOf(file)) ? HandlebarsRuntime.create() : Handlebars.create();
  /** `{{ordinal @index}}` → 一, 二, 三…: enumerations such as 一是、二是. */
  handlebars.registerHelper(helpers);
  const ready = (file: TemplateFile) => {
    const spec = specOf(file);
    return spec ? handlebars.template(spec) : undefined;
  };
  // What a template makes is counted as it is made (output-budget.ts): each loop body, each partial.
  const each = handlebars.helpers.each as Handlebars.HelperDelegate;
  handlebars.registerHelper("each", function (this: unknown, context: unknown, options: Handlebars.HelperOptions) {
    const body = options.fn;
    const fn = (...args: Parameters<typeof body>) => {
      const made = body(...args);
      spendOutput(made.length);
      return made;
    };
    return each.call(this, context, { ...options, fn: Object.assign(fn, body) }) as string;
  });
  let depth = 0;
  for (const file of files) {
    if (basename(file.path) === MAIN) continue;
    const name = basename(file.path, ".hbs");
    const partial = ready(file) ?? handlebars.compile(file.text, COMPILE_OPTIONS);
    handlebars.registerPartial(name, (context: unknown, options?: RuntimeOptions) => {
      if (++depth > MAX_PARTIAL_DEPTH) throw new PartialTooDeep(name);
      try {
        const made = partial(context, options);
        spendOutput(made.length);
        return made;
      } finally {
        depth--;
      }
    });
  }
  const main = files.find((file) => basename(file.path) === MAIN) as TemplateFile;
  const compiled = ready(main) ?? handlebars.compile(main.text, COMPILE_OPTIONS);
  return (view) => {
    startOutput(MAX_TEMPLATE_OUTPUT);
    depth = 0;
    try {
      return compiled(view);
    } catch (error) {
      throw runtimeError(error, main);
    } finally {
      startOutput(Infinity);
    }
  };
}

type RuntimeOptions = Handlebars.RuntimeOptions;

/** A partial that includes itself (or a circle of them) past MAX_PARTIAL_DEPTH. */
class PartialTooDeep extends Error {
  constructor(readonly partial: string) {
    super(partial);
  }
}

/** What only running can find, e.g. `{{titel}}` in strict mode: Handlebars says “- line:column”. */
function runtimeError(error: unknown, main: TemplateFile): ReportError {
  if (error instanceof TemplateOutputTooLarge)
    return new ReportError("data", [
      { code: "templateOutputTooLarge", severity: "error", file: main.path, params: { limit: MAX_TEMPLATE_OUTPUT } },
    ]);
  if (error instanceof PartialTooDeep)
    return new ReportError("data", [
      {
        code: "templatePartialTooDeep",
        severity: "error",
        file: main.path,
        params: { partial: error.partial, limit: MAX_PARTIAL_DEPTH },
      },
    ]);
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
