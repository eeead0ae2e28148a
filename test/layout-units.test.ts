/** The small layout computations: title lines, closing indents, dates. */
import { describe, expect, it } from "vitest";
import { chineseDate } from "../src/render/dates.js";
import { closingLeftIndents, setWidthTwips } from "../src/write/layout/closing.js";
import { PAGE, PAGE_NUMBER, TEXT_BLOCK, TITLE, mmToTwips } from "../src/write/layout/layout.js";
import { emWidth, titleLines } from "../src/write/layout/title-lines.js";

describe("layout numbers", () => {
  it("rounds millimetres to twips (37 mm → 2098) and derives the text block and footer", () => {
    expect(mmToTwips(37)).toBe(2098);
    expect([PAGE.widthTwips, PAGE.heightTwips]).toEqual([11906, 16838]);
    expect([TEXT_BLOCK.widthTwips, TEXT_BLOCK.heightTwips]).toEqual([8845, 12756]);
    expect(TITLE.charsPerLine).toBe(20);
    expect(PAGE_NUMBER.footerTwips).toBe(1307);
  });
});

describe("titleLines", () => {
  it("keeps a title that fits on one line", () => {
    expect(titleLines("2020年度X街道工作总结", 20)).toEqual(["2020年度X街道工作总结"]);
  });

  it.each([
    "北坦街道关于2020年度深化区域党建建设科创街区推动各项工作落实落地的总结",
    "关于进一步加强和改进新时代街道社区治理体系和治理能力现代化建设的实施意见",
    "天桥区北坦街道办事处关于二〇二〇年度深化区域党建引领基层治理创新推进科创街区建设和城市更新各项工作任务落实落地情况的总结报告",
  ])("breaks %s into as few lines as fit, balanced, shorter above", (title) => {
    const lines = titleLines(title, 20);
    expect(lines.join("")).toBe(title);
    expect(lines).toHaveLength(Math.ceil(emWidth(title) / 20));
    const widths = lines.map(emWidth);
    expect(Math.max(...widths)).toBeLessThanOrEqual(20);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(lines.length + 2);
    expect(widths[0]).toBeLessThanOrEqual(widths.at(-1)!);
  });

  it("does not split 2020 from 年度", () => {
    for (const line of titleLines("北坦街道关于2020年度深化区域党建建设科创街区推动各项工作落实落地的总结", 20)) {
      expect(line).not.toMatch(/\d$/);
    }
  });
});

describe("closing", () => {
  const char = 315; // 16 pt less 0.25 pt

  it("sets the organisation two characters from the right, the date starting two characters further right", () => {
    const [organisation, date] = closingLeftIndents(["北坦街道办事处党工委", "2020年1月5日"]);
    expect(organisation).toBe(TEXT_BLOCK.widthTwips - 2 * char - 10 * char);
    expect(date! - organisation!).toBe(2 * char);
  });

  it("sets a date longer than the organisation two characters from the right, moving the organisation left", () => {
    const [organisation, date] = closingLeftIndents(["北坦街道", "2020年12月28日"]);
    expect(date).toBe(TEXT_BLOCK.widthTwips - 2 * char - setWidthTwips("2020年12月28日"));
    expect(date! - organisation!).toBe(2 * char);
  });

  it("counts half-width digits as half a character and the gaps between scripts", () => {
    expect(setWidthTwips("北坦街道")).toBe(4 * char);
    expect(setWidthTwips("2020年")).toBe(4 * 160 + 320 + 80 - 5 * 5);
  });
});

describe("chineseDate", () => {
  it.each([
    ["2020-12-28", "2020年12月28日"],
    ["2021-01-05", "2021年1月5日"],
  ])("%s → %s", (iso, text) => expect(chineseDate(iso)).toBe(text));
});

describe("titleLines on a very long title", () => {
  // The cuts used to be searched exhaustively: 140 characters took seconds, 200 never ended.
  it("breaks 400 characters into full lines, every character kept, without searching every cut", () => {
    const title = "深化区域党建推动各项工作落实落地".repeat(25);
    const lines = titleLines(title, TITLE.charsPerLine);
    expect(lines.join("")).toBe(title);
    expect(lines.length).toBe(Math.ceil(title.length / TITLE.charsPerLine));
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(TITLE.charsPerLine);
  });
});
