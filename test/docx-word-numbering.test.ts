/**
 * Headings numbered by Word (`wordNumbering: true`): numbering.xml and each heading's w:numPr read
 * as Word reads them — a paragraph's list and level its own or its style's, each list counting its
 * levels from their w:start (a w:num's start override at its first use), a level starting again
 * after a paragraph of a level above, w:numId 0 out of the list, the number drawn from w:numFmt and
 * w:lvlText — give every heading the number the typed file prints. Counted both ways a reader may
 * take a level above a list's first paragraph (not counted yet, as Word; or counted at its start, as
 * the render suite found LibreOffice does): the file must not depend on which.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { ORDINAL_STYLES, ordinalText, parseOrdinal } from "../src/summary/numbering.js";
import { all, attr, children, readDocx, texts, type DocxXml } from "./docx-xml.js";
import { ROOT, buildDocx, fixture, parseXml, tempDir } from "./helpers.js";

const CHINESE = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
/** Word's chineseCountingThousand up to 99: 十, 十一, 二十, 二十一. */
const chineseCountingThousand = (n: number) =>
  n < 10 ? CHINESE[n]! : `${n >= 20 ? CHINESE[Math.floor(n / 10)] : ""}十${CHINESE[n % 10]}`;
const FORMATS: Record<string, (n: number) => string> = {
  chineseCountingThousand,
  decimal: (n) => String(n),
  decimalEnclosedCircle: (n) => String.fromCodePoint(0x2460 + n - 1),
};

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
}

function readNumbering(xml: string) {
  const doc = parseXml(xml);
  const abstracts = new Map<string, Map<number, Level>>();
  for (const abstract of Array.from(doc.getElementsByTagName("w:abstractNum"))) {
    const levels = new Map<number, Level>();
    for (const lvl of children(abstract, "w:lvl"))
      levels.set(Number(lvl.getAttribute("w:ilvl")), {
        start: Number(attr(lvl, "w:start", "w:val") ?? 0),
        numFmt: attr(lvl, "w:numFmt", "w:val") ?? "",
        lvlText: attr(lvl, "w:lvlText", "w:val") ?? "",
      });
    abstracts.set(abstract.getAttribute("w:abstractNumId") ?? "", levels);
  }
  const nums = new Map<string, { levels: Map<number, Level>; overrides: Map<number, number> }>();
  for (const num of Array.from(doc.getElementsByTagName("w:num"))) {
    const element = num;
    const overrides = new Map(
      children(element, "w:lvlOverride").map((o) => [
        Number(o.getAttribute("w:ilvl")),
        Number(attr(o, "w:startOverride", "w:val")),
      ]),
    );
    const levels = abstracts.get(attr(element, "w:abstractNumId", "w:val") ?? "") ?? new Map<number, Level>();
    nums.set(num.getAttribute("w:numId") ?? "", { levels, overrides });
  }
  return { abstracts, nums };
}

/**
 * The number Word draws before each paragraph of the body ("" for none), in order. `above`: where a
 * level above a paragraph's stands when the list has not counted it — nowhere yet, or at its start.
 */
function wordNumbers(doc: DocxXml, above: "uncounted" | "at its start"): Map<Element, string> {
  const { nums } = readNumbering(doc.parts["word/numbering.xml"] ?? "");
  const counters = new Map<string, { count: (number | undefined)[]; used: boolean[] }>();
  const numbers = new Map<Element, string>();
  for (const p of all(doc.body, "w:p")) {
    const numId = doc.paragraphProperty(p, "w:numId", "w:val");
    const num = numId === null ? undefined : nums.get(numId);
    if (!numId || numId === "0" || !num) continue;
    const ilvl = Number(doc.paragraphProperty(p, "w:ilvl", "w:val") ?? 0);
    const state = counters.get(numId) ?? { count: [], used: [] };
    counters.set(numId, state);
    const override = num.overrides.get(ilvl);
    const level = num.levels.get(ilvl)!;
    const current = state.count[ilvl];
    state.count[ilvl] =
      current !== undefined ? current + 1 : override !== undefined && !state.used[ilvl] ? override : level.start;
    state.used[ilvl] = true;
    for (let up = 0; up < ilvl && above === "at its start"; up++) {
      state.count[up] ??= num.overrides.get(up) ?? num.levels.get(up)?.start ?? 1;
      state.used[up] = true;
    }
    for (let below = ilvl + 1; below < 9; below++) state.count[below] = undefined;
    numbers.set(
      p,
      level.lvlText.replace(/%(\d)/g, (_, k: string) => {
        const n = state.count[Number(k) - 1] ?? 0;
        const format = FORMATS[num.levels.get(Number(k) - 1)?.numFmt ?? ""];
        if (!format) throw new Error(`no format for level ${k}`);
        return format(n);
      }),
    );
  }
  return numbers;
}

