/** The browser the preview test drives (scripts/chromium.mjs), and the preview it looks at. */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { launchChromium } from "../../scripts/chromium.mjs";
import { ROOT } from "../helpers.js";

export { CHROMIUM, missingChromium } from "../../scripts/chromium.mjs";

export function launchBrowser(): Promise<BrowserContext> {
  return launchChromium({ viewport: { width: 1000, height: 1200 } });
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
  return startServing("report", ["preview", file, "--port", "0", ...args], cwd);
}

/** A command that serves a page (`preview`, `start`), as `bin`, resolved once it prints its address. */
export function startServing(bin: string, args: readonly string[], cwd = ROOT): Promise<RunningPreview> {
  const child = spawn(process.execPath, [join(ROOT, "bin", `${bin}.cjs`), ...args], {
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
    child.once("exit", () => reject(new Error(`${args[0]} ended: ${printed}`)));
  });
}
