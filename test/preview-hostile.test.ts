/**
 * The preview server against anyone who can reach 127.0.0.1 and any web page the clerk has open:
 * malformed and oversized requests, smuggling, other methods, Host/Origin/Sec-Fetch tricks, path
 * traversal in every encoding, HTML through every text and the file's name, the file swapped for a
 * link to /proc/self/environ, event streams that never read, slow-loris connections under a low file
 * limit, and Ctrl-C with streams open. Each ends with the server answering its own page.
 */
import { spawn } from "node:child_process";
import { readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPreview, type PreviewServer } from "../src/preview/server.js";
import { ROOT, tempDir } from "./helpers.js";
import { sleep, startCli } from "./processes.js";

const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)>`;
const dir = tempDir();
// The file's own name carries markup too: it is shown in the page's title and the problems bar.
const data = join(dir, `<img src=x onerror=alert(3)>.yaml`);
const original = readFileSync(join(ROOT, "data", "2020.yaml"), "utf8");
const SECRET = "preview-secret-7d1e0c";
let server: PreviewServer;
let port: number;

/** Bytes sent as they are on a fresh connection; the answer's text once the server closes it or after `ms`. */
function raw(bytes: string | Buffer, ms = 1500): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    const done = () => {
      socket.destroy();
      resolve(answer);
    };
    socket.on("data", (chunk) => (answer += chunk.toString("latin1")));
    socket.on("close", done);
    socket.on("error", done);
    socket.write(bytes);
    setTimeout(done, ms);
  });
}

const status = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
const request = (path: string, headers: Record<string, string> = {}, method = "GET") =>
  raw(
    `${method} ${path} HTTP/1.1\r\n${Object.entries({ host: `127.0.0.1:${port}`, connection: "close", ...headers })
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join("")}\r\n`,
  );

async function pageStillServed(): Promise<void> {
  const answer = await request("/");
  expect(status(answer)).toBe(200);
}

/** Reads an event stream until `until` holds for an event's data, or fails after `ms`. */
async function nextEvent(socket: Socket, until: (data: string) => boolean, ms = 10_000): Promise<string> {
  let seen = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no such event within ${ms} ms`)), ms);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString("utf8");
      const events = seen.split("\n\n");
      for (const event of events.slice(0, -1)) {
        const line = event.split("\n").find((l) => l.startsWith("data: "));
        if (line && until(line.slice(6))) {
          clearTimeout(timer);
          socket.off("data", onData);
          return resolve(line.slice(6));
        }
      }
    };
    socket.on("data", onData);
  });
}

function openStream(): Socket {
  const socket = connect(port, "127.0.0.1");
  socket.write(`GET /events HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\n\r\n`);
  return socket;
}

beforeAll(async () => {
  process.env.REPORT_TEST_SECRET = SECRET;
  writeFileSync(
    data,
    original
      .replace(/^title: .*$/m, `title: "${HOSTILE}"`)
      .replace(/^intro: .*$/m, `intro: "${HOSTILE}{{人口}}"`)
      .replace(/^figures:\n/m, `figures:\n  人口: { value: 3, unit: "${HOSTILE}" }\n`),
  );
  server = await startPreview({ file: data, port: 0, lang: "en" });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  delete process.env.REPORT_TEST_SECRET;
  await server?.close();
});

