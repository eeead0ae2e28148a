/**
 * A document's paragraphs → the data in the general form: the title, a salutation, the opening,
 * parts (一、) or sections (（一）) with their headings, paragraphs, 一是… points and the levels
 * below, the closing and the key-figures attachment. Everything is read so that the data builds
 * back to the same text: what the data format cannot say (numbering the tool does not print, a
 * level skipped, an attachment of another shape) stays in the text as written, with a warning.
 */
import { diagnostic, type Diagnostic } from "../errors.js";
import { chineseNumeral } from "../summary/numbering.js";
import { endsSentence, type Section } from "../summary/schema.js";
import type { ImportedBlock, ImportedDocument } from "./document.js";
import {
  firstSentenceEnd,
  otherNumbering,
  pointNumber,
  splitPoints,
  typedHeading,
  type TypedHeading,
} from "./headings.js";
import { keyFiguresFrom, type KeyFiguresFound } from "./key-figures.js";

export interface MutableSection {
  heading?: string;
  runIn?: boolean;
  body?: string;
  pointsLead?: string;
  points?: string[];
  pointsAsParagraphs?: boolean;
  items?: MutableSection[];
}

export interface ImportedData {
  year: number;
  organisation: string;
  title: string;
  salutation?: string;
  intro?: string;
  parts?: MutableSection[];
  items?: MutableSection[];
  closing?: { organisation?: string; date: string };
  keyFigures?: { title: string; figures: string[] };
  figures: Record<string, { value: number | string | null; unit: string; last: number | null; digits?: number }>;
}

export interface Recognised {
  readonly data: ImportedData;
  readonly warnings: Diagnostic[];
  /** Where each prose text came from, for the figures' warnings. */
  readonly origins: Map<string, number>;
}

type Paragraph = Extract<ImportedBlock, { kind: "paragraph" }>;

const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const ATTACHMENT_NOTE = /^附件[：:]/;

