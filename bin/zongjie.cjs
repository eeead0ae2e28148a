#!/usr/bin/env node
// The `zongjie` command, as installed: the same program as bin/report.cjs, which a clone's
// `npx report` runs. A file of its own so the command's name is known even where npm's shims run
// the file rather than a link named after the command (Windows); see src/command-name.ts.
"use strict";
require("./report.cjs");
