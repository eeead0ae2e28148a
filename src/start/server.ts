/**
 * The start page's server, by the preview's rules (src/preview/guard.ts: 127.0.0.1, Host and
 * Origin checked; POST only from the page itself). Three things: the page; POST /check, a data
 * file's bytes → its mistakes and its pages; POST /build?format=docx|pdf, the same bytes → the
 * document, built by the library exactly as `build` builds it. Last year's Word file (or .doc, .txt…)
 * is made into this year's data file first, as `import --next-year` makes it. Nothing is read from
 * or written to the disk: the file comes in the request, the document goes back in the answer.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createReport, importDocument, type Diagnostic } from "../api.js";
import { formatDiagnostic } from "../messages/diagnostic-text.js";
import { MAX_FILE_BYTES } from "../limits.js";
import { text, type Lang } from "../messages/catalogue.js";
import { COMMON_HEADERS, LOCAL_HOST, listen, localServer, plain, refused } from "../preview/guard.js";
import { contentSecurityPolicy } from "../preview/page.js";
import { yearInFileName } from "../validate/file-name.js";
import { documentHtml } from "../write/html.js";
import { visibleName } from "../messages/visible.js";
import { startPageHtml } from "./page.js";

export interface StartOptions {
  /** 0: any free port. */
  readonly port: number;
  readonly lang: Lang;
}

export interface StartServer {
  readonly url: string;
  close(): Promise<void>;
}

/** What the page is told of a file: as the preview's state, plus whether it can be downloaded. */
interface StartState {
  readonly ok: boolean;
  readonly status: string;
  readonly document?: { readonly html: string; readonly draftLabel: string };
  readonly problems?: { readonly errors: number; readonly message: string; readonly hint?: string; frames: string };
  /** The data file made from a finished document: the page offers it, and builds from it. */
  readonly dataFile?: { readonly name: string; readonly text: string };
}

const DOWNLOADS = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
} as const;

