/**
 * Numbers Word adds itself (numbering.xml): a paragraph whose style or properties name a list and a
 * level shows a label such as 一、 or （1） that is not in its text. The label is worked out here,
 * as Word counts it, so the recogniser sees the paragraph as it reads on the page.
 */
import { chineseNumeral } from "../summary/numbering.js";
import { readXml } from "./xml.js";

interface Level {
  start: number;
  format: string;
  text: string;
}

export class Numbering {
  private readonly abstract = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: string | undefined) {
    if (xml) this.parse(xml);
  }

  /** The label of the next paragraph in list `numId` at level `ilvl`, counted; "" when none. */
  label(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    const levels = num && this.abstract.get(num.abstract);
    if (!num || !levels || numId === "0") return "";
    const level = levels.get(ilvl);
    if (!level) return "";
    const counts = this.counters.get(numId) ?? [];
    this.counters.set(numId, counts);
    const startOf = (i: number) => num.starts.get(i) ?? levels.get(i)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    counts.length = ilvl + 1; // deeper levels start again
    if (level.format === "bullet" || level.format === "none") return "";
    return level.text.replace(/%([1-9])/g, (_, n: string) => {
      const i = Number(n) - 1;
      const format = levels.get(i)?.format ?? "decimal";
      return formatNumber(counts[i] ?? startOf(i), format);
    });
  }

  private parse(xml: string): void {
    let abstractId: string | undefined;
    let level: { ilvl: number; value: Level } | undefined;
    let num: { id: string; abstract: string; starts: Map<number, number> } | undefined;
    let override: number | undefined;
    readXml(xml, {
      open: (name, a) => {
        if (name === "w:abstractNum") {
          abstractId = a["w:abstractNumId"] ?? "";
          this.abstract.set(abstractId, new Map());
        } else if (name === "w:lvl" && abstractId !== undefined) {
          level = { ilvl: Number(a["w:ilvl"] ?? 0), value: { start: 1, format: "decimal", text: "" } };
        } else if (level && name === "w:start") level.value.start = Number(a["w:val"] ?? 1);
        else if (level && name === "w:numFmt") level.value.format = a["w:val"] ?? "decimal";
        else if (level && name === "w:lvlText") level.value.text = a["w:val"] ?? "";
        else if (name === "w:num") num = { id: a["w:numId"] ?? "", abstract: "", starts: new Map() };
        else if (num && name === "w:abstractNumId") num.abstract = a["w:val"] ?? "";
        else if (num && name === "w:lvlOverride") override = Number(a["w:ilvl"] ?? 0);
        else if (num && override !== undefined && name === "w:startOverride")
          num.starts.set(override, Number(a["w:val"] ?? 1));
      },
      close: (name) => {
        if (name === "w:lvl" && level && abstractId !== undefined) {
          this.abstract.get(abstractId)?.set(level.ilvl, level.value);
          level = undefined;
        } else if (name === "w:abstractNum") abstractId = undefined;
        else if (name === "w:num" && num) {
          this.nums.set(num.id, { abstract: num.abstract, starts: num.starts });
          num = undefined;
        } else if (name === "w:lvlOverride") override = undefined;
      },
      text: () => {},
    });
  }
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

function formatNumber(n: number, format: string): string {
  switch (format) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "ideographTraditional":
    case "japaneseCounting":
    case "chineseLegalSimplified":
      return n >= 1 && n <= 999 ? chineseNumeral(n) : String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? (CIRCLED[n - 1] ?? String(n)) : String(n);
    case "decimalFullWidth":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "lowerLetter":
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case "upperLetter":
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    default:
      return String(n);
  }
}
