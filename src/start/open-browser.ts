/**
 * Opens the start page in the clerk's own browser, the way each system opens a link: nothing to
 * wait for, and nothing said if it fails (the address is printed in the window as well).
 */
import { spawn } from "node:child_process";

export function openBrowser(url: string): void {
  const [command, args] =
    process.platform === "win32"
      ? ["rundll32", ["url.dll,FileProtocolHandler", url]]
      : process.platform === "darwin"
        ? ["open", [url]]
        : ["xdg-open", [url]];
  try {
    const child = spawn(command, args, { stdio: "ignore", detached: true, windowsHide: true });
    child.on("error", () => {});
    child.unref();
  } catch {
    // no way to open a browser here: the printed address is the way in
  }
}
