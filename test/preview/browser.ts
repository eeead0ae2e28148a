/**
 * The browser the preview test drives: Debian's Chromium (apt-get install chromium), headless,
 * through playwright-core, with a fresh profile and everything that would call home switched off.
 * No browser is ever downloaded (never `npx playwright install`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { ROOT } from "../helpers.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function missingChromium(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} not found: apt-get install -y chromium`;
}

export async function launchBrowser(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "report-chromium-")), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1000, height: 1200 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface RunningPreview {
  readonly url: string;
  readonly port: number;
  readonly process: ChildProcess;
  /** What the command printed so far (stderr). */
  output(): string;
  /** Ctrl-C; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** `report preview <file> --port 0`, resolved once it prints its address. */
export function startPreview(file: string, args: readonly string[] = [], cwd = ROOT): Promise<RunningPreview> {
  const child = spawn(process.execPath, [join(ROOT, "bin", "report.cjs"), "preview", file, "--port", "0", ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed: ${printed}`)), 20_000);
    child.stderr.on("data", (chunk: Buffer) => {
      printed += chunk.toString("utf8");
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(printed);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[0],
        port: Number(match[1]),
        process: child,
        output: () => printed,
        stop: () => {
          child.kill("SIGINT");
          return exited;
        },
      });
    });
    child.once("exit", () => reject(new Error(`preview ended: ${printed}`)));
  });
}
