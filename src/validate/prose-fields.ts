import type { Summary } from "./schema.js";

export type FieldPath = readonly (string | number)[];

export interface ProseField {
  readonly path: FieldPath;
  readonly text: string;
}

/** Every text field that may refer to figures, with its place in the data. */
export function proseFields(summary: Summary): ProseField[] {
  const fields: ProseField[] = [
    { path: ["title"], text: summary.title },
    { path: ["organisation"], text: summary.organisation },
    { path: ["intro"], text: summary.intro },
  ];
  summary.work.forEach((section, i) => {
    fields.push({ path: ["work", i, "heading"], text: section.heading });
    fields.push({ path: ["work", i, "body"], text: section.body });
  });
  summary.problems.forEach((problem, i) => fields.push({ path: ["problems", i], text: problem }));
  summary.plans.forEach((section, i) => {
    fields.push({ path: ["plans", i, "heading"], text: section.heading });
    fields.push({ path: ["plans", i, "body"], text: section.body });
  });
  if (summary.closing?.organisation) fields.push({ path: ["closing", "organisation"], text: summary.closing.organisation });
  return fields;
}

/** `work.2.body` — how messages name a field. */
export function fieldName(path: FieldPath): string {
  return path.join(".");
}