export function recognise(doc: ImportedDocument, options: { year?: number; file?: string } = {}): Recognised {
  const warnings: Diagnostic[] = [];
  const place = { severity: "warning" as const, ...(options.file ? { file: options.file } : {}) };
  const warn = (d: Diagnostic) => warnings.push({ ...d, ...place });
  const blocks = doc.blocks.filter((b) => b.kind === "table" || b.text.trim() !== "");
  // A table in the body has no place in the data yet: its rows are kept as lines of text.
  const paragraphs = (list: readonly ImportedBlock[]): Paragraph[] =>
    list.flatMap((b): Paragraph[] => {
      if (b.kind === "paragraph") return [{ ...b, text: b.text.replace(/[\t\n]+/g, " ").trim() }];
      warn({ ...diagnostic("importUnplaced", { what: "table", where: b.where, text: "" }) });
      return b.rows.map((row) => ({ kind: "paragraph", text: row.join("  ").trim(), where: b.where, hints: {} }));
    });

  // The title: the first paragraph, and in a Word file the centred or title-styled lines after it.
  let at = 0;
  const first = blocks[0];
  const titleLines: string[] = [];
  if (first?.kind === "paragraph") {
    titleLines.push(first.text.trim());
    at = 1;
    const styled = (b: ImportedBlock | undefined) =>
      b?.kind === "paragraph" &&
      (b.hints.title || b.hints.align === "center") &&
      (first.hints.title || first.hints.align === "center") &&
      !typedHeading(b.text.trim()) &&
      !DATE.test(b.text.trim());
    while (styled(blocks[at])) titleLines.push((blocks[at++] as Paragraph).text.trim());
  }
  if (titleLines.length > 1) warn(diagnostic("importTitleJoined", { lines: titleLines.length }));
  const title = titleLines.join("") || "（标题）";

  // The end: the attachment note, the closing and the attachment, as report lays them out.
  let end = blocks.length;
  let keyFigures: KeyFiguresFound | undefined;
  const noteAt = blocks.findIndex((b, i) => i >= at && b.kind === "paragraph" && ATTACHMENT_NOTE.test(b.text.trim()));
  if (noteAt !== -1) {
    keyFigures = keyFiguresFrom(blocks.slice(noteAt));
    if (keyFigures) end = noteAt;
  }
  let closing: { organisation: string; date: string; year: number } | undefined;
  const closingEnd = keyFigures ? keyFigures.closingEnd + end : end;
  const tail = (i: number) => (blocks[i]?.kind === "paragraph" ? blocks[i].text.trim() : undefined);
  const dateText = tail(closingEnd - 1);
  const orgText = tail(closingEnd - 2);
  const date = dateText ? DATE.exec(dateText) : null;
  if (
    date &&
    orgText &&
    orgText.length <= 40 &&
    !/[。，；：、！？]/.test(orgText) &&
    !typedHeading(orgText) &&
    closingEnd - 2 >= at
  ) {
    const [y, m, d] = [date[1] ?? "", date[2] ?? "", date[3] ?? ""];
    const iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
    if (String(Number(m)) === m && String(Number(d)) === d && isDay(iso)) {
      closing = { organisation: orgText, date: iso, year: Number(y) };
      if (!keyFigures) end = closingEnd - 2;
      else end = Math.min(end, closingEnd - 2);
    }
  }
  if (noteAt !== -1 && !keyFigures) warn(diagnostic("importAttachmentKept", { where: blocks[noteAt]?.where ?? 0 }));

  // The salutation: a short line ending in a colon under the title.
  let salutation: string | undefined;
  const second = blocks[at];
  if (second?.kind === "paragraph") {
    const text = second.text.trim();
    if (/[：:]$/.test(text) && text.length <= 40 && !/[。，；]/.test(text) && !typedHeading(text)) {
      salutation = text;
      at++;
    }
  }

  const body = paragraphs(blocks.slice(at, end));
  const { intro, sections, mode } = recogniseBody(body, warn);

  const year = yearIn(title) ?? closing?.year ?? options.year ?? keyFigures?.year ?? fallbackYear(warn);
  const organisation = closing?.organisation ?? organisationIn(title, year);
  const withYear = (text: string) => escapeBraces(text).split(`${year}年`).join("{{年度}}年");
  const data: ImportedData = {
    year,
    organisation: escapeBraces(organisation),
    title: withYear(title),
    ...(salutation ? { salutation: escapeBraces(salutation) } : {}),
    ...(intro.length ? { intro: intro.map(escapeBraces).join("\n\n") } : {}),
    figures: {},
  };
  const finishSection = (s: MutableSection, level: number): MutableSection => {
    const out: MutableSection = {};
    if (s.heading !== undefined) out.heading = level <= 2 ? withYear(s.heading) : escapeBraces(s.heading);
    if (s.runIn !== undefined) out.runIn = s.runIn;
    if (s.body !== undefined) out.body = escapeBraces(s.body);
    if (s.pointsLead) out.pointsLead = escapeBraces(s.pointsLead);
    if (s.points) out.points = s.points.map(escapeBraces);
    if (s.pointsAsParagraphs) out.pointsAsParagraphs = true;
    if (s.items?.length) out.items = s.items.map((i) => finishSection(i, level + 1));
    return out;
  };
  if (sections.length) {
    const top = mode === "parts" ? 1 : 2;
    data[mode] = sections.map((s) => finishSection(s, top));
  }
  if (closing) {
    data.closing = {
      ...(closing.organisation !== organisation ? { organisation: escapeBraces(closing.organisation) } : {}),
      date: closing.date,
    };
  }
  if (keyFigures) {
    data.keyFigures = { title: withYear(keyFigures.title), figures: keyFigures.figures.map((f) => f.name) };
    for (const f of keyFigures.figures) data.figures[f.name] = f.figure;
  }
  return { data, warnings, origins: new Map() };
}

