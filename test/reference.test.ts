/**
 * The office's own Word file as the template (issue 21 item 4): what each reference made from
 * Word's own XML (test/fixtures/reference/make.mjs) gives the output — its letterhead block where
 * it had it, its styles' fonts and sizes on ours, its headers and footers with their images, its
 * page or ours — and every way a reference is refused, in both languages, with nothing written.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { createReport } from "../src/api.js";
import { ROOT, docxParts, fixture, runCli, tempDir } from "./helpers.js";

const reference = (name: string) => fixture(`reference/${name}`);
const DATA = join(ROOT, "data", "2020.yaml");

async function build(ref: string | Uint8Array, options: { final?: boolean; data?: string } = {}) {
  const report = createReport();
  const result = await report.build(
    { path: options.data ?? fixture("2020-filled.yaml") },
    { reference: ref, final: options.final ?? false },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return docxParts(result.bytes);
}

/** The body's top-level blocks, in order: w:p and w:tbl elements as text. */
function bodyBlocks(document: string): string[] {
  const body = document.slice(document.indexOf("<w:body>") + 8, document.lastIndexOf("<w:sectPr"));
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  for (const m of body.matchAll(/<(\/?)(w:p|w:tbl)\b[^>]*?(\/?)>/g)) {
    if (m[1] === "/") {
      depth--;
      if (depth === 0) blocks.push(body.slice(start, m.index + m[0].length));
    } else if (m[3] !== "/") {
      if (depth === 0) start = m.index;
      depth++;
    } else if (depth === 0) blocks.push(m[0]);
  }
  return blocks;
}

const text = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
const style = (styles: string, id: string) =>
  new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";
const eastAsia = (xml: string) => /<w:rFonts [^>]*w:eastAsia="([^"]*)"/.exec(xml)?.[1];
const size = (xml: string) => /<w:sz w:val="(\d+)"\/>/.exec(xml)?.[1];
const sectPr = (document: string) => document.slice(document.lastIndexOf("<w:sectPr"));

/** The part a section's reference of `kind` and `type` names. */
function partFor(parts: Record<string, string>, kind: "header" | "footer", type: string): string {
  const id = new RegExp(`<w:${kind}Reference w:type="${type}" r:id="([^"]+)"/>`).exec(
    sectPr(parts["word/document.xml"]!),
  )?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(parts["word/_rels/document.xml.rels"]!)?.[1];
  return `word/${target}`;
}

