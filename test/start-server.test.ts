/**
 * The start page's server without a browser (the browser test is test/preview/start.test.ts): it
 * answers only its own page at 127.0.0.1 and its port, takes a file only from that page, and
 * refuses what is too large to be a data file without reading it all.
 */
import { readFileSync } from "node:fs";
import { request, type IncomingMessage } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../src/limits.js";
import { startStartPage, type StartServer } from "../src/start/server.js";
import { ROOT } from "./helpers.js";

let server: StartServer;
let port: number;
let origin: string;

beforeAll(async () => {
  server = await startStartPage({ port: 0, lang: "zh" });
  port = Number(new URL(server.url).port);
  origin = `http://127.0.0.1:${port}`;
});
afterAll(() => server?.close());

function send(
  path: string,
  options: { host?: string; method?: string; origin?: string; body?: Uint8Array } = {},
): Promise<{ status: number; text: string; headers: IncomingMessage["headers"] }> {
  return new Promise((resolve, reject) => {
    const r = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: options.method ?? "GET",
        headers: { host: options.host ?? `127.0.0.1:${port}`, ...(options.origin ? { origin: options.origin } : {}) },
      },
      (response) => {
        let text = "";
        response.setEncoding("latin1").on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text, headers: response.headers }));
      },
    );
    r.on("error", reject);
    r.end(options.body);
  });
}

const data = new Uint8Array(readFileSync(join(ROOT, "data", "2021.yaml")));

describe("the start page's server", () => {
  it("serves its page only at 127.0.0.1 and its own port", async () => {
    const page = await send("/");
    expect(page.status).toBe(200);
    expect(page.headers["content-security-policy"]).toContain("default-src 'none'");
    expect((await send("/", { host: `localhost:${port}` })).status).toBe(421);
    expect((await send("/", { origin: "https://attacker.example" })).status).toBe(403);
    expect((await send("/elsewhere")).status).toBe(404);
    expect((await send("/", { method: "PUT" })).status).toBe(405);
  });

  it("takes a file only from its own page: a POST without its Origin is refused", async () => {
    expect((await send("/check?name=2021.yaml", { method: "POST", body: data })).status).toBe(403);
    const other = await send("/check?name=2021.yaml", { method: "POST", body: data, origin: "http://127.0.0.1:1" });
    expect(other.status).toBe(403);
    const own = await send("/check?name=2021.yaml", { method: "POST", body: data, origin });
    expect(own.status).toBe(200);
    expect(JSON.parse(Buffer.from(own.text, "latin1").toString("utf8"))).toMatchObject({ ok: true });
  });

  it("builds the Word file, named after the data file, and only docx or pdf", async () => {
    const built = await send("/build?name=2021.yaml&format=docx", { method: "POST", body: data, origin });
    expect(built.status).toBe(200);
    expect(built.headers["content-disposition"]).toContain("filename*=UTF-8''2021.docx");
    expect(built.text.startsWith("PK")).toBe(true);
    expect((await send("/build?name=2021.yaml&format=exe", { method: "POST", body: data, origin })).status).toBe(400);
  });

  it("refuses a file larger than any data file", async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    const answer = await send("/check?name=big.yaml", { method: "POST", body: big, origin }).catch(() => undefined);
    // Either the answer (413) arrives, or the connection is cut once the limit is passed.
    if (answer) expect(answer.status).toBe(413);
  });
});
