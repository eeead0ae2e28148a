#!/usr/bin/env node
// The `report` command. The TypeScript sources are compiled to dist/ by `npm install` (the
// package's prepare script), so this file only starts them.
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
