/**
 * The start page: where a clerk who never opens a terminal picks or drops a data file, sees its
 * mistakes and its pages as the preview shows them (the preview's stylesheet and layout script),
 * and downloads the Word file or the PDF. Everything is inline; its Content Security Policy (the
 * preview's) lets it load nothing and talk only to this server.
 */
import { text, type Lang, type MessageCode } from "../messages/catalogue.js";
import { LAYOUT_SCRIPT } from "../preview/client.js";
import { chromeCss } from "../preview/page.js";
import { documentCss, escapeHtml } from "../write/html.js";

export function startPageHtml(lang: Lang, nonce: string): string {
  const say = (code: MessageCode) => escapeHtml(text(lang, code, {}).message);
  const intro = text(lang, "startIntro", {});
  const config = {
    checking: text(lang, "startChecking", { file: "{file}" }).message,
    disconnected: `${text(lang, "startDisconnected", {}).message} ${text(lang, "startDisconnected", {}).hint ?? ""}`,
  };
  // JSON in a script element: only "<" could end it early.
  const configJson = JSON.stringify(config).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${say("startTitle")}</title>
<style>${chromeCss()}${startCss()}${documentCss()}</style>
</head>
<body>
<header id="start">
<h1>${say("startTitle")}</h1>
<p>${escapeHtml(intro.message)}</p>
<p class="hint">${escapeHtml(intro.hint ?? "")}</p>
<div id="drop">
<label class="button pick"><input id="file" type="file" accept=".yaml,.yml,.docx,.doc,.wps,.odt,.txt,.md">${say("startPick")}</label>
<button id="data" class="button" type="button" hidden>${say("startDownloadData")}</button>
<button id="docx" class="button" type="button" disabled>${say("startDownloadDocx")}</button>
<button id="pdf" class="button" type="button" disabled>${say("startDownloadPdf")}</button>
</div>
<p id="status" role="status"></p>
</header>
<div id="bars"><div id="problems" class="bar" hidden></div></div>
<main id="pages"></main>
<div id="measure" aria-hidden="true"></div>
<div id="probe" aria-hidden="true"></div>
<script id="config" type="application/json">${configJson}</script>
<script nonce="${nonce}">${START_SCRIPT}</script>
</body>
</html>
`;
}

function startCss(): string {
  return `
#start { margin: 0 auto 12pt; max-width: 180mm; padding: 12pt 16pt; background: #fff; border-radius: 4pt;
  font: 12pt/1.6 "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; box-shadow: 0 1pt 4pt rgba(0, 0, 0, 0.3); }
#start h1 { margin: 0 0 6pt; font-size: 18pt; }
#start p { margin: 0 0 4pt; }
#start .hint { color: #555; font-size: 10.5pt; }
#drop { margin: 10pt 0 4pt; padding: 14pt; border: 2pt dashed #90a4ae; border-radius: 4pt; text-align: center; }
body.dragging #drop { border-color: #1565c0; background: #e3f2fd; }
.button { display: inline-block; margin: 0 6pt; padding: 6pt 14pt; font: inherit; border: 1pt solid #1565c0;
  border-radius: 4pt; background: #1565c0; color: #fff; cursor: pointer; }
.button[hidden] { display: none; }
.button:disabled { background: #cfd8dc; border-color: #cfd8dc; color: #607d8b; cursor: default; }
.pick { background: #fff; color: #1565c0; }
.pick input { display: none; }
#status { min-height: 1.6em; font-weight: bold; }
`;
}

/** The page's script: the preview's layout, fed by what the server says of the file chosen. */
const START_SCRIPT = String.raw`
"use strict";
(() => {
  const config = JSON.parse(document.getElementById("config").textContent);
${LAYOUT_SCRIPT}
  let chosen;
  let version = 0;
  const status = (words) => void ($("status").textContent = words || "");
  const buttons = (enabled) => {
    for (const id of ["docx", "pdf"]) $(id).disabled = !enabled;
  };
  const post = (path, format) =>
    fetch(path + "?name=" + encodeURIComponent(chosen.name) + (format ? "&format=" + format : ""), {
      method: "POST",
      body: chosen.bytes,
    });

  function save(name, blob) {
    const link = make("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  }

  function show(state) {
    // A finished document made into a data file: that file is what the downloads are built from.
    if (state.dataFile) {
      const bytes = new TextEncoder().encode(state.dataFile.text);
      chosen = { name: state.dataFile.name, bytes: bytes.buffer, made: true };
    }
    $("data").hidden = !(chosen && chosen.made);
    if (state.document) layOut(state.document);
    else $("pages").replaceChildren();
    showProblems(state.problems);
    status(state.status);
    buttons(state.ok);
    document.body.dataset.version = String(++version);
  }

  async function choose(file) {
    chosen = { name: file.name, bytes: await file.arrayBuffer() };
    buttons(false);
    status(config.checking.replace("{file}", file.name));
    try {
      show(await (await post("/check")).json());
    } catch {
      status(config.disconnected);
    }
  }

  async function download(format) {
    buttons(false);
    try {
      const answer = await post("/build", format);
      if (!answer.ok) return show(await answer.json());
      save(chosen.name.replace(/\.[^.]*$/, "") + "." + format, await answer.blob());
      buttons(true);
    } catch {
      status(config.disconnected);
    }
  }

  $("file").addEventListener("change", () => {
    const file = $("file").files[0];
    if (file) void choose(file);
  });
  $("docx").addEventListener("click", () => void download("docx"));
  $("pdf").addEventListener("click", () => void download("pdf"));
  $("data").addEventListener("click", () => save(chosen.name, new Blob([chosen.bytes], { type: "text/yaml" })));
  document.addEventListener("dragover", (event) => {
    event.preventDefault();
    document.body.classList.add("dragging");
  });
  document.addEventListener("dragleave", () => document.body.classList.remove("dragging"));
  document.addEventListener("drop", (event) => {
    event.preventDefault();
    document.body.classList.remove("dragging");
    const file = event.dataTransfer && event.dataTransfer.files[0];
    if (file) void choose(file);
  });
})();
`;
