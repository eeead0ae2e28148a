/**
 * The data format of a year-end summary: the one description of the document's structure. Its
 * TypeScript types, the JSON Schema editors use, the texts the checks read, the lists the limits
 * count, the keys “did you mean” offers, the template's view and `report init`'s comments all come
 * from here (structure.ts walks it). Titles and descriptions are in Chinese because clerks read them
 * in their editor.
 *
 * Written with zod/mini, Zod's functional API: the same schemas, issues and JSON Schema as the
 * classic API, without building a method table for every schema at start-up (a large share of a
 * cold build with the classic API; `npm run bench` prints the cold build's time).
 */
import * as z from "zod/mini";
import { LEFTOVER_IDS, RULE_IDS } from "../writing-rules.js";
import { asOrdinalStyle, ORDINAL_STYLES } from "./numbering.js";
import { plainDigits } from "../plain-digits.js";
import { FIGURE_NAME } from "../word-patterns.js";

// Zod compiles each object schema to a function with `new Function` on first use: a saving for a
// long-running server, a cost for a command that parses one file and exits.
z.config({ jitless: true });

/** Figure names are used inside prose as {{name}}, so they must be a single Handlebars identifier. */
export { FIGURE_NAME };
/** Names the prose may use that are not figures. */
export const BUILT_IN_REFERENCES = {
  year: "年度",
  valueOnly: "数值",
  /** `{{同比 name}}`: the change on last year in words, 增长8.4% / 下降3.1% / 提高2.4个百分点 / 持平. */
  change: "同比",
  /** `{{增减 name}}`: the change on last year as an amount, 增加0.28亿元 / 减少1.2万元 / 持平. */
  amount: "增减",
} as const;

/** How many decimals a comparison may be rounded to (`digits`); one unless the figure says otherwise. */
export const DIGITS_RANGE = { minimum: 0, maximum: 4, default: 1 } as const;

/**
 * The schema is made at every start, a large piece of a cold build's start-up work (`npm run bench`).
 * `.check()` returns a copy of its schema, so the metadata the JSON Schema and `report init` read is
 * set on the schema itself (`about`, as `withRole` sets a text's role) rather than by
 * `.check(z.meta(…))`, a copy and a check that does nothing at each parse; and the checks every text
 * has are one object each, shared.
 */
const about = <S extends z.ZodMiniType>(schema: S, meta: z.core.GlobalMeta): S => {
  z.globalRegistry.add(schema, meta);
  return schema;
};
const TRIMMED = z.trim();
const NON_EMPTY = z.minLength(1);

const text = () => z.string().check(TRIMMED, NON_EMPTY);

const prose = (title: string, description: string) =>
  about(text(), { title, description: `${description}可以用 {{数据名称}} 引用 figures 中的数据。` });

const figureValue = about(z.nullable(z.union([z.number(), text()])), {
  description: "数值或名称；还没有的留空，文中显示为 X。",
});

export const figureObjectSchema = z
  .strictObject({
    value: z.optional(figureValue),
    unit: z.optional(about(text(), { description: "单位，例如 万元、次、个、户、%、平方米。" })),
    last: z.optional(
      about(z.nullable(z.number()), {
        description:
          "去年同期的数值，只填阿拉伯数字；正文中的 {{同比 数据名称}}、{{增减 数据名称}} 用它和今年的数值算出同比。还没有的留空，文中显示为 X。",
      }),
    ),
    digits: z.optional(
      about(z.int().check(z.minimum(DIGITS_RANGE.minimum), z.maximum(DIGITS_RANGE.maximum)), {
        description: "同比保留几位小数（四舍五入），不写时保留 1 位，例如 digits: 2。",
      }),
    ),
  })
  // A figure with a unit is a quantity: its value is a number (or blank); validate/json-schema.ts tells editors so.
  .check(
    z.superRefine((figure, context) => {
      // So is a figure with last year's value: the two are compared.
      const quantity = figure.unit !== undefined || typeof figure.last === "number";
      if (quantity && typeof figure.value === "string") {
        context.addIssue({ code: "invalid_type", expected: "number", input: figure.value, path: ["value"] });
      }
    }),
  );

