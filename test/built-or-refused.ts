/**
 * Shared by the property tests that build arbitrary data: a build either gives a .docx whose every
 * XML part parses strictly, or a ReportError("data") whose every message prints cleanly.
 */
import { expect } from "vitest";
import { ReportError } from "../src/errors.js";
import { formatDiagnostic } from "../src/messages/diagnostic-text.js";
import { buildDocument } from "../src/pipeline.js";
import { xmlLegal } from "../src/render/xml-legal.js";
import { docxParts, parseXmlStrictly } from "./helpers.js";

/** The parts of the built .docx, each checked to parse; or the refusal, its messages checked. */
export async function builtOrRefused(
  path: string,
): Promise<{ parts: Record<string, string> } | { refused: ReportError }> {
  let bytes: Uint8Array;
  try {
    ({ bytes } = await buildDocument(path, { format: "docx", final: false, fonts: "standard" }));
  } catch (error) {
    expect(error).toBeInstanceOf(ReportError);
    const refused = error as ReportError;
    expect(refused.kind).toBe("data");
    for (const d of refused.diagnostics) {
      expect(d.file).toBe(path);
      for (const lang of ["zh", "en"] as const)
        expect(formatDiagnostic(d, lang)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    }
    return { refused };
  }
  const parts = docxParts(bytes);
  for (const [name, xml] of Object.entries(parts))
    if (name.endsWith(".xml") || name.endsWith(".rels")) expect(() => parseXmlStrictly(xml), name).not.toThrow();
  return { parts };
}

/** The text of a part's runs, joined. */
export function textOf(xml: string): string {
  return Array.from(parseXmlStrictly(xml).getElementsByTagName("w:t"))
    .map((node) => node.textContent ?? "")
    .join("");
}

/**
 * What a text becomes in the document: trimmed by the schema, its line breaks joined (a space only
 * between two ASCII characters), XML-illegal characters dropped.
 */
export function printed(text: string): string {
  const joined = text.trim().replace(/[ \t]*\n[ \t]*/g, (match, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? "";
    const after = whole[offset + match.length] ?? "";
    return /[\x21-\x7e]/.test(before) && /[\x21-\x7e]/.test(after) ? " " : "";
  });
  return xmlLegal(joined);
}
