/**
 * The fixed text back into the clerk's own file: the same byte-order mark and the same line
 * endings, line by line (a fix never adds or removes a line), written whole or not at all.
 */
import { chmodSync, readFileSync, statSync } from "node:fs";
import { writeOutputFile } from "../write/output-file.js";

const BOM = "\uFEFF";

/** The file's own bytes with `fixed` (LF, no BOM, as the loader reads it) in place of its text. */
export function inOriginalForm(originalBytes: Uint8Array, fixed: string): string {
  const raw = new TextDecoder("utf-8", { ignoreBOM: true }).decode(originalBytes);
  const bom = raw.startsWith(BOM) ? BOM : "";
  const endings = (bom ? raw.slice(1) : raw).match(/\r\n|\r|\n/g) ?? [];
  const lines = fixed.split("\n");
  if (lines.length !== endings.length + 1) throw new Error("a fix changed the number of lines");
  return bom + lines.map((line, i) => line + (endings[i] ?? "")).join("");
}

export function writeBack(path: string, fixed: string): void {
  const original = readFileSync(path);
  const { mode } = statSync(path);
  writeOutputFile(path, new TextEncoder().encode(inOriginalForm(original, fixed)));
  chmodSync(path, mode & 0o7777);
}

/** `--dry-run`: the changed lines as a unified diff (no context: a fix never moves a line). */
export function lineDiff(path: string, before: string, after: string): string {
  const old = before.split("\n");
  const updated = after.split("\n");
  const out = [`--- ${path}`, `+++ ${path} (report fix)`];
  old.forEach((line, i) => {
    const now = updated[i] ?? "";
    if (line !== now) out.push(`@@ -${i + 1} +${i + 1} @@`, `-${line}`, `+${now}`);
  });
  return `${out.join("\n")}\n`;
}
