/**
 * `report preview`'s server: node:http on 127.0.0.1 only. It serves two things, the page and its
 * event stream, and nothing of the disk; it answers only requests addressed to 127.0.0.1 and its own
 * port (a web page elsewhere cannot reach it through a DNS name pointing at 127.0.0.1), only from its
 * own page or no page at all (Origin), and only GET.
 * Each change of the data file is laid out once and pushed to every open page.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { formatDiagnostic } from "../messages/diagnostic-text.js";
import { ReportError } from "../errors.js";
import { text, type Lang } from "../messages/catalogue.js";
import { documentHtml } from "../write/html.js";
import { contentSecurityPolicy, pageHtml } from "./page.js";
import { snapshot } from "./snapshot.js";
import { watchFile } from "./watch.js";

export const PREVIEW_HOST = "127.0.0.1";

export interface PreviewOptions {
  readonly file: string;
  /** 0: any free port. */
  readonly port: number;
  readonly lang: Lang;
  readonly templateDir?: string;
}

export interface PreviewServer {
  readonly url: string;
  close(): Promise<void>;
}

/** What a page is sent on each change. */
interface PreviewState {
  readonly version: number;
  /** The last good document, when there has been one. */
  readonly document?: { readonly html: string; readonly draftLabel: string };
  readonly problems?: { readonly errors: number; readonly message: string; readonly hint?: string; frames: string };
  /** A sentence for each data file line a paragraph comes from. */
  readonly sources: Readonly<Record<number, string>>;
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const { file, lang } = options;
  let state = await computeState(options, 1, undefined);
  const streams = new Set<ServerResponse>();
  // One save's state after another's, in order, however quickly the saves come.
  let updates = Promise.resolve();
  const push = () => {
    updates = updates.then(async () => {
      state = await computeState(options, state.version + 1, state);
      const event = `data: ${JSON.stringify(state)}\n\n`;
      for (const stream of streams) {
        // A page that has not read the last state is sent no more (memory stays bounded): it is
        // closed, and its EventSource reconnects and gets the current state when it reads again.
        if (stream.writableLength > 0) {
          stream.destroy();
          streams.delete(stream);
        } else stream.write(event);
      }
    });
  };

