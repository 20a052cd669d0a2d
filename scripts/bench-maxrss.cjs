// Preloaded into the command line by scripts/bench.ts (`node -r`): on exit, writes the process's
// peak resident memory (`process.resourceUsage().maxRSS`, in kB) and its user CPU time (µs) to
// the file named by CICA_CBM_BENCH_RSS. The command line itself is not changed.
"use strict";
const file = process.env.CICA_CBM_BENCH_RSS;
if (file) {
  process.on("exit", () => {
    require("node:fs").writeFileSync(file, JSON.stringify({ maxRSS: process.resourceUsage().maxRSS, userCPUTime: process.resourceUsage().userCPUTime }));
  });
}
