/**
 * report import: finished documents back into data files that build to the same text — real
 * summaries' texts (test/fixtures/import/), report's own Word output, a .docx with Word's usual XML
 * (numbering.xml, a 楷体 run-in heading, a table), the figures found, --next-year, what cannot be
 * placed, and init --from pointing at import.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { createReport, importDocument, type ImportResult } from "../src/api.js";
import { fixture, runCli, tempDir } from "./helpers.js";

const report = createReport();
const REAL = readdirSync(fixture("import")).filter((f) => f.endsWith(".txt"));
const SHAPES = readdirSync(fixture("shapes")).map((f) => join("shapes", f));

async function txtOf(text: string): Promise<string> {
  const built = await report.build({ text, name: "data.yaml" }, { format: "txt" });
  if (!built.ok) throw new Error(JSON.stringify(built.diagnostics.filter((d) => d.severity === "error")));
  return new TextDecoder().decode(built.bytes);
}

async function docxOf(text: string): Promise<Uint8Array> {
  const built = await report.build({ text, name: "data.yaml" }, { format: "docx" });
  if (!built.ok) throw new Error("build failed");
  return built.bytes;
}

async function imported(bytes: Uint8Array, name: string, options = {}): Promise<Extract<ImportResult, { ok: true }>> {
  const result = await importDocument({ bytes, name }, options);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result;
}

const enc = (text: string) => new TextEncoder().encode(text);

describe("the round trip: import → data file → build gives the text back", () => {
  const texts = [
    ...REAL.map((f) => ({ name: f, text: readFileSync(fixture(join("import", f)), "utf8") })),
    { name: "2020-street-summary.txt", text: readFileSync(fixture("2020-street-summary.txt"), "utf8") },
  ];

  it.each(texts)("$name: through txt, exactly", async ({ name, text }) => {
    const data = await imported(enc(text), name);
    expect(await txtOf(data.text)).toBe(text.replace(/\n+$/, "\n"));
  });

  it.each(texts)("$name: through the .docx report builds of it, the same text", async ({ name, text }) => {
    const first = await imported(enc(text), name);
    const again = await imported(await docxOf(first.text), name.replace(/\.txt$/, ".docx"));
    expect(await txtOf(again.text)).toBe(text.replace(/\n+$/, "\n"));
  });

  it.each([...SHAPES, "2020-filled.yaml", "comparisons.yaml"])(
    "%s: built, imported from .docx, .txt and .md, built again",
    async (file) => {
      const yaml = readFileSync(fixture(file), "utf8");
      const txt = await txtOf(yaml);
      for (const [bytes, name] of [
        [await docxOf(yaml), "x.docx"],
        [enc(txt), "x.txt"],
        [((await report.build({ text: yaml }, { format: "md" })) as { bytes: Uint8Array }).bytes, "x.md"],
      ] as const) {
        const back = await imported(bytes, name);
        expect(await txtOf(back.text), `${file} through ${name}`).toBe(txt);
      }
    },
  );

  it("finds the levels, the run-in headings, the points and the closing of a document report built", async () => {
    const yaml = readFileSync(fixture("shapes/d-levels.yaml"), "utf8");
    const back = await imported(await docxOf(yaml), "d.docx");
    const part = back.data.parts?.[0];
    expect(part?.heading).toBe("主要工作");
    expect(part?.items?.[0]?.heading).toBe("加强队伍建设");
    expect(part?.items?.[0]?.items?.map((i) => i.heading)).toEqual(["抓学习。", "抓培训。", "抓考核。"]);
    expect(part?.items?.[0]?.items?.[1]?.items?.[1]).toEqual({
      heading: "业务骨干培训。",
      body: "选派骨干到市局跟班学习。",
    });
    const filled = await imported(await docxOf(readFileSync(fixture("2020-filled.yaml"), "utf8")), "f.docx");
    expect(filled.data.closing).toEqual({ date: "2020-12-28" });
    expect(filled.data.organisation).toBe("北坦街道");
    expect(filled.data.parts?.[1]?.points).toHaveLength(3);
  });
});

describe("the data file is laid out as report init writes one", () => {
  it("has the schema line, Chinese comments, the general form and the figures with their values", async () => {
    const { text } = await imported(readFileSync(fixture("import/street-2022.txt")), "street-2022.txt");
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=/);
    expect(text).toMatch(/（由 \S+ import 生成）/);
    expect(text).toMatch(/^parts:$/m);
    expect(text).toMatch(/^# 部分：/m);
    expect(text).toContain("title: 中大槐树街道{{年度}}年工作总结");
    expect(text).toMatch(/^ {2}\S+: \{ value: 17446\.6, unit: 万元 \}$/m);
    expect(text).not.toMatch(/^(work|problems|plans):/m);
  });
});

describe("figures", () => {
  const UNIT_NUMBER =
    /(?<![\d.])\d+(?:\.\d+)?(?:余|多)?(?:万元|亿元|元|%|个|人|户|家|项|件|次|平方米|公里|名|条|处|场)/gu;

  it.each(REAL)("%s: every number with a unit is a figure or is reported as kept", async (file) => {
    const text = readFileSync(fixture(join("import", file)), "utf8");
    const result = await imported(enc(text), file);
    const inText = [...text.matchAll(UNIT_NUMBER)].filter((m) => !/^\d+(?:\.\d+)?[年月日]/.test(m[0]));
    const figures = Object.values(result.data.figures).filter((f) => typeof f.value === "number");
    const kept = result.diagnostics.filter((d) => d.code === "importNumberKept");
    const data = result.text
      .split("\n")
      .filter((line) => !line.trimStart().startsWith("#"))
      .join("\n");
    const references = (data.match(/\{\{(?:数值 )?[^{}]+\}\}/g) ?? []).filter((r) => r !== "{{年度}}");
    expect(references.length + kept.length).toBe(inText.length);
    for (const m of inText) {
      const value = Number(/^\d+(?:\.\d+)?/.exec(m[0])?.[0]);
      const found = figures.some((f) => f.value === value) || kept.some((d) => JSON.stringify(d.params).includes(m[0]));
      expect(found, m[0]).toBe(true);
    }
  });

  it("names figures from the words before them and keeps what would not print back", async () => {
    const text =
      "某街道2023年工作总结\n完成财政收入23456万元，固定资产投资3.60亿元，开展外出招商36次、建立12个社区工作站，筹集资金800余万元，比上年提高2.4个百分点。\n";
    const result = await imported(enc(text), "t.txt");
    expect(result.data.figures).toMatchObject({
      财政收入: { value: 23456, unit: "万元" },
      外出招商: { value: 36, unit: "次" },
      社区工作站: { value: 12, unit: "个" },
      资金: { value: 800, unit: "万元" },
    });
    expect(result.text).toContain("筹集资金{{数值 资金}}余万元");
    const kept = result.diagnostics
      .filter((d) => d.code === "importNumberKept")
      .map((d) => (d.params as { text: string }).text);
    expect(kept).toEqual(["3.60亿元", "2.4个"]);
    expect(await txtOf(result.text)).toBe(text);
  });

  it("makes the X of a still blank number a blank figure", async () => {
    const result = await imported(enc("某街道2020年工作总结\n完成财政收入X万元。\n"), "t.txt");
    expect(result.data.figures).toEqual({ 财政收入: { value: null, unit: "万元", last: null } });
  });

  it("--no-figures keeps every number as text", async () => {
    const text = readFileSync(fixture("import/street-2022.txt"));
    const result = await imported(text, "s.txt", { figures: false });
    expect(result.data.figures).toEqual({});
    expect(result.text).toContain("17446.6万元");
  });

  it("--next-year: the year advanced, values moved to last; it builds as a draft", async () => {
    const text = readFileSync(fixture("import/street-2022.txt"));
    const result = await imported(text, "s.txt", { nextYear: true });
    expect(result.data.year).toBe(2023);
    expect(result.data.figures).toMatchObject({ 投资: { value: null, last: 17446.6, unit: "万元" } });
    expect(result.text).toContain("累计完成投资{{投资}}");
    const draft = await txtOf(result.text);
    expect(draft.split("\n")[0]).toBe("中大槐树街道2023年工作总结");
    expect(draft).toContain("累计完成投资X万元");
    const final = await report.build({ text: result.text }, { format: "docx", final: true });
    expect(final.ok).toBe(false);
  });
});

/** A .docx as Word writes one: styles with outline levels, numbering.xml, a 楷体 run-in heading, a table. */
function wordDocx(body: string, extra: Record<string, string> = {}): Uint8Array {
  const w =
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const files: Record<string, string> = {
    "[Content_Types].xml":
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/_rels/document.xml.rels":
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://127.0.0.1/x" TargetMode="External"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
    "word/styles.xml": `<?xml version="1.0"?><w:styles ${w}><w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/><w:ilvl w:val="0"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style></w:styles>`,
    "word/numbering.xml": `<?xml version="1.0"?><w:numbering ${w}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${w}><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ...extra,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

const para = (text: string, style = "a", runs = "") =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runs}${text ? `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>` : ""}</w:p>`;
const kaiRun = (text: string) =>
  `<w:r><w:rPr><w:rFonts w:ascii="楷体" w:eastAsia="楷体" w:hAnsi="楷体" w:hint="eastAsia"/></w:rPr><w:t>${text}</w:t></w:r>`;

describe("a .docx with Word's usual XML", () => {
  const body = [
    `<w:p><w:pPr><w:pStyle w:val="a3"/></w:pPr><w:r><w:t>东湖街道2023年</w:t></w:r></w:p>`,
    `<w:p><w:pPr><w:pStyle w:val="a3"/></w:pPr><w:r><w:t>工作总结</w:t></w:r></w:p>`,
    para("今年以来，街道各项工作稳步推进。"),
    para("工作回顾", "1"),
    para("加强党的建设", "2"),
    para("全年开展主题党日12次。"),
    para("", "2", kaiRun("推进项目建设。") + `<w:r><w:t>全年推进项目15个。</w:t></w:r>`),
    `<w:p><w:pPr><w:pStyle w:val="a"/><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr>${kaiRun("抓谋划。")}<w:r><w:t>编制方案。</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>`,
    `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>数值</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
    `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"/></w:drawing></w:r><w:r><w:t>附图说明。</w:t></w:r></w:p>`,
    para("存在的问题", "1"),
    `<w:p><w:r><w:t>一是后劲不足。</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>二是速度较慢。</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>删掉的字</w:delText></w:r></w:del><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`,
    `<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>东湖街道</w:t></w:r></w:p>`,
    `<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>2023年12月28日</w:t></w:r></w:p>`,
  ].join("");
  const extra = {
    "word/comments.xml": `<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0"><w:p><w:r><w:t>请核实</w:t></w:r></w:p></w:comment></w:comments>`,
    "word/footnotes.xml": `<?xml version="1.0"?><w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="1"><w:p><w:r><w:t>数据来源：统计局</w:t></w:r></w:p></w:footnote></w:footnotes>`,
  };

  it("imports with its levels right: numbering from numbering.xml, the 楷体 run-in heading, points, closing", async () => {
    const result = await imported(wordDocx(body, extra), "东湖2023.docx");
    const { data } = result;
    expect(data.title).toBe("东湖街道{{年度}}年工作总结");
    expect(data.year).toBe(2023);
    expect(data.organisation).toBe("东湖街道");
    expect(data.closing).toEqual({ date: "2023-12-28" });
    expect(data.parts?.map((p) => p.heading)).toEqual(["工作回顾", "存在的问题"]);
    const items = data.parts?.[0]?.items ?? [];
    expect(items.map((i) => i.heading)).toEqual(["加强党的建设", "推进项目建设。"]);
    expect(items[0]?.body).toBe("全年开展主题党日{{主题党日}}。");
    expect(items[1]?.items?.[0]?.heading).toBe("抓谋划。");
    expect(items[1]?.items?.[0]?.body).toMatch(/^编制方案。/);
    expect(data.parts?.[1]?.points).toEqual(["后劲不足。", "速度较慢。"]);
    const unplaced = result.diagnostics
      .filter((d) => d.code === "importUnplaced")
      .map((d) => (d.params as { what: string }).what);
    expect(unplaced).toEqual(expect.arrayContaining(["footnote", "comment", "trackedChange", "image"]));
    expect(result.diagnostics.map((d) => d.code)).toContain("importTitleJoined");
    const txt = await txtOf(result.text);
    expect(txt).toContain(
      "一、工作回顾\n（一）加强党的建设\n全年开展主题党日12次。\n（二）推进项目建设。全年推进项目15个。\n1.抓谋划。编制方案。\n",
    );
    expect(txt).toContain(
      "1.抓谋划。编制方案。\n指标  数值\n附图说明。\n二、存在的问题\n一是后劲不足。二是速度较慢。\n东湖街道\n2023年12月28日\n",
    );
    expect(unplaced).toContain("table");
    expect(txt).not.toContain("删掉的字");
  });

  it("keeps a text box's text where it stood, with a warning", async () => {
    const box = `<w:p><w:r><w:t>正文。</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="x"><w:txbxContent><w:p><w:r><w:t>框里的字</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v="v"><w:txbxContent><w:p><w:r><w:t>框里的字</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const result = await imported(wordDocx(para("某局2023年工作总结") + box), "b.docx");
    expect(await txtOf(result.text)).toBe("某局2023年工作总结\n正文。\n框里的字\n");
    expect(result.diagnostics.filter((d) => d.code === "importUnplaced").map((d) => d.params)).toEqual([
      { what: "textBox", where: 2, text: "框里的字" },
    ]);
  });

  it("says so for numbering it does not print, and keeps it as written", async () => {
    const text = "某局2023年工作总结\n一、工作回顾\n（二）跳过了一。\n1、别的写法。\n三、接着。\n";
    const result = await imported(enc(text), "n.txt");
    expect(await txtOf(result.text)).toBe(text);
    const reasons = result.diagnostics
      .filter((d) => d.code === "importNumbering")
      .map((d) => (d.params as { reason: string }).reason);
    expect(reasons).toEqual(["order", "form", "order"]);
  });
});

describe("hostile files are refused within seconds, in bounded memory", () => {
  const refusedReason = async (bytes: Uint8Array) => {
    const result = await importDocument({ bytes, name: "x.docx" });
    expect(result.ok).toBe(false);
    const d = result.diagnostics[0];
    return d?.code === "importRefused" ? d.params.reason : d?.code;
  };

  it("a 100 MB document.xml", { timeout: 60_000 }, async () => {
    const huge = new Uint8Array(100 * 1024 * 1024).fill(0x20);
    const zip = zipSync({ "word/document.xml": huge }, { level: 1 });
    const start = Date.now();
    expect(await refusedReason(zip)).toBe("tooLarge");
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it("a zip bomb that claims a small size", { timeout: 60_000 }, async () => {
    const zip = zipSync({ "word/document.xml": new Uint8Array(64 * 1024 * 1024).fill(0x41) });
    const view = new DataView(zip.buffer);
    // The sizes in the local header and the central directory both say 1 KiB.
    view.setUint32(22, 1024, true);
    for (let at = zip.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x06054b50) {
        view.setUint32(view.getUint32(at + 16, true) + 24, 1024, true);
        break;
      }
    }
    const start = Date.now();
    expect(await refusedReason(zip)).toBe("tooLarge");
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it("deep nesting, a DOCTYPE (entities), broken XML, not a zip", async () => {
    const deep = `<w:document><w:body>${"<w:sdt>".repeat(100_000)}</w:body></w:document>`;
    expect(await refusedReason(zipSync({ "word/document.xml": strToU8(deep) }))).toBe("depth");
    const laughs = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><w:document>&b;</w:document>`;
    expect(await refusedReason(zipSync({ "word/document.xml": strToU8(laughs) }))).toBe("doctype");
    expect(await refusedReason(zipSync({ "word/document.xml": strToU8("<w:document><w:body>") }))).toBe("broken");
    expect(await refusedReason(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe("notZip");
  });

  it("an external relationship is never followed", async () => {
    const rels =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="file:///etc/passwd" TargetMode="External"/></Relationships>';
    const result = await imported(
      wordDocx(para("某局2023年工作总结"), { "word/_rels/document.xml.rels": rels }),
      "e.docx",
    );
    expect(result.data.title).toBe("某局{{年度}}年工作总结");
  });
});

describe("the library's importDocument", () => {
  it("answers a wrong source or option with a diagnostic, never a throw", async () => {
    const codes = async (...args: unknown[]) => {
      const result = await (importDocument as (...a: unknown[]) => Promise<ImportResult>)(...args);
      expect(result.ok).toBe(false);
      return result.diagnostics.map((d) => [d.code, (d.params as { option?: string }).option]);
    };
    expect(await codes({ bytes: "text", name: "a.txt" })).toEqual([["importOptionWrong", "source"]]);
    expect(await codes({ path: "a.txt" }, { figures: "no" })).toEqual([["importOptionWrong", "figures"]]);
    expect(await codes({ path: "a.txt" }, { nextyear: true })).toEqual([["importOptionWrong", "nextyear"]]);
    expect(await codes({ path: "/no/such/file.docx" })).toEqual([["fileNotFound", undefined]]);
  });
});

describe("the command line", () => {
  it("report import writes the data file; init --from a Word file points at import", () => {
    const dir = tempDir();
    const docx = join(dir, "2023.docx");
    writeFileSync(docx, wordDocx(para("某局2023年工作总结") + para("全年完成项目15个。")));
    const run = runCli(["--lang", "zh", "import", docx]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("已生成");
    const yaml = readFileSync(join(dir, "2023.yaml"), "utf8");
    expect(yaml).toContain("项目: { value: 15, unit: 个 }");
    expect(runCli(["import", docx]).status).toBe(1); // the data file exists: never overwritten without --force
    const init = runCli(["--lang", "zh", "init", join(dir, "2024.yaml"), "--from", docx]);
    expect(init.status).toBe(1);
    expect(init.stderr).toContain("是 Word 文件");
    expect(init.stderr).toContain("report import");
  });

  it("an old .doc without LibreOffice says how to install it, exit 2", () => {
    const dir = tempDir();
    const doc = join(dir, "2023.doc");
    writeFileSync(doc, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const run = runCli(["--lang", "zh", "import", doc], { env: { PATH: join(dir, "no-such-folder") } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("LibreOffice");
    expect(run.stderr).toContain("另存为 .docx");
  });
});