export const figureSchema = about(
  z.pipe(
    z.union([figureValue, figureObjectSchema]),
    z.transform((figure) =>
      figure !== null && typeof figure === "object"
        ? {
            value: figure.value ?? null,
            unit: figure.unit ?? "",
            last: figure.last ?? null,
            ...(figure.digits === undefined ? {} : { digits: figure.digits }),
          }
        : { value: figure, unit: "", last: null },
    ),
  ),
  {
    title: "数据",
    description:
      "一个数据：写成 { value: 数值, last: 去年的数值, unit: 单位 }，last 可以不写；没有单位的名称可以直接写，例如 战略名称: 强省会。",
  },
);

/**
 * What a text is in the document, for the checks and the writers that treat texts differently:
 * `line` is one paragraph (a title, a name); `paragraphs` may hold several, a blank line starting
 * the next; `heading` is a heading sentence the tool numbers; `point` is an item of 一是…二是….
 */
export type TextRole = "line" | "paragraphs" | "heading" | "point";
export const textRoles = z.registry<{ role: TextRole }>();

const withRole = <S extends z.ZodMiniType>(schema: S, role: TextRole): S => {
  textRoles.add(schema, { role });
  return schema;
};

const line = (title: string, description: string) => withRole(prose(title, description), "line");
const paragraphs = (title: string, description: string) =>
  withRole(prose(title, `${description}空一行另起一段。`), "paragraphs");

/** The heading levels under a part: （一）, 1., （1）; parts themselves are level 1 (一、). */
const LEVEL_NAMES = { 1: "一、", 2: "（一）", 3: "1.", 4: "（1）" } as const;
type SectionLevel = keyof typeof LEVEL_NAMES;

const headingText = (level: SectionLevel) =>
  withRole(
    prose(
      "标题",
      `标题，编号（默认 ${LEVEL_NAMES[level]}，可以用 numbering 改）由工具自动加上，不要自己写。以句号结尾的标题接排在正文段首，不带句号的标题单独成行。`,
    ),
    "heading",
  );

/**
 * The ordinal style of each level, from the list it is written on down: `[一、, 1.]` numbers the
 * parts 一、 and their items 1. (the （一） level skipped); levels past the list's end follow the
 * standard order after its last style (1. → （1） → ①). On a section, for the levels under it.
 */
export const numberingSchema = about(
  z
    .array(
      // An unquoted `1.` is the number 1 to YAML; it is taken as the style “1.”.
      z.pipe(
        z.union([z.enum(ORDINAL_STYLES), z.literal(1)]),
        z.transform((style) => asOrdinalStyle(style) ?? "1."),
      ),
    )
    .check(NON_EMPTY, z.maxLength(4)),
  {
    title: "编号方式",
    description: `各级标题的编号，从这一级往下依次写，可选 ${ORDINAL_STYLES.join(" ")}（“无”表示这一级不编号），例如 [一、, 1.] 表示一级用“一、”，下一级跳过“（一）”直接用“1.”；没写到的下级按 一、（一）1.（1）① 的顺序接着编。写在某一部分里时只管它下面的各级，下面重新从一编起。`,
  },
);

const yesNo = (title: string, description: string) => z.optional(about(z.boolean(), { title, description }));

/**
 * A table cell: a text (figures usable as {{…}}), or a number as YAML reads it, printed in plain
 * digits (1e-7 as 0.0000001; numbers that would not print as written are refused in validate/numbers.ts).
 */
const tableCell = () => {
  const cell = z.union([z.number(), prose("单元格", "一格的内容，数字或文字。")]);
  textRoles.add(cell, { role: "line" });
  return z.pipe(
    cell,
    z.transform((value) => (typeof value === "number" ? plainDigits(value) : value)),
  );
};

/**
 * A table in a section (表格), under its paragraphs: its 表题, the header row and the rows, each row
 * as many cells as the header. Columns whose cells are all numbers are right-aligned.
 */
