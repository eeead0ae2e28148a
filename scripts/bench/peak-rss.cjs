// Preloaded (node -r) into a benchmarked process: records its peak resident memory, worker threads
// included, in the file named by BENCH_PEAK_FILE when it exits.
"use strict";
process.on("exit", () => {
  if (process.env.BENCH_PEAK_FILE)
    require("node:fs").writeFileSync(process.env.BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS));
});