export async function startStartPage(options: StartOptions): Promise<StartServer> {
  const { lang } = options;
  const report = createReport();
  let port = options.port;
  const server = localServer((request, response) => {
    if (refused(request, response, port, lang, ["GET", "HEAD", "POST"])) return;
    const url = new URL(request.url ?? "/", `http://${LOCAL_HOST}`);
    const route = `${request.method === "POST" ? "POST" : "GET"} ${url.pathname}`;
    if (route === "GET /") return sendPage(response, lang);
    if (route !== "POST /check" && route !== "POST /build") return plain(response, 404, "Not found");
    const name = fileName(url.searchParams.get("name"));
    const format = url.searchParams.get("format");
    if (route === "POST /build" && format !== "docx" && format !== "pdf") return plain(response, 400, "docx or pdf");
    void readBody(request).then(async (bytes) => {
      if (!bytes) return json(response, 413, refusedFile(lang, "startTooLarge", name));
      if (route === "POST /check") return json(response, 200, await check(report, lang, name, bytes));
      const built = await report.build({ bytes, name }, { format: format as "docx" | "pdf", ...dateOption() });
      if (!built.ok) return json(response, 422, await check(report, lang, name, bytes, built.diagnostics));
      response
        .writeHead(200, {
          ...COMMON_HEADERS,
          "content-type": DOWNLOADS[format as "docx" | "pdf"],
          "content-disposition": `attachment; filename="${format === "pdf" ? "summary.pdf" : "summary.docx"}"; filename*=UTF-8''${encodeURIComponent(name.replace(/\.[^.]*$/, "") + "." + format)}`,
        })
        .end(built.bytes);
    });
  });
  await listen(server, options.port);
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${LOCAL_HOST}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Last year's summary as a finished document, which `import` turns into a data file. */
const DOCUMENT = /\.(docx|doc|wps|odt|txt|md|markdown)$/i;

/**
 * A file's mistakes and pages. A finished document (last year's Word file) is first made into this
 * year's data file by `import` (the library's importDocument, loaded only then), which the page
 * offers to download and then builds from.
 */
async function check(
  report: ReturnType<typeof createReport>,
  lang: Lang,
  name: string,
  bytes: Uint8Array,
  buildProblems?: readonly Diagnostic[],
): Promise<StartState> {
  if (DOCUMENT.test(name)) return fromDocument(report, lang, name, bytes);
  if (!/\.ya?ml$/i.test(name)) return refusedFile(lang, "startNotData", name);
  const result = await report.build({ bytes, name }, { format: "txt" });
  const diagnostics = buildProblems ?? result.diagnostics;
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const frames = diagnostics.map((d) => formatDiagnostic(d, lang)).join("\n\n");
  const heading =
    errors > 0
      ? text(lang, "startHasErrors", { file: visibleName(name), errors })
      : text(lang, "previewWarnings", { file: visibleName(name), warnings: diagnostics.length });
  return {
    ok: errors === 0,
    status: errors === 0 ? text(lang, "startGood", { file: visibleName(name) }).message : "",
    ...(result.ok
      ? { document: { html: documentHtml(result.model, { final: false }), draftLabel: result.model.draftLabel } }
      : {}),
    ...(diagnostics.length > 0
      ? { problems: { errors, message: heading.message, ...(heading.hint ? { hint: heading.hint } : {}), frames } }
      : {}),
  };
}

async function fromDocument(
  report: ReturnType<typeof createReport>,
  lang: Lang,
  name: string,
  bytes: Uint8Array,
): Promise<StartState> {
  const year = yearInFileName(name);
  const imported = await importDocument({ bytes, name }, { nextYear: true, ...(year ? { year } : {}) });
  if (!imported.ok) {
    const frames = imported.diagnostics.map((d) => formatDiagnostic(d, lang)).join("\n\n");
    const said = text(lang, "startHasErrors", { file: visibleName(name), errors: imported.diagnostics.length });
    return { ok: false, status: "", problems: { errors: imported.diagnostics.length, message: said.message, frames } };
  }
  const dataName = `${imported.data.year}.yaml`;
  const state = await check(report, lang, dataName, new TextEncoder().encode(imported.text));
  return {
    ...state,
    status: text(lang, "startImported", { file: visibleName(name), data: dataName }).message,
    dataFile: { name: dataName, text: imported.text },
  };
}

function refusedFile(lang: Lang, code: "startNotData" | "startTooLarge", file: string): StartState {
  const said = text(lang, code, { file: visibleName(file), limit: `${MAX_FILE_BYTES / 1024 / 1024} MiB` });
  return {
    ok: false,
    status: "",
    problems: { errors: 1, message: said.message, ...(said.hint ? { hint: said.hint } : {}), frames: "" },
  };
}

/** The name the browser gives: only its last part, printable, short. */
function fileName(given: string | null): string {
  const last = (given ?? "").split(/[\\/]/).pop() ?? "";
  const clean = [...last.replace(/[\u0000-\u001f\u007f-\u009f]/g, "")].slice(0, 100).join("");
  return clean === "" ? "data.yaml" : clean;
}

/** The request's body, or undefined past the size of any data file (what is read stops there). */
function readBody(request: IncomingMessage): Promise<Uint8Array | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_FILE_BYTES) {
        resolve(undefined);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    request.on("error", () => resolve(undefined));
  });
}

/** SOURCE_DATE_EPOCH as `build` reads it, so the download is the same bytes as the command's. */
function dateOption(): { sourceDateEpoch?: number } {
  const value = process.env.SOURCE_DATE_EPOCH?.trim();
  return value && /^\d{1,12}$/.test(value) ? { sourceDateEpoch: Number(value) } : {};
}

function json(response: ServerResponse, status: number, state: StartState): void {
  response
    .writeHead(status, { ...COMMON_HEADERS, "content-type": "application/json; charset=utf-8" })
    .end(JSON.stringify(state));
}

function sendPage(response: ServerResponse, lang: Lang): void {
  const nonce = randomBytes(16).toString("base64");
  response
    .writeHead(200, {
      ...COMMON_HEADERS,
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": contentSecurityPolicy(nonce),
    })
    .end(startPageHtml(lang, nonce));
}
