/**
 * dist/default-templates.cjs: the shipped templates as `npm run build` compiled them. The command
 * line gets a stand-in of this module (scripts/build.mjs) that requires the file as one of its own,
 * through its V8 code cache, where Node's require compiled the templates' code again at every start.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../paths.js";

export function requireDefaultTemplates(): unknown {
  return createRequire(import.meta.url)(join(PACKAGE_ROOT, "dist", "default-templates.cjs"));
}
