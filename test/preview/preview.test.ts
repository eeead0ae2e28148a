/**
 * The preview in a real browser (npm run test:preview): Debian's Chromium, headless, driven by
 * playwright-core. The preview of a copy of data/2020.yaml is edited on disk while the page is open.
 */
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "../helpers.js";
import { launchBrowser, missingChromium, startPreview, type RunningPreview } from "./browser.js";
import { MEASURE_PAGES, type MeasuredPage } from "./measure.js";

const LINES_PER_PAGE = 22;
const CHARS_PER_LINE = 28;
/** Pages of data/2020.yaml as a draft: what LibreOffice prints (the render test) and the preview shows. */
const EXPECTED_PAGES = 6;
const isAllFullWidth = (text: string) => /^[^\u0000-\u00ff\uff61-\uff9f]+$/u.test(text);

const dir = tempDir();
/** The data file as the clerk names it, from the folder the preview runs in. */
const name = "data/2020.yaml";
const data = join(dir, name);
const original = readFileSync(join(ROOT, "data", "2020.yaml"), "utf8");
let preview: RunningPreview;
let browser: BrowserContext;
let page: Page;
/** Every URL the page asked for, whatever it was. */
const requested: string[] = [];

beforeAll(async () => {
  const missing = missingChromium();
  if (missing) throw new Error(`The preview test cannot run: ${missing}`);
  mkdirSync(join(dir, "data"));
  copyFileSync(join(ROOT, "data", "2020.yaml"), data);
  preview = await startPreview(name, ["--lang", "zh"], dir);
  browser = await launchBrowser();
  browser.on("request", (r) => void requested.push(r.url()));
  page = await browser.newPage();
  await page.goto(preview.url);
  await page.waitForSelector(".page");
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

const measure = () => page.evaluate<MeasuredPage[]>(MEASURE_PAGES);
const version = async () => Number(await page.evaluate("document.body.dataset.version"));
const allText = async () => (await measure()).flatMap((p) => p.lines).join("");
const problems = () => page.locator("#problems");

/** Writes `text` to the data file and waits (up to `ms`) for the page to show a newer state. */
async function save(text: string, ms = 5_000): Promise<number> {
  const before = await version();
  const start = performance.now();
  writeFileSync(data, text);
  await newerThan(before, ms);
  return performance.now() - start;
}

/**
 * Polls from here: the page's Content Security Policy forbids the eval that playwright's
 * waitForFunction would need, and it is right to.
 */
async function newerThan(before: number, ms = 5_000): Promise<void> {
  const deadline = performance.now() + ms;
  while ((await version()) <= before) {
    if (performance.now() > deadline) throw new Error(`the page was not updated within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("report preview of data/2020.yaml", () => {
  it("shows the document as pages, numbered, each headed by the draft label", async () => {
    const pages = await measure();
    expect(pages).toHaveLength(EXPECTED_PAGES);
    expect(await page.locator(".page .number").allTextContents()).toEqual(pages.map((_, i) => `— ${i + 1} —`));
    expect(new Set(await page.locator(".page .draft").allTextContents())).toEqual(new Set(["草稿"]));
    expect(pages[0]!.lines[0]).toBe("2020年度X街道工作总结");
    // every character of the text is printed once, in order, across the pages
    const text = runCli(["build", data, "-f", "txt", "-o", "-"]).stdout;
    expect(await allText()).toBe(text.replace(/\s/g, ""));
    expect(await page.locator(".page mark.blank").count()).toBeGreaterThan(0);
  });

  it(`holds ${LINES_PER_PAGE} lines on a full page and ${CHARS_PER_LINE} characters on a full line`, async () => {
    const pages = await measure();
    const [first, ...rest] = pages.slice(0, -1);
    // the title, one blank line (no characters), then the body
    expect(first!.lines.length + 1).toBe(LINES_PER_PAGE);
    for (const { number, lines, tops } of rest) {
      expect(lines, `page ${number}`).toHaveLength(LINES_PER_PAGE);
      const pitch = (tops.at(-1)! - tops[0]!) / (LINES_PER_PAGE - 1);
      expect(pitch * 0.75, `page ${number}: line pitch in pt`).toBeCloseTo(28.95, 1);
    }
    const full = pages.flatMap((p) => p.lines).filter(isAllFullWidth);
    const counts = full.map((line) => [...line].length);
    expect(Math.max(...counts)).toBe(CHARS_PER_LINE);
    expect(counts.filter((n) => n === CHARS_PER_LINE).length / counts.length).toBeGreaterThan(0.6);
  });

  it("says where a clicked paragraph comes from in the data file", async () => {
    await page.locator(".page").first().getByText("今年以来，在区委").click();
    const line = original.split("\n").findIndex((l) => l.startsWith("intro:")) + 1;
    await expect
      .poll(() => page.locator("#source").textContent())
      .toBe(`这一段来自 ${name}:${line}（第 ${line} 行）。`);
  });

  it("updates the page within a second of a save", async () => {
    const start = performance.now();
    writeFileSync(data, original.replace("今年以来，在区委", "本年度以来，在区委"));
    // Polled from here: the page's Content Security Policy forbids waitForFunction's eval.
    while (!(await page.locator(".page").first().textContent())?.includes("本年度以来，在区委")) {
      expect(performance.now() - start, "ms from the save to the page's update").toBeLessThan(1_000);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  });

  it("shows a mistake with its line and code frame over the last good pages, and recovers when it is fixed", async () => {
    const broken = original.replace("year: 2020", "year: 二〇二〇");
    const line = broken.split("\n").findIndex((l) => l.startsWith("year:")) + 1;
    await save(broken);
    await expect.poll(() => problems().textContent()).toContain(`${name}:${line}:7`);
    expect(await problems().isVisible()).toBe(true);
    expect(await problems().textContent()).toContain(`${line} │ year: 二〇二〇`);
    // the last good document stays under the message
    expect(await measure()).toHaveLength(EXPECTED_PAGES);
    await save(original);
    await expect.poll(() => problems().isVisible()).toBe(false);
    expect(await allText()).toContain("今年以来，在区委");
  });

  it("reports a renamed data file on the page and comes back when it returns", async () => {
    const before = await version();
    renameSync(data, `${data}.moved`);
    await newerThan(before);
    await expect.poll(() => problems().textContent()).toContain(`找不到文件：${name}`);
    renameSync(`${data}.moved`, data);
    await expect.poll(() => problems().isVisible()).toBe(false);
    expect(preview.process.exitCode).toBe(null);
  });

  it("refuses a request with another Host header", async () => {
    const status = (host: string) =>
      new Promise<number | undefined>((resolve, reject) => {
        const r = request({ host: "127.0.0.1", port: preview.port, path: "/", headers: { host } }, (response) => {
          response.resume();
          resolve(response.statusCode);
        });
        r.on("error", reject);
        r.end();
      });
    expect(await status(`127.0.0.1:${preview.port}`)).toBe(200);
    expect(await status(`localhost:${preview.port}`)).toBe(421);
    expect(await status(`attacker.example:${preview.port}`)).toBe(421);
    expect(await status("127.0.0.1")).toBe(421);
  });

  it("makes no request beyond 127.0.0.1", () => {
    expect(requested.length).toBeGreaterThan(1);
    expect(requested.filter((url) => !url.startsWith(preview.url))).toEqual([]);
  });

  it("serves nothing of the disk", async () => {
    for (const path of ["/data/2020.yaml", "/../package.json", "/etc/passwd", "/events/../package.json"]) {
      const response = await page.request.get(new URL(path, preview.url).href);
      expect(response.status(), path).toBe(404);
    }
  });

  it("makes the screenshots for the clerks' guide", async () => {
    // REPORT_UPDATE_SCREENSHOT=1 writes the ones docs/clerks-guide.md shows; otherwise they go to out/preview.
    const out = process.env.REPORT_UPDATE_SCREENSHOT ? join(ROOT, "docs") : join(ROOT, "out", "preview");
    mkdirSync(out, { recursive: true });
    await page.setViewportSize({ width: 900, height: 760 });
    await page.locator(".page").first().getByText("今年以来，在区委").click();
    await page.screenshot({ path: join(out, "preview.png") });
    await save(original.replace("year: 2020", "year: 二〇二〇"));
    await expect.poll(() => problems().isVisible()).toBe(true);
    await page.screenshot({ path: join(out, "preview-error.png") });
    await save(original);
  });

  it("stops cleanly on Ctrl-C", async () => {
    const code = await preview.stop();
    expect(code).toBe(0);
    expect(preview.output()).toContain("预览已停止");
  });
});
