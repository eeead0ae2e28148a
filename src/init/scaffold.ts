/**
 * The text of a new data file: every field present, each with a comment in Chinese saying what it
 * is, its unit and an example (the file is for clerks; the descriptions come from the Zod schema's
 * metadata, so the file, the JSON Schema and the editor's tooltips say the same). From last year's
 * file it keeps the structure and the text, moves the year on and empties every figure, so the
 * draft shows X wherever something is still to be filled; each number moves into the figure's
 * last-year slot (`last`), so this year's comparisons (同比) only need this year's values. The
 * closing (落款) is written commented out with its date left empty: a date is never right one year
 * on, so the clerk must enter it, and until then the file still validates (a closing without a
 * date would not).
 */
import { commandName } from "../command-name.js";
import * as z from "zod/mini";
import type { Figure, Section, Summary } from "../summary/schema.js";
import {
  closingSchema,
  checksSchema,
  draftLabelSchema,
  referenceSchema,
  figureObjectSchema,
  keyFiguresSchema,
  frameSchema,
  partSchema,
  sectionSchema,
  summarySchema,
} from "../summary/schema.js";
import { knownKeys, textRoleOf } from "../summary/structure.js";
import { comment, flowScalar, inlineScalar, textScalar } from "./yaml-text.js";

export interface ScaffoldOptions {
  readonly year: number;
  /** Where the editor finds the JSON Schema, relative to the new file (or a file: URL). */
  readonly schemaRef: string;
  /** The file name shown in the usage comments, e.g. data/2021.yaml. */
  readonly fileName: string;
  /** Last year's data, whose structure and text are carried over. */
  readonly from?: Summary;
  /**
   * `from` is this year's data as it stands (report import): its figures keep their values and its
   * closing its date, so the file builds the document it was read from.
   */
  readonly keep?: boolean;
}

/**
 * Used when there is no last year's file: a short summary in the general form that validates and
 * shows every kind of field: parts with their own titles, a heading on its own line and one run in,
 * paragraphs, a third level, 一是…二是… after a lead-in.
 */
const EXAMPLE: Omit<Summary, "year"> = {
  organisation: "{{街道名}}街道",
  title: "{{年度}}年度{{街道名}}街道工作总结",
  intro:
    "今年以来，{{街道名}}街道紧紧围绕全区“{{战略名称}}”战略，推动各项工作落实落地。（请改写这一段）\n\n现将一年来的工作总结如下。（空一行是另起一段；不需要就删掉这一段）",
  parts: [
    {
      heading: "{{年度}}年工作回顾",
      items: [
        {
          heading: "稳住经济基本盘",
          body: "完成财政收入{{财政收入}}，同比{{同比 财政收入}}；财政收入占比{{财政占比}}，比上年{{同比 财政占比}}。（请改写这一段）\n\n这是同一标题下的第二段。",
        },
        {
          heading: "聚力城市更新。",
          body: "改造老旧小区{{数值 改造面积}}平方米。（标题以句号结尾，接排在这一段的段首）",
          items: [
            { heading: "抓规划。", body: "编制片区更新方案。（第三级标题，编号自动生成）" },
            { heading: "抓落实。", body: "建立项目推进机制。" },
          ],
        },
      ],
    },
    {
      heading: "存在的不足",
      pointsLead: "工作中也存在一些不足：",
      points: ["经济增长后劲不足。（请改写这一项）", "城市更新速度较慢。"],
    },
    {
      heading: "下一步工作打算",
      items: [{ heading: "聚力项目建设。", body: "推动重点项目早开工、早见效。（请改写这一段）" }],
    },
  ],
  figures: {
    街道名: { value: null, unit: "", last: null },
    战略名称: { value: null, unit: "", last: null },
    财政收入: { value: null, unit: "万元", last: null },
    财政占比: { value: null, unit: "%", last: null },
    改造面积: { value: null, unit: "平方米", last: null },
  },
};

/** A field's title and description; an optional field's are on the schema it wraps. */
const described = (schema: z.ZodMiniType): string => {
  const inner = schema instanceof z.ZodMiniOptional ? (schema.def.innerType as z.ZodMiniType) : schema;
  const meta = z.globalRegistry.get(schema) ?? z.globalRegistry.get(inner) ?? {};
  return [meta.title, meta.description].filter(Boolean).join("：");
};

type Field = keyof typeof summarySchema.shape;
type Writer = (data: Omit<Summary, "year">, options: ScaffoldOptions) => string;

