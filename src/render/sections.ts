/**
 * The body of any summary in its general form, as the default template lays it out: a list of
 * sections, each with its level, its number, its heading and how that heading is set, its
 * paragraphs, its 一是…二是… and the sections of the level below. The three-part shape of the data
 * (work, problems, plans) is the same as three parts with fixed titles. Each heading's number comes
 * from the data's `numbering` (src/summary/numbering.ts), so every writer and the preview print the
 * same numbers, and validation quotes them.
 */
import type { HeadingLevel } from "../model.js";
import type { FieldPath } from "../summary/prose-fields.js";
import { headingNumbers, pathKey } from "../summary/numbering.js";
import { runsIn, type Section, type Summary } from "../summary/schema.js";
import { withLeads } from "./leads.js";
import type { ProseMarkup } from "./prose-markup.js";

export interface SectionView {
  readonly level: HeadingLevel;
  /** The heading's number as printed (一、 （一） 1. …, 第一部分 and a full-width space); empty for a heading without one. */
  readonly number: string;
  readonly heading: ProseMarkup | string | undefined;
  /** The markup tag of the heading: h2 on a line of its own, runin2 run in, lead2 run in without a number. */
  readonly tag: string;
  readonly body: ProseMarkup | undefined;
  readonly pointsLead: ProseMarkup | undefined;
  readonly points: readonly ProseMarkup[] | undefined;
  readonly pointsAsParagraphs: boolean;
  /** The table under its paragraphs: 表题, header and rows, each cell as markup. */
  readonly table: TableView | undefined;
  readonly items: readonly SectionView[];
}

export interface TableView {
  readonly title: ProseMarkup | undefined;
  readonly header: readonly ProseMarkup[];
  readonly rows: readonly (readonly ProseMarkup[])[];
}

/** The three-part shape's part titles, as the 2020 summary has them. */
export const THREE_PART_TITLES = {
  work: "主要工作完成情况",
  problems: "工作中存在的问题",
  plans: "明年工作计划",
} as const;

/** A text of the data as markup; `path` is its place in the data, for the line it came from. */
export type Prose = (text: string, path: FieldPath) => ProseMarkup;

export function bodySections(summary: Summary, prose: Prose): SectionView[] {
  const numbers = headingNumbers(summary);
  const view = (
    section: Section,
    path: FieldPath,
    level: HeadingLevel,
    heading: ProseMarkup | string | undefined = section.heading === undefined
      ? undefined
      : prose(section.heading, [...path, "heading"]),
  ): SectionView => {
    const number = numbers.get(pathKey(path)) ?? "";
    const tag = !runsIn(section) ? `h${level}` : number ? `runin${level}` : `lead${level}`;
    const below = Math.min(level + 1, 4) as HeadingLevel;
    const lead = (markup: ProseMarkup) => (section.leads ? withLeads(markup, below) : markup);
    return {
      level,
      number,
      heading,
      tag,
      body: section.body === undefined ? undefined : lead(prose(section.body, [...path, "body"])),
      pointsLead: section.pointsLead === undefined ? undefined : prose(section.pointsLead, [...path, "pointsLead"]),
      points: section.points?.map((point, i) => lead(prose(point, [...path, "points", i]))),
      pointsAsParagraphs: section.pointsAsParagraphs ?? false,
      table: section.table && {
        title: section.table.title === undefined ? undefined : prose(section.table.title, [...path, "table", "title"]),
        header: section.table.header.map((cell, i) => prose(cell, [...path, "table", "header", i])),
        rows: section.table.rows.map((row, i) => row.map((cell, j) => prose(cell, [...path, "table", "rows", i, j]))),
      },
      items: (section.items ?? []).map((item, i) => view(item, [...path, "items", i], below)),
    };
  };
  if (summary.parts) return summary.parts.map((part, i) => view(part, ["parts", i], 1));
  if (summary.items) return summary.items.map((item, i) => view(item, ["items", i], 2));
  // The three-part shape: three parts with fixed titles, its lists where a part's items and points go.
  const { work, problems, plans } = summary;
  const part = (key: keyof typeof THREE_PART_TITLES, rest: Partial<SectionView>): SectionView => ({
    ...view({ heading: THREE_PART_TITLES[key] }, [key], 1, THREE_PART_TITLES[key]),
    ...rest,
  });
  return [
    ...(work ? [part("work", { items: work.map((s, i) => view(s, ["work", i], 2)) })] : []),
    ...(problems ? [part("problems", { points: problems.map((p, i) => prose(p, ["problems", i])) })] : []),
    ...(plans ? [part("plans", { items: plans.map((s, i) => view(s, ["plans", i], 2)) })] : []),
  ];
}
