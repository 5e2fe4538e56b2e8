/**
 * What every browser test script shares: Debian's Chromium through playwright-core with a fresh profile and no
 * network beyond what the script allows, and a tiny test runner that prints `N passed, N failed`.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

/** Chromium flags for this closed machine: without the background-networking ones it keeps dialling out. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Launch Chromium with a fresh profile in a temporary folder.
 * @param allow which request URLs may go through (others are aborted); `fulfil` may answer a request itself.
 * @param options playwright launch options (viewport, userAgent, deviceScaleFactor …).
 * @returns the context, its first page, and `close()` which also removes the profile.
 */
async function launchChromium({ allow, fulfil, options = {} }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nb-chromium-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    locale: "zh-CN",
    ...options,
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    const answer = fulfil && fulfil(url);
    if (answer) return route.fulfill(answer);
    return allow(url) ? route.continue() : route.abort();
  });
  return {
    context,
    page: context.pages()[0] || (await context.newPage()),
    close: async () => {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A minimal runner: `test(name, fn)` runs and reports one test; `finish()` prints the closing line and exits. */
function createRunner({ stackLines = 6 } = {}) {
  const results = [];
  async function test(name, fn) {
    const started = Date.now();
    try {
      await fn();
      results.push({ name, ok: true });
      console.log(`ok   ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      results.push({ name, ok: false });
      console.log(`FAIL ${name}\n     ${String((e && e.stack) || e).split("\n").slice(0, stackLines).join("\n     ")}`);
    }
  }
  function assert(cond, message) {
    if (!cond) throw new Error(message);
  }
  function finish() {
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed;
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  }
  /** Run a script's main; a crash outside any test counts as one failure. */
  function run(main) {
    main()
      .then(finish)
      .catch((e) => {
        console.error(e);
        console.log("0 passed, 1 failed");
        process.exit(1);
      });
  }
  return { test, assert, finish, run, results };
}

module.exports = { CHROMIUM_ARGS, launchChromium, createRunner };
