/**
 * The package's bookkeeping when the reference's parts come in: relationships added and dropped,
 * content types, the namespaces its copied XML needs on our root, its fonts in our font table.
 */
import { posix } from "node:path";
import type { NewRelationship } from "./content.js";
import { allElements, attribute } from "./scan.js";
import type { RunLook } from "./styles.js";

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export const relsPath = (path: string) => posix.join(posix.dirname(path), "_rels", `${posix.basename(path)}.rels`);

export function relationshipTargets(rels: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], "Id");
    const target = attribute(m[0], "Target");
    if (id && target) found.set(id, target);
  }
  return found;
}

export function withRelationships(rels: string, added: readonly NewRelationship[]): string {
  const xml = added.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("");
  return rels.replace("</Relationships>", `${xml}</Relationships>`);
}

export function withoutRelationships(rels: string, dropped: ReadonlyMap<string, string>): string {
  return rels.replace(/<Relationship\b[^>]*\/>/g, (r) => (dropped.has(attribute(r, "Id") ?? "") ? "" : r));
}

export function withoutOverrides(types: string, dropped: ReadonlySet<string>): string {
  return types.replace(/<Override\b[^>]*\/>/g, (o) =>
    dropped.has((attribute(o, "PartName") ?? "").slice(1)) ? "" : o,
  );
}

export function withOverrides(types: string, overrides: readonly [string, string][]): string {
  const xml = overrides.map(([path, type]) => `<Override ContentType="${type}" PartName="/${path}"/>`).join("");
  return types.replace("</Types>", `${xml}</Types>`);
}

/** The reference root's namespace declarations ours lacks, and its ignorable prefixes we now declare. */
export function withNamespaces(ours: string, theirs: string): string {
  const rootOf = (xml: string) => /<(?:w:document|w:styles)\b[^>]*>/.exec(xml)?.[0] ?? "";
  const ourRoot = rootOf(ours);
  const theirRoot = rootOf(theirs);
  if (!ourRoot || !theirRoot) return ours;
  const declared = new Set([...ourRoot.matchAll(/\sxmlns:([\w.-]+)="/g)].map((m) => m[1]));
  const added = [...theirRoot.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)]
    .filter((m) => !declared.has(m[1]))
    .map((m) => m[0])
    .join("");
  const all = new Set([...declared, ...[...added.matchAll(/\sxmlns:([\w.-]+)="/g)].map((m) => m[1])]);
  const ignorable = (root: string) => (/\smc:Ignorable="([^"]*)"/.exec(root)?.[1] ?? "").split(/\s+/).filter(Boolean);
  const prefixes = [...new Set([...ignorable(ourRoot), ...ignorable(theirRoot)])].filter((p) => all.has(p));
  let root = ourRoot.replace(/\/?>$/, (end) => added + end);
  root = /\smc:Ignorable="/.test(root)
    ? root.replace(/\smc:Ignorable="[^"]*"/, ` mc:Ignorable="${prefixes.join(" ")}"`)
    : prefixes.length > 0
      ? root.replace(/\/?>$/, (end) => ` mc:Ignorable="${prefixes.join(" ")}"${end}`)
      : root;
  return ours.replace(ourRoot, () => root);
}

/** Our font table with the reference's entries for the faces its styles brought (embedded fonts left out). */
export function withFonts(ours: string, theirs: string | undefined, looks: ReadonlyMap<string, RunLook>): string {
  const faces = new Set([...looks.values()].flatMap((look) => Object.values(look.fonts)));
  const have = new Set([...ours.matchAll(/<w:font w:name="([^"]*)"/g)].map((m) => m[1]));
  const entries = allElements(theirs ?? "", "w:font")
    .filter((font) => {
      const name = attribute(font, "w:name");
      return name !== undefined && faces.has(name) && !have.has(name);
    })
    .map((font) => font.replace(/<w:embed\w+\b[^>]*\/>/g, "").replace(/\sw14:\w+="[^"]*"/g, ""));
  return entries.length === 0 ? ours : ours.replace("</w:fonts>", `${entries.join("")}</w:fonts>`);
}