/** Each line of text as Word shows it: a paragraph's number and text, a style separator running on. */
function shownTexts(doc: DocxXml, numbers: Map<Element, string>): string[] {
  const shown: string[] = [];
  let runsOn = false;
  for (const p of all(doc.body, "w:p")) {
    const text = (numbers.get(p) ?? "") + texts(p);
    if (runsOn) shown[shown.length - 1] += text;
    else shown.push(text);
    const mark = children(p, "w:pPr")[0] && children(children(p, "w:pPr")[0]!, "w:rPr")[0];
    runsOn = mark !== undefined && all(mark, "w:specVanish").length > 0;
  }
  return shown;
}

const WORD_NUMBERED = fixture("numbering/word-numbering.yaml");
const FILES = [
  "data/2020.yaml",
  "test/fixtures/shapes/d-levels.yaml",
  ...[
    "chapters-circled",
    "leads",
    "level-above-first",
    "no-numbers-level",
    "parts-and-chapters",
    "restart-in-part",
    "skipped-level",
    "stand-alone-unnumbered",
  ].map((name) => `test/fixtures/numbering/${name}.yaml`),
  "test/fixtures/numbering/word-numbering.yaml",
];

/** The data file with `wordNumbering` set or taken away, in a folder of its own. */
function withWordNumbering(file: string, on: boolean): string {
  const lines = readFileSync(join(ROOT, file), "utf8")
    .split("\n")
    .filter((line) => !line.startsWith("wordNumbering:"));
  const path = join(tempDir(), "data.yaml");
  writeFileSync(path, (on ? "wordNumbering: true\n" : "") + lines.join("\n"));
  return path;
}

describe.each(FILES)("%s with wordNumbering: true", (file) => {
  const typed = readDocx(buildDocx(withWordNumbering(file, false)));
  const numbered = readDocx(buildDocx(withWordNumbering(file, true)));
  const headingParagraphs = numbered.paragraphs.filter(({ element }) =>
    /^Heading[1-4]$/.test(attr(children(element, "w:pPr")[0], "w:pStyle", "w:val") ?? ""),
  );

  it.each(["uncounted", "at its start"] as const)(
    "shows every line the typed file shows, numbers included (a level above a list's first paragraph %s)",
    (above) => {
      expect(shownTexts(numbered, wordNumbers(numbered, above))).toEqual(shownTexts(typed, new Map()));
    },
  );

  it("names a list and level on every heading paragraph, and types no number Word draws", () => {
    const numbers = wordNumbers(numbered, "uncounted");
    expect(headingParagraphs.length).toBeGreaterThan(0);
    for (const { element, text } of headingParagraphs) {
      const numPr = children(children(element, "w:pPr")[0]!, "w:numPr")[0];
      expect(numPr, text).toBeDefined();
      const level = Number(/Heading(\d)/.exec(attr(children(element, "w:pPr")[0], "w:pStyle", "w:val") ?? "")?.[1]);
      if (attr(numPr, "w:numId", "w:val") !== "0") expect(attr(numPr, "w:ilvl", "w:val"), text).toBe(String(level - 1));
      const drawn = numbers.get(element);
      if (drawn) expect(parseOrdinal(text.slice(0, drawn.length)), text).toBeUndefined();
    }
  });

  it("leaves the typed file without Word's numbering", () => {
    expect(typed.parts["word/document.xml"]).not.toContain("<w:numPr>");
    expect(typed.parts["word/styles.xml"]).not.toContain("<w:numPr>");
  });
});