function isDay(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

function yearIn(text: string): number | undefined {
  const match = /((?:19|20)\d{2})年/.exec(text);
  return match ? Number(match[1]) : undefined;
}

function fallbackYear(warn: (d: Diagnostic) => void): number {
  const year = new Date().getFullYear() - 1;
  warn(diagnostic("importYearGuessed", { year }));
  return year;
}

/** The office: the words before 关于 or the year in the title, else up to the office's kind (东湖街道2023年工作总结 → 东湖街道). */
function organisationIn(title: string, year: number): string {
  const rest = title.replace(/^\d{4}年度?/, "");
  const cut = [rest.indexOf("关于"), rest.indexOf(`${year}`)].filter((i) => i > 0);
  if (cut.length) return rest.slice(0, Math.min(...cut)).trim();
  const office =
    /^.+?(?:街道办事处|街道|办事处|委员会|局|政府|镇|乡|社区|学校|小学|中学|大学|学院|医院|中心|公司)/.exec(rest)?.[0];
  return office ?? (rest.replace(/(?:年度)?(?:工作)?总结$/, "").trim() || title);
}

/** `{{` in a document's text is text, never a reference: written `\{{`. */
function escapeBraces(text: string): string {
  return text.replace(/\{\{/g, "\\{{");
}

interface Open {
  readonly level: number;
  readonly section: MutableSection;
}

/** The opening and the sections, each heading accepted only where the tool would number it so. */
function recogniseBody(
  body: readonly Paragraph[],
  warn: (d: Diagnostic) => void,
): { intro: string[]; sections: MutableSection[]; mode: "parts" | "items" } {
  const mode = body.some((p) => typedHeading(p.text)?.level === 1) ? "parts" : "items";
  const top = mode === "parts" ? 1 : 2;
  const intro: string[] = [];
  const sections: MutableSection[] = [];
  const stack: Open[] = [];

  const parentOf = (level: number): { list: MutableSection[]; ok: boolean; depth: number } => {
    if (level === top) return { list: sections, ok: true, depth: 0 };
    for (let i = stack.length - 1; i >= 0; i--) {
      const open = stack[i];
      if (!open || open.level >= level) continue;
      return { list: (open.section.items ??= []), ok: open.level === level - 1, depth: i + 1 };
    }
    return { list: sections, ok: false, depth: 0 };
  };

  const addText = (text: string): void => {
    const open = stack.at(-1)?.section;
    if (!open) {
      intro.push(text);
      return;
    }
    addParagraph(open, text);
  };

  for (const p of body) {
    const text = p.text;
    const heading = typedHeading(text);
    if (heading && heading.level >= top && heading.rest.trim()) {
      const parent = parentOf(heading.level);
      const expected = parent.list.length + 1;
      if (!parent.ok) {
        warn(diagnostic("importNumbering", { where: p.where, text: excerpt(text), reason: "skip", expected: "" }));
      } else if (heading.n !== expected) {
        const number = expectedNumber(heading, expected);
        warn(diagnostic("importNumbering", { where: p.where, text: excerpt(text), reason: "order", expected: number }));
      } else {
        if (parent.list === sections) stack.length = 0;
        else stack.length = parent.depth;
        const section = sectionFrom(heading.rest);
        parent.list.push(section.section);
        stack.push({ level: heading.level, section: section.section });
        if (section.remainder) addParagraph(section.section, section.remainder);
        continue;
      }
      addText(text);
      continue;
    }
    const other = otherNumbering(text) ?? (heading && heading.level < top ? text.slice(0, 2) : undefined);
    if (other)
      warn(diagnostic("importNumbering", { where: p.where, text: excerpt(text), reason: "form", expected: "" }));
    addText(text);
  }
  // A stand-alone heading that ends in 。 stays on its line only where told to.
  const settle = (s: MutableSection) => {
    if (s.runIn === false && s.body === undefined && s.points === undefined) delete s.runIn;
    s.items?.forEach(settle);
  };
  sections.forEach(settle);
  return { intro, sections, mode };
}

function expectedNumber(heading: TypedHeading, n: number): string {
  return heading.level === 1
    ? `${chineseNumeral(n)}、`
    : heading.level === 2
      ? `（${chineseNumeral(n)}）`
      : heading.level === 3
        ? `${n}.`
        : `（${n}）`;
}

function excerpt(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

/** A heading's sentence and, when it runs in, the rest of its paragraph. */
function sectionFrom(rest: string): { section: MutableSection; remainder?: string } {
  const end = firstSentenceEnd(rest);
  const remainder = end === -1 ? "" : rest.slice(end);
  if (end !== -1 && remainder && remainder === remainder.trimStart()) {
    return { section: { heading: rest.slice(0, end) }, remainder };
  }
  const heading = rest.trim();
  return { section: { heading, ...(endsSentence(heading) ? { runIn: false } : {}) } };
}

/** A paragraph into a section: body text, or 一是… points where they are the last thing in it. */
function addParagraph(section: MutableSection, text: string): void {
  const single = pointNumber(text);
  if (section.points && section.pointsAsParagraphs && single && single.k === section.points.length + 1) {
    section.points.push(single.rest);
    return;
  }
  if (section.points) demotePoints(section);
  const joined = splitPoints(text);
  if (joined) {
    section.points = [...joined.points];
    if (joined.lead) section.pointsLead = joined.lead;
    return;
  }
  if (single && single.k === 1) {
    section.points = [single.rest];
    section.pointsAsParagraphs = true;
    return;
  }
  section.body = section.body === undefined ? text : `${section.body}\n\n${text}`;
}

/** Points followed by more text cannot stay points (the text would print before them): back into the body. */
function demotePoints(section: MutableSection): void {
  const points = section.points ?? [];
  const written = points.map((p, i) => `${chineseNumeral(i + 1)}是${p}`);
  const paragraphs = section.pointsAsParagraphs ? written : [`${section.pointsLead ?? ""}${written.join("")}`];
  const lead = section.pointsAsParagraphs && section.pointsLead ? [section.pointsLead] : [];
  for (const text of [...lead, ...paragraphs])
    section.body = section.body === undefined ? text : `${section.body}\n\n${text}`;
  delete section.points;
  delete section.pointsLead;
  delete section.pointsAsParagraphs;
}

export type { Section };
