#!/usr/bin/env node
/**
 * The `nianbao` command (see src/cli/main.ts), run from its build (`build/cli/nianbao.cjs`, made by `npm ci` through
 * the `prepare` script). bin/cli-build.cjs checks that the build matches the sources and rebuilds it first when it
 * does not, so a stale build never runs.
 */
"use strict";

// `nianbao check … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(process.exitCode || 0);
    throw error;
  });
}

let bundle;
try {
  bundle = require("./cli-build.cjs").builder().ensureBuilt();
} catch (error) {
  process.stderr.write(`nianbao：命令行程序构建失败，请运行 npm ci 后重试。\n${error && error.message ? error.message : String(error)}\n`);
  process.exit(3);
}
const { main, EXIT, debugEnabled, internalErrorText } = require(bundle);
if (debugEnabled()) process.setSourceMapsEnabled(true);

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
