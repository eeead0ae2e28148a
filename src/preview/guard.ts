/**
 * The rules every local page of the tool is served by (`preview`, and the start page a bare
 * `zongjie` opens): node:http on 127.0.0.1 only; answered only when addressed to 127.0.0.1 and its
 * own port (a web page elsewhere cannot reach it through a DNS name pointing at 127.0.0.1), only
 * from its own page or no page at all (Origin), and only with the methods the server has.
 */
import type { createServer, IncomingMessage, ServerResponse } from "node:http";
import { ReportError } from "../errors.js";
import { text, type Lang } from "../messages/catalogue.js";

export const LOCAL_HOST = "127.0.0.1";

export const COMMON_HEADERS = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-resource-policy": "same-origin",
} as const;

export function plain(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { ...COMMON_HEADERS, "content-type": "text/plain; charset=utf-8" }).end(body);
}

/**
 * Answers a request the rules refuse and says true; false for one to serve. A method that changes
 * something (POST) must come from the page itself: browsers always send Origin with one.
 */
export function refused(
  request: IncomingMessage,
  response: ServerResponse,
  port: number,
  lang: Lang,
  methods: readonly string[] = ["GET", "HEAD"],
): boolean {
  const origin = `http://${LOCAL_HOST}:${port}`;
  if (request.headers.host !== `${LOCAL_HOST}:${port}`) {
    plain(response, 421, text(lang, "previewWrongHost", {}).message);
    return true;
  }
  if (!methods.includes(request.method ?? "")) {
    plain(response, 405, `${methods.filter((m) => m !== "HEAD").join(", ")} only`);
    return true;
  }
  // A page of another site may send requests here (it cannot read the answers): refuse them all.
  const safe = request.method === "GET" || request.method === "HEAD";
  if ((request.headers.origin !== undefined || !safe) && request.headers.origin !== origin) {
    plain(response, 403, text(lang, "previewWrongHost", {}).message);
    return true;
  }
  return false;
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