export const tableSchema = about(
  z
    .strictObject({
      title: z.optional(line("表题", "表格上方居中的表题，例如“表1　2024年主要指标完成情况”；没有就不写。")),
      header: about(z.array(withRole(prose("列标题", "一列的标题。"), "line")).check(NON_EMPTY), {
        title: "表头",
        description: "表头一行，每列一项，例如 [指标, 单位, 完成数]；表格跨页时每页重复。",
      }),
      rows: about(
        z
          .array(
            about(z.array(tableCell()).check(NON_EMPTY), { title: "一行", description: "一行的各格，和表头一样多。" }),
          )
          .check(NON_EMPTY),
        { title: "表格内容", description: '每行一项，写成 [财政收入, 万元, "{{数值 财政收入}}"]；数字列自动右对齐。' },
      ),
    })
    .check(
      z.superRefine((table, context) => {
        table.rows.forEach((row, i) => {
          if (row.length !== table.header.length)
            context.addIssue({
              code: "custom",
              path: ["rows", i],
              params: { kind: "tableRow", cells: row.length, columns: table.header.length },
            });
        });
      }),
    ),
  { title: "表格", description: "这一部分正文下面的表格：表题 title、表头 header、各行 rows。" },
);

/** The fields every section has, at any level: its heading, its paragraphs, its 一是…二是…. */
const sectionFields = (level: SectionLevel) => ({
  heading: z.optional(headingText(level)),
  runIn: yesNo(
    "接排",
    "true：标题接排在正文段首；false：标题单独成行。不写时按标题末尾判断：有句号接排，没有句号单独成行。",
  ),
  numbered: yesNo(
    "编号",
    "false：这个标题不编号，例如单独成行的“2024年工作回顾”或段首的一句“营商环境全面优化。”；排法和编号的标题一样（runIn，或按句号判断）。默认编号。",
  ),
  numbering: z.optional(numberingSchema),
  leads: yesNo(
    "段首句",
    "true：正文每一段和每个“一是……”开头的第一句（到第一个句号为止）用下一级标题的字体接排，例如“营商环境全面优化。”。",
  ),
  body: z.optional(paragraphs("正文", "标题下面（或接在标题句后面）的正文。")),
  pointsLead: z.optional(paragraphs("引导语", "“一是……二是……”前面的一句话，例如“存在的问题主要有：”。")),
  points: z.optional(
    about(
      z.array(withRole(prose("一项", "一项内容，“一是”“二是”由工具自动加上，不要自己写。"), "point")).check(NON_EMPTY),
      { title: "一是……二是……", description: "每项一条，自动编号为“一是……二是……”，默认连成一段。" },
    ),
  ),
  pointsAsParagraphs: yesNo("分段", "true：“一是……”“二是……”各占一段；不写时连成一段。"),
  table: z.optional(tableSchema),
});

const itemsDescription = (level: SectionLevel) =>
  `下一级标题，编号 ${LEVEL_NAMES[level]} 自动生成；每项可以有 heading、body、points、items。`;

/** A level's `items`: the sections of the next level down. */
const itemsOf = <S extends z.ZodMiniType>(next: SectionLevel, schema: S) =>
  z.optional(about(z.array(schema).check(NON_EMPTY), { title: "下一级", description: itemsDescription(next) }));

/** A section of level 4 has no level below it; every other level's `items` are the next level. */
const level4Schema = z.strictObject(sectionFields(4));
const level3Schema = z.strictObject({ ...sectionFields(3), items: itemsOf(4, level4Schema) });
const level2Schema = z.strictObject({ ...sectionFields(2), items: itemsOf(3, level3Schema) });

/** A part (一、), with its own title; its `items` are （一）…. */
export const partSchema = z.strictObject({ ...sectionFields(1), items: itemsOf(2, level2Schema) });
/** A （一） section: the items of a part, or of a summary without parts. */
export const itemSchema = level2Schema;

/**
 * A section at any level. Every level has a part's fields (the lowest has no `items`), so each
 * level's sections are a part's type too.
 */
export type Section = z.output<typeof partSchema>;

/** A sentence's end, before any closing quotes or brackets: 。！？ (and their ASCII forms, and …). */
const SENTENCE_END = /[。！？!?…][”’」』）)]*$/u;

/**
 * Whether a section's heading runs into its paragraph: as the data says, else by the usual rule
 * (a heading sentence that ends in 。 runs in, one without stands alone), numbered or not.
 */
export function runsIn(section: Pick<Section, "heading" | "runIn">): boolean {
  return section.runIn ?? endsSentence(section.heading ?? "");
}

/** Whether a heading that runs in ends its sentence, so the paragraph's text does not run on from it. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** The three-part shape's sections (work, plans): a run-in heading sentence and its paragraph. */
export const sectionSchema = z.strictObject({
  heading: withRole(
    prose("标题句", "这一部分的标题句，连同句末的句号，例如“攻坚疫情防控，提升辖区‘免疫力’。”"),
    "heading",
  ),
  body: paragraphs("正文", "紧接在标题句后面的正文。"),
});

