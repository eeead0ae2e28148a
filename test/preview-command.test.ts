/** `report preview` on the command line: what it refuses before it starts a server. */
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "./helpers.js";

describe("report preview", () => {
  it("says at once that the data file does not exist (exit 1)", () => {
    const missing = join(tempDir(), "2021.yaml");
    const result = runCli(["--lang", "zh", "preview", missing]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`找不到文件：${missing}`);
  });

  it("refuses a folder (exit 1)", () => {
    const result = runCli(["--lang", "en", "preview", join(ROOT, "data")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("is a folder");
  });

  it("refuses a port that is not a number (exit 2)", () => {
    const result = runCli(["--lang", "en", "preview", "data/2020.yaml", "--port", "http"]);
    expect(result.status).toBe(2);
  });

  it("says which port is taken and how to choose another (exit 2)", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const result = runCli(["--lang", "zh", "preview", "data/2020.yaml", "--port", String(port)]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`端口 ${port} 已被占用`);
      expect(result.stderr).toContain("--port 0");
    } finally {
      blocker.close();
    }
  });
});
