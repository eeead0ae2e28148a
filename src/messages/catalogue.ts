/**
 * Every sentence the tool says to a person, in Chinese and English. Code elsewhere passes a message
 * code and its parameters; only cli/output.ts turns them into text.
 *
 * A message says what is wrong; its hint says how to fix it, with an example where one helps.
 */

/** The kinds of value a data field can hold, as wrong-type messages name them. */
export type ValueKind = "number" | "text" | "list" | "mapping" | "empty" | "yes/no" | "figure";

const kindsEn: Record<ValueKind, string> = {
  number: "a number",
  text: "text",
  list: "a list (lines starting with “- ”)",
  mapping: "a group of fields (`name: value` lines indented below it)",
  empty: "empty",
  "yes/no": "true or false",
  figure: "a number, a name, or { value: …, unit: … }",
};
const kindsZh: Record<ValueKind, string> = {
  number: "数字",
  text: "文字",
  list: "列表（每项一行，以“- ”开头）",
  mapping: "一组字段（在它下面缩进若干行“名称: 内容”）",
  empty: "空白",
  "yes/no": "true 或 false",
  figure: "数字、名称，或 { value: 数值, unit: 单位 }",
};

export interface Text {
  readonly message: string;
  readonly hint?: string;
}

const en = {
  fileNotFound: (p: { path: string }) => ({
    message: `File not found: ${p.path}`,
    hint: "Check the path; data files usually live in data/, e.g. data/2020.yaml.",
  }),
  fileIsDirectory: (p: { path: string }) => ({
    message: `${p.path} is a folder with no data files (.yaml) in it`,
    hint: "Give the path of a data file, e.g. data/2020.yaml, or a folder that holds .yaml files.",
  }),
  fileUnreadable: (p: { path: string; reason: string }) => ({
    message: `Cannot read ${p.path} (${p.reason})`,
  }),
  fileTooLarge: (p: { path: string; limitMiB: number }) => ({
    message: `${p.path} is larger than ${p.limitMiB} MB; a data file is only a few dozen KB`,
    hint: "Check that this is the right file (not a Word document, an image or a whole folder's contents); a data file holds only the summary's text and figures.",
  }),
  tooDeep: (p: { limit: number }) => ({
    message: `The data is nested more than ${p.limit} levels deep here`,
    hint: "A data file needs only a few levels (e.g. work → - heading/body); check that the indentation does not keep growing and that every [ and { is closed.",
  }),
  tooManyEntries: (p: { limit: number }) => ({
    message: `The file has more than ${p.limit} entries (\`name: value\` lines and list items); this is the first over the limit`,
    hint: "A summary needs a few hundred at most; check that this is the right file.",
  }),
  tooManyReferences: (p: { limit: number; scope: "text" | "file" }) => ({
    message:
      p.scope === "text"
        ? `This text has more than ${p.limit} {{…}}; this is the first over the limit`
        : `The file has more than ${p.limit} {{…}} in all; this is the first over the limit`,
    hint: "A paragraph refers to a few dozen figures at most; check that this text was pasted correctly.",
  }),
  yamlReference: (p: { written: string }) => ({
    message: `YAML anchors and aliases (${p.written}) are not supported in data files`,
    hint: 'Write the text out in full. If the text itself starts with & or *, put it in double quotes: "*…".',
  }),
  tooManyItems: (p: { field: string; count: number; limit: number }) => ({
    message: `\`${p.field}\` has ${p.count} items; at most ${p.limit} are allowed`,
    hint: "Each item is one paragraph of the summary; merge or remove items. This line is the first one over the limit.",
  }),
  tooManyFigures: (p: { count: number; limit: number }) => ({
    message: `\`figures\` has ${p.count} entries; at most ${p.limit} are allowed`,
    hint: "Remove the figures no text uses. This line is the first one over the limit.",
  }),
  emptyFile: () => ({
    message: "The data file is empty",
    hint: "Start from a complete file: copy data/2020.yaml and change its contents.",
  }),
  notAMapping: () => ({
    message: "The data file must be a list of fields such as `year: 2020`, one per line",
    hint: "Start from a complete file: copy data/2020.yaml and change its contents.",
  }),
  yamlSyntax: (p: { detail: string }) => ({
    message: `This line is not valid YAML: ${p.detail}`,
    hint: "Each field is written `name: value`, with a half-width colon and a space after it.",
  }),
  required: (p: { field: string }) => ({
    message: `The field \`${p.field}\` is missing`,
    hint: `Add a line \`${p.field}: …\` here.`,
  }),
  wrongType: (p: { field: string; expected: ValueKind; received: ValueKind }) => ({
    message: `\`${p.field}\` should be ${kindsEn[p.expected]}, but it is ${kindsEn[p.received]}`,
  }),
  unknownKey: (p: { key: string; suggestion?: string }) => ({
    message: `Unknown field \`${p.key}\``,
    hint: p.suggestion ? `Did you mean \`${p.suggestion}\`?` : "Remove it, or check its spelling.",
  }),
  tooFew: (p: { field: string; minimum: number }) => ({
    message: `\`${p.field}\` needs at least ${p.minimum} item(s)`,
  }),
  emptyText: (p: { field: string }) => ({
    message: `\`${p.field}\` is empty`,
    hint: "Write the text after the colon, or remove the field.",
  }),
  outOfRange: (p: { field: string; detail: string }) => ({
    message: `\`${p.field}\` is out of range: ${p.detail}`,
  }),
  badFigureName: (p: { name: string }) => ({
    message: `\`${p.name}\` cannot be a figure name`,
    hint: "Use letters, Chinese characters, digits or _ only, not starting with a digit, e.g. 财政收入.",
  }),
  reservedFigureName: (p: { name: string }) => ({
    message: `\`${p.name}\` is reserved and cannot be a figure name`,
    hint: "Choose another name.",
  }),
  unknownFigure: (p: { name: string; suggestion?: string }) => ({
    message: `The text refers to a figure \`${p.name}\` that is not defined under \`figures\``,
    hint: p.suggestion
      ? `Did you mean \`{{${p.suggestion}}}\`?`
      : `Add it under \`figures:\`, e.g. \`${p.name}: { value: 12, unit: 万元 }\`.`,
  }),
  proseSyntax: (p: { detail: string }) => ({
    message: `Unreadable figure reference: ${p.detail}`,
    hint: "A reference is written {{figure name}} (value and unit) or {{数值 figure name}} (value only).",
  }),
  proseNotAllowed: (p: { found: string }) => ({
    message: `Only figure references are allowed in text, not \`${p.found}\``,
    hint: "Write {{figure name}} or {{数值 figure name}}; to print {{ literally, write \\{{.",
  }),
  unusedFigure: (p: { name: string }) => ({
    message: `The figure \`${p.name}\` is not used in any text`,
    hint: `Use it as {{${p.name}}} in a sentence, or remove it.`,
  }),
  badDate: (p: { field: string; found: string }) => ({
    message: `\`${p.field}\` is not a date: ${p.found}`,
    hint: "Write the date as year-month-day with two-digit month and day, e.g. 2020-12-28.",
  }),
  blankInFinal: (p: { name: string; definedAtLine: number }) => ({
    message: `The figure \`${p.name}\` is still blank (it would print X); a final document cannot have blanks`,
    hint: `Fill in its value where \`${p.name}\` is defined under \`figures:\` (line ${p.definedAtLine}), or build a draft without --final.`,
  }),
  badSourceDateEpoch: (p: { value: string }) => ({
    message: `SOURCE_DATE_EPOCH is not a number of seconds: ${p.value}`,
    hint: "Set it to whole seconds since 1970-01-01 UTC, e.g. SOURCE_DATE_EPOCH=1609113600, or unset it.",
  }),
  encodingGbk: () => ({
    message: "The file is saved as GBK/GB18030 (Notepad's “ANSI”), not UTF-8; it was read as GBK",
    hint: "It works, but other tools may show garbled text: in Notepad use “Save as” and choose UTF-8 as the encoding.",
  }),
  tabIndent: () => ({
    message: "A tab is used for indentation",
    hint: "Indent with spaces only: delete the blank space at the start of this line and type spaces (2 per level), e.g. `  - heading: …`.",
  }),
  oddSpaceIndent: (p: { kind: "fullwidth" | "nbsp" }) => ({
    message:
      p.kind === "fullwidth"
        ? "The indentation contains full-width spaces (typed with the Chinese input method)"
        : "The indentation contains non-breaking spaces (usually copied from a web page or WPS)",
    hint: "Switch the input method to English, delete the blank space at the start of this line and indent with ordinary spaces.",
  }),
  fullWidthColon: (p: { key: string }) => ({
    message: `\`${p.key}\` is followed by a full-width colon “：”`,
    hint: `Use the half-width colon “:” followed by a space (switch to English input): \`${p.key}: …\`.`,
  }),
  missingSpaceAfterColon: (p: { key: string; rest: string; fullWidthSpace: boolean }) => ({
    message: p.fullWidthSpace
      ? `The colon after \`${p.key}\` is followed by a full-width space`
      : `The colon after \`${p.key}\` is not followed by a space`,
    hint: `Put one ordinary space after the colon: \`${p.key}: ${p.rest}\`.`,
  }),
  listItemIndent: (p: { column?: number }) => ({
    message: "This list item “-” is not indented like the items above it",
    hint: p.column
      ? `Move the “-” to column ${p.column}, under the “-” of the item above.`
      : "Line up the “-” of every item of the same list.",
  }),
  indentMismatch: () => ({
    message: "This line is not indented like the other lines at its level",
    hint: "Fields at the same level start in the same column: add or remove spaces at the start of the line to match the line above.",
  }),
  unclosedQuote: (p: { quote: string; lines: number }) => ({
    message:
      p.lines > 0
        ? `The quote ${p.quote} is never closed: the ${p.lines} line(s) after it were read as part of this text`
        : `The quote ${p.quote} is not closed: the closing ${p.quote} is missing`,
    hint:
      p.quote === '"'
        ? 'Add the closing " at the end of the text; for quotation marks inside the text use Chinese quotes “ ”.'
        : "Add the closing ' at the end of the text; a ' inside the text is written twice: ''.",
  }),
  unclosedBracket: (p: { open: string; close: string }) => ({
    message: `The bracket ${p.open} is never closed`,
    hint:
      p.open === "{"
        ? "Add } at the end of this line, e.g. `{ value: 12, unit: 万元 }`."
        : 'Add ] where the list ends; if the [ is part of a text, put the whole text in double quotes: "[…]".',
  }),
  duplicateKey: (p: { key: string }) => ({
    message: `The field \`${p.key}\` appears twice at this level`,
    hint: "Delete one of the two lines, or rename one of them.",
  }),
  numberWithUnit: (p: { field: string; written: string; digits: string; suffix: string; unit?: string }) => ({
    message: `\`${p.field}\` must be a number, but it is written with a unit: \`${p.written}\``,
    hint:
      p.unit === undefined
        ? `Write the number alone: \`${p.digits}\`.`
        : p.unit.startsWith(p.suffix)
        ? `The unit is already given as \`unit: ${p.unit}\`; write the number alone: \`${p.digits}\`.`
        : /^[万亿千百]/.test(p.suffix)
          ? `\`${p.written}\` is ambiguous. Write digits only: either set the unit to \`${p.suffix}${p.unit ?? ""}\` and write \`${p.digits}\`, or write the full number in digits.`
          : `Write the number alone, \`${p.digits}\`; the unit belongs in \`unit:\`.`,
  }),
  chineseNumeral: (p: { field: string; written: string; digits?: string }) => ({
    message: `\`${p.field}\` is written in Chinese numerals: \`${p.written}\``,
    hint: p.digits ? `Write it in Arabic digits: \`${p.digits}\`.` : "Write it in Arabic digits, e.g. 2020.",
  }),
  notANumber: (p: { field: string; written: string }) => ({
    message: `\`${p.field}\` must be a number, but it is \`${p.written}\``,
    hint:
      p.field === "year"
        ? "Write the year in Arabic digits, e.g. 2020."
        : "Write Arabic digits only, e.g. 12345 or 8.5; leave it empty if the figure is not known yet.",
  }),
  commaInBraces: (p: { field: string }) => ({
    message: `\`${p.field}\`: a number inside { } cannot contain a comma`,
    hint: "Inside { } the comma separates the parts: write the number without it, e.g. `{ value: 1234, unit: 万元 }`.",
  }),
  yearFileMismatch: (p: { year: number; fileYear: number }) => ({
    message: `The year is ${p.year}, but the file is named after ${p.fileYear}`,
    hint: `If this is the ${p.year} summary, rename the file to ${p.year}.yaml; otherwise correct the year.`,
  }),
  templateMissing: (p: { dir: string }) => ({
    message: `Template folder not found or incomplete: ${p.dir}`,
    hint: "A template folder holds summary.hbs; see templates/ for the default.",
  }),
  templateError: (p: { file: string; detail: string }) => ({
    message: `Template ${p.file} cannot be used: ${p.detail}`,
  }),
  templateSyntax: (p: { detail: string }) => ({
    message: `This template line is not valid Handlebars: ${p.detail}`,
    hint: "Check the {{…}} on this line: every {{#block}} needs its {{/block}}, every {{ its }}.",
  }),
  templateUnclosedBlock: () => ({
    message: "This {{#…}} block is never closed",
    hint: "Add its {{/…}} where the block ends, e.g. {{#each work}} … {{/each}}.",
  }),
  templateMissingPartial: (p: { name: string; known: string }) => ({
    message: `The template includes a partial \`${p.name}\` that the template folder does not have`,
    hint: p.known ? `Partials are the folder's other .hbs files: ${p.known}.` : `Add ${p.name}.hbs to the template folder.`,
  }),
  templateUnknownHelper: (p: { name: string; known: string }) => ({
    message: `The template calls a helper \`${p.name}\` that does not exist`,
    hint: `The helpers are: ${p.known}.`,
  }),
  unknownFormat: (p: { format: string }) => ({
    message: `Unknown format "${p.format}"`,
    hint: "Use one of: docx, txt, md.",
  }),
  stdoutNeedsText: () => ({
    message: "A .docx file cannot be printed to the terminal",
    hint: "Use --format txt or --format md with -o -, or give -o a file name.",
  }),
  noInputs: () => ({
    message: "No data files were found",
    hint: "Name .yaml files, folders or patterns, e.g. report build data/*.yaml --out-dir out.",
  }),
  outputNeedsOneInput: (p: { count: number }) => ({
    message: `-o names one output file, but ${p.count} data files were given`,
    hint: "Use --out-dir <folder> to build several files.",
  }),
  outputCollision: (p: { output: string; first: string; second: string }) => ({
    message: `${p.first} and ${p.second} would both be written to ${p.output}`,
    hint: "Rename one of the data files, or build them into different folders.",
  }),
  outputIsInput: (p: { path: string }) => ({
    message: `The output would overwrite the data file ${p.path}`,
    hint: "Choose another output path with -o.",
  }),
  cannotWrite: (p: { path: string; reason: string }) => ({
    message: `Cannot write ${p.path} (${p.reason})`,
    hint: "Check that the folder exists and can be written, and that the file is not open in Word.",
  }),
  fileExists: (p: { path: string }) => ({
    message: `${p.path} already exists; it was left as it is`,
    hint: "Choose another file name, or add --force to replace it.",
  }),
  badYear: (p: { value: string }) => ({
    message: `“${p.value}” is not a year`,
    hint: "Write the year in Arabic digits, e.g. --year 2021.",
  }),
  unknownOption: (p: { option: string }) => ({
    message: `Unknown option ${p.option}`,
    hint: "Run `report --help` to see the commands and options.",
  }),
  unknownCommand: (p: { command: string }) => ({
    message: `Unknown command ${p.command}`,
    hint: "The commands are build, validate, init and schema; run `report --help`.",
  }),
  missingArgument: (p: { argument: string }) => ({
    message: `Missing ${p.argument}`,
    hint: "For example: report build data/2020.yaml",
  }),
  missingOptionValue: (p: { option: string }) => ({
    message: `The option ${p.option} needs a value`,
    hint: "Run `report --help` to see the commands and options.",
  }),
  invalidChoice: (p: { option: string; value: string; choices: string }) => ({
    message: `${p.option} cannot be “${p.value}”`,
    hint: `Use one of: ${p.choices}.`,
  }),
  notAWholeNumber: (p: { option: string; value: string }) => ({
    message: `${p.option} cannot be “${p.value}”`,
    hint: "Give a whole number of 1 or more, e.g. 2.",
  }),
  tooManyArguments: () => ({
    message: "Too many arguments",
    hint: "Run `report --help` to see the commands and options.",
  }),
  usage: (p: { detail: string }) => ({
    message: p.detail,
    hint: "Run `report --help` to see the commands and options.",
  }),
  internal: (p: { detail: string }) => ({
    message: `Unexpected internal error: ${p.detail}`,
    hint: "This is a bug in report. Please report it with the data file that caused it.",
  }),
  // Words and short lines used when printing results.
  labelError: () => ({ message: "error" }),
  labelWarning: () => ({ message: "warning" }),
  labelHint: () => ({ message: "fix" }),
  built: (p: { output: string }) => ({ message: `Wrote ${p.output}` }),
  unchanged: (p: { output: string }) => ({ message: `${p.output} is up to date` }),
  differs: (p: { output: string; input: string }) => ({
    message: `${p.output} differs from what ${p.input} builds`,
    hint: "Build it again (without --check) and commit the result.",
  }),
  missing: (p: { output: string; input: string }) => ({
    message: `${p.output} is missing; ${p.input} would write it`,
    hint: "Build it (without --check) and commit the result.",
  }),
  totals: (p: { files: number; ok: number; failed: number }) => ({
    message: `${p.files} file(s): ${p.ok} ok, ${p.failed} with problems`,
  }),
  initialised: (p: { path: string; year: number }) => ({
    message: `Wrote ${p.path}, the data file for ${p.year}; every figure is blank`,
    hint: `Fill it in, then check it with: report validate ${p.path}`,
  }),
  valid: (p: { file: string; warnings: number }) => ({
    message: p.warnings ? `${p.file}: no errors, ${p.warnings} warning(s)` : `${p.file}: no problems found`,
  }),
  failed: (p: { file: string; errors: number }) => ({
    message: `${p.file}: ${p.errors} problem(s); nothing was written`,
  }),
} satisfies Record<string, (params: never) => Text>;

