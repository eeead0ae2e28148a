/**
 * The preview server without a browser (the browser suite is test/preview/, npm run test:preview):
 * what it answers, to whom, and what it pushes when the data file changes.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { request, type IncomingMessage } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPreview, type PreviewServer } from "../src/preview/server.js";
import { ROOT, tempDir } from "./helpers.js";

const data = join(tempDir(), "2020.yaml");
const original = readFileSync(join(ROOT, "data", "2020.yaml"), "utf8");
let server: PreviewServer;
let port: number;

interface State {
  version: number;
  document?: { html: string; draftLabel: string };
  problems?: { errors: number; message: string; frames: string };
  sources: Record<string, string>;
}

beforeAll(async () => {
  copyFileSync(join(ROOT, "data", "2020.yaml"), data);
  server = await startPreview({ file: data, port: 0, lang: "zh" });
  port = Number(new URL(server.url).port);
});
afterAll(() => server?.close());

function get(
  path: string,
  options: { host?: string; method?: string; origin?: string } = {},
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const r = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: options.method ?? "GET",
        headers: { host: options.host ?? `127.0.0.1:${port}`, ...(options.origin ? { origin: options.origin } : {}) },
      },
      resolve,
    );
    r.on("error", reject);
    r.end();
  });
}

const body = (response: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = "";
    response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    response.on("end", () => resolve(text));
  });

/** The event stream, as states; `next()` waits for the next one. */
async function events() {
  const response = await get("/events");
  const queue: State[] = [];
  const waiting: ((state: State) => void)[] = [];
  let buffer = "";
  response.setEncoding("utf8").on("data", (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const line = event.split("\n").find((l) => l.startsWith("data: "));
      if (!line) continue;
      const state = JSON.parse(line.slice(6)) as State;
      const waiter = waiting.shift();
      if (waiter) waiter(state);
      else queue.push(state);
    }
  });
  const next = () =>
    new Promise<State>((resolve, reject) => {
      const ready = queue.shift();
      if (ready) return resolve(ready);
      const timer = setTimeout(() => reject(new Error("no event within 10 s")), 10_000);
      waiting.push((state) => {
        clearTimeout(timer);
        resolve(state);
      });
    });
  /** The first state that passes `test`: a save may be seen as more than one change. */
  const until = async (test: (state: State) => boolean): Promise<State> => {
    for (;;) {
      const state = await next();
      if (test(state)) return state;
    }
  };
  return { response, next, until };
}

describe("the preview server", () => {
  it("serves the page, self-contained, with a policy that lets it load nothing", async () => {
    const response = await get("/");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-security-policy"]).toMatch(/^default-src 'none'; script-src 'nonce-[^']+'/);
    const page = await body(response);
    expect(page).not.toMatch(/\b(src|href)=/);
    expect(page).toContain("<title>预览：");
  });

  it("answers only at 127.0.0.1 and its own port, only GET, and nothing but the page and its events", async () => {
    expect((await get("/", { host: `localhost:${port}` })).statusCode).toBe(421);
    expect((await get("/", { host: `127.0.0.1:${port + 1}` })).statusCode).toBe(421);
    expect((await get("/", { method: "POST" })).statusCode).toBe(405);
    expect((await get("/events", { origin: "https://attacker.example" })).statusCode).toBe(403);
    expect((await get("/", { origin: `http://127.0.0.1:${port}` })).statusCode).toBe(200);
    for (const path of ["/2020.yaml", "/..%2f..%2fpackage.json", "/favicon.ico", data])
      expect((await get(path)).statusCode, path).toBe(404);
  });

  it("pushes the document, then each change: an error with its frame over the last good document, then the fix", async () => {
    const stream = await events();
    const first = await stream.next();
    expect(first.problems).toBeUndefined();
    expect(first.document?.html).toContain("今年以来，在区委");
    expect(first.document?.draftLabel).toBe("草稿");
    const introLine = original.split("\n").findIndex((l) => l.startsWith("intro:")) + 1;
    expect(first.document?.html).toContain(`data-line="${introLine}"`);
    expect(first.sources[introLine]).toBe(`这一段来自 ${data}:${introLine}（第 ${introLine} 行）。`);

    writeFileSync(data, original.replace("year: 2020", "year: 二〇二〇"));
    const broken = await stream.until((state) => state.problems !== undefined);
    const yearLine = original.split("\n").findIndex((l) => l.startsWith("year:")) + 1;
    expect(broken.version).toBeGreaterThan(first.version);
    expect(broken.problems?.errors).toBe(1);
    expect(broken.problems?.frames).toContain(`${data}:${yearLine}:7`);
    expect(broken.problems?.frames).toContain(`${yearLine} │ year: 二〇二〇`);
    expect(broken.document).toEqual(first.document);

    writeFileSync(data, original.replace("今年以来", "本年度以来"));
    const fixed = await stream.until((state) => state.problems === undefined);
    expect(fixed.problems).toBeUndefined();
    expect(fixed.document?.html).toContain("本年度以来");
    stream.response.destroy();
  });
});