/** `2020-12-28`: the YAML core schema keeps it a string; it must be a real calendar day. */
export const isoDateSchema = about(z.string().check(z.refine(isCalendarDate, { params: { kind: "date" } })), {
  description: "日期，写成 年-月-日，例如 2020-12-28；文件中印成 2020年12月28日。",
});

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const closingSchema = about(
  z.strictObject({
    organisation: z.optional(line("落款单位", "落款的单位名称；不写时用 organisation。")),
    date: isoDateSchema,
  }),
  { title: "落款", description: "正文后面的发文单位和成文日期，例如 closing: { date: 2020-12-28 }。" },
);

/** Writing checks an office's house style does without (see src/writing-rules.ts). */
export const checksSchema = about(
  z.strictObject({
    off: z.optional(
      about(z.array(z.enum([...RULE_IDS, ...LEFTOVER_IDS])), {
        description:
          "不做的检查项，例如 [punct-space, num-date]；last-year 表示标题里的往年年份是有意写的，placeholder 表示“（请改写……）”是有意保留的。",
      }),
    ),
  }),
  { title: "文字检查", description: "标点、数字写法检查的设置，例如 checks: { off: [num-date] } 表示不检查日期写法。" },
);

export const draftLabelSchema = about(text(), {
  title: "草稿标记",
  description: "草稿页眉上印的文字，默认“草稿”，例如“征求意见稿”。",
});

/** The key-figures table, printed as the document's attachment (附件) with the attachment note under the body. */
export const keyFiguresSchema = about(
  z.strictObject({
    title: prose("附件标题", "附件表格的标题，也印在正文后面的“附件：”里，例如“{{年度}}年主要指标完成情况表”。"),
    figures: about(z.array(text().check(z.regex(FIGURE_NAME))).check(NON_EMPTY), {
      title: "表中的数据",
      description:
        "表格里列出的数据名称，每个一项，按表中的顺序写，例如 [财政收入, 外出招商]；每一行印出 指标、单位、今年、去年、同比。",
    }),
  }),
  { title: "主要指标表", description: "作为附件印在文件最后的主要指标完成情况表；不要附件时整项不写。" },
);

/** An attachment of its own (附件): a title, and its text, its table or both, on a page of its own. */
export const attachmentSchema = about(
  z
    .strictObject({
      title: line("附件标题", "附件的标题，也印在正文后面的“附件：”里，例如“2024年重点项目清单”。"),
      body: z.optional(paragraphs("附件正文", "附件的文字。")),
      table: z.optional(tableSchema),
    })
    .check(
      z.superRefine((attachment, context) => {
        if (attachment.body === undefined && attachment.table === undefined)
          context.addIssue({ code: "custom", path: [], params: { kind: "attachmentEmpty" } });
      }),
    ),
  { title: "附件", description: "一个附件：标题 title，正文 body 或表格 table（至少写一样）。" },
);

// ─── The 公文 frame (GB/T 9704-2012 §7.2 版头, §7.3.5 署名和印章, §7.3.6 附注, §7.4 版记) ───
// Every element is optional; a file without `frame` is the plain summary, laid out as before.

/** 发文字号 (§7.2.5): 机关代字, the year in full inside 〔〕, the number without 第 or leading zeros, 号. */
export const DOCUMENT_NUMBER = /^\S+〔\d{4}〕[1-9]\d*号$/u;
/** What is wrong with a 发文字号, for the message: wrong brackets, a leading zero, 第, or its shape. */
export type DocumentNumberProblem = "brackets" | "leadingZero" | "ordinal" | "shape";

export function documentNumberProblem(text: string): DocumentNumberProblem | undefined {
  if (DOCUMENT_NUMBER.test(text)) return undefined;
  if (/[[\]（）()【】〈〉<>{}［］〖〗]\s*\d{4}\s*[[\]（）()【】〈〉<>{}［］〖〗]/u.test(text)) return "brackets";
  if (/〔\d{4}〕第/u.test(text)) return "ordinal";
  if (/〔\d{4}〕0\d*号$/u.test(text)) return "leadingZero";
  return "shape";
}

