/**
 * The table of contents (`contents: true`, test/fixtures/contents.yaml): in the Word file a TOC
 * field as Word writes it, in a "Table of Contents" content control, its cached entries the
 * headings in order with the estimated page numbers, each a link to a bookmark on its heading; in
 * txt and md a list. Without `contents`, nothing of it (data/2020.yaml's bytes are pinned by
 * same-bytes.test.ts).
 */
import type { Document, Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { createReport } from "../src/api.js";
import type { Block } from "../src/model.js";
import { withContents } from "../src/render/contents.js";
import { PAGE_METRICS } from "../src/write/docx/page-metrics.js";
import { estimatePages } from "../src/write/docx/pagination.js";
import { planParagraphs } from "../src/write/docx/plan.js";
import { buildDocx, docxParts, fixture, parseXml, runCli } from "./helpers.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const HEADINGS = [
  "一、2024年工作回顾",
  "（一）经济运行稳中有进。",
  "（二）城市管理提质增效。",
  "（三）民生保障扎实有力。",
  "（四）基层治理不断深化。",
  "二、存在的问题",
  "三、2025年工作打算",
  "（一）聚力项目建设。",
  "（二）聚力城市更新。",
  "（三）聚力民生保障。",
];

const build = (format: string) => runCli(["build", fixture("contents.yaml"), "--final", "-f", format, "-o", "-"]);

const documentOf = (): Document =>
  parseXml(docxParts(buildDocx(fixture("contents.yaml"), ["--final"]))["word/document.xml"]!);

const all = (node: Document | Element, name: string) => Array.from(node.getElementsByTagNameNS(W, name));
const attr = (node: Element, name: string) => node.getAttributeNS(W, name) ?? "";
const style = (p: Element) => attr(all(p, "pStyle")[0]!, "val");
const text = (node: Element) =>
  all(node, "t")
    .map((t) => t.textContent)
    .join("");

describe("the contents in the Word file", async () => {
  const doc = documentOf();
  const result = await createReport().build({ path: fixture("contents.yaml") }, { final: true });
  if (!result.ok) throw new Error("the fixture does not build");
  const blocks = planParagraphs(result.model, PAGE_METRICS, { highlightBlanks: false });
  const estimate = estimatePages(PAGE_METRICS, blocks);
  const headingPages = blocks.flatMap((b, i) => (b.kind.startsWith("heading") ? [estimate.blocks[i]!.firstPage] : []));

  it("is a TOC field in a Table of Contents content control, begun in the first entry and ended in the last", () => {
    const [sdt, ...more] = all(doc, "sdt");
    expect(more).toEqual([]);
    expect(attr(all(sdt!, "docPartGallery")[0]!, "val")).toBe("Table of Contents");
    const instructions = all(sdt!, "instrText").map((i) => i.textContent);
    expect(instructions[0]).toBe(' TOC \\o "1-4" \\h \\z \\u ');
    const chars = all(sdt!, "fldChar").map((f) => attr(f, "fldCharType"));
    // The TOC field's, then a PAGEREF field for every entry, then the TOC's end.
    expect(chars).toEqual(["begin", "separate", ...HEADINGS.flatMap(() => ["begin", "separate", "end"]), "end"]);
    const paragraphs = all(sdt!, "p");
    expect(paragraphs.map(style)).toEqual([
      "TOCHeading",
      "Normal",
      ...HEADINGS.map((h) => (h.startsWith("（") ? "TOC2" : "TOC1")),
    ]);
    expect(text(paragraphs[0]!)).toBe("目录");
  });

  it("caches an entry a heading: its text, a tab, its estimated page, a link to its heading's bookmark", () => {
    const links = all(doc, "hyperlink");
    expect(links.map((l) => all(l, "t")[0]?.textContent)).toEqual(HEADINGS);
    expect(links.map((l) => Number(all(l, "t").at(-1)?.textContent))).toEqual(headingPages);
    expect(links.every((l) => all(l, "tab").length === 1)).toBe(true);
    // Every link's bookmark starts in the heading paragraph of that text, and ends in it.
    const bookmarks = new Map(
      all(doc, "bookmarkStart").map((b) => [attr(b, "name"), b.parentNode as Element] as const),
    );
    for (const [i, link] of links.entries()) {
      const anchor = attr(link, "anchor");
      const instruction = all(link, "instrText")[0]?.textContent;
      expect(instruction).toBe(` PAGEREF ${anchor} \\h `);
      const heading = bookmarks.get(anchor)!;
      expect(style(heading)).toMatch(/^Heading[12]$/);
      expect(text(heading)).toBe(HEADINGS[i]);
      expect(all(heading, "bookmarkEnd").map((b) => attr(b, "id"))).toEqual([
        attr(all(heading, "bookmarkStart")[0]!, "id"),
      ]);
    }
  });

  it("starts the body on the page after it", () => {
    const body = all(doc, "body")[0]!;
    const after = (all(doc, "sdt")[0]!.nextSibling as Element | null)!;
    expect(after.parentNode).toBe(body);
    expect(all(after, "pageBreakBefore")).toHaveLength(1);
    expect(text(after)).toMatch(/^2024年，街道/u);
    expect(text(body)).not.toContain("@@report");
  });
});

describe("the contents of a document without headings", () => {
  it("is left out: nothing to list", () => {
    const blocks: Block[] = [
      { kind: "title", runs: [{ text: "某某街道工作总结" }] },
      { kind: "paragraph", runs: [{ text: "今年以来，街道各项工作稳步推进。" }] },
    ];
    expect(withContents(blocks, true)).toEqual(blocks);
    expect(withContents([...blocks, { kind: "heading", level: 1, runs: [{ text: "一、工作" }] }], true)[1]).toEqual({
      kind: "contents",
      title: "目录",
      entries: [{ level: 1, text: "一、工作" }],
    });
  });
});

describe("the contents in txt and md", () => {
  it("lists the headings under 目录, a level further in", () => {
    const txt = build("txt").stdout.split("\n");
    const at = txt.indexOf("目录");
    expect(txt.slice(at + 1, at + 1 + HEADINGS.length)).toEqual(
      HEADINGS.map((h) => (h.startsWith("（") ? `\u3000${h}` : h)),
    );
    const md = build("md").stdout;
    expect(md).toContain("**目录**\n\n- 一、2024年工作回顾\n  - （一）经济运行稳中有进。\n");
  });
});
