/**
 * PDF: the Word file as LibreOffice prints it (soffice --headless --convert-to pdf), so the PDF has
 * the Word file's pages exactly, which the render test measures. Each conversion runs in a
 * temporary folder of its own with a LibreOffice profile of its own, so the files of a batch can be
 * converted side by side; the folder is removed afterwards, or on Ctrl-C. The caller writes the
 * bytes through the output writer, so a PDF is whole or absent like any other output.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { ReportError } from "../errors.js";
import { FONT_PROFILES, type FontProfileName } from "./docx/fonts.js";
import { forLibreOffice } from "./docx/for-libreoffice.js";
import { onInterrupt } from "./interrupt.js";

/** Where installers put soffice when it is not on the PATH (Windows and macOS). */
const USUAL_PLACES = [
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
];

/** LibreOffice's command, or undefined when it is not installed. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const names = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice"];
  const onPath = (env.PATH ?? "")
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => names.map((name) => join(dir, name)));
  return [...onPath, ...USUAL_PLACES].find((path) => existsSync(path));
}

/** Refuses, once and before any file is built, a PDF build on a machine without LibreOffice. */
export function requireSoffice(): string {
  const soffice = findSoffice();
  if (!soffice) throw new ReportError("usage", [{ code: "pdfNeedsLibreOffice", severity: "error", params: {} }]);
  return soffice;
}

const TIMEOUT_MS = 180_000;

export function docxToPdf(docx: Uint8Array, fonts: FontProfileName, title: string): Uint8Array {
  const soffice = requireSoffice();
  const dir = mkdtempSync(join(tmpdir(), "report-pdf-"));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const interrupt = onInterrupt(remove);
  try {
    const input = join(dir, "document.docx");
    writeFileSync(input, forLibreOffice(docx));
    writeFileSync(join(dir, "fonts.conf"), fontSubstitutes(fonts));
    const result = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        input,
      ],
      {
        encoding: "utf8",
        timeout: TIMEOUT_MS,
        env: { ...process.env, FONTCONFIG_FILE: join(dir, "fonts.conf") },
        windowsHide: true,
      },
    );
    const pdf = join(dir, "document.pdf");
    if (result.status !== 0 || !existsSync(pdf)) {
      const detail = result.error?.message ?? (result.stderr.trim() || `exit ${String(result.status)}`);
      throw new ReportError("output", [{ code: "pdfFailed", severity: "error", params: { title, detail } }]);
    }
    return readFileSync(pdf);
  } finally {
    interrupt.off();
    remove();
  }
}

/**
 * Fontconfig (LibreOffice on Linux) for machines without the fonts the Word file names: each name
 * falls back to the free Noto CJK fonts (Debian: fonts-noto-cjk), a serif for the Song, Fangsong
 * and Kai styles and a sans for 黑体. `accept` puts them after the named font, so an installed
 * 仿宋_GB2312 still wins. Windows and macOS ignore the file.
 */
function fontSubstitutes(profile: FontProfileName): string {
  const { latin: _latin, ...fonts } = FONT_PROFILES[profile];
  const alias = (family: string, fallback: string) =>
    `<alias binding="same"><family>${family}</family><accept><family>${fallback}</family></accept></alias>`;
  const aliases = Object.entries(fonts).map(([role, family]) =>
    alias(family, role === "heading1" ? "Noto Sans CJK SC" : "Noto Serif CJK SC"),
  );
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${aliases.join("\n")}
</fontconfig>
`;
}
