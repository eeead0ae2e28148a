/**
 * The preview page's script, sent inline (the page loads nothing from anywhere else). It cuts the
 * document's continuous column into pages: every line sits on the 28.95 pt grid, so page N is the
 * column shifted up N − 1 page heights and clipped to 22 lines. It lays out each state the server
 * pushes (Server-Sent Events), keeps the last good document under the errors, and shows where a
 * clicked paragraph comes from. Plain ES2020, no library: it is a few dozen lines.
 */
/**
 * What the preview and the start page (src/start/) both lay a document out with: its pages cut
 * from the column, and the problems panel. It expects the elements #measure, #probe, #pages and
 * #problems of page.ts.
 */
export const LAYOUT_SCRIPT = String.raw`
  const $ = (id) => document.getElementById(id);
  const make = (tag, className, text) => {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  };
  function layOut(doc) {
    const measure = $("measure");
    measure.innerHTML = doc.html;
    const flow = measure.firstElementChild;
    const pageHeight = $("probe").getBoundingClientRect().height;
    const top = () => flow.getBoundingClientRect().top;
    for (const start of flow.querySelectorAll("[data-new-page]")) {
      const offset = (start.getBoundingClientRect().top - top()) % pageHeight;
      if (offset > 1) start.style.marginTop = pageHeight - offset + "px";
    }
    // The 版记 (GB/T 9704 §7.4): its last rule on the last line of an even page, as in the Word file,
    // and as there (src/write/docx/pagination.ts) a line at least between it and the body above.
    const line = parseFloat(getComputedStyle(flow).lineHeight);
    for (const foot of flow.querySelectorAll("[data-foot-of-even-page]")) {
      const box = foot.getBoundingClientRect();
      const from = box.top - top();
      let page = Math.floor(from / pageHeight);
      if (from - page * pageHeight + line + box.height > pageHeight + 1) page++;
      if (page % 2 === 0) page++;
      foot.style.marginTop = (page + 1) * pageHeight - box.height - from + "px";
    }
    const count = Math.max(1, Math.ceil((flow.getBoundingClientRect().height - 1) / pageHeight));
    const pages = document.createDocumentFragment();
    for (let i = 0; i < count; i++) {
      const page = make("div", "page");
      page.dataset.page = String(i + 1);
      if (doc.draftLabel) page.append(make("div", "draft", doc.draftLabel));
      const text = make("div", "text");
      const column = flow.cloneNode(true);
      column.style.marginTop = -i * pageHeight + "px";
      text.append(column);
      page.append(text, make("div", "number " + (i % 2 === 0 ? "odd" : "even"), "— " + (i + 1) + " —"));
      pages.append(page);
    }
    $("pages").replaceChildren(pages);
    measure.replaceChildren();
  }

  function showProblems(problems) {
    const box = $("problems");
    box.hidden = !problems;
    document.body.classList.toggle("has-errors", Boolean(problems && problems.errors));
    if (!problems) return;
    box.replaceChildren(make("p", "message", problems.message));
    if (problems.hint) box.append(make("p", "hint", problems.hint));
    if (problems.frames) box.append(make("pre", "frames", problems.frames));
  }
`;

export const CLIENT_SCRIPT = String.raw`
"use strict";
(() => {
  const config = JSON.parse(document.getElementById("config").textContent);
${LAYOUT_SCRIPT}
  let sources = {};

  function update(state) {
    sources = state.sources || {};
    if (state.document) layOut(state.document);
    else $("pages").replaceChildren(make("p", "nothing", config.nothingYet));
    showProblems(state.problems);
    $("source").hidden = true;
    document.body.dataset.version = String(state.version);
  }

  $("pages").addEventListener("click", (event) => {
    // The kinds of block the registry traces (src/blocks.ts), by html.ts's selectors for them.
    const paragraph = event.target.closest(config.traced);
    const bar = $("source");
    for (const old of document.querySelectorAll(".picked")) old.classList.remove("picked");
    if (!paragraph) return void (bar.hidden = true);
    const line = paragraph.dataset.line;
    bar.textContent = line ? sources[line] : config.noSource;
    bar.hidden = false;
    if (line) for (const same of document.querySelectorAll('[data-line="' + line + '"]')) same.classList.add("picked");
  });

  const events = new EventSource("/events");
  events.onmessage = (event) => {
    $("offline").hidden = true;
    update(JSON.parse(event.data));
  };
  events.onerror = () => {
    $("offline").hidden = false;
  };
})();
`;
