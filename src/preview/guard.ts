/**
 * The rules every local page of the tool is served by (`preview`, and the start page a bare
 * `zongjie` opens): node:http on 127.0.0.1 only; answered only when addressed to 127.0.0.1 and its
 * own port (a web page elsewhere cannot reach it through a DNS name pointing at 127.0.0.1), only
 * from its own page or no page at all (Origin, Sec-Fetch-*), only with the methods the server has,
 * and a method that sends something (POST) only from its own page; with bounded connections,
 * headers and time.
 */
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { ReportError } from "../errors.js";
import { text, type Lang } from "../messages/catalogue.js";

export const LOCAL_HOST = "127.0.0.1";

export const COMMON_HEADERS = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-resource-policy": "same-origin",
  "x-frame-options": "DENY",
} as const;

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
export const IDLE_MS = 10_000;

/** An http server with the limits above. */
export function localServer(listener: RequestListener): ReturnType<typeof createServer> {
  const server = createServer(SERVER_LIMITS, listener);
  // A malformed request (a bad request line or header, two Content-Lengths, both Content-Length and
  // Transfer-Encoding) is answered 400 by node's parser; it must never end the server.
  // Past this many, a connection is closed as soon as it is accepted: 2,000 held connections would
  // otherwise take every file descriptor (ulimit -n 1024), and the data file could not be read.
  server.maxConnections = MAX_CONNECTIONS;
  // A connection that answers nothing (a slow loris that never reads its 408) is destroyed, not
  // left half-closed; the preview's event streams opt out, and are kept busy by a heartbeat.
  server.setTimeout(IDLE_MS, (socket) => socket.destroy());
  server.on("clientError", (_error, socket) => {
    if (socket.writable && !socket.writableEnded) {
      socket.write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
      (socket as Socket).destroySoon();
    } else socket.destroy();
  });
  return server;
}

export function plain(
  response: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { ...COMMON_HEADERS, ...headers, "content-type": "text/plain; charset=utf-8" }).end(body);
}

/**
 * Answers a request the rules refuse and says true; false for one to serve. A page of another site
 * (another port, a file: page, a sandboxed `null` origin) may send requests here; it cannot read
 * the answers, but none is served to it anyway.
 */
export function refused(
  request: IncomingMessage,
  response: ServerResponse,
  port: number,
  lang: Lang,
  methods: readonly string[] = ["GET", "HEAD"],
): boolean {
  const origin = `http://${LOCAL_HOST}:${port}`;
  const wrongHost = () => text(lang, "previewWrongHost", {}).message;
  if (request.headers.host !== `${LOCAL_HOST}:${port}`) return (plain(response, 421, wrongHost()), true);
  if (!fromItself(request, origin)) return (plain(response, 403, wrongHost()), true);
  if (!methods.includes(request.method ?? "")) {
    return (plain(response, 405, `${methods.join(", ")} only`, { allow: methods.join(", ") }), true);
  }
  // Browsers send Origin with every POST: one without it is not from the page.
  const sends = request.method !== "GET" && request.method !== "HEAD";
  if (sends && request.headers.origin !== origin) return (plain(response, 403, wrongHost()), true);
  return false;
}

/** Compared as written: no decoding, so no encoding of a path (%2e%2e, //, \\) can mean another. */
export function requestPath(request: IncomingMessage): string {
  return (request.url ?? "/").replace(/[?#].*$/s, "");
}

/**
 * From the page's own server, typed into the address bar, or a link followed to it: no Origin but
 * its own, and (in browsers that send Sec-Fetch-*) a same-origin fetch or a navigation of a whole
 * tab, never a frame, a script or an image of another page.
 */
function fromItself(request: IncomingMessage, origin: string): boolean {
  const { origin: from, "sec-fetch-site": site, "sec-fetch-mode": mode, "sec-fetch-dest": dest } = request.headers;
  if (from !== undefined && from !== origin) return false;
  if (site === undefined || site === "same-origin" || site === "none") return true;
  return mode === "navigate" && dest === "document";
}

export function listen(server: ReturnType<typeof createServer>, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EADDRINUSE") return reject(error);
      reject(new ReportError("usage", [{ code: "previewPortInUse", severity: "error", params: { port } }]));
    });
    server.listen(port, LOCAL_HOST, () => resolve());
  });
}
