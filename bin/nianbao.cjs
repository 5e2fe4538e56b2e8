#!/usr/bin/env node
/**
 * The `nianbao` command (see src/cli/main.ts). Runs the TypeScript sources directly through tsx's CommonJS register
 * API, so `npx nianbao …` and `node bin/nianbao.cjs …` work in the repository without a build step.
 */
"use strict";
const path = require("path");
require("tsx/cjs/api").register();

// `nianbao check … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(process.exitCode || 0);
    throw error;
  });
}
const { main, EXIT } = require(path.join(__dirname, "..", "src", "cli", "main.ts"));
const { debugEnabled, internalErrorText } = require(path.join(__dirname, "..", "src", "cli", "errors.ts"));

// Users' mistakes are answered by main() in Chinese; what reaches here is a defect, shown with its stack only when
// NIANBAO_DEBUG=1.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(internalErrorText(error, debugEnabled()));
    process.exitCode = EXIT.internal;
  },
);