/**
 * How init writes each field that is more than a text; a text field (a line or paragraphs) needs
 * no entry: it is written from the schema, kept when the data has it, else shown commented out.
 * The fields are written in the schema's order.
 */
const WRITERS: { readonly [K in Field]?: Writer } = {
  year: (_, options) =>
    `${comment("", `${described(summarySchema.shape.year)}只填阿拉伯数字，不写“年”。`)}year: ${options.year}\n\n`,
  salutation: (data) => salutationText(data.salutation),
  numbering: (data) => numberingLine(data.numbering),
  wordNumbering: (data) => wordNumberingLine(data.wordNumbering),
  contents: (data) => switchLine("contents", data.contents),
  // The body, in the shape the data has, is written once, at its first field.
  parts: (data) => `\n${bodyText(data)}`,
  items: () => "",
  work: () => "",
  problems: () => "",
  plans: () => "",
  closing: (data, options) =>
    options.keep && data.closing ? closingKept(data.closing) : closingBlock(options.year, data.closing),
  draftLabel: (data) => draftLabelLine(data.draftLabel),
  keyFigures: (data) => keyFiguresBlock(data.keyFigures),
  attachments: (data) => attachmentsBlock(data.attachments),
  frame: (data) => frameBlock(data.frame),
  reference: (data) => referenceLine(data.reference),
  checks: (data) => checksLine(data.checks),
  figures: (data, options) => figuresBlock(data, options),
};

export function scaffold(options: ScaffoldOptions): string {
  const data = options.from ?? EXAMPLE;
  return [
    `# yaml-language-server: $schema=${options.schemaRef}\n`,
    comment(
      "",
      `${options.year} 年度工作总结的数据文件（由 ${commandName()} ${options.keep ? "import" : "init"} 生成）。`,
      "修改方法：只改冒号后面的内容；冒号用英文半角“:”，冒号后面空一格；缩进用空格，不要用 Tab。",
      "正文中的 {{数据名称}} 会换成 figures 里对应的数值和单位，{{数值 数据名称}} 只印数值不印单位，{{年度}} 印年度。",
      "以 {{ 开头的文字要用英文双引号括起来。还没有数值的数据留空，生成的文件里显示为 X。",
      `检查：${commandName()} validate ${options.fileName}    生成：${commandName()} build ${options.fileName}`,
    ),
    "\n",
    ...(Object.keys(summarySchema.shape) as Field[]).map((key) => (WRITERS[key] ?? textField(key))(data, options)),
  ].join("");
}

/** The document's numbering: kept as the data has it, else the standard order commented out to show it exists. */
function numberingLine(numbering: Summary["numbering"]): string {
  const about = described(summarySchema.shape.numbering);
  if (numbering === undefined)
    return comment("", about, "需要时删掉下一行开头的“# ”再改。") + "# numbering: [一、, （一）, 1., （1）]\n";
  return `${comment("", about)}numbering: [${numbering.map((style) => flowScalar(style)).join(", ")}]\n`;
}

/** A text field of the summary, from its schema: kept as the data has it, else commented out to show it exists. */
function textField(key: Field): Writer {
  const role = textRoleOf(summarySchema.shape[key]);
  if (role !== "line" && role !== "paragraphs")
    throw new Error(`report init has no way to write the field ${key}: give it a writer in src/init/scaffold.ts`);
  const about = described(summarySchema.shape[key]);
  return (data) => {
    const value = (data as Record<string, unknown>)[key];
    if (typeof value !== "string")
      return `${comment("", about, "需要时删掉下一行开头的“# ”，在冒号后面填写。")}# ${key}:\n`;
    // A line written over several lines (a title in the clerk's own lines) keeps them, as a block.
    const text = role === "line" && !value.includes("\n") ? inlineScalar(value) : textScalar(value, "  ");
    return `${comment("", about)}${key}: ${text}\n`;
  };
}

