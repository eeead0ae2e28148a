/**
 * Headings numbered by Word itself (the data's `wordNumbering`), as Word's 公文 templates do: a
 * numbering.xml whose levels draw 一、 （一） 1. （1） (chineseCountingThousand, decimal, "%1、",
 * "（%2）", no tab after the number), the heading styles linked to it, and each heading paragraph
 * naming its list and level, its typed number taken off. A clerk who inserts or deletes a part in
 * Word or WPS sees the numbers follow. The numbers are the ones the data's `numbering` gives
 * (summary/numbering.ts), read back from each heading's number (model.ts: Run.number): where the
 * count restarts other than where Word's own counting would (under an unnumbered heading, a section
 * with its own numbering), a new list begins whose start values give the same numbers. A heading
 * without a number is taken out of the list (w:numId 0).
 * Applied to the finished package by either writer, so both give the same bytes.
 */
import { strFromU8, strToU8, unzipSync } from "fflate";
import { HEADING_LEVELS, type Block, type DocumentModel, type HeadingLevel, type Run } from "../../model.js";
import { STANDARD_ORDINALS, parseOrdinal, type OrdinalStyle } from "../../summary/numbering.js";
import { packageEntry, zipPackage } from "./deterministic-zip.js";
import { HEADING_FONT, fontAttributes, type FontSet } from "../layout/fonts.js";
import { BODY } from "../layout/layout.js";
import { AFTER_NUM_PR, insertInPPr } from "./package-parts.js";

type Numbered = Exclude<OrdinalStyle, "无">;

/**
 * What Word draws for each ordinal style: its w:numFmt, the text around the number, and the last
 * count Word prints as ordinalText does (chineseCountingThousand: 十一, not chineseCounting's 一一;
 * decimalEnclosedCircle: ① to ⑳, then plain digits). Past it, the heading keeps its typed number.
 */
export const WORD_FORMATS: Readonly<
  Record<Numbered, { readonly numFmt: string; readonly before: string; readonly after: string; readonly max: number }>
> = {
  "一、": { numFmt: "chineseCountingThousand", before: "", after: "、", max: 99 },
  "（一）": { numFmt: "chineseCountingThousand", before: "（", after: "）", max: 99 },
  "1.": { numFmt: "decimal", before: "", after: ".", max: Infinity },
  "1、": { numFmt: "decimal", before: "", after: "、", max: Infinity },
  "（1）": { numFmt: "decimal", before: "（", after: "）", max: Infinity },
  第一部分: { numFmt: "chineseCountingThousand", before: "第", after: "部分\u3000", max: 99 },
  第一章: { numFmt: "chineseCountingThousand", before: "第", after: "章\u3000", max: 99 },
  "①": { numFmt: "decimalEnclosedCircle", before: "", after: "", max: 20 },
};

/** A heading paragraph's place in the numbering: its list instance (0: none) and level. */
export interface HeadingNumbering {
  readonly numId: number;
  readonly level: HeadingLevel;
}

/**
 * The lists numbering.xml holds, each an abstractNum and its one w:num (numId = index + 1): each
 * level's style and the number it starts at, and starts again at after a level above.
 */
export interface NumberingPlan {
  /** The first is linked to the heading styles. */
  readonly lists: readonly { readonly styles: readonly Numbered[]; readonly starts: readonly number[] }[];
  /** Every heading paragraph's, in document order. */
  readonly headings: readonly HeadingNumbering[];
}

/** A heading paragraph of the model: a heading block, or a paragraph that opens with a run-in heading. */
function headingOf(block: Block): { level: HeadingLevel; runs: readonly Run[] } | undefined {
  if (block.kind === "heading") return { level: block.level, runs: block.runs };
  const level = block.kind === "paragraph" ? block.runs[0]?.heading : undefined;
  return level === undefined || block.kind !== "paragraph" ? undefined : { level, runs: block.runs };
}

/** The ordinal a heading's number is, where Word can draw it. */
function ordinalOf(runs: readonly Run[]) {
  const number = runs[0]?.number;
  const ordinal = number === undefined ? undefined : parseOrdinal(number);
  return ordinal && ordinal.style !== "无" && ordinal.n <= WORD_FORMATS[ordinal.style].max
    ? { style: ordinal.style, n: ordinal.n }
    : undefined;
}

