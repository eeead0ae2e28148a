/**
 * The office's own Word file (`--reference office.docx`, or `reference:` in the data file), read as
 * `report import` reads a Word file: the zip through import/zip-read.ts (sizes checked as each part
 * inflates, no ZIP64, no password), each XML part through import/xml.ts (no DOCTYPE, bounded
 * nesting), and nothing outside the package: a relationship to an external target that the copied
 * content uses is refused, never followed.
 */
import { BoundedReadProblem, readBounded } from "../import/read-bounded.js";
import { posix } from "node:path";
import { MAX_IMPORT_FILE_BYTES } from "../import/limits.js";
import { readXml } from "../import/xml.js";
import { isZip, ZipReader } from "../import/zip-read.js";

/** Why the reference cannot be used, besides what zip-read.ts and xml.ts refuse. */
export class ReferenceRefused extends Error {
  constructor(
    readonly reason: "notWord" | "external" | "missing" | "unreadable" | "tooLarge",
    readonly part = "",
  ) {
    super(`${reason} ${part}`);
  }
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target's path in the package (word/media/image1.png), or the external address as written. */
  readonly target: string;
  readonly external: boolean;
}

const NO_HANDLER = { open: () => {}, close: () => {}, text: () => {} };

export class ReferenceFile {
  private readonly zip: ZipReader;
  /** The main part's path (word/document.xml, wherever _rels/.rels puts it). */
  readonly documentPath: string;
  readonly document: string;

  constructor(bytes: Uint8Array) {
    if (!isZip(bytes)) throw new ReferenceRefused("notWord");
    this.zip = new ZipReader(bytes);
    const main = [...this.relationships("").values()].find((r) => r.type.endsWith("/officeDocument") && !r.external);
    this.documentPath = main?.target ?? "word/document.xml";
    const document = this.xml(this.documentPath);
    if (document === undefined || !document.includes("<w:body")) throw new ReferenceRefused("notWord");
    this.document = document;
  }

  /** A part's XML, checked by the bounded reader; undefined when the package has no such part. */
  xml(path: string): string | undefined {
    const text = this.zip.text(path);
    if (text !== undefined) readXml(text, NO_HANDLER);
    return text;
  }

  bytes(path: string): Uint8Array | undefined {
    return this.zip.read(path);
  }

  /** The relationships of the part at `path` ("" for the package's own), by id, targets resolved. */
  relationships(path: string): ReadonlyMap<string, Relationship> {
    let found = this.relationshipsRead.get(path);
    if (!found) {
      found = this.readRelationships(path);
      this.relationshipsRead.set(path, found);
    }
    return found;
  }

  private readonly relationshipsRead = new Map<string, ReadonlyMap<string, Relationship>>();

  private readRelationships(path: string): Map<string, Relationship> {
    const folder = posix.dirname(path);
    const relsPath = path === "" ? "_rels/.rels" : posix.join(folder, "_rels", `${posix.basename(path)}.rels`);
    const found = new Map<string, Relationship>();
    const xml = this.xml(relsPath);
    if (!xml) return found;
    readXml(xml, {
      open: (name, a) => {
        if (name !== "Relationship" || !a.Id) return;
        const external = a.TargetMode === "External";
        const target = a.Target ?? "";
        const resolved = external
          ? target
          : target.startsWith("/")
            ? target.slice(1)
            : posix.normalize(posix.join(path === "" ? "" : folder, target));
        found.set(a.Id, { id: a.Id, type: a.Type ?? "", target: resolved, external });
      },
      close: () => {},
      text: () => {},
    });
    return found;
  }

  /** A part's content type: its Override, else its extension's Default. */
  contentType(path: string): string | undefined {
    const types = this.xml("[Content_Types].xml") ?? "";
    const override = new RegExp(`<Override[^>]*PartName="/${escapeRegExp(path)}"[^>]*>`, "i").exec(types)?.[0];
    const ext = posix.extname(path).slice(1);
    const found =
      override ?? new RegExp(`<Default[^>]*Extension="${escapeRegExp(ext)}"[^>]*>`, "i").exec(types)?.[0] ?? "";
    return /ContentType="([^"]+)"/.exec(found)?.[1];
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The reference's bytes from a path, read only up to the import limit: a device or a huge file is never read whole. */
export function readReferenceBytes(path: string): Uint8Array {
  try {
    return readBounded(path, MAX_IMPORT_FILE_BYTES);
  } catch (error) {
    if (!(error instanceof BoundedReadProblem)) throw error;
    if (error.reason === "notAFile") throw new ReferenceRefused("unreadable", "not a file");
    throw new ReferenceRefused(error.reason, error.code);
  }
}