describe("a reference with its 红头 in a table and the red line as a paragraph border", () => {
  it("puts the table and the red-bordered paragraph before our title, and keeps the rest of its body out", async () => {
    const parts = await build(readFileSync(reference("table-border.docx")));
    const blocks = bodyBlocks(parts["word/document.xml"]!);
    expect(blocks[0]).toMatch(/^<w:tbl>/);
    expect(text(blocks[0]!)).toBe("北坦街道办事处文件");
    expect(blocks[1]).toMatch(/<w:pBdr><w:bottom w:val="single" w:sz="24" w:space="1" w:color="FF0000"\/><\/w:pBdr>/);
    expect(blocks[2]).toContain('<w:pStyle w:val="Title"/>');
    // Its own style for the 红头 came along; its Normal ("a") is our Normal.
    expect(blocks[0]).toContain('<w:pStyle w:val="RedHead"/>');
    expect(style(parts["word/styles.xml"]!, "RedHead")).toContain('<w:color w:val="FF0000"/>');
    expect(parts["word/styles.xml"]).not.toMatch(/w:styleId="a"/);
    // Its bookmark keeps its pair, under an id of the reference's own range.
    expect(blocks[0]).toMatch(/<w:bookmarkStart w:id="100000" w:name="红头"\/>[\s\S]*<w:bookmarkEnd w:id="100000"\/>/);
  });

  it("sets our styles in its fonts and sizes, and keeps ours where it has no such style", async () => {
    const styles = (await build(readFileSync(reference("table-border.docx"))))["word/styles.xml"]!;
    expect(eastAsia(style(styles, "Normal"))).toBe("仿宋");
    expect(size(style(styles, "Normal"))).toBe("32");
    expect(eastAsia(style(styles, "Title"))).toBe("方正小标宋简体");
    expect(size(style(styles, "Title"))).toBe("44");
    expect(eastAsia(style(styles, "Heading1"))).toBe("黑体");
    // It has no heading 2: ours stays.
    expect(eastAsia(style(styles, "Heading2"))).toBe("楷体_GB2312");
    // Our other styles in the body's face (落款) take its body face; the defaults too.
    expect(eastAsia(style(styles, "SignOff"))).toBe("仿宋");
    expect(eastAsia(/<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)![0])).toBe("仿宋");
  });

  it("uses its header and footer, our 草稿 mark above its header in a draft and not in a final", async () => {
    const draft = await build(readFileSync(reference("table-border.docx")), { data: DATA });
    const header = draft[partFor(draft, "header", "default")]!;
    expect(text(header)).toBe("草稿北坦街道办事处");
    // Its header style ("a5", named header) is our Header, which fits the standard's page.
    expect(header).toContain('<w:pStyle w:val="Header"/>');
    expect(draft["word/styles.xml"]).not.toContain('w:styleId="a5"');
    // Our own headers and footers, shown no more, are gone from the package, its relationships and its types.
    expect(Object.keys(draft).filter((name) => /^word\/(header|footer)\d+\.xml$/.test(name))).toHaveLength(3);
    expect(draft["word/_rels/document.xml.rels"]).not.toContain('Target="footer1.xml"');
    expect(draft["[Content_Types].xml"]).not.toContain('PartName="/word/footer1.xml"');
    const footer = draft[partFor(draft, "footer", "default")]!;
    expect(footer).toContain("PAGE   \\* MERGEFORMAT");
    // It has one footer for every page: the even pages show it too.
    expect(partFor(draft, "footer", "even")).toBe(partFor(draft, "footer", "default"));
    const final = await build(readFileSync(reference("table-border.docx")), { final: true });
    expect(text(final[partFor(final, "header", "default")]!)).toBe("北坦街道办事处");
  });

  it("keeps our page set-up, grid and all, as its page is the standard's (within half a millimetre)", async () => {
    const parts = await build(readFileSync(reference("table-border.docx")));
    const section = sectPr(parts["word/document.xml"]!);
    expect(section).toContain('<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"');
    expect(section).toContain('<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/>');
  });

  it("adds its fonts' entries to the font table", async () => {
    const fonts = (await build(readFileSync(reference("table-border.docx"))))["word/fontTable.xml"]!;
    expect(fonts).toContain('<w:font w:name="仿宋">');
  });
});

