/**
 * Any real summary from YAML alone (issue 10): each shape the published summaries have, in a fixture
 * of its own, built to text; the expected text is written out here by hand.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block } from "../src/model.js";
import { buildDocument } from "../src/pipeline.js";
import { render } from "../src/render/render.js";
import { loadTemplate } from "../src/render/template.js";
import { ROOT, fixture, runCli, tempDir, checkFile } from "./helpers.js";

const shape = (name: string) => fixture(join("shapes", `${name}.yaml`));
const built = (name: string, format = "txt") => {
  const result = runCli(["build", shape(name), "-f", format, "-o", "-"]);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout;
};
const lines = (...text: string[]) => text.map((line) => `${line}\n`).join("");

/** The blocks of a fixture's document model, each as its kind (and level) and its runs' roles. */
function blocks(name: string): string[] {
  const { summary, diagnostics } = checkFile(shape(name));
  expect(diagnostics).toEqual([]);
  const describe = (block: Block) => {
    if (block.kind === "heading") return `h${block.level}`;
    if (block.kind !== "paragraph") return block.kind;
    const runIn = block.runs.find((run) => run.heading)?.heading;
    return runIn ? `p runin${runIn}` : "p";
  };
  return render(summary!, loadTemplate(), "templates").model.blocks.map(describe);
}

describe("(a) four parts with their own titles", () => {
  it("numbers them 一、 to 四、, a part's title may use figures, and a part may open with a paragraph", () => {
    expect(built("a-four-parts")).toBe(
      lines(
        "2023年东湖街道工作总结和2024年工作思路",
        "2023年，东湖街道在区委、区政府的坚强领导下，较好完成了全年各项目标任务。现将有关情况报告如下。",
        "一、2023年工作回顾",
        "一年来，街道上下团结一心，经济社会各项事业稳步发展。",
        "（一）经济运行稳中有进。全年完成一般公共预算收入1.2亿元，同比增长5.1%。",
        "（二）城市面貌持续改善。完成老旧小区改造6个，惠及居民2300户。",
        "二、主要做法和经验",
        "（一）坚持党建引领。把党的建设贯穿基层治理全过程，以党建带动各项工作。",
        "（二）坚持问题导向。聚焦群众急难愁盼问题，建立清单，逐项销号。",
        "三、存在的不足",
        "一是经济增长后劲不足，新的增长点培育较慢。二是公共服务配套仍有短板。",
        "四、2024年工作思路",
        "（一）聚力项目建设。推动在建项目早竣工、早见效。",
        "（二）聚力民生改善。办好群众身边的实事。",
        "东湖街道",
        "2023年12月28日",
      ),
    );
  });
});

describe("(b) no part level: （一） headings on their own lines, two paragraphs under each", () => {
  it("prints each heading alone and each blank line as a new paragraph, in a | block and in plain text", () => {
    expect(built("b-no-parts")).toBe(
      lines(
        "城南卫生院2022年度工作总结",
        "今年以来，我院坚持以人民健康为中心，各项工作取得新进展。",
        "（一）医疗服务能力稳步提升",
        "全年门诊52000人次，住院3100人次。新开展适宜技术三项。",
        "家庭医生签约服务覆盖率达到65%。",
        "（二）公共卫生服务扎实推进",
        "完成辖区老年人健康体检，建立健康档案。",
        "开展健康教育讲座十二场。",
      ),
    );
    expect(blocks("b-no-parts")).toEqual(["title", "p", "h2", "p", "p", "h2", "p", "p"]);
  });

  it("gives the headings their level in Markdown too", () => {
    expect(built("b-no-parts", "md")).toContain("### （一）医疗服务能力稳步提升\n\n全年门诊52000人次");
  });
});

describe("(c) five themed parts, two paragraphs each, no problems and no plans", () => {
  it("prints the five parts as written and nothing else", () => {
    expect(built("c-five-parts")).toBe(
      lines(
        "实验小学2021年工作总结",
        "一年来，学校围绕立德树人根本任务，扎实推进各项工作。",
        "一、党建工作",
        "学校党支部坚持“三会一课”制度。",
        "开展主题党日活动十二次。",
        "二、德育工作",
        "深入开展文明礼仪教育。",
        "组织学生参加社会实践活动。",
        "三、教学工作",
        "落实课程计划，开齐开足课程。",
        "开展校内公开课四十节。",
        "四、安全工作",
        "每月开展一次安全隐患排查。",
        "组织应急疏散演练四次。",
        "五、后勤保障",
        "完成教学楼维修改造。",
        "食堂实现明厨亮灶。",
      ),
    );
  });
});

describe("(d) a （一） heading on its own line, run-in items 1. 2. 3. under it, one with （1）（2）", () => {
  it("numbers each level in its own way, restarting under the level above", () => {
    expect(built("d-levels")).toBe(
      lines(
        "县交通运输局2023年工作总结",
        "一、主要工作",
        "（一）加强队伍建设",
        "全年围绕队伍建设重点抓了三件事。",
        "1.抓学习。每月组织一次集中学习。",
        "2.抓培训。分层分类开展业务培训。",
        "（1）新入职人员培训。开展岗前培训两期。",
        "（2）业务骨干培训。选派骨干到市局跟班学习。",
        "3.抓考核。实行季度考核、年终总评。",
        "（二）推进农村公路建设",
        "新建改建农村公路三十公里。",
      ),
    );
    expect(blocks("d-levels")).toEqual([
      "title",
      "h1",
      "h2",
      "p",
      "p runin3",
      "p runin3",
      "p runin4",
      "p runin4",
      "p runin3",
      "h2",
      "p",
    ]);
  });
});