export type Catalogue = typeof en;
export type MessageCode = keyof Catalogue;
export type MessageParams<C extends MessageCode> = C extends MessageCode
  ? Parameters<Catalogue[C]> extends []
    ? Record<string, never>
    : Parameters<Catalogue[C]>[0]
  : never;

const zh: Catalogue = {
  fileNotFound: (p) => ({
    message: `找不到文件：${p.path}`,
    hint: "请检查路径是否写对；数据文件一般放在 data 文件夹里，例如 data/2020.yaml。",
  }),
  fileIsDirectory: (p) => ({
    message: `${p.path} 是一个文件夹，里面没有数据文件（.yaml）`,
    hint: "请写出数据文件的路径，例如 data/2020.yaml，或者写一个放着 .yaml 文件的文件夹。",
  }),
  fileUnreadable: (p) => ({ message: `无法读取 ${p.path}（${p.reason}）` }),
  fileTooLarge: (p) => ({
    message: `${p.path} 超过了 ${p.limitMiB} MB，数据文件一般只有几十 KB`,
    hint: "请确认选对了文件（不是 Word 文档、图片或别的文件）；数据文件里只有总结的文字和数据。",
  }),
  tooDeep: (p) => ({
    message: `数据在这里嵌套超过了 ${p.limit} 层`,
    hint: "数据文件只需要几层（例如 work 下面的“- heading/body”）；请检查缩进是不是一行比一行多，以及每个 [ 和 { 是否都有配对的 ] 和 }。",
  }),
  tooManyEntries: (p) => ({
    message: `文件里的条目（“名称: 内容”和列表项）超过了 ${p.limit} 个，这里是超出的第一个`,
    hint: "一份总结最多用到几百个条目；请确认选对了文件。",
  }),
  tooManyReferences: (p) => ({
    message:
      p.scope === "text"
        ? `这段文字里的 {{…}} 超过了 ${p.limit} 个，这里是超出的第一个`
        : `整个文件里的 {{…}} 超过了 ${p.limit} 个，这里是超出的第一个`,
    hint: "一段文字最多引用几十个数据；请检查这段文字是不是粘贴错了。",
  }),
  yamlReference: (p) => ({
    message: `数据文件里不能使用 YAML 的引用写法（${p.written}）`,
    hint: '请把内容完整写出来。如果文字本身以 & 或 * 开头，请用英文双引号把整段文字括起来，例如 "*……"。',
  }),
  tooManyItems: (p) => ({
    message: `${p.field} 有 ${p.count} 项，最多只能有 ${p.limit} 项`,
    hint: "每一项是总结里的一段，请合并或删减。这一行是超出的第一项。",
  }),
  tooManyFigures: (p) => ({
    message: `figures 下面有 ${p.count} 个数据，最多只能有 ${p.limit} 个`,
    hint: "请删掉正文没有用到的数据。这一行是超出的第一个。",
  }),
  emptyFile: () => ({
    message: "数据文件是空的",
    hint: "可以复制一份 data/2020.yaml，再在副本上修改内容。",
  }),
  notAMapping: () => ({
    message: "数据文件应当由“名称: 内容”这样的字段组成，每行一个，例如 year: 2020",
    hint: "可以复制一份 data/2020.yaml，再在副本上修改内容。",
  }),
  yamlSyntax: (p) => ({
    message: `这一行的格式不正确（${p.detail}）`,
    hint: "每个字段写成“名称: 内容”：冒号用英文半角冒号，冒号后面空一格。",
  }),
  required: (p) => ({
    message: `缺少字段 ${p.field}`,
    hint: `请在这里补上一行“${p.field}: …”。`,
  }),
  wrongType: (p) => ({ message: `${p.field} 应当是${kindsZh[p.expected]}，现在是${kindsZh[p.received]}` }),
  unknownKey: (p) => ({
    message: `不认识的字段 ${p.key}`,
    hint: p.suggestion ? `是不是想写 ${p.suggestion}？` : "请删除这一项，或检查拼写。",
  }),
  tooFew: (p) => ({ message: `${p.field} 至少要有 ${p.minimum} 项` }),
  emptyText: (p) => ({
    message: `${p.field} 没有填写内容`,
    hint: "请在冒号后面填写文字，或删除这一项。",
  }),
  outOfRange: (p) => ({ message: `${p.field} 的数值不合理：${p.detail}` }),
  badFigureName: (p) => ({
    message: `“${p.name}”不能用作数据名称`,
    hint: "名称只能由汉字、字母、数字和下划线组成，且不能以数字开头，例如“财政收入”。",
  }),
  reservedFigureName: (p) => ({
    message: `“${p.name}”是保留名称，不能用作数据名称`,
    hint: "请换一个名称。",
  }),
  unknownFigure: (p) => ({
    message: `正文引用了数据“${p.name}”，但 figures 下面没有定义它`,
    hint: p.suggestion
      ? `是不是想写 {{${p.suggestion}}}？`
      : `请在 figures: 下面补上它，例如“${p.name}: { value: 12, unit: 万元 }”。`,
  }),
  proseSyntax: (p) => ({
    message: `数据引用的写法有误（${p.detail}）`,
    hint: "引用数据写成 {{数据名称}}（带单位）或 {{数值 数据名称}}（不带单位），花括号用英文半角。",
  }),
  proseNotAllowed: (p) => ({
    message: `正文里只能引用数据，不能写 ${p.found}`,
    hint: "引用数据写成 {{数据名称}} 或 {{数值 数据名称}}；如果要原样印出 {{，请写成 \\{{。",
  }),
  unusedFigure: (p) => ({
    message: `数据“${p.name}”没有在任何正文中用到`,
    hint: `请在正文中用 {{${p.name}}} 引用它，或删除这一项。`,
  }),
  badDate: (p) => ({
    message: `${p.field} 不是正确的日期：${p.found}`,
    hint: "日期写成“年-月-日”，月和日都写两位数，例如 2020-12-28。",
  }),
  blankInFinal: (p) => ({
    message: `数据“${p.name}”还没有填写（会印成 X），正式稿里不能有空白`,
    hint: `请在 figures: 下面“${p.name}”那一行（第 ${p.definedAtLine} 行）填上它的值；或者去掉 --final，先生成草稿。`,
  }),
  badSourceDateEpoch: (p) => ({
    message: `环境变量 SOURCE_DATE_EPOCH 不是秒数：${p.value}`,
    hint: "请写成从 1970-01-01（UTC）起的整秒数，例如 SOURCE_DATE_EPOCH=1609113600，或者不设置它。",
  }),
  encodingGbk: () => ({
    message: "文件是按 GBK/GB18030 编码保存的（记事本的“ANSI”），不是 UTF-8；已按 GBK 读取",
    hint: "现在可以正常使用，但别的软件打开可能显示乱码：建议在记事本里“另存为”，编码选“UTF-8”。",
  }),
  tabIndent: () => ({
    message: "缩进里用了 Tab 键（制表符）",
    hint: "缩进只能用空格：删掉这一行开头的空白，重新用空格键缩进（每层 2 个空格），例如“  - heading: …”。",
  }),
  oddSpaceIndent: (p) => ({
    message:
      p.kind === "fullwidth"
        ? "缩进里用了全角空格（中文输入法下打出的空格）"
        : "缩进里用了不换行空格（通常是从网页或 WPS 复制过来的）",
    hint: "请切换到英文输入法，删掉这一行开头的空白，重新用空格键缩进。",
  }),
  fullWidthColon: (p) => ({
    message: `“${p.key}”后面用了中文冒号“：”`,
    hint: `请改成英文半角冒号“:”，冒号后面空一格（先切换到英文输入法），例如“${p.key}: …”。`,
  }),
  missingSpaceAfterColon: (p) => ({
    message: p.fullWidthSpace ? `“${p.key}:”后面是全角空格` : `“${p.key}:”的冒号后面缺少空格`,
    hint: `冒号后面要空一个半角空格（英文输入法下的空格），例如“${p.key}: ${p.rest}”。`,
  }),
  listItemIndent: (p) => ({
    message: "这一项“-”的缩进和上面几项不一样",
    hint: p.column
      ? `请把“-”移到第 ${p.column} 列，和上一项的“-”上下对齐。`
      : "同一个列表里每一项的“-”要上下对齐。",
  }),
  indentMismatch: () => ({
    message: "这一行的缩进和同一层的其他行不一样",
    hint: "同一层的字段要从同一列开始：对照上一行，增加或删除这一行开头的空格。",
  }),
  unclosedQuote: (p) => ({
    message:
      p.lines > 0
        ? `引号 ${p.quote} 没有结束，后面 ${p.lines} 行都被当成了这段文字的一部分`
        : `引号 ${p.quote} 没有结束：缺少配对的 ${p.quote}`,
    hint:
      p.quote === '"'
        ? '请在这段文字末尾补上英文双引号 "；文字里要用引号的，请用中文引号“”。'
        : "请在这段文字末尾补上英文单引号 '；文字里的单引号要连写两个 ''。",
  }),
  unclosedBracket: (p) => ({
    message: `括号 ${p.open} 没有配对的 ${p.close}`,
    hint:
      p.open === "{"
        ? "请在这一行末尾补上英文半角的 }，例如“{ value: 12, unit: 万元 }”。"
        : '请在列表末尾补上英文半角的 ]；如果 [ 只是文字的一部分，请把整段文字用英文双引号括起来，例如 "[…]"。',
  }),
  duplicateKey: (p) => ({
    message: `同一层里出现了两个“${p.key}”`,
    hint: "请删掉其中一行，或者给其中一个改名。",
  }),
  numberWithUnit: (p) => ({
    message: `${p.field} 应当只填数字，现在写成了“${p.written}”，带了单位`,
    hint:
      p.unit === undefined
        ? `请只填数字：${p.digits}。`
        : p.unit.startsWith(p.suffix)
        ? `单位已经写在“unit: ${p.unit}”里了，这里只填数字：${p.digits}。`
        : /^[万亿千百]/.test(p.suffix)
          ? `“${p.written}”的意思不明确，请只填阿拉伯数字：要么把单位改成“${p.suffix}${p.unit ?? ""}”、这里填 ${p.digits}，要么把整个数写全。`
          : `请只填数字 ${p.digits}，单位写在 unit 里。`,
  }),
  chineseNumeral: (p) => ({
    message: `${p.field} 用了中文数字“${p.written}”`,
    hint: p.digits ? `请改成阿拉伯数字：${p.digits}。` : "请改成阿拉伯数字，例如 2020。",
  }),
  notANumber: (p) => ({
    message: `${p.field} 应当是数字，现在是“${p.written}”`,
    hint: p.field === "year" ? "请用阿拉伯数字写年份，例如 2020。" : "请只填阿拉伯数字，例如 12345 或 8.5；还不知道的先空着。",
  }),
  commaInBraces: (p) => ({
    message: `${p.field}：写在 { } 里的数字不能带逗号`,
    hint: "在 { } 里逗号是用来分隔各项的：请去掉数字里的逗号，例如“{ value: 1234, unit: 万元 }”。",
  }),
  yearFileMismatch: (p) => ({
    message: `年度是 ${p.year}，但文件名是 ${p.fileYear}`,
    hint: `如果这是 ${p.year} 年的总结，请把文件改名为 ${p.year}.yaml；否则请改正年度。`,
  }),
  templateMissing: (p) => ({
    message: `找不到模板文件夹，或其中缺少文件：${p.dir}`,
    hint: "模板文件夹里应有 summary.hbs，可参照 templates 文件夹。",
  }),
  templateError: (p) => ({ message: `模板 ${p.file} 无法使用：${p.detail}` }),
  templateSyntax: (p) => ({
    message: `模板的这一行不符合 Handlebars 语法：${p.detail}`,
    hint: "请检查这一行的 {{…}}：每个 {{#块}} 都要有对应的 {{/块}}，每个 {{ 都要有 }}。",
  }),
  templateUnclosedBlock: () => ({
    message: "这个 {{#…}} 块没有结束",
    hint: "请在块结束的地方补上对应的 {{/…}}，例如 {{#each work}} … {{/each}}。",
  }),
  templateMissingPartial: (p) => ({
    message: `模板引用了子模板“${p.name}”，但模板文件夹里没有它`,
    hint: p.known ? `子模板就是文件夹里的其他 .hbs 文件：${p.known}。` : `请在模板文件夹里添加 ${p.name}.hbs。`,
  }),
  templateUnknownHelper: (p) => ({
    message: `模板调用了不存在的函数“${p.name}”`,
    hint: `可用的函数有：${p.known}。`,
  }),
  unknownFormat: (p) => ({
    message: `不支持的格式“${p.format}”`,
    hint: "可用的格式：docx、txt、md。",
  }),
  stdoutNeedsText: () => ({
    message: "Word 文件不能直接显示在命令行窗口里",
    hint: "请用 --format txt 或 --format md 配合 -o -，或者用 -o 指定文件名。",
  }),
  noInputs: () => ({
    message: "没有找到数据文件",
    hint: "请写出 .yaml 文件、文件夹或通配符，例如 report build data/*.yaml --out-dir out。",
  }),
  outputNeedsOneInput: (p) => ({
    message: `-o 只能指定一个输出文件，但给了 ${p.count} 个数据文件`,
    hint: "生成多个文件时请用 --out-dir <文件夹>。",
  }),
  outputCollision: (p) => ({
    message: `${p.first} 和 ${p.second} 都会写到 ${p.output}`,
    hint: "请给其中一个数据文件改名，或者分别生成到不同的文件夹。",
  }),
  outputIsInput: (p) => ({
    message: `输出文件会覆盖数据文件 ${p.path}`,
    hint: "请用 -o 指定另一个输出路径。",
  }),
  cannotWrite: (p) => ({
    message: `无法写入 ${p.path}（${p.reason}）`,
    hint: "请检查文件夹是否存在、是否有写入权限，以及该文件是否正在 Word 中打开。",
  }),
  fileExists: (p) => ({
    message: `${p.path} 已经存在，没有改动它`,
    hint: "请换一个文件名；确实要替换它，请加上 --force。",
  }),
  badYear: (p) => ({
    message: `“${p.value}”不是一个年份`,
    hint: "请用阿拉伯数字写年份，例如 --year 2021。",
  }),
  unknownOption: (p) => ({
    message: `没有 ${p.option} 这个选项`,
    hint: "运行 report --help 查看可用的命令和选项。",
  }),
  unknownCommand: (p) => ({
    message: `没有 ${p.command} 这个命令`,
    hint: "可用的命令有 build、validate、init、schema；运行 report --help 查看说明。",
  }),
  missingArgument: (p) => ({
    message: `缺少 ${p.argument}`,
    hint: "例如：report build data/2020.yaml",
  }),
  missingOptionValue: (p) => ({
    message: `选项 ${p.option} 后面要写一个值`,
    hint: "运行 report --help 查看可用的命令和选项。",
  }),
  invalidChoice: (p) => ({
    message: `${p.option} 不能是“${p.value}”`,
    hint: `可选的值：${p.choices}。`,
  }),
  notAWholeNumber: (p) => ({
    message: `${p.option} 不能是“${p.value}”`,
    hint: "请写 1 或更大的整数，例如 2。",
  }),
  tooManyArguments: () => ({
    message: "参数太多了",
    hint: "运行 report --help 查看可用的命令和选项。",
  }),
  usage: (p) => ({
    message: p.detail,
    hint: "运行 report --help 查看可用的命令和选项。",
  }),
  internal: (p) => ({
    message: `程序内部出错：${p.detail}`,
    hint: "这是 report 的缺陷，请把出错的数据文件一并反馈给维护人员。",
  }),
  labelError: () => ({ message: "错误" }),
  labelWarning: () => ({ message: "提醒" }),
  labelHint: () => ({ message: "怎么改" }),
  built: (p) => ({ message: `已生成 ${p.output}` }),
  unchanged: (p) => ({ message: `${p.output} 已是最新` }),
  differs: (p) => ({
    message: `${p.output} 与 ${p.input} 现在生成的内容不一致`,
    hint: "请重新生成（不加 --check）并提交。",
  }),
  missing: (p) => ({
    message: `缺少 ${p.output}（应由 ${p.input} 生成）`,
    hint: "请生成它（不加 --check）并提交。",
  }),
  totals: (p) => ({ message: `共 ${p.files} 个文件：${p.ok} 个完成，${p.failed} 个有问题` }),
  initialised: (p) => ({
    message: `已生成 ${p.path}（${p.year} 年度的数据文件），所有数据都是空的`,
    hint: `填写完以后，用 report validate ${p.path} 检查。`,
  }),
  valid: (p) => ({
    message: p.warnings ? `${p.file}：没有错误，有 ${p.warnings} 条提醒` : `${p.file}：检查通过，没有发现问题`,
  }),
  failed: (p) => ({ message: `${p.file}：发现 ${p.errors} 处问题，没有生成任何文件` }),
};

export type Lang = "zh" | "en";
export const catalogues: Readonly<Record<Lang, Catalogue>> = { zh, en };

export function text<C extends MessageCode>(lang: Lang, code: C, params: MessageParams<C>): Text {
  const render = catalogues[lang][code] as (p: MessageParams<C>) => Text;
  return render(params);
}
