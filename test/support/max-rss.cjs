/**
 * Preloaded with `node -r` by tests that measure a command's memory: prints the process's peak resident set size
 * (`maxRSS <KB>`) on stderr when it exits.
 */
"use strict";
process.on("exit", () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`));
