/**
 * The settings and styles of Word's own files (issue 23), each against what a Word-authored GB/T 9704
 * 公文 template writes: Mrered/GongWen-Tamplate-Lite's template.dotx (saved by Word 16, margins
 * 37/35/28/26 mm, linesAndChars 579/−849) has every value asserted here in its settings.xml and
 * styles.xml. Read from the built file's XML, in every profile, draft and final.
 */
import { XMLSerializer, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { all, attr, readDocx, type DocxXml } from "./docx-xml.js";
import { buildDocx, fixture, parseXml } from "./helpers.js";
import { documentTimestamp } from "../src/write/docx/timestamp.js";

const files: Record<string, DocxXml> = {
  "2020 draft": readDocx(buildDocx("data/2020.yaml")),
  "filled final, windows fonts": readDocx(buildDocx(fixture("2020-filled.yaml"), ["--final", "--fonts", "windows"])),
};
const root = (doc: DocxXml, part: string) => parseXml(doc.parts[part] ?? "").documentElement as unknown as Element;
const settings = (doc: DocxXml) => root(doc, "word/settings.xml");
const styleByName = (doc: DocxXml, name: string) =>
  all(root(doc, "word/styles.xml"), "w:style").find((s) => attr(s, "w:name", "w:val") === name);
/** An element as written, without the namespace declaration the serializer adds. */
const xmlOf = (element: Element | undefined) =>
  element && new XMLSerializer().serializeToString(element).replace(/ xmlns:w="[^"]*"/, "");
const names = (element: Element | undefined) =>
  Array.from(element?.childNodes ?? []).flatMap((n) => ("tagName" in n ? [String(n.tagName)] : []));

describe.each(Object.entries(files))("%s", (_, doc) => {
  it("w:compat carries the seven East Asian options every Chinese Word file has, before compatibilityMode 15", () => {
    const compat = all(settings(doc), "w:compat")[0];
    expect(names(compat)).toEqual([
      "w:spaceForUL",
      "w:balanceSingleByteDoubleByteWidth",
      "w:doNotLeaveBackslashAlone",
      "w:ulTrailSpace",
      "w:doNotExpandShiftReturn",
      "w:adjustLineHeightInTable",
      "w:useFELayout",
      "w:compatSetting",
    ]);
    expect(attr(compat, "w:compatSetting", "w:val")).toBe("15");
  });

  it("the default tab stop is 420 twips (two 五号 characters), not the library's 720", () => {
    expect(attr(settings(doc), "w:defaultTabStop", "w:val")).toBe("420");
  });

  it("the theme's East Asian language is zh-CN", () => {
    const lang = all(settings(doc), "w:themeFontLang")[0];
    expect(lang?.getAttribute("w:eastAsia")).toBe("zh-CN");
    expect(lang?.getAttribute("w:val")).toBe("en-US");
  });

  it("mirrors the margins: the 28 mm 订口 inside (left on odd pages, right on even), 26 mm outside", () => {
    expect(all(settings(doc), "w:mirrorMargins")).toHaveLength(1);
    expect(attr(doc.sectPr, "w:pgMar", "w:left")).toBe("1587");
    expect(attr(doc.sectPr, "w:pgMar", "w:right")).toBe("1474");
  });

  it("the footnote separators hold no footnote reference mark, and settings name them as Word does", () => {
    for (const part of ["word/footnotes.xml", "word/endnotes.xml"]) {
      const xml = doc.parts[part] ?? "";
      expect(xml, part).toContain("<w:separator/>");
      expect(xml, part).not.toMatch(/footnoteRef|endnoteRef/);
    }
    expect(xmlOf(all(settings(doc), "w:footnotePr")[0])).toBe(
      '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>',
    );
  });

  it("every basedOn names a style the file defines; Default Paragraph Font is Word's own", () => {
    const styles = all(root(doc, "word/styles.xml"), "w:style");
    const ids = new Set(styles.map((s) => s.getAttribute("w:styleId")));
    for (const s of styles)
      for (const ref of ["w:basedOn", "w:next", "w:link"]) {
        const id = attr(s, ref, "w:val");
        if (id) expect(ids.has(id), `${s.getAttribute("w:styleId")} ${ref} ${id}`).toBe(true);
      }
    const font = styleByName(doc, "Default Paragraph Font");
    expect(font?.getAttribute("w:default")).toBe("1");
    expect(attr(font, "w:uiPriority", "w:val")).toBe("1");
  });

  it("Enter keeps the style where Word's templates keep it: headers, footers, tables, 落款, 附件说明", () => {
    const next = (name: string) => {
      const style = styleByName(doc, name);
      expect(style, name).toBeDefined();
      const id = attr(style, "w:next", "w:val");
      return id === null
        ? name
        : attr(
            all(root(doc, "word/styles.xml"), "w:style").find((s) => s.getAttribute("w:styleId") === id),
            "w:name",
            "w:val",
          );
    };
    for (const name of [
      "heading 1",
      "heading 2",
      "heading 3",
      "heading 4",
      "Title",
      "Salutation",
      "附件标识",
      "附件标题",
    ])
      expect(next(name), name).toBe("Normal");
    for (const name of ["Normal", "header", "footer", "表头", "表格文字", "落款", "附件说明"])
      expect(next(name), name).toBe(name);
  });

  it("uiPriority and qFormat as Word's own: 正文 and 标题 n first in the styles pane, in the gallery", () => {
    const ui = (name: string) => {
      const style = styleByName(doc, name);
      return [
        attr(style, "w:uiPriority", "w:val"),
        all(style!, "w:qFormat").length > 0,
        all(style!, "w:unhideWhenUsed").length > 0,
      ];
    };
    expect(ui("Normal")).toEqual([null, true, false]);
    for (const n of [1, 2, 3, 4]) expect(ui(`heading ${n}`)).toEqual(["9", true, false]);
    expect(ui("Title")).toEqual(["10", true, false]);
    for (const name of ["header", "footer"]) expect(ui(name), name).toEqual(["99", false, true]);
    for (const name of ["落款", "附件说明", "表格文字"]) expect(ui(name), name).toEqual([null, true, false]);
  });

  it("latentStyles as Word 2016 writes them: 376 built-ins, priority 99 by default, its exceptions", () => {
    const latent = all(root(doc, "word/styles.xml"), "w:latentStyles")[0];
    expect(latent?.getAttribute("w:count")).toBe("376");
    expect(latent?.getAttribute("w:defUIPriority")).toBe("99");
    const exception = (name: string) =>
      xmlOf(all(latent!, "w:lsdException").find((e) => e.getAttribute("w:name") === name));
    expect(exception("heading 2")).toBe(
      '<w:lsdException w:name="heading 2" w:semiHidden="1" w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"/>',
    );
    expect(exception("Normal")).toBe('<w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/>');
    expect(exception("toc 1")).toBe(
      '<w:lsdException w:name="toc 1" w:semiHidden="1" w:uiPriority="39" w:unhideWhenUsed="1"/>',
    );
  });
});

describe("docProps/app.xml, as Word fills it where the values are known", () => {
  const app = (doc: DocxXml) => root(doc, "docProps/app.xml");
  const value = (doc: DocxXml, tag: string) => app(doc).getElementsByTagName(tag)[0]?.textContent;

  it("names the template, the organisation as 单位 and counts the text's characters", () => {
    const doc = files["filled final, windows fonts"]!;
    expect(value(doc, "Template")).toBe("Normal.dotm");
    expect(value(doc, "Company")).toBe("北坦街道");
    expect(value(doc, "Application")).toBe("report");
    const body = doc.paragraphs.map((p) => p.text).join("");
    const cells = all(doc.body, "w:tbl").flatMap((t) => all(t, "w:t").map((t) => t.textContent ?? ""));
    const text = body + cells.join("");
    expect(Number(value(doc, "CharactersWithSpaces"))).toBe([...text].length);
    expect(Number(value(doc, "Characters"))).toBe([...text.replace(/\s/g, "")].length);
  });
});

describe("the creation date", () => {
  const model = (date: string) => ({ blocks: [], date, draftLabel: "", properties: { title: "", author: "" } });
  const now = new Date("2026-12-02T06:30:00Z");

  it("is the document's own date when that has come, whatever the clock says", () => {
    expect(documentTimestamp(model("2020-12-28"), { fonts: "standard", final: true }, now)).toBe(
      "2020-12-28T00:00:00Z",
    );
  });

  it("is never in the future: a summary dated ahead records today", () => {
    expect(documentTimestamp(model("2026-12-31"), { fonts: "standard", final: true }, now)).toBe(
      "2026-12-02T00:00:00Z",
    );
  });

  it("is SOURCE_DATE_EPOCH's instant when one is given", () => {
    const options = { fonts: "standard", final: true, documentTimestamp: "2027-01-05T08:00:00Z" } as const;
    expect(documentTimestamp(model("2026-12-31"), options, now)).toBe("2027-01-05T08:00:00Z");
  });
});
