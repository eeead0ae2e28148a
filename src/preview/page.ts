/**
 * The preview page: the document's stylesheet (write/html.ts), the page chrome (A4 sheets on grey,
 * the draft header, page numbers, the problems panel) and the script, all inline. Its Content
 * Security Policy lets it load nothing and connect only back to this server.
 */
import { text, type Lang } from "../messages/catalogue.js";
import { visibleName } from "../messages/visible.js";
import { PAGE_GEOMETRY, TRACED_SELECTOR, documentCss, escapeHtml, fontStack } from "../write/html.js";
import { BODY, PAGE_NUMBER } from "../write/layout/layout.js";
import { CLIENT_SCRIPT } from "./client.js";

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    "style-src 'unsafe-inline'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function pageHtml(file: string, lang: Lang, nonce: string): string {
  const message = (code: "previewNothingYet" | "previewNoSource") => text(lang, code, {}).message;
  const offline = text(lang, "previewDisconnected", {});
  const config = {
    nothingYet: message("previewNothingYet"),
    noSource: message("previewNoSource"),
    traced: TRACED_SELECTOR,
  };
  // JSON in a script element: only "<" could end it early.
  const configJson = JSON.stringify(config).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text(lang, "previewTitle", { file: visibleName(file) }).message)}</title>
<style>${chromeCss()}${documentCss()}</style>
</head>
<body>
<div id="bars">
<div id="offline" class="bar" hidden>${escapeHtml(offline.message)} ${escapeHtml(offline.hint ?? "")}</div>
<div id="problems" class="bar" hidden></div>
<div id="source" class="bar" hidden></div>
</div>
<main id="pages"></main>
<div id="measure" aria-hidden="true"></div>
<div id="probe" aria-hidden="true"></div>
<script id="config" type="application/json">${configJson}</script>
<script nonce="${nonce}">${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

export function chromeCss(): string {
  const g = PAGE_GEOMETRY;
  return `
html { background: #d9d9d9; }
body { margin: 0; padding: 12pt 0 48pt; font-family: ${fontStack("body")}; }
#bars { position: sticky; top: 0; z-index: 2; }
.bar { margin: 0 auto 8pt; max-width: 180mm; padding: 8pt 12pt; font: 11pt/1.5 sans-serif; border-radius: 4pt; }
#problems { background: #fff4f4; border: 2pt solid #c62828; }
#problems .message { margin: 0; font-weight: bold; color: #b71c1c; }
#problems .hint { margin: 4pt 0 0; }
#problems .frames { margin: 8pt 0 0; font: 10.5pt/1.45 "Noto Sans Mono CJK SC", "SimSun", monospace; white-space: pre-wrap; }
#offline { background: #fff8e1; border: 2pt solid #f9a825; }
#source { background: #e3f2fd; border: 2pt solid #1565c0; }
body.has-errors #pages { opacity: 0.55; }
.page { position: relative; width: ${g.width}; height: ${g.height}; margin: 0 auto 12pt; background: #fff;
  box-shadow: 0 1pt 4pt rgba(0, 0, 0, 0.3); overflow: hidden; }
.page .text { position: absolute; top: ${g.marginTop}; left: ${g.marginLeft}; width: ${g.textWidth};
  height: ${g.textHeight}; overflow: hidden; }
.page .draft { position: absolute; top: ${g.header}; left: 0; right: 0; text-align: center;
  font: ${BODY.sizePt}pt/1 ${fontStack("body")}; }
.page .number { position: absolute; top: ${g.pageNumberTop}; left: ${g.marginLeft}; width: ${g.textWidth};
  font: ${PAGE_NUMBER.sizePt}pt/1 ${fontStack("pageNumber")}; }
.page .number.odd { text-align: right; padding-right: ${g.pageNumberInset}; box-sizing: border-box; }
.page .number.even { text-align: left; padding-left: ${g.pageNumberInset}; box-sizing: border-box; }
.picked { background: rgba(21, 101, 192, 0.12); }
.nothing { text-align: center; font: 14pt/2 sans-serif; }
#measure { position: absolute; left: -10000px; top: 0; visibility: hidden; }
#probe { position: absolute; left: -10000px; height: ${g.textHeight}; width: 1px; }
@media print { html { background: none; } #bars { display: none; } .page { box-shadow: none; margin: 0; } }
`;
}
