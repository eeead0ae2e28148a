/**
 * Run in the page: every page's lines as the reader sees them, from the positions of the characters
 * inside the page's clipped text block (a character outside it belongs to another page).
 */
export interface MeasuredPage {
  readonly number: string;
  /** One entry a line, top to bottom: the characters drawn on it. */
  readonly lines: string[];
  /** Each line's top, in CSS pixels from the text block's top. */
  readonly tops: number[];
}

export const MEASURE_PAGES = String.raw`(() => {
  return [...document.querySelectorAll(".page")].map((page) => {
    const box = page.querySelector(".text").getBoundingClientRect();
    // Characters in reading order; a new line starts where one sits clearly lower than the last.
    const lines = [];
    const walker = document.createTreeWalker(page.querySelector(".flow"), NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        const middle = (rect.top + rect.bottom) / 2;
        if (rect.width === 0 || middle < box.top || middle > box.bottom || /\s/.test(text[i])) continue;
        const last = lines[lines.length - 1];
        if (last && Math.abs(middle - last.middle) < 8) last.text += text[i];
        else lines.push({ middle, text: text[i] });
      }
    }
    return {
      number: page.dataset.page,
      lines: lines.map((l) => l.text),
      tops: lines.map((l) => l.middle - box.top),
    };
  });
})()`;