/** 密级 (§7.2.2): 绝密, 机密 or 秘密, then ★ and the 保密期限 if there is one, e.g. 秘密★1年. */
export const SECRECY = /^(?:绝密|机密|秘密)(?:★\S+)?$/u;
/** 紧急程度 (§7.2.3). */
export const URGENCIES = ["特急", "加急"] as const;

const frameText = (title: string, description: string) => about(text(), { title, description });
const frameRule = (pattern: RegExp, rule: string) =>
  z.refine<string>((value) => pattern.test(value), { params: { kind: "frame", rule } });
const oneOrMany = (title: string, description: string) =>
  about(z.union([text(), z.array(text()).check(NON_EMPTY)]), { title, description });

export const frameSchema = about(
  z.strictObject({
    copyNumber: z.optional(
      frameText("份号", '份号，6 位阿拉伯数字，例如 "000001"（加引号，不然开头的 0 会丢）。').check(
        frameRule(/^\d{6}$/u, "copyNumber"),
      ),
    ),
    secrecy: z.optional(
      frameText("密级和保密期限", "例如“秘密★1年”“机密”；不涉密的不写。").check(frameRule(SECRECY, "secrecy")),
    ),
    urgency: z.optional(about(z.enum(URGENCIES), { title: "紧急程度", description: "“特急”或“加急”；不紧急的不写。" })),
    issuers: z.optional(
      oneOrMany(
        "发文机关",
        "发文机关标志上印的机关全称或规范化简称，例如“常宁市人民政府”；联合行文写成列表，主办机关在前。",
      ),
    ),
    suffix: z.optional(frameText("标志后缀", "印在机关名称后面的字，通常是“文件”；不写时只印机关名称。")),
    number: z.optional(
      frameText("发文字号", "例如“常政发〔2024〕12号”：年份用六角括号〔〕，序号不加“第”、不编虚位。").check(
        z.refine<string>((value) => documentNumberProblem(value) === undefined, {
          params: { kind: "frame", rule: "documentNumber" },
        }),
      ),
    ),
    signers: z.optional(
      oneOrMany("签发人", "上行文（例如报告）的签发人姓名；有签发人时发文字号居左、签发人居右，排在同一行。"),
    ),
    seal: z.optional(
      about(z.boolean(), {
        title: "加盖印章",
        description: "true：落款留出印章位置（成文日期右空四字，署名居中在日期之上）。",
      }),
    ),
    note: z.optional(frameText("附注", "成文日期下一行的附注，例如“此件公开发布”；圆括号由工具加上。")),
    copyTo: z.optional(
      oneOrMany("抄送机关", "版记里的抄送机关，例如“市委办公室，市人大常委会办公室”；最后的句号由工具加上。"),
    ),
    printedBy: z.optional(frameText("印发机关", "版记里的印发机关，通常是办公室，例如“常宁市人民政府办公室”。")),
    printedOn: z.optional(isoDateSchema),
  }),
  {
    title: "公文版式",
    description:
      "作为公文上报时的版头（份号、密级、紧急程度、红色发文机关标志、发文字号、签发人、红色分隔线）和版记（抄送、印发机关和印发日期）；整项不写时是普通的总结。",
  },
);

export type Frame = z.output<typeof frameSchema>;

/** The office's own Word file as the template: a path, from the data file's folder (src/reference/). */
export const referenceSchema = about(z.string().check(NON_EMPTY), {
  title: "本单位的Word模板",
  description:
    "本单位自己的 Word 文件（.docx 或 .dotx），从数据文件所在的文件夹找起，例如 红头模板.docx：用它的页面设置、字体字号、页眉页脚和红头，内容仍来自本文件；红头后面（或写着 {{正文}} 的段落处）接正文。命令行的 --reference 优先。",
});

/** The years a summary can be for; `report init --year` accepts the same. */
export const YEAR_RANGE = { minimum: 1949, maximum: 2100 } as const;

/**
 * The ways a summary's body can be written, of which a file uses one: parts with their own titles
 * (一、), （一） sections without parts, or the three-part shape (work, problems, plans).
 */
export const BODY_SHAPES = [["parts"], ["items"], ["work", "problems", "plans"]] as const;

