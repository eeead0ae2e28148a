/**
 * The single executable (npm run test:sea builds it first): started with no Node on its path, from
 * a folder of its own, it unpacks its files once into the user's cache and builds data/2020.yaml
 * to the same bytes as the command npm installs (bin/zongjie.cjs; test/package.test.ts shows the
 * installed package builds what the clone builds), names itself in its messages, and builds a batch
 * with its worker threads.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers.js";

const executable = join(ROOT, "out", "sea", process.platform === "win32" ? "zongjie.exe" : "zongjie");
const cache = tempDir();
const env = {
  // No node anywhere on the path: the executable is all there is.
  PATH: process.platform === "win32" ? "C:\\Windows\\System32" : "/usr/bin/nonexistent",
  XDG_CACHE_HOME: cache,
  LOCALAPPDATA: cache,
  LANG: "C.UTF-8",
  NO_COLOR: "1",
  // What Windows itself needs in any process's environment (its random numbers, its temporary folder).
  ...Object.fromEntries(
    ["SystemRoot", "SYSTEMROOT", "TEMP", "TMP", "USERPROFILE"].flatMap((key) =>
      process.platform === "win32" && process.env[key] ? [[key, process.env[key]]] : [],
    ),
  ),
};
const run = (args: string[], cwd: string) => spawnSync(executable, args, { cwd, env, encoding: "utf8" });

describe("the single executable", () => {
  it("exists (npm run sea)", () => {
    expect(existsSync(executable)).toBe(true);
  });

  it("builds data/2020.yaml to the same bytes as the installed command, from a folder of its own", () => {
    const folder = tempDir();
    mkdirSync(join(folder, "data"));
    copyFileSync(join(ROOT, "data", "2020.yaml"), join(folder, "data", "2020.yaml"));
    const built = run(["build", "data/2020.yaml"], folder);
    expect(built.stderr).toContain("out/2020.docx".replace("/", process.platform === "win32" ? "\\" : "/"));
    expect(built.status).toBe(0);
    const installed = spawnSync(
      process.execPath,
      [join(ROOT, "bin", "zongjie.cjs"), "build", join(ROOT, "data", "2020.yaml"), "-o", join(folder, "node.docx")],
      { env: { ...process.env, SOURCE_DATE_EPOCH: "" } },
    );
    expect(installed.status).toBe(0);
    expect(readFileSync(join(folder, "out", "2020.docx")).equals(readFileSync(join(folder, "node.docx")))).toBe(true);
    // Unpacked once, into the cache: one folder named after its version and contents.
    expect(readdirSync(join(cache, "zongjie"))).toHaveLength(1);
    expect(run(["build", "data/2020.yaml", "-o", "again.docx"], folder).status).toBe(0);
    expect(readdirSync(join(cache, "zongjie"))).toHaveLength(1);
  });

  it("names itself in its messages, in Chinese where asked", () => {
    const wrong = run(["biuld", "--lang", "zh"], tempDir());
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("没有 biuld 这个命令");
    expect(wrong.stderr).toContain("运行 zongjie --help 查看说明");
  });

  it("builds a batch with its worker threads", () => {
    const folder = tempDir();
    mkdirSync(join(folder, "data"));
    for (const name of ["2020.yaml", "2021.yaml"]) copyFileSync(join(ROOT, "data", name), join(folder, "data", name));
    const built = run(["build", "data", "--jobs", "2"], folder);
    expect(built.status).toBe(0);
    expect(readdirSync(join(folder, "out")).sort()).toEqual(["2020.docx", "2021.docx"]);
  });
});
