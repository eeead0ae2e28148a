// Preloaded (node -r) into a benchmarked process: records its peak resident memory, worker threads
// included, in the file named by BENCH_PEAK_FILE when it exits. On Linux from /proc/self/status
// (VmHWM): getrusage's maxRSS carries over the high-water mark of the process that spawned this one
// (it survives exec), so a benchmark that had just written 10,000 data files measured its own size.
"use strict";
process.on("exit", () => {
  if (!process.env.BENCH_PEAK_FILE) return;
  const fs = require("node:fs");
  let kb = process.resourceUsage().maxRSS;
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (match) kb = Number(match[1]);
  } catch {
    // not Linux: maxRSS it is
  }
  fs.writeFileSync(process.env.BENCH_PEAK_FILE, String(kb));
});
