/**
 * Preloaded with `node -r` by the 批量检查 benchmark: prints the process's peak resident set size and its CPU time
 * (user + system, worker threads included) on stderr when it exits: `usage maxRSS=<KB> cpu=<µs>`.
 */
"use strict";
process.on("exit", () => {
  const u = process.resourceUsage();
  process.stderr.write(`usage maxRSS=${u.maxRSS} cpu=${u.userCPUTime + u.systemCPUTime}\n`);
});