describe("(e) 一是… after a lead-in sentence", () => {
  it("as paragraphs of their own, or joined into the lead-in's paragraph", () => {
    expect(built("e-points")).toBe(
      lines(
        "县统计局2023年工作总结",
        "一、存在的问题",
        "回顾一年来的工作，我们也清醒地看到存在的问题：",
        "一是统计基础仍然薄弱，基层统计人员流动较大。",
        "二是数据分析服务能力不强，对决策的支撑还不够。",
        "二、下一步打算",
        "明年重点做好三项工作：一是夯实统计基层基础。二是提升统计分析水平。三是加强统计法治建设。",
      ),
    );
  });
});

describe("(f) a salutation and two opening paragraphs", () => {
  it("prints the salutation on its own line before the opening's two paragraphs", () => {
    expect(built("f-salutation")).toBe(
      lines(
        "实验中学2023年度工作报告",
        "各位代表：",
        "现在，我代表学校向大会报告工作，请予审议。",
        "过去一年，全校教职工团结奋进，圆满完成了各项目标任务。",
        "一、过去一年的主要工作",
        "教育教学质量稳步提高。",
      ),
    );
    expect(blocks("f-salutation")).toEqual(["title", "salutation", "p", "p", "h1", "p"]);
  });
});

describe("run-in lead sentences without a number, and runIn overriding the usual rule", () => {
  it("prints an unnumbered lead sentence run in, in its level's font, and a heading with 。 alone when told", () => {
    expect(built("g-leads")).toBe(
      lines(
        "东柳街道2023年工作总结",
        "一、2023年工作回顾",
        "（一）坚持谋发展、促增长，全力提振经济活力。",
        "紧盯关键指标。十项经济指标中五项进入全区前列。",
        "提升发展动能。全年引进企业一百余家。",
        "（二）坚持抓党建、强基层。",
        "完成社区“两委”换届。",
      ),
    );
    expect(blocks("g-leads")).toEqual(["title", "h1", "p runin2", "p runin3", "p runin3", "h2", "p"]);
  });
});

describe("a custom template folder", () => {
  /** The default template as it was before issue 10: the three-part shape's fields, <runin> for （一）. */
  const OLD_TEMPLATE = [
    "<title>{{title}}</title>",
    "<p>{{intro}}</p>",
    "<h1>主要工作完成情况</h1>",
    "{{#each work}}",
    "<p><runin>{{heading}}</runin>{{body}}</p>",
    "{{/each}}",
    "<h1>工作中存在的问题</h1>",
    "<p>{{#each problems}}{{ordinal @index}}是{{this}}{{/each}}</p>",
    "<h1>明年工作计划</h1>",
    "{{#each plans}}",
    "<p><runin>{{heading}}</runin>{{body}}</p>",
    "{{/each}}",
  ].join("\n");
  const withTemplate = (text: string, data: string) => {
    const dir = tempDir();
    mkdirSync(join(dir, "t"));
    writeFileSync(join(dir, "t", "summary.hbs"), text);
    return runCli(["build", data, "-t", join(dir, "t"), "-f", "txt", "-o", "-"]);
  };

  it("written for the three-part shape still builds it as before", () => {
    const old = withTemplate(OLD_TEMPLATE, join(ROOT, "data", "2020.yaml"));
    expect(old.status).toBe(0);
    expect(old.stdout).toBe(runCli(["build", "data/2020.yaml", "-f", "txt", "-o", "-"]).stdout);
  });

  it("sees the general form: the data's own fields, and the body as sections with their levels and tags", () => {
    const template = [
      "<title>{{title}}</title>",
      "{{#each parts}}<p>{{heading}}：{{#each items}}{{heading}}{{/each}}</p>{{/each}}",
      "{{#each sections}}<p>{{level}} {{tag}} {{#each items}}{{level}} {{tag}} {{/each}}</p>{{/each}}",
    ].join("\n");
    const result = withTemplate(template, shape("d-levels"));
    // It prints the sections' levels and tags, not their texts: a warning names each text left out.
    const warnings = result.stderr.split("\n").filter((line) => line.includes("warning:"));
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.filter((line) => !line.includes("never prints"))).toEqual([]);
    expect(result.stdout).toBe(
      lines("县交通运输局2023年工作总结", "主要工作：加强队伍建设推进农村公路建设", "1 h1 2 h2 2 h2 "),
    );
  });
});

describe("the line each block comes from", () => {
  it("is the data file's line of the text, paragraph by paragraph, for a preview to point at", async () => {
    const { model } = await buildDocument(shape("b-no-parts"), { format: "txt", final: false, fonts: "standard" });
    // Lines 8–18 of b-no-parts.yaml: heading, a | block of two paragraphs, heading, a plain text of two.
    expect(model.blocks.map((block) => `${block.kind}:${"line" in block ? block.line : "-"}`)).toEqual([
      "title:-",
      "paragraph:6",
      "heading:8",
      "paragraph:10",
      "paragraph:13",
      "heading:14",
      "paragraph:15",
      "paragraph:18",
    ]);
    const salutation = await buildDocument(shape("f-salutation"), { format: "txt", final: false, fonts: "standard" });
    expect(salutation.model.blocks[1]).toMatchObject({ kind: "salutation", line: 5 });
  });
});
