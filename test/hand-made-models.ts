/**
 * Documents written by hand as document models, one with every kind of block, for the Word
 * writer's tests and the render suite (no data format for all of them exists yet).
 */
import { withContents } from "../src/render/contents.js";
import type { Block, DocumentModel, Run, Runs, Table } from "../src/model.js";

const text = (t: string): Run => ({ text: t });
const runIn = (level: 1 | 2 | 3 | 4, t: string): Run => ({ text: t, heading: level });
const sentence =
  "街道坚持以人民为中心的发展思想，统筹推进各项工作，辖区经济社会保持平稳健康发展，群众获得感、幸福感、安全感不断增强。";

/** A table of `rows` key figures: 指标 / 单位 / 2023年 / 2022年 / 同比. */
export function figuresTable(rows: number): Table {
  return {
    columns: [
      { header: "指标", align: "left" },
      { header: "单位", align: "center" },
      { header: "2023年", align: "right" },
      { header: "2022年", align: "right" },
      { header: "同比", align: "right" },
    ],
    rows: Array.from({ length: rows }, (_, i): Runs[] => [
      [text(`第${i + 1}项主要指标`)],
      [text("亿元")],
      [i === 2 ? { text: "X", figure: "blank" } : { text: (3.62 + i).toFixed(2), figure: "filled" }],
      [text((3.34 + i).toFixed(2))],
      [text("增长8.4%")],
    ]),
  };
}

/**
 * Every kind of block: a salutation, four heading levels on their own lines and run in, the
 * attachment note, the closing and an attachment with a table of `tableRows` rows.
 */
export function everyKind(tableRows = 6): DocumentModel {
  const blocks: Block[] = [
    { kind: "title", runs: [text("某某街道关于2023年度工作情况的总结")] },
    { kind: "salutation", runs: [text("各位代表：")] },
    { kind: "paragraph", runs: [text(sentence)] },
    { kind: "heading", level: 1, runs: [text("一、"), text("2023年工作回顾")] },
    { kind: "heading", level: 2, runs: [text("（一）"), text("加强队伍建设")] },
    { kind: "paragraph", runs: [text(sentence + sentence)] },
    { kind: "heading", level: 3, runs: [text("1."), text("完善制度体系")] },
    { kind: "paragraph", runs: [text(sentence)] },
    { kind: "heading", level: 4, runs: [text("（1）"), text("健全考核办法")] },
    { kind: "paragraph", runs: [text(sentence)] },
    { kind: "paragraph", runs: [runIn(2, "（二）"), runIn(2, "优化营商环境。"), text(sentence)] },
    {
      kind: "paragraph",
      runs: [
        runIn(3, "2."),
        runIn(3, "推进项目落地。"),
        text("全年新开工项目"),
        { text: "X", figure: "blank" },
        text("个。"),
      ],
    },
    { kind: "paragraph", runs: [runIn(4, "（2）"), runIn(4, "做好服务保障。"), text(sentence)] },
    { kind: "heading", level: 1, runs: [text("二、"), text("2024年工作思路")] },
    { kind: "paragraph", runs: [runIn(1, "营商环境全面优化。"), text(sentence)] },
    { kind: "attachmentNote", items: [[text("1.2023年主要指标完成情况表")], [text("2.2023年重点项目清单")]] },
    { kind: "closing", lines: [[text("某某街道办事处")], [text("2023年12月28日")]] },
    { kind: "attachment", label: "附件1", title: [text("2023年主要指标完成情况表")], table: figuresTable(tableRows) },
  ];
  return {
    blocks,
    date: "2023-12-28",
    draftLabel: "草稿",
    properties: { title: "某某街道关于2023年度工作情况的总结", author: "某某街道办事处" },
  };
}

/** everyKind with a character outside GB2312 (喆) ending every run and every column's header. */
export function everyKindOutsideGb2312(model: DocumentModel = everyKind()): DocumentModel {
  const runs = (list: Runs): Runs => list.map((r) => ({ ...r, text: `${r.text}喆` }));
  const blocks = model.blocks.map((block): Block => {
    switch (block.kind) {
      case "closing":
        return { ...block, lines: block.lines.map(runs) };
      case "attachmentNote":
        return { ...block, items: block.items.map(runs) };
      case "attachment": {
        const { columns, rows } = block.table ?? { columns: [], rows: [] };
        const table = {
          columns: columns.map((c) => ({ ...c, header: `${c.header}喆` })),
          rows: rows.map((row) => row.map(runs)),
        };
        return { ...block, title: runs(block.title), table };
      }
      case "table": {
        const { columns, rows } = block.table;
        const table = {
          columns: columns.map((c) => ({ ...c, header: `${c.header}喆` })),
          rows: rows.map((row) => row.map(runs)),
        };
        return { ...block, title: runs(block.title), table };
      }
      case "letterhead":
        return { ...block, issuers: block.issuers.map((n) => `${n}喆`), signers: block.signers.map((n) => `喆${n}`) };
      case "annotation":
        return { ...block, text: `${block.text}喆` };
      case "colophon":
        return { ...block, copyTo: `${block.copyTo}喆`, printedBy: `${block.printedBy}喆` };
      case "contents":
        return { ...block, entries: block.entries.map((e) => ({ ...e, text: `${e.text}喆` })) };
      default:
        return { ...block, runs: runs(block.runs) };
    }
  });
  return { ...model, blocks };
}

/**
 * everyKind in the 公文 frame: 版头 with every mark, joint issuers and three signers, a 题注 and a
 * speaker under the title, a table in the text, a sealed closing, 附注 and the 版记 with 抄送.
 */
export function everyFrameKind(): DocumentModel {
  const model = everyKind();
  const letterhead: Block = {
    kind: "letterhead",
    marks: ["000001", "秘密★1年", "特急"],
    issuers: ["某某市人民政府", "某某市财政局"],
    suffix: "文件",
    number: "某政报〔2024〕3号",
    signers: ["张三", "李四", "王五"],
  };
  // With the kinds whose styles, like the frame's, a file carries only when it uses them: the lines
  // under the title (titleNote) and a table in the text with its 表题.
  const blocks = model.blocks.flatMap((block): Block[] =>
    block.kind === "closing"
      ? [
          { ...block, seal: true },
          { kind: "annotation", text: "（此件公开发布）" },
        ]
      : block.kind === "title"
        ? [
            block,
            { kind: "titleNote", role: "subtitle", runs: [{ text: "——在街道第五届居民代表大会第三次会议上" }] },
            { kind: "titleNote", role: "speaker", runs: [{ text: "街道办事处主任\u3000张三" }] },
          ]
        : block.kind === "salutation"
          ? [block, { kind: "table", title: [{ text: "表1\u30002023年重点项目" }], table: figuresTable(3) }]
          : [block],
  );
  const colophon: Block = {
    kind: "colophon",
    copyTo: "某某市委办公室，某某市人大常委会办公室。",
    printedBy: "某某市人民政府办公室",
    printedOn: "2024年1月5日印发",
  };
  return { ...model, blocks: [letterhead, ...blocks, colophon] };
}

/** The model with its contents (目录), as the render stage adds them for `contents: true`. */
export function withContentsBlock(model: DocumentModel): DocumentModel {
  return { ...model, blocks: withContents(model.blocks, true) };
}