/**
 * The model with the numbers Word draws taken off the headings, and the numbering that draws them.
 * Word counts a level on within a list and starts it again at its w:start after a heading of a
 * level above; where that would not give the data's number, a new list begins at that heading,
 * its level starting at the heading's number, the levels below at 1; a heading of a level above the
 * one a list began at begins another. Start values in each list's own levels (not a w:num's
 * startOverride) and no level counted above a list's first: the render suite found LibreOffice
 * counting both otherwise than Word, and so every reader counts alike.
 */
export function planWordNumbering(model: DocumentModel): { model: DocumentModel; plan: NumberingPlan } {
  const found = model.blocks.map((block) => {
    const heading = headingOf(block);
    return heading && { ...heading, ordinal: ordinalOf(heading.runs) };
  });
  const base = HEADING_LEVELS.map(
    (level) =>
      found.find((h) => h?.level === level && h.ordinal)?.ordinal?.style ?? (STANDARD_ORDINALS[level] as Numbered),
  );
  const lists: { styles: Numbered[]; starts: number[] }[] = [];
  const headings: HeadingNumbering[] = [];
  // The open list's styles and starts, each level's last count in it, and the levels above the one
  // it began at, which it never counts.
  let styles: readonly Numbered[] = base;
  let starts: readonly number[] = [1, 1, 1, 1];
  let count = [0, 0, 0, 0];
  let above = -1;
  const blocks = model.blocks.map((block, i) => {
    const heading = found[i];
    if (!heading) return block;
    const { level, ordinal } = heading;
    const at = level - 1;
    if (!ordinal) {
      headings.push({ numId: 0, level });
      return block;
    }
    const countsOn =
      lists.length > 0 && at > above && styles[at] === ordinal.style && (count[at] ?? 0) + 1 === ordinal.n;
    if (!countsOn) {
      styles = styles.map((style, k) => (k === at ? ordinal.style : style));
      starts = count.map((_, k) => (k === at ? ordinal.n : 1));
      lists.push({ styles: [...styles], starts: [...starts] });
      count = starts.map((start) => start - 1);
      above = at - 1;
    }
    count = count.map((c, k) => (k === at ? ordinal.n : k > at ? (starts[k] ?? 1) - 1 : c));
    headings.push({ numId: lists.length, level });
    return withoutNumber(block);
  });
  return { model: { ...model, blocks }, plan: { lists, headings } };
}

/** The block with its heading's typed number taken off (and the run, if that was all it held). */
function withoutNumber(block: Block): Block {
  if (block.kind !== "heading" && block.kind !== "paragraph") return block;
  const [first, ...rest] = block.runs;
  if (!first?.number) return block;
  const { number, ...run } = first;
  const text = run.text.slice(number.length);
  return { ...block, runs: text ? [{ ...run, text }, ...rest] : rest };
}

const HEADING_STYLE = (level: HeadingLevel) => `Heading${level}`;

/** numbering.xml for the plan, each level's number in the font of its heading's level. */
export function numberingXml(plan: NumberingPlan, fonts: FontSet): string {
  const lvl = (style: Numbered, level: HeadingLevel, start: number, linked: boolean) => {
    const format = WORD_FORMATS[style];
    // As the heading's own runs name their font (fontAttributes), the number's; ① has no Latin
    // digit, and LibreOffice would draw it in the Latin font.
    const font = fontAttributes(fonts[HEADING_FONT[level]], style === "①" ? undefined : fonts.latin);
    return (
      `<w:lvl w:ilvl="${level - 1}"><w:start w:val="${start}"/><w:numFmt w:val="${format.numFmt}"/>` +
      (linked ? `<w:pStyle w:val="${HEADING_STYLE(level)}"/>` : "") +
      `<w:suff w:val="nothing"/><w:lvlText w:val="${format.before}%${level}${format.after}"/><w:lvlJc w:val="left"/>` +
      // The heading's own indent, two characters (LibreOffice would otherwise set a numbered paragraph flush left).
      `<w:pPr>${HEADING_INDENT}</w:pPr>` +
      `<w:rPr><w:rFonts w:ascii="${font.ascii}" w:cs="${font.cs}" w:eastAsia="${font.eastAsia}" w:hAnsi="${font.hAnsi}" w:hint="${font.hint}"/><w:spacing w:val="${BODY.characterSpacingTwips}"/></w:rPr></w:lvl>`
    );
  };
  const abstracts = plan.lists.map(
    ({ styles, starts }, id) =>
      `<w:abstractNum w:abstractNumId="${id}"><w:nsid w:val="${(0x5a4a0000 + id).toString(16).toUpperCase()}"/>` +
      `<w:multiLevelType w:val="multilevel"/>` +
      styles.map((style, k) => lvl(style, HEADING_LEVELS[k]!, starts[k] ?? 1, id === 0)).join("") +
      `</w:abstractNum>`,
  );
  const nums = plan.lists.map((_, id) => `<w:num w:numId="${id + 1}"><w:abstractNumId w:val="${id}"/></w:num>`);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    abstracts.join("") +
    nums.join("") +
    `</w:numbering>`
  );
}

