// Preloaded (node -r) by test/batch-memory.test.ts: when the process exits, writes to the file named
// by REPORT_COLLECTIONS_FILE how many full collections V8 made in this thread, and how many of them
// were asked for (src/batch/memory.ts), as {"full": n, "forced": n}.
"use strict";
const { writeFileSync } = require("node:fs");
const { PerformanceObserver, constants } = require("node:perf_hooks");

const counts = { full: 0, forced: 0 };
new PerformanceObserver((list) => {
  for (const { detail } of list.getEntries()) {
    if (detail.kind !== constants.NODE_PERFORMANCE_GC_MAJOR) continue;
    counts.full++;
    if (detail.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) counts.forced++;
  }
}).observe({ entryTypes: ["gc"] });
process.on("exit", () => writeFileSync(process.env.REPORT_COLLECTIONS_FILE, JSON.stringify(counts)));
