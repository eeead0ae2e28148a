/**
 * The 公文 frame (issue 21) from the data's `frame`: what the plain writers print, which Word styles
 * a framed file carries (and a plain one does not), and the kinds the kit's replay knows.
 */
import { describe, expect, it } from "vitest";
import { FRAME_PARAGRAPH_KINDS } from "../src/write/docx/frame-kinds.js";
import { FRAME_STYLE_KINDS } from "../src/write/docx/styles.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, buildDocx, docxParts, fixture, runCli, tempDir } from "./helpers.js";

const FRAMED = fixture("frame-report.yaml");

describe("the 公文 frame in plain text", () => {
  it("prints the 版头 above the title, the 附注 under the date and the 版记 last, between rules", () => {
    const result = runCli(["build", FRAMED, "--format", "txt", "-o", "-"]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split("\n");
    const rule = "—".repeat(28);
    expect(lines.slice(0, 7)).toEqual([
      "000012",
      "秘密★1年",
      "特急",
      "常宁市某某街道办事处",
      "某街报〔2024〕12号　　签发人：张某某",
      rule,
      "常宁市某某街道办事处关于2024年度工作情况的报告",
    ]);
    expect(lines[7]).toBe("市委、市政府：");
    // The closing and 附注 after the 附件说明; the attachments; the 版记 last.
    const closing = lines.indexOf("附件：1.2024年主要经济指标完成情况");
    expect(lines.slice(closing, closing + 5)).toEqual([
      "附件：1.2024年主要经济指标完成情况",
      "　　　2.2024年重点项目推进情况",
      "常宁市某某街道办事处",
      "2024年12月28日",
      "（此件公开发布）",
    ]);
    expect(lines.indexOf("附件2")).toBeGreaterThan(lines.indexOf("附件1"));
    expect(lines.slice(-9)).toEqual([
      "------------  --------------  ------",
      "老旧小区改造           12800  已完工",
      "背街小巷整治            3650  已完工",
      "",
      rule,
      "抄送：市委办公室，市人大常委会办公室，市政协办公室。",
      "常宁市某某街道党政办公室　　2024年12月30日印发",
      rule,
      "",
    ]);
  });

  it("shows the frame in Markdown, the rules as thematic breaks", () => {
    const result = runCli(["build", FRAMED, "--format", "md", "-o", "-"]);
    expect(result.stdout).toMatch(
      /^000012 {2}\n秘密★1年 {2}\n特急 {2}\n常宁市某某街道办事处 {2}\n某街报〔2024〕12号\u3000\u3000签发人：张某某\n\n\*\*\*\n\n# /,
    );
    expect(result.stdout).toMatch(
      /\*\*\*\n\n抄送：市委办公室，市人大常委会办公室，市政协办公室。 {2}\n常宁市某某街道党政办公室\u3000\u30002024年12月30日印发\n\n\*\*\*\n$/,
    );
  });
});

describe("the 公文 frame in Word", () => {
  it("carries the frame's styles, the red 标志 and line, only in a file that has a frame", () => {
    const framed = docxParts(buildDocx(FRAMED, ["--final"]));
    const styles = framed["word/styles.xml"] ?? "";
    expect(styles).toMatch(/w:styleId="IssuerMark36"[\s\S]*?<w:color w:val="FF0000"\/>/);
    expect(styles).toMatch(/w:styleId="SeparatorLine"[\s\S]*?<w:bottom w:val="single" w:color="FF0000" w:sz="12"/);
    const document = framed["word/document.xml"] ?? "";
    // the 版记 in a text box at a fixed place on the page, named the same in every build
    expect(document).toContain('<v:shape id="colophon"');
    expect(document).toMatch(/mso-position-vertical-relative:page/);
    const plain = docxParts(buildDocx(join(ROOT, "data", "2020.yaml")))["word/styles.xml"] ?? "";
    for (const kind of ["IssuerMark42", "SeparatorLine", "ColophonCopy", "FrameMark"])
      expect(plain).not.toContain(kind);
  });

  it("knows every frame kind by name without the docx library (frame-kinds.ts lists exactly styles.ts's)", () => {
    expect([...FRAME_PARAGRAPH_KINDS].sort()).toEqual([...FRAME_STYLE_KINDS].sort());
  });
});

describe("report init and the frame", () => {
  it("keeps last year's issuers, signers, seal, 抄送 and 印发机关, leaves the number and dates to fill in", () => {
    const file = join(tempDir(), "2025.yaml");
    expect(runCli(["init", file, "--from", FRAMED]).status).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).toContain(
      "frame:\n  issuers: 常宁市某某街道办事处\n  signers: 张某某\n  seal: true\n" +
        "  copyTo: [市委办公室, 市人大常委会办公室, 市政协办公室]\n  printedBy: 常宁市某某街道党政办公室\n",
    );
    expect(text).not.toContain("某街报〔2024〕12号");
    expect(runCli(["validate", file]).status).toBe(0);
  });

  it("shows a new file the frame as an example commented out", () => {
    const file = join(tempDir(), "2025.yaml");
    expect(runCli(["init", file, "--year", "2025"]).status).toBe(0);
    expect(readFileSync(file, "utf8")).toContain(
      "# frame:\n#   issuers: 某某街道办事处\n#   number: 某街报〔2025〕1号\n",
    );
  });
});
