/**
 * What Word and WPS rely on beyond the layout (shared/reference/word-wps.md, issue 11), read from the
 * built file's XML: the font table, characters outside GB2312, the page number's cached value, the
 * file's properties, the typography settings and the document grid.
 */
import type { Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import type { DocumentModel } from "../src/model.js";
import { render } from "../src/render/render.js";
import { DEFAULT_TEMPLATE_DIR, loadTemplate } from "../src/render/template.js";
import { writeDocxFromKit } from "../src/write/docx/kit/replay.js";
import { all, attr, readDocx, type DocxXml } from "./docx-xml.js";
import { everyKindOutsideGb2312 } from "./hand-made-models.js";
import { buildDocx, docxParts, fixture, parseXml, runCli, checkFile } from "./helpers.js";

const PROFILES = ["standard", "windows", "macos"] as const;
const build = (data: string, fonts: string, args: string[] = []) =>
  readDocx(buildDocx(data, ["--fonts", fonts, ...args]));
const byProfile = Object.fromEntries(PROFILES.map((p) => [p, build(fixture("2020-filled.yaml"), p, ["--final"])]));
const draft = build("data/2020.yaml", "standard");
const outside = build(fixture("outside-gb2312.yaml"), "standard", ["--final"]);

/** GB2312 as word-wps.md says to check it: its Chinese characters are bytes B0A1–F7FE through the GBK decoder. */
const GB2312_HANZI = (() => {
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xf7; row++) for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  return new Set(new TextDecoder("gbk").decode(new Uint8Array(bytes)));
})();
const isHanzi = (c: string) => /\p{Script=Han}/u.test(c);

/** Every font name any part of the package gives in w:rFonts. */
function namedFonts(doc: DocxXml): Set<string> {
  const names = new Set<string>();
  for (const [path, xml] of Object.entries(doc.parts)) {
    if (!path.endsWith(".xml") || path.includes("fontTable")) continue;
    for (const rFonts of all(parseXml(xml).documentElement as unknown as Element, "w:rFonts"))
      for (const a of ["w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"])
        if (rFonts.getAttribute(a)) names.add(rFonts.getAttribute(a)!);
  }
  return names;
}
const fontEntries = (doc: DocxXml) =>
  new Map(
    all(parseXml(doc.parts["word/fontTable.xml"] ?? "").documentElement as unknown as Element, "w:font").map((f) => [
      f.getAttribute("w:name") ?? "",
      f,
    ]),
  );

describe("the font table (word/fontTable.xml)", () => {
  it.each(PROFILES)("%s: an entry for every font the file names, with charset, family and pitch", (profile) => {
    const doc = byProfile[profile]!;
    const entries = fontEntries(doc);
    expect(namedFonts(doc).size).toBeGreaterThan(0);
    for (const name of namedFonts(doc)) {
      const entry = entries.get(name);
      expect(entry, `${profile}: ${name}`).toBeDefined();
      const charset = attr(entry, "w:charset", "w:val");
      expect(charset, name).toBe(/[\u4e00-\u9fff]/.test(name) ? "86" : "00");
      expect(attr(entry, "w:family", "w:val"), name).toMatch(/^(roman|swiss|modern|script|decorative|auto)$/);
      expect(attr(entry, "w:pitch", "w:val"), name).toMatch(/^(fixed|variable|default)$/);
    }
  });

  it("standard: the GB2312 fonts fall back to faces every Chinese Windows has", () => {
    const entries = fontEntries(byProfile.standard!);
    const altName = (name: string) => attr(entries.get(name), "w:altName", "w:val");
    expect(altName("仿宋_GB2312")).toBe("仿宋");
    expect(altName("楷体_GB2312")).toBe("楷体");
    expect(altName("方正小标宋简体")).toBe("宋体");
    expect(attr(entries.get("仿宋_GB2312"), "w:panose1", "w:val")).toBe("02010609030101010101");
    expect(attr(entries.get("仿宋_GB2312"), "w:family", "w:val")).toBe("modern");
    // the fallback faces have entries of their own
    for (const face of ["仿宋", "楷体", "宋体"]) expect(entries.has(face), face).toBe(true);
  });

  it("windows and macos: Times New Roman for the Latin text, charset 00 and its panose", () => {
    for (const profile of ["windows", "macos"] as const) {
      const entry = fontEntries(byProfile[profile]!).get("Times New Roman");
      expect(attr(entry, "w:charset", "w:val")).toBe("00");
      expect(attr(entry, "w:panose1", "w:val")).toBe("02020603050405020304");
    }
  });
});

