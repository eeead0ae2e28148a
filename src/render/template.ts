/** The template folder: summary.hbs, plus any other *.hbs in it as partials named by file name. */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import Handlebars from "handlebars";
import { ReportError } from "../errors.js";
import { PACKAGE_ROOT } from "../paths.js";
import { chineseNumeral } from "./chinese-numerals.js";

export const DEFAULT_TEMPLATE_DIR = join(PACKAGE_ROOT, "templates");
const MAIN = "summary.hbs";

export type CompiledTemplate = (view: object) => string;

export function loadTemplate(dir: string = DEFAULT_TEMPLATE_DIR): CompiledTemplate {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".hbs"));
  } catch {
    files = [];
  }
  if (!files.includes(MAIN)) throw new ReportError("usage", [{ code: "templateMissing", severity: "error", file: dir, params: { dir } }]);

  const handlebars = Handlebars.create();
  /** `{{ordinal @index}}` → 一, 二, 三…: enumerations such as 一是、二是. */
  handlebars.registerHelper("ordinal", (index: unknown) => chineseNumeral(Number(index) + 1));
  for (const file of files.filter((f) => f !== MAIN)) {
    handlebars.registerPartial(basename(file, ".hbs"), readFileSync(join(dir, file), "utf8"));
  }
  const main = handlebars.compile(readFileSync(join(dir, MAIN), "utf8"), { strict: true, noEscape: false });
  return (view) => main(view);
}