describe("the preview server under attack", () => {
  it("malformed and oversized request lines and headers are refused; the server keeps serving", async () => {
    const cases: [string, string | Buffer][] = [
      ["a path that is not a URL (//[)", `GET //[ HTTP/1.1\r\nhost: 127.0.0.1:PORT\r\n\r\n`],
      ["an absolute URL of another host", `GET http://evil.example/ HTTP/1.1\r\nhost: 127.0.0.1:PORT\r\n\r\n`],
      ["an asterisk", `GET * HTTP/1.1\r\nhost: 127.0.0.1:PORT\r\n\r\n`],
      ["control bytes", Buffer.from([0, 1, 2, 0x1b, 0x0d, 0x0a, 0x0d, 0x0a])],
      ["a 100 KB request line", `GET /${"a".repeat(100_000)} HTTP/1.1\r\nhost: 127.0.0.1:PORT\r\n\r\n`],
      ["a 64 KB header", `GET / HTTP/1.1\r\nhost: 127.0.0.1:PORT\r\nx: ${"b".repeat(65_536)}\r\n\r\n`],
      ["HTTP/9", `GET / HTTP/9.9\r\nhost: 127.0.0.1:PORT\r\n\r\n`],
      ["a header without a colon", `GET / HTTP/1.1\r\nhost: 127.0.0.1:PORT\r\nnonsense\r\n\r\n`],
    ];
    for (const [what, bytes] of cases) {
      // Each answered (and the connection closed) at once, not left to time out.
      const answer = await raw(typeof bytes === "string" ? bytes.replaceAll("PORT", String(port)) : bytes);
      expect(status(answer), what).toBeGreaterThanOrEqual(400);
      expect(answer, what).not.toContain("<html");
      await pageStillServed();
    }
    // Node keeps the first 2,000 headers and drops the rest: answered, the server unharmed.
    const many = await raw(`GET / HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\n${"x: y\r\n".repeat(5000)}\r\n`);
    expect([200, 431]).toContain(status(many));
    await pageStillServed();
  }, 30_000);

  it("request smuggling: Content-Length with Transfer-Encoding, or two Content-Lengths, is refused whole", async () => {
    const smuggled = `GET /events HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\n\r\n`;
    for (const headers of [
      `content-length: ${smuggled.length}\r\ntransfer-encoding: chunked`,
      `content-length: 0\r\ncontent-length: ${smuggled.length}`,
      `transfer-encoding: chunked\r\ntransfer-encoding: identity`,
    ]) {
      const answer = await raw(`GET / HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\n${headers}\r\n\r\n${smuggled}`);
      expect(status(answer), headers).toBe(400);
      expect(answer, headers).not.toContain("text/event-stream");
    }
    await pageStillServed();
  });

  it("answers other methods 405, saying which it allows", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"]) {
      const answer = await request("/", {}, method);
      expect(status(answer), method).toBe(405);
      expect(answer.toLowerCase()).toContain("allow: get, head");
    }
    expect(status(await request("/", {}, "HEAD"))).toBe(200);
    await pageStillServed();
  });

  it("Host tricks and DNS rebinding: only 127.0.0.1 and its own port", async () => {
    for (const host of [
      "localhost:PORT",
      "127.0.0.1",
      "attacker.example",
      "127.0.0.1:PORT.attacker.example",
      "127.0.0.1:PORT@attacker.example",
      "[::1]:PORT",
      "127.1:PORT",
      "0x7f000001:PORT",
    ]) {
      const answer = await request("/", { host: host.replace("PORT", String(port)) });
      expect(status(answer), host).toBe(421);
    }
    const noHost = await raw(`GET / HTTP/1.1\r\nconnection: close\r\n\r\n`);
    expect([400, 421]).toContain(status(noHost));
  });

  it("a page of another origin (another port, null, file:) or a frame, script or image of one is refused", async () => {
    for (const origin of [`http://127.0.0.1:${port + 1}`, "null", "file://", `http://localhost:${port}`]) {
      for (const path of ["/", "/events"]) {
        expect(status(await request(path, { origin })), `${origin} ${path}`).toBe(403);
        expect(status(await request(path, { origin, referer: `http://127.0.0.1:${port}/` }))).toBe(403);
      }
    }
    for (const dest of ["iframe", "script", "image", "empty", "style"]) {
      const headers = { "sec-fetch-site": "cross-site", "sec-fetch-mode": "no-cors", "sec-fetch-dest": dest };
      expect(status(await request("/", headers)), dest).toBe(403);
      expect(status(await request("/events", headers)), dest).toBe(403);
    }
    // A link from another page, followed in a whole tab, opens the preview (that page reads nothing).
    const followed = { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate", "sec-fetch-dest": "document" };
    const answer = await request("/", followed);
    expect(status(answer)).toBe(200);
    expect(answer.toLowerCase()).toContain("x-frame-options: deny");
    expect(answer).toContain("frame-ancestors 'none'");
  });

  it("path traversal in every encoding reaches nothing on the disk", async () => {
    for (const path of [
      "/../../../../etc/passwd",
      "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/..%2f..%2f..%2fetc%2fpasswd",
      "/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
      "/..\\..\\..\\etc\\passwd",
      "/%5c..%5c..%5cetc%5cpasswd",
      "//etc/passwd",
      "/events/../../etc/passwd",
      "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
      "/.%00./etc/passwd",
      "/%00",
      `/${encodeURIComponent(data)}`,
      "/2020.yaml",
      "/proc/self/environ",
    ]) {
      const answer = await request(path);
      expect([400, 404], path).toContain(status(answer));
      expect(answer, path).not.toContain("root:");
      expect(answer, path).not.toContain("year:");
    }
  });

  it("HTML and script in the title, a text, a unit and the file's name arrive as text, never as markup", async () => {
    const page = await request("/");
    expect(page).not.toMatch(/<img src=x/i);
    const stream = openStream();
    try {
      const state = JSON.parse(await nextEvent(stream, () => true)) as { document?: { html: string } };
      const html = state.document?.html ?? "";
      expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
      expect(html).not.toMatch(/<script|<img/i);
    } finally {
      stream.destroy();
    }
  });

  it("the file swapped for a link to /proc/self/environ: refused, and not a byte of it shown", async () => {
    const stream = openStream();
    const moved = `${data}.moved`;
    try {
      await nextEvent(stream, () => true);
      renameSync(data, moved);
      symlinkSync("/proc/self/environ", data);
      const state = await nextEvent(stream, (d) => d.includes('"problems"'));
      expect(state).not.toContain(SECRET);
      expect(state).toContain("it was not read");
    } finally {
      rmSync(data, { force: true });
      renameSync(moved, data);
      stream.destroy();
    }
  }, 20_000);

  it("hundreds of event streams that never read: the server's memory stays bounded", async () => {
    const sockets: Socket[] = [];
    for (let i = 0; i < 300; i++) {
      const socket = connect(port, "127.0.0.1");
      socket.write(`GET /events HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\n\r\n`);
      socket.pause(); // never reads
      sockets.push(socket);
    }
    try {
      await sleep(500);
      const before = process.memoryUsage();
      // Saves of a large text, each pushed as a state of a few MB.
      const big = `intro: "${"今年以来，推动工作落实落地。".repeat(30_000)}"`;
      for (let i = 0; i < 6; i++) {
        writeFileSync(data, original.replace(/^intro: .*$/m, big.replace("今年", `第${i}`)));
        await sleep(700);
      }
      const after = process.memoryUsage();
      const grownMiB = (after.rss - before.rss) / 1024 / 1024;
      // Unbounded, 300 streams × 6 states of ~1.3 MB each would hold gigabytes.
      expect(grownMiB).toBeLessThan(300);
    } finally {
      for (const socket of sockets) socket.destroy();
      writeFileSync(data, original);
    }
    await pageStillServed();
  }, 30_000);

  it("an editor autosaving a large file in bursts, some saves half-written: the page gets the last save", async () => {
    const before = readFileSync(data, "utf8");
    const stream = openStream();
    const save = (n: number) =>
      original.replace(/^intro: .*$/m, () => `intro: "第${n}次保存。${"今年以来，推动工作落实落地。".repeat(30_000)}"`);
    try {
      await nextEvent(stream, () => true);
      const started = performance.now();
      for (let n = 1; n <= 40; n++) {
        const text = save(n);
        if (n % 3 === 0) {
          // Written in place in two goes, as some editors do: for a moment the file is cut short.
          writeFileSync(data, text.slice(0, text.length / 2));
          await sleep(5);
        }
        writeFileSync(data, text);
        await sleep(10);
      }
      const last = await nextEvent(stream, (d) => d.includes("第40次保存"), 20_000);
      expect(performance.now() - started).toBeLessThan(20_000);
      // The last save, whole: laid out, no error left from a half-written one.
      const state = JSON.parse(last) as { problems?: { errors: number }; document?: { html: string } };
      expect(state.problems?.errors ?? 0).toBe(0);
      expect(state.document?.html).toContain("第40次保存");
      await pageStillServed();
    } finally {
      stream.destroy();
      writeFileSync(data, before);
    }
  }, 40_000);
});