describe("the numbering Word is given", () => {
  const doc = readDocx(buildDocx(WORD_NUMBERED));
  const { abstracts, nums } = readNumbering(doc.parts["word/numbering.xml"] ?? "");
  const numbering = parseXml(doc.parts["word/numbering.xml"] ?? "");

  it("is Word's 公文 template's list: 一、 （一） in chineseCountingThousand, 1. （1） in decimal, no tab", () => {
    const standard = readNumbering(
      readDocx(buildDocx(withWordNumbering("test/fixtures/shapes/d-levels.yaml", true))).parts["word/numbering.xml"] ??
        "",
    );
    expect([...(standard.abstracts.get("0")?.values() ?? [])].map((l) => [l.numFmt, l.lvlText])).toEqual([
      ["chineseCountingThousand", "%1、"],
      ["chineseCountingThousand", "（%2）"],
      ["decimal", "%3."],
      ["decimal", "（%4）"],
    ]);
    const lvls = Array.from(numbering.getElementsByTagName("w:lvl"));
    for (const lvl of lvls) expect(attr(lvl, "w:suff", "w:val")).toBe("nothing");
  });

  it("links the first list to the heading styles, and each heading style to it", () => {
    const first = Array.from(numbering.getElementsByTagName("w:abstractNum"))[0] as unknown as Element;
    expect(children(first, "w:lvl").map((lvl) => attr(lvl, "w:pStyle", "w:val"))).toEqual([
      "Heading1",
      "Heading2",
      "Heading3",
      "Heading4",
    ]);
    for (const level of [1, 2, 3, 4]) {
      const style = doc.style(`Heading${level}`)!;
      expect(attr(style, "w:numId", "w:val")).toBe("1");
      expect(attr(style, "w:ilvl", "w:val")).toBe(String(level - 1));
    }
  });

  it("draws each number in its level's font, with the heading's two-character indent", () => {
    const lvls = children(
      Array.from(numbering.getElementsByTagName("w:abstractNum"))[0] as unknown as Element,
      "w:lvl",
    );
    expect(lvls.map((lvl) => attr(lvl, "w:rFonts", "w:eastAsia"))).toEqual([
      "黑体",
      "楷体_GB2312",
      "仿宋_GB2312",
      "仿宋_GB2312",
    ]);
    for (const lvl of lvls) {
      expect(attr(lvl, "w:ind", "w:firstLineChars")).toBe("200");
      expect(attr(lvl, "w:ind", "w:left")).toBe("0");
    }
  });

  it("restarts in new lists whose levels start at the data's numbers, and takes unnumbered headings out", () => {
    expect(nums.size).toBeGreaterThan(1);
    expect(nums.size).toBe(abstracts.size);
    const laterStarts = [...abstracts.entries()]
      .filter(([id]) => id !== "0")
      .flatMap(([, levels]) => [...levels.values()].map((l) => l.start));
    expect(laterStarts.some((start) => start > 1)).toBe(true);
    const unnumbered = doc.paragraphs.find(({ text }) => text === "工作体会");
    expect(unnumbered && attr(children(unnumbered.element, "w:pPr")[0], "w:numId", "w:val")).toBe("0");
    // ① in decimalEnclosedCircle, from a list of its own.
    expect([...abstracts.values()].some((levels) => levels.get(2)?.numFmt === "decimalEnclosedCircle")).toBe(true);
  });
});

describe("parseOrdinal", () => {
  it("reads back every number ordinalText prints", () => {
    for (const style of ORDINAL_STYLES.filter((s) => s !== "无"))
      for (const n of [1, 2, 9, 10, 11, 20, 21, 50, 99, 100, 101, 999]) {
        const back = parseOrdinal(ordinalText(style, n));
        expect(back && ordinalText(back.style, back.n)).toBe(ordinalText(style, n));
      }
    expect(parseOrdinal("（三）")).toEqual({ style: "（一）", n: 3 });
    expect(parseOrdinal("A.")).toBeUndefined();
  });
});