export const summarySchema = about(
  z
    .strictObject({
      year: about(z.int().check(z.minimum(YEAR_RANGE.minimum), z.maximum(YEAR_RANGE.maximum)), {
        title: "年度",
        description: "总结的年度，例如 2020。",
      }),
      organisation: line("单位名称", "发文单位，例如“{{街道名}}街道”。"),
      title: line(
        "标题",
        "文件标题，例如“{{年度}}年度{{街道名}}街道工作总结”。太长的标题自动分行；要自己分行（梯形或菱形）时写成 title: |- ，下面每行一行标题。",
      ),
      subtitle: z.optional(
        line("题注", "标题下面居中的一行，例如“——在政协常宁市第十一届委员会第四次会议上”；没有就不写。"),
      ),
      speaker: z.optional(line("报告人", "题注下面居中的报告人或作者，例如“常宁市政协主席　张三”；没有就不写。")),
      salutation: z.optional(line("称呼", "标题下面顶格的称呼，例如“各位代表：”；没有就不写。")),
      intro: z.optional(paragraphs("开头", "标题下面、第一部分前面的开头段落。")),
      numbering: z.optional(numberingSchema),
      wordNumbering: yesNo(
        "Word 自动编号",
        "true：Word 文件里的标题编号（一、（一）1.（1）……，按 numbering）由 Word 的自动编号生成，在 Word 或 WPS 里插入、删除一部分时编号自动重排；页面上和打字的编号一样。默认 false：编号作为文字打在标题里。只管 Word 文件，txt、md 和预览照样打出编号。",
      ),
      contents: yesNo(
        "目录",
        "true：标题下面加目录，列出正文各级标题（一、（一）1.（1）），Word 文件里是能更新的目录（引用 → 更新目录），带页码，正文从下一页开始。默认 false：没有目录。",
      ),
      parts: z.optional(
        about(z.array(partSchema).check(NON_EMPTY), {
          title: "部分",
          description:
            "总结的各个部分，编号 一、二、…… 自动生成；每部分有自己的标题 heading，下面可以有 body、points、items。",
        }),
      ),
      items: z.optional(
        about(z.array(itemSchema).check(NON_EMPTY), {
          title: "（一）（二）……",
          description: "没有“一、二、”这一级时，直接写（一）（二）……各项；编号自动生成。不能和 parts 同时使用。",
        }),
      ),
      work: z.optional(
        about(z.array(sectionSchema).check(NON_EMPTY), {
          title: "主要工作完成情况",
          description: "每项工作一段，编号（一）（二）……自动生成。",
        }),
      ),
      problems: z.optional(
        about(
          z
            .array(withRole(prose("问题", "一个问题，例如“招商载体不足。辖区楼宇资源稀缺。”"), "point"))
            .check(NON_EMPTY),
          { title: "工作中存在的问题", description: "每个问题一项，自动连成“一是……二是……”。" },
        ),
      ),
      plans: z.optional(
        about(z.array(sectionSchema).check(NON_EMPTY), {
          title: "明年工作计划",
          description: "每项计划一段，编号自动生成。",
        }),
      ),
      closing: z.optional(closingSchema),
      draftLabel: z.optional(draftLabelSchema),
      keyFigures: z.optional(keyFiguresSchema),
      attachments: z.optional(
        about(z.array(attachmentSchema).check(NON_EMPTY), {
          title: "附件",
          description:
            "文件后面的附件，每个一项，按顺序编号为附件1、附件2……（有主要指标表时它是附件1），各自另起一页；正文后面自动印“附件：1.…… 2.……”。",
        }),
      ),
      checks: z.optional(checksSchema),
      frame: z.optional(frameSchema),
      reference: z.optional(referenceSchema),
      figures: about(z._default(z.record(z.string().check(z.regex(FIGURE_NAME)), figureSchema), {}), {
        title: "数据",
        description: "正文中用到的数字和名称，每个只填一次。",
      }),
    })
    .check(
      z.superRefine((summary, context) => {
        const used = BODY_SHAPES.filter((keys) => keys.some((key) => summary[key] !== undefined));
        for (const shape of used.slice(1)) {
          const key = shape.find((k) => summary[k] !== undefined) ?? shape[0];
          const other = used[0]?.find((k) => summary[k] !== undefined) ?? "";
          context.addIssue({ code: "custom", path: [key], params: { kind: "mixedShapes", key, other } });
        }
      }),
    ),
  { title: "年度工作总结", description: "report 生成年度工作总结所用的数据文件。" },
);

export type Summary = z.output<typeof summarySchema>;
export type Figure = z.output<typeof figureSchema>;
