/**
 * What report keeps from one document to the next: the template folders it has read and checked,
 * and the Word kits it has loaded. A caller owns its context (src/api.ts makes one a `Report`); the
 * command line uses one for the whole process, since a batch builds every file with the same
 * template. Nothing else is cached across documents but texts already parsed (summary/prose-syntax.ts),
 * which are looked up by their own content and so cannot go stale.
 */
import { processTemplates, type CompiledTemplate } from "./render/template.js";
import { processKits, type DocxKit } from "./write/docx/kit/kit.js";

export interface ReportContext {
  /** Compiled templates by folder. */
  readonly templates: Map<string, CompiledTemplate>;
  /** Word kits by file name (font profile, draft or final). */
  readonly kits: Map<string, DocxKit>;
}

export function createContext(): ReportContext {
  return { templates: new Map(), kits: new Map() };
}

/** The command line's context: one process, one set of templates. */
export const processContext: ReportContext = { templates: processTemplates, kits: processKits };
