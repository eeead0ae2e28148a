/**
 * The 公文 frame (issue 21) from the data's `frame`: what the plain writers print, which Word styles
 * a framed file carries (and a plain one does not), and the kinds the kit's replay knows.
 */
import { describe, expect, it } from "vitest";
import { FRAME_PARAGRAPH_KINDS } from "../src/write/docx/frame-kinds.js";
import { FRAME_STYLE_KINDS } from "../src/write/docx/styles.js";
import { ROOT, buildDocx, docxParts, fixture, runCli } from "./helpers.js";
import { join } from "node:path";

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
    expect(lines.slice(-9)).toEqual([
      "常宁市某某街道办事处",
      "2024年12月28日",
      "（此件公开发布）",
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