/** The figures: how they are written, then each one blank (or kept, for report import). */
function figuresBlock(data: Omit<Summary, "year">, options: ScaffoldOptions): string {
  return [
    comment(
      "",
      described(summarySchema.shape.figures),
      `有单位的写成 名称: { value: 数值, unit: 单位 }，例如 财政收入: { value: 12345, unit: 万元 }；value 只填阿拉伯数字。`,
      `${described(figureObjectSchema.shape.unit)}`,
      "没有单位的名称直接写在冒号后面，例如 街道名: 北坦。",
      `last：${described(figureObjectSchema.shape.last)}`,
      "{{同比 财政收入}} 印成“增长8.4%”“下降3.1%”或“持平”；单位是 % 的印成“提高2.4个百分点”；{{增减 财政收入}} 印成“增加0.28亿元”。",
      `digits：${described(figureObjectSchema.shape.digits)}`,
    ),
    // A file without figures says so with {}: `figures:` alone would be an empty value, not an empty group.
    Object.keys(data.figures).length === 0
      ? "figures: {}\n"
      : `figures:\n${Object.entries(data.figures)
          .map(([name, figure]) => (options.keep ? keptFigure(name, figure) : blankFigure(name, figure)))
          .join("")}`,
  ].join("");
}

/** The salutation if last year had one; else the field, commented out, to show it exists. */
function salutationText(salutation: string | undefined): string {
  const about = described(summarySchema.shape.salutation);
  if (salutation !== undefined) return `${comment("", about)}salutation: ${inlineScalar(salutation)}\n`;
  return `${comment("", about, "需要时删掉下一行开头的“# ”。")}# salutation: 各位代表：\n`;
}

/** The body in the shape the data has: parts, （一） items, or the three-part shape. */
function bodyText(data: Omit<Summary, "year">): string {
  const fields = summarySchema.shape;
  const sectionKeys = knownKeys(["parts", 0]).map((key) => `  ${key}：${described(partSchemaField(key))}`);
  const general = (key: "parts" | "items", list: readonly Section[]) =>
    comment(
      "",
      described(fields[key]),
      "每一项可以写下面这些（都可以不写，至少写一样）：",
      ...sectionKeys,
      "每一项都以“- ”开头，下面的各行和 heading 对齐；items 里的各项再缩进两格。",
    ) + `${key}:\n${list.map((section) => sectionText(section, "  ")).join("\n")}\n`;
  if (data.parts) return general("parts", data.parts);
  if (data.items) return general("items", data.items);
  const three = (list: readonly { heading: string; body: string }[]) =>
    list.map((s) => `  - heading: ${inlineScalar(s.heading)}\n    body: ${textScalar(s.body, "      ")}\n`).join("\n");
  return [
    ...(data.work
      ? [
          comment(
            "",
            `一、${described(fields.work)}`,
            `每一项写两行：heading（${described(sectionSchema.shape.heading)}）和 body（${described(sectionSchema.shape.body)}）。`,
          ),
          `work:\n${three(data.work)}\n`,
        ]
      : []),
    ...(data.problems
      ? [
          comment("", `二、${described(fields.problems)}`, "每个问题一项，以“- ”开头。"),
          `problems:\n${data.problems.map((p) => `  - ${textScalar(p, "    ")}\n`).join("")}\n`,
        ]
      : []),
    ...(data.plans
      ? [comment("", `三、${described(fields.plans)}`, "写法和 work 一样。"), `plans:\n${three(data.plans)}\n`]
      : []),
  ].join("");
}

/** A part's field, for its description. */
function partSchemaField(key: string): z.ZodMiniType {
  return (partSchema as unknown as z.ZodMiniObject).shape[key] as z.ZodMiniType;
}

/** One section as a list item, its fields in the schema's order, its items one level further in. */
function sectionText(section: Section, indent: string): string {
  const inner = `${indent}  `;
  const lines: string[] = [];
  for (const key of knownKeys(["parts", 0])) {
    const value = section[key as keyof Section];
    if (value === undefined) continue;
    if (typeof value === "string") lines.push(`${key}: ${textScalar(value, `${inner}  `)}`);
    else if (typeof value === "boolean") lines.push(`${key}: ${String(value)}`);
    else if (key === "table") lines.push(tableText(value as NonNullable<Section["table"]>, inner));
    // A section's own numbering (its ordinal styles), on one line as the document's is written.
    else if (key === "numbering")
      lines.push(`${key}: [${(value as string[]).map((style) => flowScalar(style)).join(", ")}]`);
    else if (key === "points")
      lines.push(
        `${key}:\n${(value as string[]).map((p) => `${inner}  - ${textScalar(p, `${inner}    `)}`).join("\n")}`,
      );
    else
      lines.push(
        `${key}:\n${(value as Section[]).map((item) => sectionText(item, `${inner}  `).trimEnd()).join("\n")}`,
      );
  }
  return `${indent}- ${lines.join(`\n${inner}`)}\n`;
}

