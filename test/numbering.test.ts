/**
 * Numbering as documents write it (issue 22): each level's ordinal style from the data, a level
 * skipped, numbering restarting inside a part, 第一部分 / 第一章 / ①, headings without a number on a
 * line of their own, and lead sentences in any paragraph or point. The expected texts are written
 * out here by hand; each is checked in the plain text, the Markdown, the Word file's paragraphs and
 * the preview's page, which all read one document model.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, DocumentModel } from "../src/model.js";
import { render } from "../src/render/render.js";
import { loadTemplate } from "../src/render/template.js";
import { writeMd } from "../src/write/md.js";
import { writeTxt } from "../src/write/txt.js";
import { documentHtml } from "../src/write/html.js";
import { checkFile, docxParagraphTexts, fixture, runCli, tempDir } from "./helpers.js";

const path = (name: string) => fixture(join("numbering", `${name}.yaml`));
const lines = (...text: string[]) => text.map((line) => `${line}\n`).join("");

function model(name: string): DocumentModel {
  const { summary, diagnostics } = checkFile(path(name));
  expect(diagnostics).toEqual([]);
  return render(summary!, loadTemplate(), "templates").model;
}
const txt = (name: string) => new TextDecoder().decode(writeTxt(model(name)));
const md = (name: string) => new TextDecoder().decode(writeMd(model(name)));
/** Each block as its kind and level: h2 for a heading on its own line, `p runin2` for a run-in one. */
const shapes = (name: string) =>
  model(name).blocks.map((block: Block) => {
    if (block.kind === "heading") return `h${block.level}`;
    if (block.kind !== "paragraph") return block.kind;
    const levels = [...new Set(block.runs.flatMap((run) => (run.heading ? [run.heading] : [])))];
    return levels.length ? `p ${levels.map((l) => `runin${l}`).join(" ")}` : "p";
  });

describe("a level skipped: numbering [一、, 1.]", () => {
  it("numbers the parts 一、, their items 1. and the level under those （1）, the standard order after the last", () => {
    expect(txt("skipped-level")).toBe(
      lines(
        "县农业农村局2024年工作总结",
        "一、主要工作",
        "1.抓好粮食生产。全年粮食播种面积稳定在52万亩。",
        "2.推进高标准农田建设。新建高标准农田3万亩。",
        "（1）抓进度。每周调度一次。",
        "（2）抓质量。聘请第三方全程监理。",
        "二、存在的问题",
        "一是农业产业链条较短。二是农民增收渠道不宽。",
      ),
    );
    // The layer keeps its font and outline level (GB/T 9704 §7.3.3 sets fonts by layer): 1. is the second.
    expect(shapes("skipped-level")).toEqual(["title", "h1", "p runin2", "p runin2", "p runin3", "p runin3", "h1", "p"]);
  });

  it("takes an unquoted 1. (a number to YAML) as the style 1.", () => {
    const { summary } = checkFile(path("skipped-level"));
    expect(summary?.numbering).toEqual(["一、", "1."]);
  });
});

describe("numbering restarting inside a part", () => {
  it("numbers a part's sections from 一、 again when the part says numbering: [一、, （一）]", () => {
    expect(txt("restart-in-part")).toBe(
      lines(
        "西湖街道2023年工作总结",
        "一、2023年工作回顾",
        "一、提升城市品质",
        "（一）完成老旧小区改造。改造小区8个。",
        "（二）整治背街小巷。整治街巷12条。",
        "二、增进民生福祉",
        "（一）办好民生实事。十件实事全部完成。",
        "二、2024年工作打算",
        "（一）抓好项目建设。推进重点项目10个。",
      ),
    );
  });
});

describe("第一部分 above 一、", () => {
  it("prints 第一部分 with a full-width space before the title, and restarts 一、 in each part", () => {
    expect(txt("parts-and-chapters")).toBe(
      lines(
        "市人民医院2023年工作总结",
        "第一部分\u30002023年工作回顾",
        "一、医疗质量",
        "（一）落实核心制度。开展病历质控检查12次。",
        "二、学科建设",
        "新增市级重点专科2个。",
        "第二部分\u30002024年工作计划",
        "一、改善就医体验",
        "推行预约诊疗。",
      ),
    );
    expect(shapes("parts-and-chapters")).toEqual(["title", "h1", "h2", "p runin3", "h2", "p", "h1", "h2", "p"]);
  });
});

describe("第一章 and ①", () => {
  it("numbers four levels 第一章 一、 1. ①", () => {
    expect(txt("chapters-circled")).toBe(
      lines(
        "县第一中学2023年工作总结",
        "第一章\u3000教育教学",
        "一、课堂教学",
        "1.抓常规。",
        "①备课。实行集体备课。",
        "②作业。作业分层布置。",
      ),
    );
  });
});