describe("characters outside GB2312 (outside-gb2312.yaml: 玥 in the title and closing, 喆 in a heading, 堃 in the body)", () => {
  const runs = outside.paragraphs.flatMap((p) => outside.runsOf(p.element));
  const runWith = (char: string) => runs.filter((r) => r.text.includes(char));

  it("puts each in a run of its own in the fallback face of its font", () => {
    expect(runWith("喆").map((r) => [r.text, r.eastAsia])).toEqual([["喆", "楷体"]]);
    expect(runWith("堃").map((r) => [r.text, r.eastAsia])).toEqual([["堃", "仿宋"]]);
    // the title (方正小标宋简体) and the closing (仿宋_GB2312)
    expect(runWith("玥").map((r) => [r.text, r.eastAsia])).toEqual([
      ["玥", "宋体"],
      ["玥", "仿宋"],
    ]);
    // the text around it keeps its font
    expect(runs.find((r) => r.text.endsWith("张"))?.eastAsia).toBe("楷体_GB2312");
  });

  it("leaves no character outside GB2312 in a *_GB2312 or 方正 run", () => {
    const gbRuns = runs.filter((r) => /GB2312|方正/.test(r.eastAsia ?? ""));
    expect(gbRuns.length).toBeGreaterThan(10);
    for (const run of gbRuns) for (const c of run.text) if (isHanzi(c)) expect(GB2312_HANZI.has(c), c).toBe(true);
  });

  it("keeps the profile's own font where the profile's fonts have the character", () => {
    const windows = build(fixture("outside-gb2312.yaml"), "windows", ["--final"]);
    const run = windows.paragraphs.flatMap((p) => windows.runsOf(p.element)).find((r) => r.text === "喆");
    expect(run?.eastAsia).toBe("楷体");
  });

  it("in every kind of paragraph, table cells and headers included, takes the fallback face of its own font", () => {
    const doc = readDocx(writeDocxFromKit(everyKindOutsideGb2312(), { fonts: "standard", final: true }));
    const paragraphs = all(doc.body, "w:p");
    const fontsOf = (style: string) => {
      const found = paragraphs.filter((p) => attr(p, "w:pStyle", "w:val") === style);
      expect(found.length, style).toBeGreaterThan(0);
      return new Set(
        found.flatMap((p) =>
          doc
            .runsOf(p)
            .filter((r) => r.text === "喆")
            .map((r) => r.eastAsia),
        ),
      );
    };
    expect(fontsOf("Title")).toEqual(new Set(["宋体"]));
    expect(fontsOf("AttachmentTitle")).toEqual(new Set(["宋体"]));
    expect(fontsOf("Heading1")).toEqual(new Set(["黑体"]));
    expect(fontsOf("Heading2")).toEqual(new Set(["楷体"]));
    expect(fontsOf("TableHeading")).toEqual(new Set(["黑体"]));
    for (const style of ["TableText", "SignOff", "AttachmentNote", "Salutation", "Heading3", "Heading4"])
      expect(fontsOf(style), style).toEqual(new Set(["仿宋"]));
    // run-in headings are paragraphs of their level's style (counted above); the body's text takes 仿宋
    const body = paragraphs.filter((p) => attr(p, "w:pStyle", "w:val") === "Normal");
    const runIn = body.flatMap((p) => doc.runsOf(p)).filter((r) => r.text === "喆");
    expect(new Set(runIn.map((r) => r.eastAsia))).toEqual(new Set(["仿宋"]));
  });

  it("is warned about by validate, each character at its line and column, in Chinese", () => {
    const file = fixture("outside-gb2312.yaml");
    const result = runCli(["--lang", "zh", "validate", file]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`${file}:9:22  提醒：“喆”不在 GB2312 字符集里`);
    expect(result.stderr).toContain(`${file}:16:12  提醒：“堃”不在 GB2312 字符集里`);
    expect(result.stderr).toContain(`${file}:35:8  提醒：“玥”不在 GB2312 字符集里`);
  });

  it("is not warned about in a file without such characters", () => {
    const result = runCli(["validate", fixture("2020-filled.yaml")]);
    expect(result.stderr).not.toContain("GB2312");
  });
});

describe("page numbers (footers)", () => {
  it.each([
    ["default", "1"],
    ["even", "2"],
  ] as const)("the %s footer's PAGE field in Word's shape, with %s cached", (type, cached) => {
    const footer = parseXml(draft.partFor("footer", type) ?? "").documentElement as unknown as Element;
    const shape = all(footer, "w:r").map((r) => {
      const fld = attr(r, "w:fldChar", "w:fldCharType");
      const instr = all(r, "w:instrText")[0]?.textContent;
      const text = all(r, "w:t")[0]?.textContent;
      return fld ?? (instr !== undefined ? `instr:${instr}` : `text:${text}`);
    });
    expect(shape).toEqual(["text:— ", "begin", "instr: PAGE ", "separate", `text:${cached}`, "end", "text: —"]);
  });
});