/** Last year's attachments kept as they were; without any, an example commented out. */
function attachmentsBlock(attachments: Summary["attachments"]): string {
  const about = described(summarySchema.shape.attachments);
  if (attachments === undefined)
    return `${comment(
      "",
      about,
      "需要时删掉下面几行开头的“# ”再改。",
      "attachments:",
      "  - title: 2024年重点项目清单",
      "    table:",
      "      header: [项目, 投资（万元）]",
      "      rows:",
      "        - [老旧小区改造, 1200]",
    )}\n`;
  const items = attachments.map((attachment) =>
    [
      `  - title: ${inlineScalar(attachment.title)}`,
      ...(attachment.body === undefined ? [] : [`    body: ${textScalar(attachment.body, "      ")}`]),
      ...(attachment.table === undefined ? [] : [`    ${tableText(attachment.table, "    ")}`]),
    ].join("\n"),
  );
  return `${comment("", about)}attachments:\n${items.join("\n")}\n\n`;
}

/** A section's table as the data has it: its 表题, the header and each row on a line, in flow style. */
function tableText(table: NonNullable<Section["table"]>, indent: string): string {
  const row = (cells: readonly string[]) => `[${cells.map((cell) => flowScalar(cell)).join(", ")}]`;
  return [
    "table:",
    ...(table.title === undefined ? [] : [`  title: ${inlineScalar(table.title)}`]),
    `  header: ${row(table.header)}`,
    "  rows:",
    ...table.rows.map((cells) => `    - ${row(cells)}`),
  ].join(`\n${indent}`);
}

/** Commented out, the organisation kept, the date to be entered (last year's shown as a reminder). */
function closingBlock(year: number, last: Summary["closing"]): string {
  const lastDate = last ? `（去年是 ${last.date}）` : "";
  return [
    comment("", described(closingSchema)),
    comment("", `成文日期要重新填写${lastDate}：删掉下面几行开头的“# ”，在 date: 后面填上日期，例如 ${year}-12-28。`),
    comment(
      "",
      "closing:",
      ...(last?.organisation ? [`  organisation: ${inlineScalar(last.organisation)}`] : []),
      "  date:",
    ),
    "\n",
  ].join("");
}

/** The closing as the document has it. */
function closingKept(closing: NonNullable<Summary["closing"]>): string {
  const organisation = closing.organisation ? `  organisation: ${inlineScalar(closing.organisation)}\n` : "";
  return `${comment("", described(closingSchema))}closing:\n${organisation}  date: ${closing.date}\n\n`;
}

/** Last year's label is kept; without one, the field is shown commented out. */
/** Word's own numbering: kept as the data has it, else shown commented out. */
function wordNumberingLine(on: boolean | undefined): string {
  return switchLine("wordNumbering", on);
}

/** A true/false field: kept as the data has it, else shown commented out. */
function switchLine(field: "wordNumbering" | "contents", on: boolean | undefined): string {
  const about = described(summarySchema.shape[field]);
  if (on === undefined) return `${comment("", about, "需要时删掉下一行开头的“# ”。")}# ${field}: true\n\n`;
  return `${comment("", about)}${field}: ${on}\n\n`;
}

function draftLabelLine(label: string | undefined): string {
  const line = `draftLabel: ${inlineScalar(label ?? "征求意见稿")}\n`;
  if (label !== undefined) return `${comment("", described(draftLabelSchema))}${line}\n`;
  return `${comment("", described(draftLabelSchema), "需要时删掉下一行开头的“# ”。")}# ${line}\n`;
}

/** Last year's table is kept as it was (its title may say {{年度}}); without one, an example commented out. */
function keyFiguresBlock(table: Summary["keyFigures"]): string {
  const about = comment(
    "",
    described(keyFiguresSchema),
    `title：${described(keyFiguresSchema.shape.title)}`,
    `figures：${described(keyFiguresSchema.shape.figures)}`,
  );
  if (table) {
    const names = table.figures.map((name) => `    - ${inlineScalar(name)}\n`).join("");
    return `${about}keyFigures:\n  title: ${inlineScalar(table.title)}\n  figures:\n${names}\n`;
  }
  const example = [
    "keyFigures:",
    '  title: "{{年度}}年主要指标完成情况表"',
    "  figures:",
    "    - 财政收入",
    "    - 财政占比",
  ];
  return `${about}${comment("", "需要附件时删掉下面几行开头的“# ”。")}${example.map((line) => `# ${line}\n`).join("")}\n`;
}

