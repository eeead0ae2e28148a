/**
 * Copying the reference's content (its letterhead block, its header and footer parts) into our
 * package: each relationship the content uses becomes one of the part it is copied into, under a
 * new id, its target (an image) copied under a new name; an external one is refused. Style ids are
 * mapped (styles.ts); what points at parts that are not copied (numbering, comments, footnotes) and
 * what must be unique in a document (drawing ids, paragraph ids, a section break inside the block)
 * is taken out or renumbered.
 */
import { posix } from "node:path";
import { ReferenceRefused, type ReferenceFile, type Relationship } from "./read.js";
import { withoutElements } from "./scan.js";
import type { StyleMapper } from "./styles.js";

/** A relationship our copy of a part needs: added to that part's .rels. */
export interface NewRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** A part the copies bring in (an image): its path in our package, bytes and content type. */
export interface NewPart {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly contentType: string;
}

const BOOKMARK_BASE = 100_000;

export class ContentCopier {
  readonly newParts: NewPart[] = [];
  private readonly copiedTargets = new Map<string, string>();
  private drawingId = 10_000;
  private relationshipId = 0;

  constructor(
    private readonly reference: ReferenceFile,
    private readonly styles: StyleMapper,
    private readonly takenPaths: Set<string>,
  ) {}

  /**
   * `xml` from the reference part `from`, made ready to stand in our part `into` (whose
   * relationships `rels` collects).
   */
  copy(xml: string, from: string, into: string, rels: NewRelationship[]): string {
    const theirs = this.reference.relationships(from);
    const ids = new Map<string, string>();
    const relink = (id: string): string => {
      const known = ids.get(id);
      if (known) return known;
      const rel = theirs.get(id);
      if (!rel) return id;
      if (rel.external) throw new ReferenceRefused("external", rel.target);
      const newId = `rIdRef${++this.relationshipId}`;
      ids.set(id, newId);
      rels.push({ id: newId, type: rel.type, target: posix.relative(posix.dirname(into), this.copyTarget(rel)) });
      return newId;
    };
    // A section break inside the block would start a section of its own: the page is ours. The
    // reference's lists, comments and notes are not copied: nothing may point at them.
    const cleaned = this.styles.mapReferences(
      withoutElements(withoutElements(xml, "w:sectPr"), "w:numPr")
        .replace(
          /<w:(commentRangeStart|commentRangeEnd|commentReference|footnoteReference|endnoteReference)\b[^>]*\/>/g,
          "",
        )
        .replace(/\sw14:(paraId|textId)="[^"]*"/g, "")
        .replace(/<w:proofErr\b[^>]*\/>/g, ""),
    );
    return (
      cleaned
        .replace(/(<wp:docPr\b[^>]*?\sid=")(\d+)"/g, (_, open: string) => `${open}${++this.drawingId}"`)
        // Its bookmarks keep their pairs, in a range of ids of their own.
        .replace(
          /(<w:bookmark(?:Start|End)\b[^>]*?\sw:id=")(\d+)"/g,
          (_, open: string, id: string) => `${open}${BOOKMARK_BASE + Number(id)}"`,
        )
        .replace(
          /(\sr:(?:id|embed|link|pict|dm|lo|qs|cs|href))="([^"]*)"/g,
          (_, attr: string, id: string) => `${attr}="${relink(id)}"`,
        )
    );
  }

  /** The target's path in our package, copied there the first time. */
  private copyTarget(rel: Relationship): string {
    const known = this.copiedTargets.get(rel.target);
    if (known) return known;
    const bytes = this.reference.bytes(rel.target);
    if (!bytes) throw new ReferenceRefused("notWord", rel.target);
    if (this.reference.relationships(rel.target).size > 0) throw new ReferenceRefused("notWord", rel.target);
    const ext = posix.extname(rel.target).toLowerCase();
    let n = this.copiedTargets.size + 1;
    let path = `word/media/reference${n}${ext}`;
    while (this.takenPaths.has(path)) path = `word/media/reference${++n}${ext}`;
    this.takenPaths.add(path);
    this.copiedTargets.set(rel.target, path);
    this.newParts.push({
      path,
      bytes,
      contentType: this.reference.contentType(rel.target) ?? "application/octet-stream",
    });
    return path;
  }
}