describe("file properties (docProps/core.xml)", () => {
  const core = (doc: DocxXml) => parseXml(doc.parts["docProps/core.xml"] ?? "");
  const value = (doc: DocxXml, tag: string) => core(doc).getElementsByTagName(tag)[0]?.textContent;

  it("gives the title as the document's title and the organisation as author", () => {
    const doc = byProfile.standard!;
    expect(value(doc, "dc:title")).toBe("北坦街道关于2020年度深化区域党建建设科创街区推动各项工作落实落地的总结");
    expect(value(doc, "dc:creator")).toBe("北坦街道");
    expect(value(doc, "cp:lastModifiedBy")).toBe("北坦街道");
    expect(doc.parts["docProps/core.xml"]).not.toContain("Un-named");
  });

  it("names no author when the document has none, and escapes the title", () => {
    const { summary } = checkFile(fixture("2020-filled.yaml"));
    const model: DocumentModel = {
      ...render(summary!, loadTemplate(), DEFAULT_TEMPLATE_DIR).model,
      properties: { title: "A & B <年度>", author: "" },
    };
    const xml = docxParts(writeDocxFromKit(model, { fonts: "standard", final: true }))["docProps/core.xml"] ?? "";
    expect(xml).toContain("<dc:title>A &amp; B &lt;年度&gt;</dc:title>");
    expect(xml).not.toMatch(/creator|lastModifiedBy|Un-named/);
  });
});

describe("typography settings, decided rather than inherited", () => {
  const defaults = () => {
    const styles = parseXml(draft.parts["word/styles.xml"] ?? "").documentElement as unknown as Element;
    return all(styles, "w:pPrDefault")[0];
  };

  it("document defaults: 禁则 on, no hanging punctuation, no automatic space around Latin text and digits", () => {
    const pPr = defaults();
    expect(attr(pPr, "w:kinsoku", "w:val")).toBe("1");
    expect(attr(pPr, "w:overflowPunct", "w:val")).toBe("0");
    expect(attr(pPr, "w:autoSpaceDE", "w:val")).toBe("0");
    expect(attr(pPr, "w:autoSpaceDN", "w:val")).toBe("0");
    // and no paragraph or style says otherwise
    for (const p of draft.paragraphs) expect(draft.paragraphProperty(p.element, "w:overflowPunct", "w:val")).toBeNull();
    expect(draft.parts["word/styles.xml"]?.match(/<w:overflowPunct\b/g)).toHaveLength(1);
  });

  it("settings: punctuation keeps its full width; odd and even footers", () => {
    const settings = parseXml(draft.parts["word/settings.xml"] ?? "").documentElement as unknown as Element;
    expect(attr(settings, "w:characterSpacingControl", "w:val")).toBe("doNotCompress");
    expect(all(settings, "w:evenAndOddHeaders")).toHaveLength(1);
  });
});

describe("the document grid", () => {
  it("is Word's 22 × 28 (linesAndChars, pitch 579, charSpace −849), as Word's 公文 templates write it", () => {
    expect(attr(draft.sectPr, "w:docGrid", "w:type")).toBe("linesAndChars");
    expect(attr(draft.sectPr, "w:docGrid", "w:linePitch")).toBe("579");
    // what Word's 页面设置 shows as 每页 N 行: the text block's height over the pitch
    expect(Math.floor((16838 - 2098 - 1984) / Number(attr(draft.sectPr, "w:docGrid", "w:linePitch")))).toBe(22);
    // 每行 N 字: a cell is Normal's 16 pt plus charSpace/4096 pt; 28 cells in the 156 mm (8845-twip) block
    const cellPt = 16 + Number(attr(draft.sectPr, "w:docGrid", "w:charSpace")) / 4096;
    expect(Math.floor(8845 / (cellPt * 20))).toBe(28);
  });

  it("keeps the title's paragraph off it (through its style), and every other paragraph on it", () => {
    const doc = byProfile.standard!;
    const [title, ...rest] = doc.paragraphs;
    expect(doc.paragraphProperty(title!.element, "w:snapToGrid", "w:val")).toBe("0");
    expect(all(title!.element, "w:snapToGrid")).toHaveLength(0);
    for (const p of rest) expect(doc.paragraphProperty(p.element, "w:snapToGrid", "w:val"), p.text).toBeNull();
  });
});