describe("a reference with its 红头 in a text box, the red line a shape and a {{正文}} paragraph", () => {
  it("puts the text box and the line before our content and what follows {{正文}} after it", async () => {
    const parts = await build(readFileSync(reference("textbox-line.docx")));
    const document = parts["word/document.xml"]!;
    const blocks = bodyBlocks(document);
    expect(blocks[0]).toContain("<wps:txbx><w:txbxContent>");
    expect(blocks[0]).toContain("<v:textbox");
    expect(text(blocks[0]!)).toBe("常宁市人民政府文件常宁市人民政府文件");
    expect(blocks[1]).toMatch(/<a:prstGeom prst="line">[\s\S]*<a:srgbClr val="FF0000"\/>/);
    expect(blocks[3]).toContain('<w:pStyle w:val="Title"/>');
    expect(document).not.toContain("{{正文}}");
    expect(text(blocks.at(-1)!)).toBe("（此件公开发布）");
    // Drawing ids are renumbered so that none collides with another's.
    const ids = [...document.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("copies its footers: the default one with its image under a new name, the even one its own", async () => {
    const parts = await build(readFileSync(reference("textbox-line.docx")));
    const footerPath = partFor(parts, "footer", "default");
    const footer = parts[footerPath]!;
    const embed = /r:embed="([^"]+)"/.exec(footer)![1];
    const rels = parts[footerPath.replace("word/", "word/_rels/") + ".rels"]!;
    const target = new RegExp(`Id="${embed}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
    expect(target).toMatch(/^media\/reference\d+\.png$/);
    const raw = (await import("fflate")).unzipSync(
      (
        (await createReport().build(
          { path: fixture("2020-filled.yaml") },
          { reference: reference("textbox-line.docx") },
        )) as { bytes: Uint8Array }
      ).bytes,
    );
    const png = (await import("fflate")).unzipSync(readFileSync(reference("textbox-line.docx")))[
      "word/media/image1.png"
    ]!;
    expect(Buffer.from(raw[`word/${target}`]!).equals(Buffer.from(png))).toBe(true);
    expect(parts["[Content_Types].xml"]).toContain(`ContentType="image/png" PartName="/word/${target}"`);
    expect(partFor(parts, "footer", "even")).not.toBe(footerPath);
    expect(parts[partFor(parts, "footer", "even")]).toContain('<w:jc w:val="left"/>');
    // No header of its own: ours stays (the data's draft label).
    expect(partFor(parts, "header", "default")).toBe("word/header1.xml");
    expect(text(parts["word/header1.xml"]!)).toBe("征求意见稿");
  });

  it("takes its heading 2's face", async () => {
    const styles = (await build(readFileSync(reference("textbox-line.docx"))))["word/styles.xml"]!;
    expect(eastAsia(style(styles, "Heading2"))).toBe("楷体");
  });
});

describe("a reference on a page of its own (B5, other margins) and no letterhead", () => {
  it("takes its page size, margins and grid, its fonts, and none of its sample body", async () => {
    const parts = await build(readFileSync(reference("letter-page.docx")));
    const section = sectPr(parts["word/document.xml"]!);
    expect(section).toContain('<w:pgSz w:w="10319" w:h="14571"/>');
    expect(section).toContain('<w:pgMar w:top="1440" w:right="1247" w:bottom="1440" w:left="1247"');
    expect(section).toContain('<w:docGrid w:type="lines" w:linePitch="312"/>');
    expect(parts["word/document.xml"]).not.toContain("样文");
    expect(bodyBlocks(parts["word/document.xml"]!)[0]).toContain('<w:pStyle w:val="Title"/>');
    expect(eastAsia(style(parts["word/styles.xml"]!, "Normal"))).toBe("宋体");
  });
});

describe("a Word-made 公文 template (Mrered/GongWen-Tamplate-Lite's template.dotx, MIT)", () => {
  it("gives its styles' fonts and its footers, and keeps its sample text out", async () => {
    const parts = await build(readFileSync(reference("gongwen-template.dotx")));
    const styles = parts["word/styles.xml"]!;
    expect(eastAsia(style(styles, "Normal"))).toBe("仿宋");
    // Its title is its 标题 1 (centred, 二号 方正小标宋), its 一、 标题 2 (黑体), its （一） 标题 3 (楷体):
    // our title takes its heading 1, each of our headings the one below.
    expect(eastAsia(style(styles, "Title"))).toBe("方正小标宋_GBK");
    expect(size(style(styles, "Title"))).toBe("44");
    expect(eastAsia(style(styles, "Heading1"))).toBe("黑体");
    expect(size(style(styles, "Heading1"))).toBe("32");
    expect(eastAsia(style(styles, "Heading2"))).toBe("楷体");
    // heading 4 and 5 have no face of their own: its Normal's, 仿宋.
    expect(eastAsia(style(styles, "Heading3"))).toBe("仿宋");
    expect(eastAsia(style(styles, "Heading4"))).toBe("仿宋");
    expect(parts["word/document.xml"]).not.toContain("出师表");
    expect(parts[partFor(parts, "footer", "default")]).toContain(" PAGE ");
    expect(partFor(parts, "footer", "even")).not.toBe(partFor(parts, "footer", "default"));
    // Its footers number the pages - 1 -, as its section says.
    expect(sectPr(parts["word/document.xml"]!)).toContain('<w:pgNumType w:fmt="numberInDash"/>');
    // Its page is the standard's, 1 twip off: ours is kept.
    expect(sectPr(parts["word/document.xml"]!)).toContain('w:bottom="1984" w:left="1587"');
  });
});

describe("the 版记 with a reference", () => {
  it("keeps its section on the next even page: the page estimate does not know the reference's page", async () => {
    const data = fixture("frame-even-room.yaml");
    const plain = await createReport().build({ path: data }, { final: false });
    if (!plain.ok) throw new Error(JSON.stringify(plain.diagnostics));
    // Alone, its body ends on page 2 with room: the 版记 at that page's foot, no section of its own.
    expect(docxParts(plain.bytes)["word/document.xml"]).not.toContain('<w:type w:val="evenPage"/>');
    const parts = await build(readFileSync(reference("gongwen-template.dotx")), { data });
    expect(parts["word/document.xml"]).toContain('<w:type w:val="evenPage"/>');
  });
});

describe("where the reference comes from", () => {
  it("reads reference: in the data file from the data file's folder, and --reference wins over it", () => {
    const dir = tempDir();
    copyFileSync(reference("table-border.docx"), join(dir, "红头模板.docx"));
    const data = readFileSync(fixture("2020-filled.yaml"), "utf8") + "\nreference: 红头模板.docx\n";
    writeFileSync(join(dir, "2020.yaml"), data);
    const out = join(dir, "out.docx");
    const built = runCli(["build", join(dir, "2020.yaml"), "-o", out]);
    expect(built.status, built.stderr).toBe(0);
    expect(text(docxParts(readFileSync(out))["word/document.xml"]!)).toContain("北坦街道办事处文件");
    const other = runCli(["build", join(dir, "2020.yaml"), "-o", out, "--reference", reference("textbox-line.docx")]);
    expect(other.status, other.stderr).toBe(0);
    const document = docxParts(readFileSync(out))["word/document.xml"]!;
    expect(text(document)).toContain("常宁市人民政府文件");
    expect(text(document)).not.toContain("北坦街道办事处文件");
  });

  it("is read by each job of a batch, two at a time, and printed into a PDF", () => {
    const dir = tempDir();
    copyFileSync(reference("table-border.docx"), join(dir, "红头模板.docx"));
    const data = readFileSync(fixture("2020-filled.yaml"), "utf8") + "\nreference: 红头模板.docx\n";
    writeFileSync(join(dir, "a.yaml"), data);
    writeFileSync(join(dir, "b.yaml"), data);
    const batch = runCli(["build", dir, "--out-dir", join(dir, "out"), "-j", "2"]);
    expect(batch.status, batch.stderr).toBe(0);
    for (const name of ["a", "b"])
      expect(text(docxParts(readFileSync(join(dir, "out", `${name}.docx`)))["word/document.xml"]!)).toContain(
        "北坦街道办事处文件",
      );
    const pdf = join(dir, "a.pdf");
    const printed = runCli(["build", join(dir, "a.yaml"), "-o", pdf]);
    expect(printed.status, printed.stderr).toBe(0);
    const pdfText = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout;
    expect(pdfText.replace(/\s/g, "")).toContain("北坦街道办事处文件");
  }, 120_000);

  it("does not look for a data file's reference: when the data came without a folder (text, an upload): a warning", async () => {
    const text = readFileSync(DATA, "utf8") + "\nreference: 红头模板.docx\n";
    const report = createReport();
    const result = await report.build({ text, name: "2020.yaml" });
    expect(result.ok).toBe(true);
    const warning = result.diagnostics.find((d) => d.code === "referenceNeedsFolder")!;
    expect(warning).toMatchObject({ severity: "warning", field: "reference", file: "2020.yaml" });
    expect(warning.excerpt).toBe("reference: 红头模板.docx");
    expect(report.describe(warning, "zh").message).toContain("找不到这个 Word 文件");
    const plain = await report.build({ path: DATA });
    expect(result.ok && plain.ok && Buffer.from(result.bytes).equals(Buffer.from(plain.bytes))).toBe(true);
  });

  it("has no effect on plain text and Markdown", async () => {
    const report = createReport();
    const plain = await report.build({ path: DATA }, { format: "txt" });
    const withRef = await report.build({ path: DATA }, { format: "txt", reference: reference("table-border.docx") });
    expect(withRef.ok && plain.ok && Buffer.from(withRef.bytes).equals(Buffer.from(plain.bytes))).toBe(true);
  });

  it("refuses a library reference that is neither a path nor bytes", async () => {
    const result = await createReport().build({ path: DATA }, { reference: 12 as unknown as string });
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({
      code: "optionWrongValue",
      params: { option: "reference", expected: "reference" },
    });
  });
});

describe("a reference that cannot be used", () => {
  const refused = (ref: string, extra: string[] = [], lang = "en") => {
    const dir = tempDir();
    const out = join(dir, "out.docx");
    const result = runCli(["--lang", lang, "build", DATA, "-o", out, "--reference", ref, ...extra]);
    return { ...result, written: existsSync(out) };
  };

  it("refuses an external link in its header, in English and Chinese, and writes nothing", () => {
    const en = refused(reference("external-link.docx"));
    expect(en.status).toBe(1);
    expect(en.written).toBe(false);
    expect(en.stderr).toContain(
      "links to something outside the file (http://example.com/logo.png), which report never follows",
    );
    expect(en.stderr).toContain("insert the picture itself");
    expect(en.stderr).not.toMatch(/\bat .*\.(c?js|ts):\d+/);
    const zh = refused(reference("external-link.docx"), [], "zh");
    expect(zh.stderr).toContain("链接到文件以外的东西（http://example.com/logo.png）");
    expect(zh.stderr).toContain("没有生成任何文件");
  });

  it("refuses a file that is not a Word file, one that is missing, and one whose XML declares a DOCTYPE", () => {
    expect(refused(DATA).stderr).toContain("it is not a Word file (.docx or .dotx)");
    const missing = refused(join(tempDir(), "无.docx"), [], "zh");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("没有这个文件");
    const dir = tempDir();
    const doctype = join(dir, "doctype.docx");
    writeFileSync(
      doctype,
      zipSync({
        "word/document.xml": strToU8(
          '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document><w:body/></w:document>',
        ),
      }),
    );
    const result = refused(doctype);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("declares a DOCTYPE");
    expect(result.written).toBe(false);
  });

  it("points at reference: in the data file, with its line, when that file is the problem", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "data"));
    const data = readFileSync(DATA, "utf8") + "\nreference: 没有这个.docx\n";
    writeFileSync(join(dir, "data", "2020.yaml"), data);
    const line = data.split("\n").findIndex((l) => l.startsWith("reference:")) + 1;
    const result = runCli(["--lang", "zh", "build", join(dir, "data", "2020.yaml"), "-o", join(dir, "out.docx")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`2020.yaml:${line}:1`);
    expect(result.stderr).toContain("reference: 没有这个.docx");
    expect(result.stderr).toContain("从数据文件所在的文件夹找起");
  });

  it("refuses a letterhead in both the reference and the frame's issuers", () => {
    const dir = tempDir();
    const both = runCli([
      "--lang",
      "zh",
      "build",
      fixture("frame-short.yaml"),
      "-o",
      join(dir, "o.docx"),
      "--reference",
      reference("table-border.docx"),
    ]);
    expect(both.status).toBe(1);
    expect(both.stderr).toContain("有两个版头");
    expect(both.stderr).toMatch(/frame-short\.yaml:10:\d+/);
    expect(existsSync(join(dir, "o.docx"))).toBe(false);
    // A reference without a letterhead (only its page and fonts) goes with the frame.
    const pageOnly = runCli([
      "build",
      fixture("frame-short.yaml"),
      "-o",
      join(dir, "p.docx"),
      "--reference",
      reference("letter-page.docx"),
    ]);
    expect(pageOnly.status, pageOnly.stderr).toBe(0);
  });
});