const numPr = (numId: number, level: HeadingLevel) =>
  `<w:numPr><w:ilvl w:val="${level - 1}"/><w:numId w:val="${numId}"/></w:numPr>`;

/** The heading styles' indent (the body's two characters), as each level of the numbering has it. */
const HEADING_INDENT = `<w:ind w:left="0" w:firstLine="${BODY.firstLineIndentTwips}" w:firstLineChars="${BODY.firstLineIndentChars}"/>`;

/**
 * A heading paragraph's numbering; one taken out of the list also says its indent, the same as
 * its style's, which LibreOffice would otherwise set flush left.
 */
const headingPPr = ({ numId, level }: HeadingNumbering) =>
  numId === 0 ? { numPr: numPr(0, level), ind: HEADING_INDENT } : { numPr: numPr(numId, level), ind: "" };

const HEADING_PARAGRAPH = /<w:p><w:pPr><w:pStyle w:val="Heading([1-4])"\/>((?:(?!<\/w:pPr>).)*)<\/w:pPr>/gs;
/** w:pPr children after w:ind. */
const AFTER_IND = AFTER_NUM_PR.slice(AFTER_NUM_PR.indexOf("ind") + 1);
const NUMBERING_PART = "word/numbering.xml";

/**
 * The package with the plan's numbering: numbering.xml, the heading styles linked to the first
 * list, and each heading paragraph naming its list and level.
 */
export function withWordNumbering(docx: Uint8Array, plan: NumberingPlan, fonts: FontSet): Uint8Array {
  const parts = unzipSync(docx);
  const edit = (path: string, change: (xml: string) => string) => {
    const bytes = parts[path];
    if (!bytes) throw new Error(`word numbering: the package has no ${path}`);
    parts[path] = strToU8(change(strFromU8(bytes)));
  };
  let i = 0;
  edit("word/document.xml", (xml) =>
    xml.replace(HEADING_PARAGRAPH, (_, level: string, inner: string) => {
      const heading = plan.headings[i++];
      if (heading?.level !== Number(level)) throw new Error("word numbering: the headings do not match the plan");
      const { numPr, ind } = headingPPr(heading);
      const withInd = ind ? insertInPPr(inner, ind, AFTER_IND) : inner;
      return `<w:p><w:pPr><w:pStyle w:val="Heading${level}"/>${numPr}${withInd}</w:pPr>`;
    }),
  );
  if (i !== plan.headings.length) throw new Error("word numbering: the headings do not match the plan");
  edit("word/styles.xml", (xml) =>
    xml.replace(
      /(<w:style w:type="paragraph" w:styleId="Heading([1-4])">.*?<w:pPr>)(.*?)(<\/w:pPr>)/gs,
      (_, open: string, level: string, inner: string, close: string) =>
        open + insertInPPr(inner, numPr(1, Number(level) as HeadingLevel), AFTER_NUM_PR) + close,
    ),
  );
  // The docx library's package has a numbering part (its own unused bullet list), with its content
  // type and relationship: it is replaced by the document's.
  edit(NUMBERING_PART, () => numberingXml(plan, fonts));
  return zipPackage(Object.entries(parts).map(([path, bytes]) => packageEntry(path, bytes)));
}
