/**
 * The import graph of src/: no module imports from a layer above its own, and no chain of imports
 * (static, dynamic or type-only) comes back to where it started. The layers are the list in
 * docs/ARCHITECTURE.md (“Layers”), read from there so the drawing and the check cannot disagree.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const SRC = join(ROOT, "src");

/** The layers, lowest first, each a list of files (`model.ts`) and folders (`write/`). */
function layers(): string[][] {
  const doc = readFileSync(join(ROOT, "docs", "ARCHITECTURE.md"), "utf8");
  const block = /<!-- layers -->\s*```text\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error("docs/ARCHITECTURE.md has no <!-- layers --> block");
  return block
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => (line.split(/\s{2,}/)[0] ?? "").trim().split(/\s+/))
    .reverse();
}

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [relative(SRC, path).replaceAll("\\", "/")] : [];
  });
}

/** Every module of src/ a file imports, by its path in src/ (`write/docx/plan.ts`). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(SRC, file), "utf8"), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => relative(SRC, resolve(SRC, dirname(file), name.replace(/\.js$/, ".ts"))).replaceAll("\\", "/"));
}

function layerOf(file: string, order: readonly string[][]): number {
  return order.findIndex((layer) =>
    layer.some((entry) => (entry.endsWith("/") ? file.startsWith(entry) : file === entry)),
  );
}

/** The cycles of a graph: its strongly connected components of more than one node (Tarjan). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe("the import graph of src/", () => {
  const order = layers();
  const files = sourceFiles();
  const graph = new Map(files.map((file) => [file, importsOf(file)]));

  it("places every source file in a layer", () => {
    expect(files.filter((file) => layerOf(file, order) < 0)).toEqual([]);
  });

  it("has no import from a layer above the importer's", () => {
    const upward = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((target) => layerOf(target, order) > layerOf(file, order))
        .map((target) => `${file} imports ${target}, a layer above it`),
    );
    expect(upward).toEqual([]);
  });

  it("has no circle of imports", () => {
    expect(cycles(graph).map((cycle) => `these import each other in a circle: ${cycle.join(", ")}`)).toEqual([]);
  });

  it("imports only files that exist", () => {
    const missing = [...graph].flatMap(([file, imports]) =>
      imports.filter((target) => !graph.has(target)).map((target) => `${file} imports ${target}`),
    );
    expect(missing).toEqual([]);
  });

  // The check itself: an upward import and a circle, made up, are found.
  it("finds a circle and an upward import when there is one", () => {
    expect(
      cycles(
        new Map([
          ["a", ["b"]],
          ["b", ["c"]],
          ["c", ["a"]],
          ["d", ["a"]],
        ]),
      ),
    ).toEqual([["a", "b", "c"]]);
    expect(layerOf("cli/main.ts", order)).toBeGreaterThan(layerOf("write/txt.ts", order));
    expect(layerOf("model.ts", order)).toBe(0);
  });
});
