/**
 * PDF: the Word file as LibreOffice prints it (soffice --headless --convert-to pdf), so the PDF has
 * the Word file's pages exactly, which the render test measures. Each conversion runs in a
 * temporary folder of its own with a LibreOffice profile of its own, so the files of a batch can be
 * converted side by side; the folder is removed afterwards, or on Ctrl-C. The caller writes the
 * bytes through the output writer, so a PDF is whole or absent like any other output.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { workerData, type MessagePort } from "node:worker_threads";
import { ReportError } from "../errors.js";
import { FONT_PROFILES, type FontProfileName } from "./layout/fonts.js";
import { forLibreOffice } from "./docx/for-libreoffice.js";
import { onInterrupt } from "./interrupt.js";
import { CONVERSION_REPORTS, type ConversionReport } from "./pdf-conversions.js";

/**
 * The PDF filter, its blank pages kept: the page LibreOffice puts in so that the 版记 is on an even
 * page (docx/sections.ts) is printed on both sides as Word prints it, so the PDF has it too
 * (without the option LibreOffice 7.4 and later leave such pages out). The JSON form of filter
 * options is LibreOffice 7.4's; an older one takes the text after the second colon as options it ignores.
 */
export const PDF_FILTER = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';

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

/** The conversions running in this thread: stopped, with their folders removed, on a signal. */
let stopping = false;
const running = new Set<{ readonly child: ChildProcess; readonly dir: string }>();

/**
 * Ends every conversion of this thread at once: LibreOffice's whole process group (soffice is a
 * script that starts oosplash, which starts soffice.bin), then its folder. Run on SIGINT, SIGTERM
 * and SIGHUP, in this thread or (by the pool) in a worker's.
 */
export function stopConversions(): void {
  stopping = true;
  for (const conversion of running) {
    killGroup(conversion.child);
    rmSync(conversion.dir, { recursive: true, force: true });
  }
  running.clear();
}

/**
 * In a worker thread of a batch, where its conversions are reported (src/batch/pool.ts); none
 * elsewhere. A worker hears no signal: on one, its pool asks it on this port to stop its
 * conversions. Heard between two of this thread's steps, never between starting LibreOffice and
 * reporting it, as terminating the worker could be.
 */
const reports = (workerData as Record<string, MessagePort> | null)?.[CONVERSION_REPORTS];
if (reports) {
  reports.on("message", () => {
    stopConversions();
    reports.postMessage({ stopped: true } satisfies ConversionReport);
  });
  reports.unref();
  reports.postMessage({ listening: true } satisfies ConversionReport);
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    if (process.platform === "win32") child.kill("SIGKILL");
    else process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** What a conversion asked for while the process is ending waits for: nothing (no new LibreOffice, no error). */
const never = () => new Promise<never>(() => undefined);

/**
 * One LibreOffice at a time in a thread: a worker takes two jobs at once (to read the next while it
 * builds one), which for PDFs would otherwise mean two LibreOffices a lane.
 */
let lane: Promise<unknown> = Promise.resolve();

export function docxToPdf(docx: Uint8Array, fonts: FontProfileName, title: string): Promise<Uint8Array> {
  const converted = lane.then(() => convert(docx, fonts, title));
  lane = converted.catch(() => undefined);
  return converted;
}

async function convert(docx: Uint8Array, fonts: FontProfileName, title: string): Promise<Uint8Array> {
  const soffice = requireSoffice();
  if (stopping) return never();
  const dir = privateFolder();
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const interrupt = onInterrupt(stopConversions);
  try {
    const input = join(dir, "document.docx");
    writeFileSync(input, forLibreOffice(docx), { mode: 0o600 });
    writeFileSync(join(dir, "fonts.conf"), fontSubstitutes(fonts));
    // LibreOffice's own temporary files (lu….tmp) go in this folder too, so a conversion ended by a
    // signal leaves nothing in the system's temporary folder: the folder is removed whole.
    const temporary = join(dir, "tmp");
    mkdirSync(temporary, { mode: 0o700 });
    // Asynchronous, so a signal is handled while LibreOffice works; in a process group of its own,
    // so that Ctrl-C reaches this process, which ends LibreOffice and removes its folder, instead of
    // LibreOffice dying first and its last words (a Java warning) being taken for the reason.
    const child = spawn(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        PDF_FILTER,
        "--outdir",
        dir,
        input,
      ],
      {
        env: {
          ...process.env,
          FONTCONFIG_FILE: join(dir, "fonts.conf"),
          TMPDIR: temporary,
          TMP: temporary,
          TEMP: temporary,
        },
        detached: process.platform !== "win32",
        stdio: ["ignore", "ignore", "pipe"],
        windowsHide: true,
      },
    );
    const conversion = { child, dir };
    running.add(conversion);
    reports?.postMessage({ conversion: { pid: child.pid, dir } } satisfies ConversionReport);
    const ended = await finished(child);
    running.delete(conversion);
    reports?.postMessage({ conversion: { pid: child.pid, dir, ended: true } } satisfies ConversionReport);
    // Ended by stopConversions: the process (or the worker) is ending; LibreOffice's end is no news.
    if (stopping) return await never();
    const pdf = join(dir, "document.pdf");
    if (ended.code !== 0 || !existsSync(pdf))
      throw new ReportError("output", [
        { code: "pdfFailed", severity: "error", params: { title, detail: failureDetail(ended) } },
      ]);
    return readFileSync(pdf);
  } finally {
    interrupt.off();
    remove();
  }
}

interface Ended {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  readonly error?: Error;
  readonly timedOut: boolean;
}

function finished(child: ChildProcess): Promise<Ended> {
  return new Promise((resolve) => {
    let stderr = "";
    let timedOut = false;
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      if (stderr.length < 64 * 1024) stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, TIMEOUT_MS);
    child.once("error", (error) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, stderr, error, timedOut });
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr, timedOut });
    });
  });
}

/** Why LibreOffice failed, in a line: never its Java warning, which it prints on every run without Java. */
function failureDetail({ code, signal, stderr, error, timedOut }: Ended): string {
  if (error) return error.message;
  if (timedOut) return `no answer within ${TIMEOUT_MS / 1000} s`;
  if (signal) return `LibreOffice was ended by ${signal}`;
  const said = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !/javaldx|java may not function|^Warning: failed to read path from/i.test(line));
  return said[0] ?? `exit ${String(code)}`;
}

/**
 * A new folder of the system's temporary folder, made by mkdtemp (an unguessable name, created
 * exclusively, mode 700): the Word file and the profile are never where another user of a shared
 * machine could read them or plant a link.
 */
function privateFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "report-pdf-"));
  const made = lstatSync(dir);
  if (!made.isDirectory() || (made.mode & 0o077) !== 0 || (process.getuid && made.uid !== process.getuid())) {
    rmSync(dir, { recursive: true, force: true });
    throw new ReportError("output", [
      { code: "pdfFailed", severity: "error", params: { title: dir, detail: "its temporary folder is not private" } },
    ]);
  }
  return dir;
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
