/**
 * The 公文 frame and the 工作报告's title in the preview (npm run test:preview), in Debian's Chromium:
 * what the render suite measures in LibreOffice's pages, the clerk sees on the preview's pages too —
 * the red 发文机关标志 and red line on page 1, the 版记 between its rules at the foot of the last
 * page, a table's numbers right-aligned, each attachment on a page of its own, the three-line title
 * with its 题注 and speaker centred.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers.js";
import { launchBrowser, missingChromium, startPreview, type RunningPreview } from "./browser.js";
import { MEASURE_PAGES, type MeasuredPage } from "./measure.js";

/** GB/T 9704 §7.2.4 and §7.2.5: the 发文机关标志 and the separator line are red. */
const RED = "rgb(255, 0, 0)";

const dir = tempDir();
let browser: BrowserContext;
const previews: RunningPreview[] = [];

beforeAll(async () => {
  const missing = missingChromium();
  if (missing) throw new Error(`The preview test cannot run: ${missing}`);
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(previews.map((p) => p.stop()));
});

/** The preview of a copy of a fixture, open in a page. */
async function open(fixture: string): Promise<Page> {
  copyFileSync(join(ROOT, "test", "fixtures", fixture), join(dir, fixture));
  const preview = await startPreview(fixture, ["--lang", "zh"], dir);
  previews.push(preview);
  const page = await browser.newPage();
  await page.goto(preview.url);
  await page.waitForSelector(".page");
  return page;
}

interface Place {
  /** The page (1, 2, …) the element is seen on. */
  readonly page: number;
  /** In CSS pixels, from that page's text block's sides and bottom. */
  readonly left: number;
  readonly right: number;
  readonly bottomGap: number;
  readonly color: string;
  readonly borderTop: string;
  readonly align: string;
}

/**
 * Each element the reader sees, and where. Every page holds the whole column, shifted and clipped:
 * an element is seen on the page whose text block its middle falls in. (A script, as measure.ts's:
 * the tests are typed without the DOM.)
 */
const placeOf = (page: Page, selector: string) =>
  page.evaluate<Place[]>(String.raw`[...document.querySelectorAll(".page .text")].flatMap((text, i) => {
    const block = text.getBoundingClientRect();
    return [...text.querySelectorAll(${JSON.stringify(selector)})].flatMap((element) => {
      const box = element.getBoundingClientRect();
      const middle = (box.top + box.bottom) / 2;
      if (middle < block.top || middle > block.bottom) return [];
      const style = getComputedStyle(element);
      return [{ page: i + 1, left: box.left - block.left, right: block.right - box.right,
        bottomGap: block.bottom - box.bottom, color: style.color, borderTop: style.borderTopColor,
        align: style.textAlign }];
    });
  })`);

describe("the preview of a 报告 in its 公文 frame (test/fixtures/frame-report.yaml)", () => {
  let page: Page;
  let pages: MeasuredPage[];
  beforeAll(async () => {
    page = await open("frame-report.yaml");
    pages = await page.evaluate<MeasuredPage[]>(MEASURE_PAGES);
  }, 60_000);

  it("puts the red 发文机关标志, the 发文字号 and the red line on page 1, above the title", async () => {
    const [issuer] = await placeOf(page, ".flow .issuer");
    expect(issuer).toMatchObject({ page: 1, color: RED, align: "center" });
    const [line] = await placeOf(page, ".flow .red-line");
    expect(line).toMatchObject({ page: 1, borderTop: RED });
    const first = pages[0]?.lines ?? [];
    const at = (text: string) => first.findIndex((l) => l.includes(text));
    expect(at("常宁市某某街道办事处")).toBeGreaterThanOrEqual(0);
    expect(at("某街报〔2024〕12号")).toBeGreaterThan(at("常宁市某某街道办事处"));
    expect(at("2024年度工作情况的报告")).toBeGreaterThan(at("某街报〔2024〕12号"));
  });

  it("sets the 版记 between its rules at the foot of the last page, an even one", async () => {
    const [colophon] = await placeOf(page, ".flow .colophon");
    expect(colophon?.page).toBe(pages.length);
    expect(pages.length % 2).toBe(0);
    // Its last rule on the text block's last line (§7.4.1): within a line (28.95 pt = 38.6 px) of the bottom.
    expect(colophon?.bottomGap).toBeGreaterThanOrEqual(0);
    expect(colophon?.bottomGap).toBeLessThan(38.6);
    const last = pages.at(-1)?.lines.join("") ?? "";
    expect(last).toContain("抄送：市委办公室");
    expect(last).toContain("常宁市某某街道党政办公室");
  });
});

// As the Word file places it (test/render/colophon-page.test.ts measures LibreOffice's pages of the same
// fixtures). Not frame-even-full.yaml, whose body fills page 2 in Word: the browser's fonts set the
// preview's lines a little shorter, and there the 版记 still has room on page 2.
describe.each([
  ["frame-short.yaml", "a body that ends on page 1", 2],
  ["frame-even-room.yaml", "a body that ends on page 2 with room", 2],
])("the preview of test/fixtures/%s, %s", (fixture, _, colophonPage) => {
  it(`sets the 版记 at the foot of page ${colophonPage}`, async () => {
    const page = await open(fixture);
    const pages = await page.evaluate<MeasuredPage[]>(MEASURE_PAGES);
    expect(pages).toHaveLength(colophonPage);
    const [colophon] = await placeOf(page, ".flow .colophon");
    expect(colophon?.page).toBe(colophonPage);
    expect(colophon?.bottomGap).toBeGreaterThanOrEqual(0);
    expect(colophon?.bottomGap).toBeLessThan(38.6);
  });
});

describe("the preview of a 工作报告 (test/fixtures/cppcc-report.yaml)", () => {
  let page: Page;
  let pages: MeasuredPage[];
  beforeAll(async () => {
    page = await open("cppcc-report.yaml");
    pages = await page.evaluate<MeasuredPage[]>(MEASURE_PAGES);
  }, 60_000);

  it("shows the three-line title, the 题注 and the speaker centred, in that order", async () => {
    expect(pages[0]?.lines.slice(0, 5)).toEqual([
      "中国人民政治协商会议",
      "常宁市第十一届委员会常务委员会",
      "工作报告",
      "——在政协常宁市第十一届委员会第四次会议上",
      "常宁市政协主席张三",
    ]);
    // The 题注 and the speaker line, each centred.
    const notes = await placeOf(page, ".flow .title-note");
    expect(notes).toHaveLength(2);
    for (const note of notes) {
      expect(note.align).toBe("center");
      expect(Math.abs(note.left - note.right)).toBeLessThan(1);
    }
  });

  it("right-aligns a table's numbers and starts each attachment on a page of its own", async () => {
    const cells = await page.evaluate<{ text: string; align: string }[]>(
      `[...document.querySelectorAll(".flow td")].map((td) => ({ text: td.textContent, align: getComputedStyle(td).textAlign }))`,
    );
    const numbers = cells.filter((c) => /^[\d.,]+$/.test(c.text));
    expect(numbers.length).toBeGreaterThan(0);
    for (const cell of numbers) expect(cell.align, cell.text).toBe("right");
    const labels = pages.map((p) => p.lines[0] ?? "").filter((first) => /^附件\d$/.test(first));
    expect(labels).toEqual(["附件1", "附件2"]);
  });
});