describe("a heading without a number on a line of its own", () => {
  it("stands alone when numbered: false and it has no 。, and the level under it is numbered from 一、", () => {
    expect(txt("stand-alone-unnumbered")).toBe(
      lines(
        "南湖街道2023年工作总结",
        "2023年工作回顾",
        "一、经济发展",
        "完成固定资产投资12亿元。",
        "二、社会治理",
        "化解矛盾纠纷300件。",
        "2024年工作打算",
        "一、抓招商。引进项目20个。",
      ),
    );
    expect(shapes("stand-alone-unnumbered")).toEqual(["title", "h1", "h2", "p", "h2", "p", "h1", "p runin2"]);
    expect(md("stand-alone-unnumbered")).toContain("## 2023年工作回顾\n\n### 一、经济发展\n");
  });

  it("is reported by neither validate nor build (no “needs a 。”, no runIn advice)", () => {
    const result = runCli(["validate", path("stand-alone-unnumbered")]);
    expect(result.stderr).toBe(`${path("stand-alone-unnumbered")}: no problems found\n`);
    expect(result.status).toBe(0);
  });

  it("numbering: [无, 一、] leaves a whole level without numbers", () => {
    expect(txt("no-numbers-level")).toBe(
      lines(
        "北湖街道2023年工作总结",
        "工作回顾",
        "一、抓党建。开展主题教育。",
        "二、抓发展。新增市场主体500户。",
        "工作打算",
        "一、抓落实。逐项销号。",
      ),
    );
  });
});

describe("lead sentences (leads: true)", () => {
  it("sets each paragraph's and each point's first sentence in a heading's font, after a run-in heading and after 一是", () => {
    expect(txt("leads")).toBe(
      lines(
        "东港街道2023年工作总结",
        "一、工作回顾",
        "（一）聚焦营商环境，服务质效持续提升。营商环境全面优化。全年走访企业300家。",
        "政务服务更加便捷。“一网通办”事项达到95%。",
        "（二）聚焦民生保障",
        "一是就业形势稳定。新增就业岗位800个。二是社会救助有力。发放救助金120万元。",
      ),
    );
    const [, , first, second, , points] = model("leads").blocks;
    const heading = (block: Block | undefined) =>
      block?.kind === "paragraph" ? block.runs.map((run) => [run.text, run.heading ?? 0]) : [];
    expect(heading(first)).toEqual([
      ["（一）聚焦营商环境，服务质效持续提升。", 2],
      ["营商环境全面优化。", 3],
      ["全年走访企业300家。", 0],
    ]);
    expect(heading(second)).toEqual([
      ["政务服务更加便捷。", 3],
      ["“一网通办”事项达到95%。", 0],
    ]);
    expect(heading(points)).toEqual([
      ["一是", 0],
      ["就业形势稳定。", 3],
      ["新增就业岗位800个。二是", 0],
      ["社会救助有力。", 3],
      ["发放救助金120万元。", 0],
    ]);
  });

  it("bolds each lead sentence where it stands in Markdown, and marks it in the preview", () => {
    expect(md("leads")).toContain("一是**就业形势稳定**。新增就业岗位800个。二是**社会救助有力**。发放救助金120万元。");
    const html = documentHtml(model("leads"), { final: false });
    expect(html).toContain('<span class="runin l3">社会救助有力。</span>');
  });
});

describe("the same numbers in the Word file", () => {
  it("prints each heading's number in its paragraph", () => {
    const out = join(tempDir(), "out.docx");
    expect(runCli(["build", path("parts-and-chapters"), "-o", out]).status).toBe(0);
    // The title is followed by its blank line (GB/T 9704 §7.3.1).
    expect(docxParagraphTexts(readFileSync(out)).slice(0, 6)).toEqual([
      "市人民医院2023年工作总结",
      "",
      "第一部分\u30002023年工作回顾",
      "一、医疗质量",
      // A run-in heading is a heading paragraph of its own joined by Word's style separator.
      "（一）落实核心制度。",
      "开展病历质控检查12次。",
    ]);
  });
});

describe("a number typed into a heading", () => {
  it("is quoted as the data's numbering prints it: 1. under [一、, 1.], 第二部分 under [第一部分]", () => {
    const dir = tempDir();
    const file = join(dir, "typed.yaml");
    writeFileSync(
      file,
      [
        "year: 2024",
        "organisation: 县农业农村局",
        "title: 县农业农村局工作总结",
        "numbering: [第一部分, 1.]",
        "parts:",
        "  - heading: 工作回顾",
        "  - heading: 第二部分工作打算",
        "    items:",
        "      - heading: 1.抓粮食生产。",
        "        body: 播种面积稳定。",
        "",
      ].join("\n"),
    );
    const { diagnostics } = checkFile(file);
    expect(diagnostics.map((d) => [d.code, d.position?.line, d.position?.column, d.params])).toEqual([
      ["ownOrdinal", 7, 14, { field: "parts.1.heading", found: "第二部分", printed: "第二部分\u3000" }],
      ["ownOrdinal", 9, 18, { field: "parts.1.items.0.heading", found: "1.", printed: "1." }],
    ]);
  });
});