  let port = options.port;
  const server = createServer(SERVER_LIMITS, (request, response) => {
    const origin = `http://${PREVIEW_HOST}:${port}`;
    if (request.headers.host !== `${PREVIEW_HOST}:${port}`) {
      return plain(response, 421, text(lang, "previewWrongHost", {}).message);
    }
    // A page of another site (another port, a file: page, a sandboxed `null` origin) may send
    // requests here; it cannot read the answers, but none is served to it anyway.
    if (!fromItself(request, origin)) return plain(response, 403, text(lang, "previewWrongHost", {}).message);
    if (request.method !== "GET" && request.method !== "HEAD")
      return plain(response, 405, "GET only", { allow: "GET, HEAD" });
    // Compared as written: no decoding, so no encoding of a path (%2e%2e, //, \\) can mean another.
    const path = (request.url ?? "/").replace(/[?#].*$/s, "");
    if (path === "/") return sendPage(response, file, lang);
    if (path === "/events") {
      // The newest page is the one the clerk is looking at: the oldest stream makes room for it.
      const oldest = streams.size >= MAX_STREAMS ? streams.values().next().value : undefined;
      if (oldest) {
        oldest.destroy();
        streams.delete(oldest);
      }
      return openStream(request, response, streams, () => state);
    }
    return plain(response, 404, "Not found");
  });
  // A malformed request (a bad request line or header, two Content-Lengths, both Content-Length and
  // Transfer-Encoding) is answered 400 by node's parser; it must never end the server.
  // Past this many, a connection is closed as soon as it is accepted: 2,000 held connections would
  // otherwise take every file descriptor (ulimit -n 1024), and the data file could not be read.
  server.maxConnections = MAX_CONNECTIONS;
  // A connection that answers nothing (a slow loris that never reads its 408) is destroyed, not
  // left half-closed; the event streams opt out (openStream), and are kept busy by a heartbeat.
  server.setTimeout(IDLE_MS, (socket) => socket.destroy());
  server.on("clientError", (_error, socket) => {
    if (socket.writable && !socket.writableEnded) {
      socket.write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
      (socket as Socket).destroySoon();
    } else socket.destroy();
  });
  await listen(server, options.port);
  port = (server.address() as AddressInfo).port;
  // Only once the server is up: a watch would keep a process that failed to start from ending.
  const watcher = watchFile(file, push);
  return {
    url: `http://${PREVIEW_HOST}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        watcher.close();
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EADDRINUSE") return reject(error);
      reject(new ReportError("usage", [{ code: "previewPortInUse", severity: "error", params: { port } }]));
    });
    server.listen(port, PREVIEW_HOST, () => resolve());
  });
}

/**
 * What one client may hold: a slow-loris connection sending its headers byte by byte is dropped
 * after a few seconds, and headers past 16 KB are refused by the parser.
 */
const SERVER_LIMITS = {
  headersTimeout: 5_000,
  requestTimeout: 10_000,
  keepAliveTimeout: 2_000,
  maxHeaderSize: 16 * 1024,
  connectionsCheckingInterval: 1_000,
} as const;

const MAX_CONNECTIONS = 256;
const IDLE_MS = 10_000;

/** Event streams open at once (tabs of the one clerk, with room to spare), so memory stays bounded. */
const MAX_STREAMS = 32;

const COMMON_HEADERS = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-resource-policy": "same-origin",
  "x-frame-options": "DENY",
} as const;

function plain(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...COMMON_HEADERS, ...headers, "content-type": "text/plain; charset=utf-8" }).end(body);
}

/**
 * From the preview's own page, typed into the address bar, or a link followed to it: no Origin but
 * its own, and (in browsers that send Sec-Fetch-*) a same-origin fetch or a navigation of a whole
 * tab, never a frame, a script or an image of another page.
 */
function fromItself(request: IncomingMessage, origin: string): boolean {
  const { origin: from, "sec-fetch-site": site, "sec-fetch-mode": mode, "sec-fetch-dest": dest } = request.headers;
  if (from !== undefined && from !== origin) return false;
  if (site === undefined || site === "same-origin" || site === "none") return true;
  return mode === "navigate" && dest === "document";
}

function sendPage(response: ServerResponse, file: string, lang: Lang): void {
  const nonce = randomBytes(16).toString("base64");
  response
    .writeHead(200, {
      ...COMMON_HEADERS,
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": contentSecurityPolicy(nonce),
    })
    .end(pageHtml(file, lang, nonce));
}

function openStream(
  request: IncomingMessage,
  response: ServerResponse,
  streams: Set<ServerResponse>,
  current: () => PreviewState,
): void {
  response.writeHead(200, { ...COMMON_HEADERS, "content-type": "text/event-stream; charset=utf-8" });
  // Reconnect quickly once a stopped preview is started again.
  response.write(`retry: 1000\n\ndata: ${JSON.stringify(current())}\n\n`);
  streams.add(response);
  request.socket.setTimeout(0);
  // A comment line now and then: the page's connection is never idle, and one gone is noticed.
  const heartbeat = setInterval(() => response.write(": \n\n"), IDLE_MS / 2);
  heartbeat.unref();
  request.on("close", () => {
    clearInterval(heartbeat);
    streams.delete(response);
  });
}

async function computeState(
  options: PreviewOptions,
  version: number,
  previous: PreviewState | undefined,
): Promise<PreviewState> {
  const { file, lang } = options;
  const { model, diagnostics } = await snapshot(file, options.templateDir);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const frames = diagnostics.map((d) => formatDiagnostic(d, lang)).join("\n\n");
  const heading =
    errors > 0
      ? text(lang, "previewHasErrors", { file, errors })
      : text(lang, "previewWarnings", { file, warnings: diagnostics.length });
  const document = model
    ? { html: documentHtml(model, { final: false }), draftLabel: model.draftLabel }
    : previous?.document;
  const lines = new Set<number>();
  for (const block of model?.blocks ?? []) if ("line" in block && block.line !== undefined) lines.add(block.line);
  const sources = model
    ? Object.fromEntries([...lines].map((line) => [line, text(lang, "previewSource", { file, line }).message]))
    : (previous?.sources ?? {});
  return {
    version,
    ...(document ? { document } : {}),
    ...(diagnostics.length > 0
      ? { problems: { errors, message: heading.message, ...(heading.hint ? { hint: heading.hint } : {}), frames } }
      : {}),
    sources,
  };
}