/**
 * The 公文 frame: what stays from year to year (issuers, signers, seal, 抄送, 印发机关) is kept; the
 * 份号, 发文字号, 附注 and 印发日期 are the new document's own, so they are left for the clerk to fill in.
 * Without a frame last year, an example commented out.
 */
function frameBlock(frame: Summary["frame"]): string {
  const shape = frameSchema.shape;
  const about = comment(
    "",
    described(frameSchema),
    ...(["issuers", "number", "signers", "seal", "copyTo", "printedBy", "printedOn"] as const).map(
      (key) => `${key}：${described(shape[key])}`,
    ),
  );
  const value = (v: string | readonly string[]) =>
    typeof v === "string" ? inlineScalar(v) : `[${v.map(inlineScalar).join(", ")}]`;
  if (frame) {
    const kept = [
      ...(frame.issuers === undefined ? [] : [`  issuers: ${value(frame.issuers)}`]),
      ...(frame.suffix === undefined ? [] : [`  suffix: ${inlineScalar(frame.suffix)}`]),
      ...(frame.signers === undefined ? [] : [`  signers: ${value(frame.signers)}`]),
      ...(frame.seal === undefined ? [] : [`  seal: ${String(frame.seal)}`]),
      ...(frame.copyTo === undefined ? [] : [`  copyTo: ${value(frame.copyTo)}`]),
      ...(frame.printedBy === undefined ? [] : [`  printedBy: ${inlineScalar(frame.printedBy)}`]),
    ];
    const fresh = comment(
      "",
      "发文字号和印发日期要重新填写，例如：",
      "  number: 某政发〔年份〕1号",
      "  printedOn: 年-月-日",
    );
    return `${about}${fresh}frame:\n${kept.map((line) => `${line}\n`).join("") || "  {}\n"}\n`;
  }
  const example = [
    "frame:",
    "  issuers: 某某街道办事处",
    "  number: 某街报〔2025〕1号",
    "  signers: 张某某",
    "  copyTo: [区委办公室, 区政府办公室]",
    "  printedBy: 某某街道党政办公室",
    "  printedOn: 2025-12-30",
  ];
  return `${about}${comment("", "作为公文上报时删掉下面几行开头的“# ”。")}${example.map((line) => `# ${line}\n`).join("")}\n`;
}

/** An office's house style carries over to next year; a file without one gets no line. */
/** The office's Word template, kept as the data has it, else commented out to show it exists. */
function referenceLine(reference: string | undefined): string {
  if (reference !== undefined)
    return `${comment("", described(referenceSchema))}reference: ${inlineScalar(reference)}\n\n`;
  return `${comment("", described(referenceSchema), "需要时删掉下一行开头的“# ”，写上文件名。")}# reference: 红头模板.docx\n\n`;
}

function checksLine(checks: Summary["checks"]): string {
  if (!checks?.off?.length) return "";
  return `${comment("", described(checksSchema))}checks: { off: [${checks.off.join(", ")}] }\n\n`;
}

/** A figure with its value, as the document printed it. */
function keptFigure(name: string, figure: Figure): string {
  const key = inlineScalar(name);
  if (!figure.unit && figure.last === null && figure.digits === undefined)
    return `  ${key}: ${figure.value === null ? "" : inlineScalar(figure.value)}\n`;
  const value = figure.value === null ? "" : flowScalar(figure.value);
  const unit = figure.unit ? `, unit: ${flowScalar(figure.unit)}` : "";
  const last = figure.last === null ? "" : `, last: ${flowScalar(figure.last)}`;
  const digits = figure.digits === undefined ? "" : `, digits: ${figure.digits}`;
  return `  ${key}: { value: ${value}${last}${unit}${digits} }\n`;
}

/**
 * Every number starts blank: the unit and the rounding stay, a number moves into `last` (a blank
 * one leaves `last` blank). A name (text, no unit: 街道名) does not change from year to year and is kept.
 */
function blankFigure(name: string, figure: Figure): string {
  const key = inlineScalar(name);
  const numeric = typeof figure.value === "number" || figure.last !== null || figure.unit !== "";
  if (!numeric) return `  ${key}: ${figure.value === null ? "" : inlineScalar(figure.value)}\n`.trimEnd() + "\n";
  const last = typeof figure.value === "number" ? flowScalar(figure.value) : "";
  const unit = figure.unit ? `, unit: ${flowScalar(figure.unit)}` : "";
  const digits = figure.digits === undefined ? "" : `, digits: ${figure.digits}`;
  return `  ${key}: { value: , last: ${last}${unit}${digits} }\n`;
}
