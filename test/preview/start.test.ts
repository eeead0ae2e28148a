/**
 * The start page a bare `zongjie` opens (npm run test:preview), in Debian's Chromium, headless:
 * a clerk picks data/2020.yaml, sees its 6 pages, downloads the Word file — the same bytes as
 * `build` writes — and a wrong file shows its mistakes instead. With REPORT_UPDATE_SCREENSHOT=1 it also
 * takes the pictures docs/clerks-guide.md shows.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "../helpers.js";
import { launchBrowser, missingChromium, startServing, type RunningPreview } from "./browser.js";

const dir = tempDir();
let server: RunningPreview;
let browser: BrowserContext;
let page: Page;
const requested: string[] = [];
const screenshots = process.env.REPORT_UPDATE_SCREENSHOT === "1";

beforeAll(async () => {
  const missing = missingChromium();
  if (missing) throw new Error(`The start page test cannot run: ${missing}`);
  server = await startServing("zongjie", ["start", "--port", "0", "--no-open", "--lang", "zh"], dir);
  browser = await launchBrowser();
  browser.on("request", (r) => void requested.push(r.url()));
  page = await browser.newPage();
  await page.goto(server.url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const version = async () => Number((await page.evaluate("document.body.dataset.version")) ?? 0);

/** Chooses a file as the clerk does (the file picker) and waits for the page to show it. */
async function choose(file: string): Promise<void> {
  const before = await version();
  await page.setInputFiles("#file", file);
  const deadline = performance.now() + 10_000;
  while ((await version()) <= before) {
    if (performance.now() > deadline) throw new Error("the page did not show the file within 10 s");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("the start page", () => {
  it("is in Chinese and offers a file to choose, nothing to download yet", async () => {
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(await page.locator("h1").textContent()).toBe("年度工作总结：生成 Word 文件");
    expect(await page.locator("label.pick").textContent()).toBe("选择文件…");
    expect(await page.locator("#docx").isDisabled()).toBe(true);
    expect(await page.locator("#pdf").isDisabled()).toBe(true);
    if (screenshots) await page.screenshot({ path: join(ROOT, "docs", "start-page.png") });
  });

  it("shows data/2020.yaml as its 6 pages, and downloads the Word file build writes", async () => {
    const data = join(dir, "2020.yaml");
    copyFileSync(join(ROOT, "data", "2020.yaml"), data);
    await choose(data);
    expect(await page.locator(".page").count()).toBe(6);
    expect(await page.locator("#status").textContent()).toBe("2020.yaml 没有发现问题，可以下载。");
    expect(await page.locator("#docx").isEnabled()).toBe(true);
    if (screenshots) await page.screenshot({ path: join(ROOT, "docs", "start-page-pages.png") });

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#docx")]);
    expect(download.suggestedFilename()).toBe("2020.docx");
    const saved = join(dir, "downloaded.docx");
    await download.saveAs(saved);
    const built = join(dir, "built.docx");
    expect(runCli(["build", data, "-o", built]).status).toBe(0);
    expect(readFileSync(saved).equals(readFileSync(built))).toBe(true);
  });

  it("shows a wrong file's mistakes, with the line, and offers nothing to download", async () => {
    const broken = join(dir, "2021.yaml");
    writeFileSync(broken, readFileSync(join(ROOT, "data", "2021.yaml"), "utf8").replace("title:", "titel:"));
    await choose(broken);
    const problems = page.locator("#problems");
    expect(await problems.isVisible()).toBe(true);
    expect(await problems.locator(".message").textContent()).toBe("2021.yaml 有 1 处问题，改正以后才能下载。");
    const frames = (await problems.locator(".frames").textContent()) ?? "";
    expect(frames).toContain("不认识的字段 titel");
    expect(frames).toContain("2021.yaml:3:1");
    expect(await page.locator("#docx").isDisabled()).toBe(true);
    if (screenshots) await page.screenshot({ path: join(ROOT, "docs", "start-page-error.png") });
  });

  it("makes last year's Word file into this year's data file, offered for download and built from", async () => {
    const word = join(dir, "2020年工作总结.docx");
    copyFileSync(join(dir, "built.docx"), word);
    await choose(word);
    expect(await page.locator("#status").textContent()).toContain(
      "已从 2020年工作总结.docx 生成今年的数据文件 2021.yaml",
    );
    expect(await page.locator(".page").count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator("#data").isVisible()).toBe(true);
    const [data] = await Promise.all([page.waitForEvent("download"), page.click("#data")]);
    expect(data.suggestedFilename()).toBe("2021.yaml");
    const saved = join(dir, "2021-made.yaml");
    await data.saveAs(saved);
    expect(readFileSync(saved, "utf8")).toMatch(/^year: 2021$/m);
    const [docx] = await Promise.all([page.waitForEvent("download"), page.click("#docx")]);
    expect(docx.suggestedFilename()).toBe("2021.docx");
  });

  it("says a file that is neither data nor a document is not data", async () => {
    const picture = join(dir, "photo.png");
    writeFileSync(picture, "not data");
    await choose(picture);
    expect(await page.locator("#problems .message").textContent()).toBe("photo.png 不是数据文件（.yaml）");
    expect(await page.locator("#data").isVisible()).toBe(false);
  });

  it("asked for nothing but its own server", () => {
    expect(requested.filter((url) => !url.startsWith(server.url) && !url.startsWith("blob:"))).toEqual([]);
  });
});
