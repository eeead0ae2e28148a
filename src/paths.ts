/**
 * Where the package's own files are. This module sits one folder below the package root both as
 * source (src/paths.ts) and once bundled (dist/report.cjs), so one relative URL serves both.
 */
import { fileURLToPath } from "node:url";

export const PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));
