/**
 * Where the package's own files are. This module sits one folder below the package root both as
 * source (src/paths.ts) and once bundled (dist/report.cjs), so one relative path serves both. The
 * CommonJS bundles are given __dirname for import.meta.dirname (scripts/build.mjs), which spares a
 * cold start the URL work; Node before 20.11 has no import.meta.dirname in an ES module.
 */
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const PACKAGE_ROOT =
  (import.meta.dirname as string | undefined) === undefined
    ? fileURLToPath(new URL("..", import.meta.url))
    : join(import.meta.dirname, "..", sep);
