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
const { main } = require(path.join(__dirname, "..", "src", "cli", "main.ts"));

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`nianbao 内部错误：${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 3;
  },
);
