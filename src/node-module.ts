/**
 * One of Node's own modules, loaded the first time it is asked for: for those a single build never
 * uses (node:os, node:v8, node:crypto, node:worker_threads), each of which a cold start would pay to
 * load. Not import()ed: the command line's bundle runs in a vm.Script, which has no dynamic import
 * of Node's own modules. In the command line's bundle, scripts/build.mjs replaces this module by one
 * that uses the `require` its files are given: createRequire loads node:module, and Node's ES module
 * loader with it.
 */
import { createRequire } from "node:module";

let require: NodeJS.Require | undefined;

export function nodeModule<T>(name: `node:${string}`): T {
  return (require ??= createRequire(import.meta.url))(name) as T;
}