describe("report preview as a process", () => {
  it("2,000 slow-loris connections under ulimit -n 1024: the open page keeps its updates, a new one is served", async () => {
    const file = join(tempDir(), "2020.yaml");
    writeFileSync(file, original);
    const bin = join(ROOT, "bin", "report.cjs");
    const shell = `ulimit -n 1024 && exec "${process.execPath}" "${bin}" --lang en preview "${file}" --port 0`;
    const child = spawn("bash", ["-c", shell], { env: { ...process.env, NO_COLOR: "1" } });
    try {
      let stderr = "";
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL: ${stderr}`)), 15_000);
        child.stderr.on("data", (chunk: Buffer) => {
          stderr += chunk.toString();
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(stderr);
          if (found) {
            clearTimeout(timer);
            resolve(found[0]);
          }
        });
      });
      port = Number(new URL(url).port);
      const page = openStream();
      await nextEvent(page, () => true);
      const loris: Socket[] = [];
      for (let i = 0; i < 2000; i++) {
        const socket = connect(port, "127.0.0.1");
        socket.on("error", () => undefined);
        socket.write(`GET / HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\nx-a: `); // never finished
        loris.push(socket);
      }
      try {
        await sleep(500);
        writeFileSync(file, original.replace(/^intro: .*$/m, "intro: 慢速连接时保存的内容。"));
        expect(await nextEvent(page, (d) => d.includes("慢速连接时保存的内容"))).toBeTruthy();
        // The held connections are dropped after the header timeout; a new page is then served.
        const started = performance.now();
        let served = false;
        while (!served && performance.now() - started < 30_000) {
          served = status(await request("/")) === 200;
          if (!served) await sleep(500);
        }
        expect(served).toBe(true);
      } finally {
        for (const socket of loris) socket.destroy();
        page.destroy();
      }
    } finally {
      child.kill("SIGKILL");
    }
  }, 60_000);

  it("Ctrl-C with event streams held open ends it at once, exit 0", async () => {
    const file = join(tempDir(), "2020.yaml");
    writeFileSync(file, original);
    const preview = startCli(["--lang", "en", "preview", file, "--port", "0"], { limitMs: 20_000 });
    let stderr = "";
    const url = await new Promise<string>((resolve) => {
      preview.child.stderr?.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(stderr);
        if (found) resolve(found[0]);
      });
    });
    port = Number(new URL(url).port);
    const streams = [openStream(), openStream(), openStream()];
    for (const stream of streams) await nextEvent(stream, () => true);
    const asked = performance.now();
    preview.child.kill("SIGINT");
    const ended = await preview.ended;
    expect(ended.status).toBe(0);
    expect(ended.at - asked).toBeLessThan(2_000);
    for (const stream of streams) stream.destroy();
  }, 30_000);
});
