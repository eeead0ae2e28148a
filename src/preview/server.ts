/**
 * `report preview`'s server, by the rules of guard.ts (127.0.0.1 only, Host, Origin and
 * Sec-Fetch-* checked, only GET, bounded connections). It serves two things, the page and its
 * event stream, and nothing of the disk.
 * Each change of the data file is laid out once and pushed to every open page.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { formatDiagnostic } from "../messages/diagnostic-text.js";
import { visibleName } from "../messages/visible.js";
import { text, type Lang } from "../messages/catalogue.js";
import { documentHtml } from "../write/html.js";
import { COMMON_HEADERS, IDLE_MS, LOCAL_HOST, listen, localServer, plain, refused, requestPath } from "./guard.js";
import { contentSecurityPolicy, pageHtml } from "./page.js";
import { snapshot } from "./snapshot.js";
import { watchFile } from "./watch.js";

export const PREVIEW_HOST = LOCAL_HOST;

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
  const server = localServer((request, response) => {
    if (refused(request, response, port, lang)) return;
    const path = requestPath(request);
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

/** Event streams open at once (tabs of the one clerk, with room to spare), so memory stays bounded. */
const MAX_STREAMS = 32;

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
  const { lang } = options;
  const { model, diagnostics } = await snapshot(options.file, options.templateDir);
  // The file's name as a terminal shows it: a bidi override in it must not turn the page's text round.
  const file = visibleName(options.file);
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
