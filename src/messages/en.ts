/** Every message in English. This object defines the message codes and their parameters (see catalogue.ts). */
import { commandName } from "../command-name.js";
import type { Text, ValueKind } from "./text.js";
import { commandExample } from "./examples.js";
import { writingEn, type WritingParams } from "./writing.js";

/** What is wrong with a template's markup (src/render/markup.ts). */
type MarkupProblemName =
  | "strayAngle"
  | "blockInBlock"
  | "wrongClose"
  | "notAllowed"
  | "closesNothing"
  | "neverClosed"
  | "unevenRows"
  | "textOutside";

const kindsEn: Record<ValueKind, string> = {
  number: "a number",
  text: "text",
  list: "a list (lines starting with “- ”)",
  mapping: "a group of fields (`name: value` lines indented below it)",
  empty: "empty",
  "yes/no": "true or false",
  figure: "a number, a name, or { value: …, unit: … }",
};

export const en = {
  fileNotFound: (p: { path: string }) => ({
    message: `File not found: ${p.path}`,
    hint: "Check the path; data files usually live in data/, e.g. data/2020.yaml.",
  }),
  fileNameNotUtf8: (p: { path: string }) => ({
    message: `Cannot open ${p.path}: its name is not UTF-8 text (each � stands for a byte that is not)`,
    hint: "Rename the file (a name copied from a Windows zip is often GBK: `convmv -f gbk -t utf8 --notest <file>` renames it), then run again.",
  }),
  fileIsDirectory: (p: { path: string }) => ({
    message: `${p.path} is a folder with no data files (.yaml) in it`,
    hint: "Give the path of a data file, e.g. data/2020.yaml, or a folder that holds .yaml files.",
  }),
  fileUnreadable: (p: { path: string; reason: string }) => ({ message: `Cannot read ${p.path} (${p.reason})` }),
  fileNotRegular: (p: { path: string; kind: "device" | "socket" | "pipeThroughLink" }) => ({
    message: `${p.path} is not a data file but ${{ device: "a device", socket: "a socket", pipeThroughLink: "a link to a named pipe" }[p.kind]}; it was not read`,
    hint: "Give the path of a .yaml data file, e.g. data/2020.yaml. Devices, sockets and links to them are never read; a named pipe is read only when named itself, not through a link.",
  }),
  fileSystemFile: (p: { path: string; target: string }) => ({
    message: `${p.path} is a file of the operating system (${p.target}), not a data file; it was not read`,
    hint: "Files under /proc, /sys and the like describe the running system and may hold secrets; give the path of a .yaml data file instead.",
  }),
  fileLinkOutside: (p: { path: string; target: string; folder: string }) => ({
    message: `${p.path} is a link to ${p.target}, outside ${p.folder}; it was not read`,
    hint: "A data file that is a link must point into the folder it is in (or below). To build a file kept elsewhere, give its own path.",
  }),
  fileLinkLoop: (p: { path: string }) => ({
    message: `${p.path} is a link that leads back to itself (a loop); it was not read`,
    hint: "Remove the link, or make it point to the real data file.",
  }),
  fileChanged: (p: { path: string }) => ({
    message: `${p.path} was replaced while it was being opened; it was not read`,
    hint: "Run the command again once nothing else is changing the file.",
  }),
  fileTooLarge: (p: { path: string; limitMiB: number }) => ({
    message: `${p.path} is larger than ${p.limitMiB} MB; a data file is only a few dozen KB`,
    hint: "Check that this is the right file (not a Word document, an image or a whole folder's contents); a data file holds only the summary's text and figures.",
  }),
  dataNotPlain: (p: { field: string; kind: string }) => ({
    message: `\`${p.field}\` is a ${p.kind}, not data: a summary's data is objects, lists, texts, numbers, true/false and null`,
    hint: "Convert it before passing it (a Map with Object.fromEntries, a Date or BigInt with String, a class instance to a plain object), or leave the field out.",
  }),
  dataCycle: (p: { field: string }) => ({
    message: `\`${p.field}\` contains itself (a cycle), so it has no end to write`,
    hint: "Pass a copy without the reference back to its own parent.",
  }),
  dataUnreadable: (p: { field: string }) => ({
    message: `Reading \`${p.field}\` threw an error (a getter or a Proxy), so it was left out`,
    hint: "Pass plain data, e.g. JSON.parse(JSON.stringify(value)) of what the form gives.",
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
  emptyFile: (p: { path: string }) => ({
    message: "The data file is empty",
    hint: `Start from a complete file: run ${commandName()} init ${p.path} --force, then fill it in.`,
  }),
  notAMapping: (p: { path: string }) => ({
    message: "The data file must be a list of fields such as `year: 2020`, one per line",
    hint: `Start from a complete file: run ${commandName()} init ${p.path} --force (it replaces what is there: keep a copy first), then fill it in.`,
  }),
  yamlSyntax: (p: { detail: string }) => ({
    message: `This line is not valid YAML (${p.detail})`,
    hint: "Compare it with the lines around it: is the indentation aligned, is every quote and bracket closed?",
  }),
  needsQuotes: (p: { key: string; start: string; value: string }) => ({
    message:
      p.start === "{{"
        ? `The value of \`${p.key}\` starts with “{{”: without quotes YAML reads { as the start of a group of fields`
        : `The value of \`${p.key}\` starts with “${p.start}”, which YAML does not accept at the start of a value without quotes`,
    hint: `Put the whole value in double quotes: \`${p.key}: "${p.value}"\`.`,
  }),
  backslashInDoubleQuotes: () => ({
    message: "A backslash “\\” inside double quotes (a Windows path, for instance) is read as an escape",
    hint: "Put the text in single quotes instead, e.g. `intro: 'see D:\\files\\2020'`, or write “/” for “\\”: `D:/files/2020`.",
  }),
  secondDocument: () => ({
    message: "The line `---` starts a second document; a data file holds only one",
    hint: "Delete this `---` line.",
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
  emptyText: (p: { field: string; required: boolean }) => ({
    message: `\`${p.field}\` is empty`,
    hint: p.required
      ? "Write the text after the colon: every summary needs this field."
      : "Write the text after the colon, or remove the field.",
  }),
  attachmentEmpty: (p: { field: string }) => ({
    message: `The attachment \`${p.field}\` has a title but nothing to print under it`,
    hint: "Give it its text (body:) or its table (table:), or both; or delete the attachment.",
  }),
  tableRowCells: (p: { field: string; cells: number; columns: number }) => ({
    message: `The table row \`${p.field}\` has ${p.cells} cells, but the header has ${p.columns} columns`,
    hint: "Give the row one cell for each header column, in the header's order; where a cell has nothing, write — or 0.",
  }),
  mixedShapes: (p: { key: string; other: string }) => ({
    message: `\`${p.key}\` cannot be used together with \`${p.other}\`: a file writes its body in one way`,
    hint: "Use parts (一、 parts with their own titles), or items ((一) sections without parts), or work/problems/plans; move everything under one of them.",
  }),
  ownOrdinal: (p: { field: string; found: string; printed: string }) => ({
    message: `\`${p.field}\` starts with its own number “${p.found}”; the tool numbers it already and would print “${p.printed}${p.found}”`,
    hint: `Delete “${p.found}” at the start of the text.`,
  }),
  headingNeedsStop: (p: { field: string }) => ({
    message: `The heading \`${p.field}\` runs into its paragraph but does not end with a full stop “。”, so it would run straight into the text after it`,
    hint: "End the heading with “。”; or, to set it on a line of its own, write runIn: false (or delete runIn: true).",
  }),
  blankLineInLine: (p: { field: string; paragraphFields: readonly string[] }) => ({
    message: `\`${p.field}\` has a blank line inside it, but it is printed as one line, not as paragraphs`,
    hint: `Delete the blank line above this line. Only ${p.paragraphFields.join(", ")} (each item of a list) may have several paragraphs.`,
  }),
  outOfRange: (p: { field: string; detail: string }) => ({ message: `\`${p.field}\` is out of range: ${p.detail}` }),
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
    hint: "Write {{figure name}}, {{数值 figure name}}, or {{同比 figure name}} / {{增减 figure name}} for the change on last year; to print {{ literally, write \\{{.",
  }),
  bracesAroundName: (p: { field: string; found: string; fix: string }) => ({
    message: `\`${p.field}\` has “${p.found}”, which is printed as it is: a figure is written in two half-width braces`,
    hint: `Write ${p.fix} (report fix makes this change).`,
  }),
  quotedTitle: (p: { open: string; close: string }) => ({
    message: `The title is typed in quotes ${p.open}…${p.close}, which would be printed around it`,
    hint: `Delete ${p.open} and ${p.close} (report fix does this): a title is printed on its own line, without quotes.`,
  }),
  unusedFigure: (p: { name: string }) => ({
    message: `The figure \`${p.name}\` is not used in any text`,
    hint: `Use it as {{${p.name}}} in a sentence, or remove it.`,
  }),
  outsideGb2312: (p: { char: string; codePoint: string }) => ({
    message: `“${p.char}” (${p.codePoint}) is not in GB2312: 仿宋_GB2312, 楷体_GB2312 and 方正小标宋简体 have no glyph for it`,
    hint: "With the standard fonts the Word file draws it in 仿宋 (宋体 in the title, 楷体 in 楷体_GB2312 text), which looks a little different from the characters around it. If it is right (a person's or place's name), leave it; if the input method chose it by mistake, correct it.",
  }),
  // ─── The 公文 frame (issue 21) ───
  badDocumentNumber: (p: {
    field: string;
    found: string;
    problem: "brackets" | "leadingZero" | "ordinal" | "shape";
  }) => ({
    message: `\`${p.field}\` is not a document number (发文字号) as GB/T 9704 writes it: ${p.found}`,
    hint: {
      brackets: "Put the year in the hexagonal brackets 〔〕 (not [ ], （ ） or 【】), e.g. 常政发〔2024〕12号.",
      leadingZero: "Write the number without leading zeros, e.g. 〔2024〕12号, not 〔2024〕012号.",
      ordinal: "Leave out 第: 〔2024〕12号, not 〔2024〕第12号.",
      shape: "Write the issuer's code, the full year in 〔〕, the number and 号, e.g. 常政发〔2024〕12号.",
    }[p.problem],
  }),
  badCopyNumber: (p: { field: string; found: string }) => ({
    message: `\`${p.field}\` is not a copy number (份号): ${p.found}`,
    hint: 'Write six digits in quotes, e.g. copyNumber: "000001".',
  }),
  badSecrecy: (p: { field: string; found: string }) => ({
    message: `\`${p.field}\` is not a classification (密级): ${p.found}`,
    hint: "Write 绝密, 机密 or 秘密, then ★ and the period if there is one, e.g. 秘密★1年.",
  }),
  badDate: (p: { field: string; found: string }) => ({
    message: `\`${p.field}\` is not a date: ${p.found}`,
    hint: "Write the date as year-month-day with two-digit month and day, e.g. 2020-12-28.",
  }),
  blankInFinal: (p: { name: string; definedAtLine: number }) => ({
    message: `The figure \`${p.name}\` is still blank (it would print X); a final document cannot have blanks`,
    hint: `Fill in its value where \`${p.name}\` is defined under \`figures:\` (line ${p.definedAtLine}), or build a draft without --final.`,
  }),
  blankLastYearInFinal: (p: { name: string; definedAtLine: number }) => ({
    message: `The figure \`${p.name}\` has no value for last year (its comparison would print X); a final document cannot have blanks`,
    hint: `Fill in \`last\` (last year's value) where \`${p.name}\` is defined under \`figures:\` (line ${p.definedAtLine}), e.g. { value: 3.62, last: 3.34, unit: 亿元 }, or build a draft without --final.`,
  }),
  comparisonOfName: (p: { name: string; written: string; inTable: boolean }) => ({
    message: p.inTable
      ? `The key-figures table lists \`${p.name}\`, which is a name, not a number: it has no year-on-year change`
      : `\`${p.written}\` compares with last year, but \`${p.name}\` is a name, not a number`,
    hint: p.inTable
      ? `Remove \`${p.name}\` from keyFigures.figures: the table lists figures with numbers only.`
      : `Comparisons work on figures with numbers, e.g. {{同比 财政收入}}; print a name with {{${p.name}}}.`,
  }),
  comparisonFromZero: (p: { name: string; definedAtLine: number }) => ({
    message: `Last year's value of \`${p.name}\` is 0: there is no rate of growth from 0, so {{同比 ${p.name}}} prints the amount (增加…)`,
    hint: `That is how statistical bulletins say it; if 0 is wrong, correct \`last\` on line ${p.definedAtLine}.`,
  }),
  handTypedChange: (p: { typed: string; computed: string; name: string; value: string; last: string }) => ({
    message: `The text says “${p.typed}”, but \`${p.name}\` (this year ${p.value}, last year ${p.last}) gives “${p.computed}”`,
    hint: `Check the figures, or replace those words by {{同比 ${p.name}}} so the tool computes them (it would print “${p.computed}”).`,
  }),
  tableNameNotAName: (p: { field: string; found: string; names: readonly string[] }) => ({
    message:
      p.names.length > 1
        ? `\`${p.field}\` is one item “${p.found}” holding ${p.names.length} names: a list is not separated by “，” or “、”`
        : `\`${p.field}\` “${p.found}” is not a figure name`,
    hint:
      p.names.length > 1
        ? `Write each name as an item of its own, separated by half-width commas: figures: [${p.names.join(", ")}], or one a line under figures:, each after “- ”.`
        : "Write the name exactly as under figures: letters, Chinese characters, digits or _ only.",
  }),
  unknownTableFigure: (p: { name: string; suggestion?: string }) => ({
    message: `The key-figures table lists \`${p.name}\`, which is not defined under \`figures\``,
    hint: p.suggestion
      ? `Did you mean \`${p.suggestion}\`? Names in the table must be written exactly as under figures.`
      : `Add it under \`figures:\`, e.g. \`${p.name}: { value: 3.62, last: 3.34, unit: 亿元 }\`, or remove it from the table.`,
  }),
  badSourceDateEpoch: (p: { value: string }) => ({
    message: `SOURCE_DATE_EPOCH is not a number of seconds: ${p.value}`,
    hint: "Set it to whole seconds since 1970-01-01 UTC, e.g. SOURCE_DATE_EPOCH=1609113600, or unset it.",
  }),
  encodingGbk: () => ({
    message: "The file is saved as GBK/GB18030 (Notepad's “ANSI”), not UTF-8; it was read as GBK",
    hint: "It works, but other tools may show garbled text: in Notepad use “Save as” and choose UTF-8 as the encoding.",
  }),
  encodingUtf16: () => ({
    message: "The file is saved as UTF-16 (Notepad's “Unicode”), not UTF-8; it was read as UTF-16",
    hint: "It works, but other tools may not read it: in Notepad use “Save as” and choose UTF-8 as the encoding.",
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
  textAfterQuote: (p: { quote: string }) => ({
    message: `The text goes on after its closing quote ${p.quote}`,
    hint: `The quotes hold the whole text: move the closing ${p.quote} to the end of the line, e.g. title: ${p.quote}{{年度}}年度{{街道名}}街道工作总结${p.quote}.`,
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
  numberNotFinite: (p: { field: string; written: string }) => ({
    message: `\`${p.field}\` is \`${p.written}\`, which is no number a document can print (it is infinite, or not a number)`,
    hint:
      p.field === "year"
        ? "Write the year in Arabic digits, e.g. 2020."
        : "Write the number in digits, e.g. 12345 or 8.5; leave it empty if the figure is not known yet.",
  }),
  numberTooLarge: (p: { field: string; written: string; limit: string }) => ({
    message: `\`${p.field}\` is \`${p.written}\`, too large a number: at most ${p.limit} is allowed`,
    hint: "Numbers that large lose their last digits. Use a larger unit (e.g. 亿元 instead of 元) and write the number in full digits.",
  }),
  numberTooSmall: (p: { field: string; written: string }) => ({
    message: `\`${p.field}\` is \`${p.written.length > 40 ? `${p.written.slice(0, 40)}…` : p.written}\`, too small a number: it would be read as 0`,
    hint: "Use a smaller unit (e.g. 元 instead of 亿元), or write 0 if the figure is zero.",
  }),
  numberNotDecimal: (p: { field: string; written: string }) => ({
    message: `\`${p.field}\` is \`${p.written}\`, which YAML reads as a hexadecimal or octal number`,
    hint: "Write the number in ordinary digits, e.g. 31.",
  }),
  numberTooPrecise: (p: { field: string; written: string; limit: number }) => ({
    message: `\`${p.field}\` is \`${p.written.length > 40 ? `${p.written.slice(0, 40)}…` : p.written}\`: more than ${p.limit} significant digits, which would not print as written`,
    hint: `Round it to at most ${p.limit} digits (a year-end summary prints one or two decimals), or use a larger unit.`,
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
  templateMarkup: (p: { file: string; problem: MarkupProblemName; tag?: string; open?: string; text?: string }) => ({
    message: `Template ${p.file} cannot be used: ${
      p.problem === "strayAngle"
        ? "it makes a “<” that starts no tag"
        : p.problem === "blockInBlock"
          ? `it makes <${p.tag ?? ""}> inside <${p.open ?? ""}>`
          : p.problem === "wrongClose"
            ? `it makes </${p.tag}> where <${p.open}> is open`
            : p.problem === "notAllowed"
              ? `it makes <${p.tag}> where it is not allowed`
              : p.problem === "closesNothing"
                ? `it makes </${p.tag}>, which closes nothing`
                : p.problem === "neverClosed"
                  ? `its <${p.tag}> is never closed`
                  : p.problem === "unevenRows"
                    ? `a <tr> of its <${p.tag}> has more or fewer <td> than the first row`
                    : `it makes text outside a paragraph: “${p.text ?? ""}”`
    }`,
    hint:
      p.problem === "strayAngle"
        ? "A template writes the document's own elements (<p>, <h1> … see templates/summary.hbs), never Word's XML; write &lt; for a literal <."
        : "A template writes the document's own elements (<title>, <p>, <h1> … <h4>, <closing>; see the comment at the top of templates/summary.hbs), each closed, none inside another.",
  }),
  templateOutputTooLarge: (p: { limit: number }) => ({
    message: `The template makes more than ${p.limit.toLocaleString("en")} characters for this document`,
    hint: "A {{#each}} inside another {{#each}}, or a long text printed many times, multiplies the document: print each text once.",
  }),
  templatePartialTooDeep: (p: { partial: string; limit: number }) => ({
    message: `The partial ${p.partial} is included more than ${p.limit} levels deep: it includes itself`,
    hint: `Include {{> ${p.partial}}} inside ${p.partial}.hbs only within an {{#each}} or {{#if}} that ends, as section.hbs does for its items.`,
  }),
  templateSkipsText: (p: { field: string; file: string }) => ({
    message: `The template ${p.file} never prints ${p.field}: its text is not in the document`,
    hint: `Print it in the template${p.field.includes(".") ? " (where it lays out that list)" : ` (for example <p>{{${p.field}}}</p>)`}, or take it out of the data file.`,
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
    hint: p.known
      ? `Partials are the folder's other .hbs files: ${p.known}.`
      : `Add ${p.name}.hbs to the template folder.`,
  }),
  templateUnknownHelper: (p: { name: string; known: string }) => ({
    message: `The template calls a helper \`${p.name}\` that does not exist`,
    hint: `The helpers are: ${p.known}.`,
  }),
  stdoutNeedsText: () => ({
    message: "A Word or PDF file cannot be printed to the terminal",
    hint: "Use --format txt or --format md with -o -, or give -o a file name.",
  }),
  noInputs: () => ({
    message: "No data files were found",
    hint: `Name .yaml files, folders or patterns, e.g. ${commandName()} build data/*.yaml --out-dir out.`,
  }),
  outputNeedsOneInput: (p: { count: number }) => ({
    message: `-o names one output file, but ${p.count} data files were given`,
    hint: "Use --out-dir <folder> to build several files.",
  }),
  outputCollision: (p: { output: string; first: string; second: string }) => ({
    message: `${p.first} and ${p.second} would both be written to ${p.output}`,
    hint: "Rename one of the data files, or build them into different folders.",
  }),
  formatMismatch: (p: { format: string; output: string }) => ({
    message: `--format ${p.format} does not match the output file ${p.output}`,
    hint: "Leave out --format (the file's extension decides), or give the file the format's extension.",
  }),
  outputNotAFile: (p: { path: string }) => ({
    message: `${p.path} is not a regular file (a folder or a device), so it cannot be an output`,
    hint: "Give -o the name of a file, e.g. -o out/2020.docx; to print text, use -o -.",
  }),
  outputIsInput: (p: { path: string }) => ({
    message: `The output would overwrite the data file ${p.path}`,
    hint: "Choose another output path with -o.",
  }),
  cannotWrite: (p: { path: string; reason: string }) => ({
    message: `Cannot write ${p.path} (${p.reason})`,
    hint: "Check that the folder exists and can be written, and that the file is not open in Word.",
  }),
  outputFolderNotMade: (p: { path: string; folder: string; reason: string }) => ({
    message: `Cannot write ${p.path}: the folder ${p.folder} cannot be made (${p.reason}); nothing was written`,
    hint: "Check that the folder above it is an ordinary folder you may write in (not a file, and not a system folder such as /proc), or choose another place with -o or --out-dir.",
  }),
  diskFull: (p: { path: string; folder: string }) => ({
    message: `Cannot write ${p.path}: the disk holding ${p.folder} is full (ENOSPC); the earlier file, if any, is as it was`,
    hint: "Free some space on that disk (empty the recycle bin, delete old outputs), or write elsewhere with -o or --out-dir.",
  }),
  outputReadOnly: (p: { path: string; folder: string }) => ({
    message: `Cannot write ${p.path}: ${p.folder} is on a read-only disk (EROFS); nothing was written`,
    hint: "Choose a folder that can be written with -o or --out-dir, e.g. --out-dir out; a CD, a locked USB stick or a read-only share cannot hold the output.",
  }),
  temporaryNamesTaken: (p: { path: string; folder: string }) => ({
    message: `Cannot write ${p.path}: every temporary name tried in ${p.folder} was already taken; nothing was written`,
    hint: "Someone may have put files or links there to catch the output: check the hidden files (names starting with a dot and ending in .tmp) in that folder, or write elsewhere with -o.",
  }),
  outputIsLink: (p: { path: string }) => ({
    message: `${p.path} is a symbolic link; ${commandName()} does not write through links, and left it as it was`,
    hint: "Write the real path of the file (where the link points), or remove the link first.",
  }),
  fileExists: (p: { path: string }) => ({
    message: `${p.path} already exists; it was left as it is`,
    hint: "Choose another file name, or add --force to replace it.",
  }),
  badYear: (p: { value: string; minimum: number; maximum: number }) => ({
    message: `“${p.value}” is not a year`,
    hint: `Write a year from ${p.minimum} to ${p.maximum} in Arabic digits, e.g. --year 2021.`,
  }),
  unknownOption: (p: { option: string }) => ({
    message: `Unknown option ${p.option}`,
    hint: `Run \`${commandName()} --help\` to see the commands and options.`,
  }),
  unknownCommand: (p: { command: string }) => ({
    message: `Unknown command ${p.command}`,
    hint: `The commands are build, validate, fix, init and schema; run \`${commandName()} --help\`.`,
  }),
  missingArgument: (p: { command: string }) => ({
    message:
      p.command === "init"
        ? `${commandName()} init needs the path of the data file to create`
        : `${commandName()} ${p.command} needs the path of a data file`,
    hint: `Write the path after the command, e.g. ${commandExample(p.command)}`,
  }),
  missingOptionValue: (p: { option: string }) => ({
    message: `The option ${p.option} needs a value`,
    hint: `Run \`${commandName()} --help\` to see the commands and options.`,
  }),
  // The library's build options (src/api-options.ts).
  optionsNotObject: (p: { value: string }) => ({
    message: `build's options must be an object such as { format: "pdf" }, not ${p.value}`,
    hint: "Leave them out for a Word draft, or pass some of { format, final, fonts, templateDir, checksOff, sourceDateEpoch }.",
  }),
  optionUnknown: (p: { option: string; known: string; suggestion?: string }) => ({
    message: `build has no option ${p.option}`,
    hint: `${p.suggestion ? `Did you mean ${p.suggestion}? ` : ""}The options are ${p.known}.`,
  }),
  optionWrongValue: (p: {
    option: string;
    value: string;
    expected: "choice" | "yes/no" | "folder" | "rules" | "seconds" | "reference";
    choices: string;
    suggestion?: string;
  }) => ({
    message: `The option ${p.option} cannot be ${p.value}`,
    hint: `${p.suggestion ? `Did you mean "${p.suggestion}"? ` : ""}${
      {
        choice: `Write one of: ${p.choices}${p.option === "format" ? " (or leave it out for docx)" : ""}.`,
        "yes/no": "Write true or false (or leave it out: false).",
        folder: "Write the path of a template folder (or leave it out for the templates shipped).",
        rules: `Write a list of writing-check rules, e.g. ["${p.choices.split(", ")[0]}"]; the rules are ${p.choices}.`,
        seconds: "Write whole seconds since 1970-01-01 UTC, e.g. 1609113600 (or leave it out for the data's own date).",
        reference:
          "Give the path of the office's Word file (.docx or .dotx) or its bytes as a Uint8Array (or leave it out for the standard layout).",
      }[p.expected]
    }`,
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
    hint: `Run \`${commandName()} --help\` to see the commands and options.`,
  }),
  usage: (p: { detail: string }) => ({
    message: p.detail,
    hint: `Run \`${commandName()} --help\` to see the commands and options.`,
  }),
  moreProblems: (p: { count: number; errors: number }) => ({
    message: `… and ${p.count} more problem(s) not listed`,
    hint: "Fix the problems listed above and check the file again: the rest will then be listed.",
  }),
  internal: (p: { detail: string }) => ({
    message: `Unexpected internal error: ${p.detail}`,
    hint: `This is a bug in ${commandName()}. Please report it with the data file that caused it.`,
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
    hint: `Fill it in, then check it with: ${commandName()} validate ${p.path}`,
  }),
  writing: (p: WritingParams) => writingEn(p),
  unknownRule: (p: { value: string; rules: string }) => ({
    message: `--off: there is no check “${p.value}”`,
    hint: `The checks are: ${p.rules}.`,
  }),
  fixChanged: (p: { where: string; rule: string; found: string; fix: string }) => ({
    message:
      p.fix === ""
        ? `${p.where}  [${p.rule}] deleted “${p.found}”`
        : p.found === ""
          ? `${p.where}  [${p.rule}] added “${p.fix}”`
          : `${p.where}  [${p.rule}] “${p.found}” → “${p.fix}”`,
  }),
  fixWritten: (p: { file: string; changes: number; left: number }) => ({
    message: `${p.file}: ${p.changes} change(s) written`,
    ...(p.left > 0
      ? { hint: `${p.left} warning(s) need a person to decide; run ${commandName()} validate ${p.file} to see them.` }
      : {}),
  }),
  fixDryRun: (p: { file: string; changes: number }) => ({
    message: `${p.file}: ${p.changes} change(s) would be made; nothing was written (--dry-run)`,
  }),
  fixNothing: (p: { file: string; left: number }) => ({
    message: `${p.file}: nothing to fix automatically`,
    ...(p.left > 0
      ? { hint: `${p.left} warning(s) need a person to decide; run ${commandName()} validate ${p.file}.` }
      : {}),
  }),
  fixHasErrors: (p: { file: string; errors: number }) => ({
    message: `${p.file}: ${p.errors} error(s) that ${commandName()} fix cannot correct by itself; the file was left as it was`,
    hint: `Correct the errors above as they say, then run ${commandName()} fix ${p.file} again.`,
  }),
  fixErrorsLeft: (p: { file: string; changes: number; errors: number; left: number }) => ({
    message: `${p.file}: ${p.changes} change(s) written; ${p.errors} error(s) above are left for you to correct`,
    hint: `Correct them as they say, then run ${commandName()} validate ${p.file}.`,
  }),
  fixNotUtf8: (p: { file: string }) => ({
    message: `${p.file} is not saved as UTF-8; ${commandName()} fix writes only UTF-8 files, and it was left as it was`,
    hint: `Open it in Notepad, “Save As” with encoding “UTF-8”, then run ${commandName()} fix again.`,
  }),
  fixNotTraced: (p: { where: string; rule: string }) => ({
    message: `${p.where}  [${p.rule}] left as it is: this text is written with escapes or line breaks that a fix could disturb`,
    hint: "Change it by hand, as the warning says.",
  }),
  fixNotAFile: (p: { file: string }) => ({
    message: `${p.file} is a named pipe, not a file; report fix rewrites files, and nothing was read or written`,
    hint: "Fix the file the pipe is fed from: report fix that-file.yaml.",
  }),
  fixHardLink: (p: { file: string; names: number }) => ({
    message: `${p.file} has ${p.names} names (hard links); report fix would cut it from the others, so it was left as it was`,
    hint: "See the changes with report fix --dry-run and make them by hand, or make it a file of its own first (cp FILE FILE.new, then move FILE.new over FILE).",
  }),
  fixReadOnly: (p: { file: string }) => ({
    message: `${p.file} is read-only; report fix leaves it as it was`,
    hint: "If it should be changed, make it writable (in Explorer: Properties, untick “Read-only”; or chmod u+w) and run report fix again.",
  }),
  fixFolderReadOnly: (p: { file: string; folder: string }) => ({
    message: `${p.file}: its folder ${p.folder} cannot be written, so report fix cannot save it safely; it was left as it was`,
    hint: "Copy the file to a folder you may write in, fix it there, or ask for the folder to be made writable.",
  }),
  fixTooLarge: (p: { file: string; bytes: number; limitMiB: number }) => ({
    message: `${p.file} would be ${p.bytes} bytes once fixed (full-width marks take three bytes where half-width ones took one), more than the ${p.limitMiB} MB a data file may be; nothing was written`,
    hint: "A data file this large is most likely not a summary: check that it is the right file, or split its text before fixing it.",
  }),
  fixFileChanged: (p: { file: string }) => ({
    message: `${p.file} changed while report fix was working (saved by an editor?); the saved version was kept and nothing was written`,
    hint: "Run report fix again once the file is saved.",
  }),
  fixOwnerNotKept: (p: { file: string }) => ({
    message: `${p.file} belongs to another user, and report fix could not save it under that user; it was left as it was`,
    hint: "Run report fix as the file's owner.",
  }),
  fixAttributesNotKept: (p: { file: string; reason: string }) => ({
    message: `${p.file}: its extended attributes could not be kept (${p.reason}); it was left as it was`,
    hint: "Copy the file to an ordinary folder, fix it there, and copy it back.",
  }),
  fixMoreChanges: (p: { file: string; more: number }) => ({
    message: `${p.file}: … and ${p.more} more change(s) like these (report fix --dry-run lists them all)`,
  }),
  valid: (p: { file: string; warnings: number }) => ({
    message: p.warnings ? `${p.file}: no errors, ${p.warnings} warning(s)` : `${p.file}: no problems found`,
  }),
  failed: (p: { file: string; errors: number }) => ({
    message: `${p.file}: ${p.errors} problem(s); nothing was written`,
  }),
  // Numbering and the clerk's mistakes of issue 22.
  commentInText: (p: { text: string; lost: string }) => ({
    message: `YAML reads “#${p.lost}” after “${p.text}” as a comment: it is not in the document`,
    hint: `If “#${p.lost}” is part of the text, write the full-width “＃” or put the whole text in quotes; a comment of your own starts with “# ” (a space after #). --final refuses this.`,
  }),
  pointsRunTogether: (p: { field: string; last: string }) => ({
    message: `The point \`${p.field}\` ends in “${p.last}” without “。”, so it runs into the next one (…${p.last}二是…)`,
    hint: "End each point with “。” (or “；”). --final refuses this.",
  }),
  placeholderLeft: (p: { field: string; found: string }) => ({
    message: `\`${p.field}\` still has the placeholder “${p.found}”`,
    hint: "Write the text in its place and delete the placeholder; if it is meant, add checks: { off: [placeholder] }. --final refuses this.",
  }),
  lastYearsYear: (p: { field: string; found: number; meant: number; year: number }) => ({
    message: `\`${p.field}\` names ${p.found}年 in the ${p.year} summary, perhaps left over from last year's file`,
    hint: `Did you mean ${p.meant}年? If ${p.found}年 is meant, add checks: { off: [last-year] }. --final refuses this.`,
  }),
  colonInText: (p: { key: string; before: string; after: string }) => ({
    message: `The text of \`${p.key}\` has a colon and a space “: ” in it (after “${p.before}”), which YAML reads as the start of another field`,
    hint: `Write the Chinese colon “：” without a space: “${p.before}：${p.after}” (${commandName()} fix does this); or put the whole text in quotes.`,
  }),
  dashWithoutSpace: (p: { key: string }) => ({
    message: `\`-${p.key}:\` has no space after the dash “-”, so YAML reads “-${p.key}” as the name of a field`,
    hint: `Write a space after the dash: “- ${p.key}:” (${commandName()} fix does this).`,
  }),
  notOneOf: (p: { field: string; found: string; options: string; suggestion?: string }) => ({
    message: `\`${p.field}\` cannot be “${p.found}”; it is one of ${p.options}`,
    hint: p.suggestion ? `Did you mean “${p.suggestion}”?` : `Write one of ${p.options}.`,
  }),
  // The live preview (report preview) and PDF output.
  previewListening: (p: { url: string; file: string }) => ({
    message: `Preview of ${p.file}: open ${p.url} in your browser`,
    hint: "The page follows every save of the file. Press Ctrl+C here to stop the preview.",
  }),
  previewStopped: () => ({ message: "Preview stopped." }),
  previewPortInUse: (p: { port: number }) => ({
    message: `Port ${p.port} is already in use, perhaps by another preview`,
    hint: "Close the other preview, or choose another port, e.g. --port 0 lets the system pick a free one.",
  }),
  previewTitle: (p: { file: string }) => ({ message: `Preview: ${p.file}` }),
  previewHasErrors: (p: { file: string; errors: number }) => ({
    message: `${p.file} has ${p.errors} problem(s); the pages below show it as it was before them.`,
    hint: "Fix the lines named here and save: this page updates by itself.",
  }),
  previewWarnings: (p: { file: string; warnings: number }) => ({
    message: `${p.file}: ${p.warnings} warning(s); the document is built all the same.`,
  }),
  previewNothingYet: () => ({ message: "No page can be shown until the file has no errors." }),
  previewSource: (p: { file: string; line: number }) => ({
    message: `This paragraph comes from ${p.file}:${p.line} (line ${p.line}).`,
  }),
  previewNoSource: () => ({ message: "This text comes from the template, not from the data file." }),
  previewDisconnected: () => ({
    message: "The preview has stopped (the command window was closed or Ctrl+C pressed).",
    hint: `Run ${commandName()} preview again to go on; this page then updates by itself.`,
  }),
  previewWrongHost: () => ({
    message: `This preview answers only at the address ${commandName()} preview printed (http://127.0.0.1:…/).`,
  }),
  // The start page a bare command opens in the browser (src/start/).
  startListening: (p: { url: string }) => ({
    message: `The page is ready at ${p.url}`,
    hint: "Your browser opens it; if it did not, copy the address into one. When you are done, close this window (or press Ctrl+C).",
  }),
  startStopped: () => ({ message: "Stopped." }),
  startTitle: () => ({ message: "Year-end summary: make the Word file" }),
  startIntro: () => ({
    message: "Choose a data file (.yaml) or last year's Word file, or drop it on this page.",
    hint: "Its mistakes are listed at the top and its pages shown below; once it has no error, download the Word file or the PDF.",
  }),
  startPick: () => ({ message: "Choose a file…" }),
  startDownloadDocx: () => ({ message: "Download the Word file" }),
  startDownloadPdf: () => ({ message: "Download the PDF" }),
  startChecking: (p: { file: string }) => ({ message: `Checking ${p.file}…` }),
  startGood: (p: { file: string }) => ({ message: `${p.file} has no mistakes: it can be downloaded.` }),
  startHasErrors: (p: { file: string; errors: number }) => ({
    message: `${p.file} has ${p.errors} mistake(s); the pages below are as far as it can be read.`,
    hint: "Correct these lines in the file, save it, and choose it again.",
  }),
  startImported: (p: { file: string; data: string }) => ({
    message: `${p.file} made into this year's data file, ${p.data}: its figures are empty (shown as X). Download it, fill it in, then choose it here.`,
  }),
  startDownloadData: () => ({ message: "Download the data file" }),
  startNotData: (p: { file: string }) => ({
    message: `${p.file} is not a data file (.yaml)`,
    hint: "Choose the .yaml data file, e.g. 2021.yaml.",
  }),
  startTooLarge: (p: { file: string; limit: string }) => ({
    message: `${p.file} is larger than ${p.limit}, more than any summary's data`,
    hint: "Choose the .yaml data file itself.",
  }),
  startDisconnected: () => ({
    message: "The program behind this page has stopped (its window was closed).",
    hint: "Start it again, then choose the file again.",
  }),
  pdfNeedsLibreOffice: () => ({
    message: "A PDF is made by LibreOffice, which is not installed (the soffice command was not found)",
    hint: "Install LibreOffice from https://www.libreoffice.org (on Debian or Ubuntu: apt-get install libreoffice-writer), or build the Word file (without --format pdf) and save it as PDF in Word or WPS.",
  }),
  pdfFailed: (p: { title: string; detail: string }) => ({
    message: `LibreOffice could not turn “${p.title}” into a PDF (${p.detail})`,
    hint: "Close any LibreOffice window and try again; the Word file (without --format pdf) can be saved as PDF in Word or WPS.",
  }),
  pdfTooLong: (p: { pages: string; limit: string }) => ({
    message: `The document runs to about ${p.pages} pages; --format pdf prints at most ${p.limit}`,
    hint: "Build the Word file (without --format pdf) and save it as PDF in Word or WPS; or check that the data file holds nothing pasted in by mistake.",
  }),
  // The office's own Word file as the template (--reference, reference: in the data file).
  referenceRefused: (p: { path: string; reason: string; part: string; limit: string }) => ({
    message: `The office's Word file ${p.path} cannot be used as the template: ${
      {
        missing: "there is no such file",
        unreadable: `it cannot be read${p.part ? ` (${p.part})` : ""}`,
        notWord: p.part
          ? `${p.part}, which its letterhead, header or footer uses, is missing from it, or links to more parts itself, which the tool does not copy`
          : "it is not a Word file (.docx or .dotx)",
        notZip: "it is not a Word file (.docx or .dotx), or it is damaged",
        tooLarge: `it${p.part ? ` (its part ${p.part})` : ""} is larger than report reads (${p.limit}), or it is a zip bomb`,
        encrypted: "it is protected with a password",
        tooManyEntries: "it holds far more parts than a Word file has",
        broken: "its XML is broken",
        doctype: "its XML declares a DOCTYPE (entities), which the tool never reads",
        depth: "its XML is nested far deeper than a Word file's",
        external: `its letterhead, header or footer links to something outside the file (${p.part}), which report never follows`,
      }[p.reason] ?? p.reason
    }; nothing was written`,
    hint:
      {
        missing:
          "Check the path: a reference: in the data file is read from the data file's folder, e.g. reference: 红头模板.docx beside 2024.yaml.",
        external:
          "Open it in Word or WPS, insert the picture itself rather than a link to it (or remove the link), and save it again as .docx.",
      }[p.reason] ??
      "Open it in Word or WPS and save it again as .docx (Word document, without a password), then build again.",
  }),
  referenceNeedsFolder: (p: { path: string }) => ({
    message: `reference: ${p.path} was not used: this data file was given without its folder (uploaded, or as text), so there is nowhere to find the Word file`,
    hint: "Build it from its folder (zongjie build data/2024.yaml, with the Word file beside it), or give the Word file itself: --reference, or the library's reference option. The document was built in the standard layout.",
  }),
  referenceWithFrame: (p: { path: string }) => ({
    message: `Two letterheads: the data file's frame has issuers (发文机关标志) and the office's Word file ${p.path} has its own letterhead`,
    hint: "Keep one: delete frame's issuers (and suffix) to print the Word file's letterhead, or leave out the reference to print the frame's.",
  }),
  // report import: a finished document read back into a data file.
  importWritten: (p: { path: string; figures: number; warnings: number }) => ({
    message: `Wrote ${p.path}: ${p.figures} figures, ${p.warnings} things to look at (listed above)`,
    hint: `Check it with: ${commandName()} validate ${p.path}, then build it: ${commandName()} build ${p.path}`,
  }),
  importRefused: (p: { path: string; reason: string; part: string; limit: string }) => ({
    message: `${p.path} was not read: ${
      {
        notZip: "it is not a Word file (.docx) or it is damaged",
        tooLarge: `a part of it${p.part ? ` (${p.part})` : ""} is larger than report reads (${p.limit}), or it is a zip bomb`,
        encrypted: "it is protected with a password",
        tooManyEntries: "it holds far more parts than a Word file has",
        broken: "its XML is broken",
        doctype: "its XML declares a DOCTYPE (entities), which the tool never reads",
        depth: "its XML is nested far deeper than a Word file's",
      }[p.reason] ?? p.reason
    }`,
    hint: "Open it in Word or WPS and save it again as .docx (without a password), or save it as text (.txt) and import that.",
  }),
  importUnknownFormat: (p: { path: string }) => ({
    message: `${p.path} is neither a Word file nor text; ${commandName()} import reads .docx, .doc, .wps, .odt, .txt and .md`,
    hint: "Open it in Word or WPS and save it as .docx, then import that file.",
  }),
  importNeedsLibreOffice: (p: { path: string }) => ({
    message: `${p.path} is an old Word (.doc), WPS or OpenDocument file; reading it needs LibreOffice, which is not installed (the soffice command was not found)`,
    hint: "Install LibreOffice from https://www.libreoffice.org (on Debian or Ubuntu: apt-get install libreoffice-writer), or open the file in Word or WPS and save it as .docx.",
  }),
  importConvertFailed: (p: { path: string; detail: string }) => ({
    message: `LibreOffice could not read ${p.path} (${p.detail})`,
    hint: "Open it in Word or WPS and save it as .docx, then import that file.",
  }),
  importNumbering: (p: { where: number; text: string; reason: string; expected: string }) => ({
    message: `Paragraph ${p.where} (“${p.text}”): ${
      p.reason === "order"
        ? `its number is not the next one (report would number it ${p.expected})`
        : p.reason === "skip"
          ? "it skips a heading level"
          : "its numbering is not one report prints (一、（一）1.（1）)"
    }; kept as text, as written`,
    hint: "Look at it in the data file: to make it a heading, move it into its section's items and remove the typed number.",
  }),
  importUnplaced: (p: { what: string; where: number; text: string }) => ({
    message: `Paragraph ${p.where}: ${
      {
        textBox: "a text box; its text is kept as a paragraph here",
        image: "an image, which a data file cannot hold; it is left out",
        object: "an embedded object, which a data file cannot hold; it is left out",
        footnote: "a footnote, which a data file cannot hold",
        comment: "a comment, which is left out",
        trackedChange: "tracked changes, read as accepted",
        table: "a table, kept as text",
      }[p.what] ?? p.what
    }${p.text ? `: “${p.text}”` : ""}`,
    hint: "Compare the data file with the document at this place and add what is missing by hand.",
  }),
  importTitleJoined: (p: { lines: number }) => ({
    message: `The title over ${p.lines} lines is kept as one line`,
    hint: "Word breaks it again where it is too long for a line.",
  }),
  importAttachmentKept: (p: { where: number }) => ({
    message: `Paragraph ${p.where}: the attachment is not report's key-figures table; it is kept as paragraphs of text`,
    hint: "Look at the end of the body in the data file; a table of key figures can be written as keyFigures.",
  }),
  importNumberKept: (p: { text: string; context: string }) => ({
    message: `${p.text} is kept as text, not a figure (it would not print back as written): “${p.context}”`,
    hint: "Write it as report prints numbers (3.6 for 3.60, 1234 for 1,234) and make it a figure if it changes next year.",
  }),
  importYearGuessed: (p: { year: number }) => ({
    message: `Neither the title nor the closing says the year; ${p.year} is assumed`,
    hint: "Correct year: at the top of the data file, or import again with the year in the file name.",
  }),
  importOptionWrong: (p: { option: string; expected: string }) => ({
    message: `importDocument's ${p.option} must be ${p.expected}`,
    hint: "The source is { path } or { bytes, name }; the options are figures, nextYear (true or false), year (a whole number), schemaRef and fileName (text).",
  }),
  initFromWord: (p: { path: string }) => ({
    message: `${p.path} is a Word or other binary file, not a data file`,
    hint: `To start from last year's document, import it: ${commandName()} import ${p.path} -o data.yaml`,
  }),
} satisfies Record<string, (params: never) => Text>;

/** The English catalogue defines the codes and each one's parameters; zh.ts must match it. */
export type Catalogue = typeof en;
