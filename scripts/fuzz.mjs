#!/usr/bin/env node
// npm run test:fuzz: the property-based tests with many more runs than `npm test` makes (200).
// FC_NUM_RUNS (default 5000) and FC_SEED (default: a new one each time, printed) choose the run.
import { spawnSync } from "node:child_process";

const numRuns = process.env.FC_NUM_RUNS ?? "5000";
const seed = process.env.FC_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
process.stdout.write(`FC_NUM_RUNS=${numRuns} FC_SEED=${seed}\n`);
const result = spawnSync("npx", ["vitest", "run", "test/arbitrary-text.property.test.ts"], {
  stdio: "inherit",
  env: { ...process.env, FC_NUM_RUNS: numRuns, FC_SEED: seed },
  shell: process.platform === "win32",
});
process.exit(result.status ?? 1);
