// Preloaded with `node --require` by the hostile-input bench and test: when the process ends, writes
// its time and peak memory (all threads) as JSON to the file named by REPORT_PEAK_FILE.
const { writeFileSync } = require("node:fs");

const file = process.env.REPORT_PEAK_FILE;
if (file)
  process.on("exit", () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKiB: maxRSS, cpuMs: (userCPUTime + systemCPUTime) / 1000 }));
  });
