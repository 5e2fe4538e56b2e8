#!/usr/bin/env node
/**
 * Browser test of the reviewer's summary page (`nianbao check … --html`, src/export/summary-html.ts) in Debian's
 * Chromium through playwright-core. A county's folder of reports (test/support/region.ts) with last year's report of
 * one unit is checked by the built command, and the page it writes is opened from disk:
 *
 * 1. Self-contained: the page makes no request but for itself.
 * 2. The table sorts: 强制 descending puts 县民政局 (2 强制) first and marks the heading `aria-sort="descending"`;
 *    ascending puts the unreadable files (no counts) first; 序号 restores the file order.
 * 3. The chart is drawn: one bar per rule that found anything, the longest for the rule in most reports.
 * 4. axe-core (WCAG 2.0/2.1 A and AA) finds no violation.
 * 5. It prints on A4: the PDF Chromium prints has A4 pages (595 × 842 pt).
 * The screenshot and the PDF go to test-output/summary/. Prints "N passed, N failed"; exits non-zero on failure.
 *
 *   node test/browser/summary-page.cjs
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { pathToFileURL } = require("url");
const { launchChromium, createRunner } = require("./harness.cjs");
require("tsx/cjs/api").register();

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-output", "summary");
const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const { makeRegion, unitReport } = require(path.join(ROOT, "test/support/region.ts"));

const { test, assert, run } = createRunner({ stackLines: 8 });

/** Build the region, check it with the built command, and return the page's path. */
async function writePage() {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const region = await makeRegion(OUT);
  const last = path.join(OUT, "上年的报告");
  fs.mkdirSync(last);
  const water = unitReport("县水利局");
  water.year = 2020;
  water.table3.carried_forward = [0, 0, 0, 0, 0, 0, 0];
  water.table2.normative_documents.in_force = 599;
  fs.writeFileSync(path.join(last, "县水利局.json"), JSON.stringify(water));
  const html = path.join(OUT, "汇总.html");
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin/nianbao.cjs"), "check", region.folder, "--previous-dir", last, "--roster", region.roster, "--html", html], { encoding: "utf8" });
  if (r.status !== 1) throw new Error(`nianbao check exited ${r.status}: ${r.stderr}`);
  return html;
}

/** The 单位 column of the summary table, top to bottom. */
function units(page) {
  return page.$$eval("#summary tbody tr", (rows) => rows.map((r) => r.cells[1].textContent.trim()));
}

run(async () => {
  const html = await writePage();
  const requests = [];
  const { page, close } = await launchChromium({
    allow: (url) => {
      requests.push(url);
      return url.startsWith("file:");
    },
    options: { viewport: { width: 1280, height: 900 } },
  });
  try {
    await page.goto(pathToFileURL(html).href);

    await test("self-contained: no request but the page itself", async () => {
      assert(requests.length === 1 && requests[0] === pathToFileURL(html).href, `requests: ${requests.join(", ")}`);
    });

    await test("the table sorts by 强制, both ways, and back by 序号", async () => {
      const before = await units(page);
      assert(before.length === 7, `7 rows, got ${before.length}`);
      const head = page.locator("#summary thead th", { hasText: "强制" });
      await head.locator("button").click();
      assert((await head.getAttribute("aria-sort")) === "ascending", "aria-sort ascending");
      const ascending = await units(page);
      assert(ascending[0] === "县交通运输局（据文件名）" && ascending[1] === "联系人名单（据文件名）", `unreadable first: ${ascending.join("、")}`);
      assert(ascending[6] === "县民政局", `县民政局 last: ${ascending.join("、")}`);
      await head.locator("button").click();
      assert((await head.getAttribute("aria-sort")) === "descending", "aria-sort descending");
      assert((await units(page))[0] === "县民政局", "县民政局 first when descending");
      const status = await page.textContent("#sort-status");
      assert(status === "已按“强制”降序排列", `status: ${status}`);
      await page.locator("#summary thead th", { hasText: "序号" }).locator("button").click();
      assert(JSON.stringify(await units(page)) === JSON.stringify(before), "序号 restores the file order");
    });

    await test("the chart is drawn: one bar per rule, the longest for the rule in most reports", async () => {
      const bars = await page.$$eval("#rule-chart g.bar", (gs) =>
        gs.map((g) => ({ rule: g.getAttribute("data-rule"), width: g.querySelector("rect").getBBox().width })),
      );
      const table = await page.$$eval("#rule-table tbody tr", (rows) => rows.map((r) => [r.cells[0].textContent, Number(r.cells[3].textContent)]));
      assert(bars.length === table.length && bars.length >= 3, `bars ${bars.length}, rules ${table.length}`);
      assert(bars.every((b, i) => b.rule === table[i][0] && b.width > 0), "bars in the table's order, each drawn");
      assert(bars[0].width === Math.max(...bars.map((b) => b.width)), "the first bar is the longest");
    });

    await test("the roster's section lists the unit with no report", async () => {
      const missing = await page.$$eval("#roster-missing tbody tr", (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
      assert(JSON.stringify(missing) === JSON.stringify([["8", "县审计局", "某县人民政府"]]), `missing: ${JSON.stringify(missing)}`);
      assert((await page.locator("nav a", { hasText: "名单核对" }).count()) === 1, "名单核对 in the navigation");
    });

    await test("axe-core finds no WCAG A/AA violation", async () => {
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }).then((r) => r.violations),
        AXE_TAGS,
      );
      const lines = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
      assert(lines.length === 0, lines.join("\n"));
    });

    await test("screenshot saved", async () => {
      await page.screenshot({ path: path.join(OUT, "summary.png"), fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: path.join(OUT, "summary-top.png") });
      assert(fs.statSync(path.join(OUT, "summary.png")).size > 10000, "screenshot written");
    });

    await test("prints on A4", async () => {
      const pdf = path.join(OUT, "汇总.pdf");
      await page.emulateMedia({ media: "print" });
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
      const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
      assert(size && Math.round(Number(size[1])) === 595 && Math.round(Number(size[2])) === 842, `page size: ${size && size[0]}`);
      spawnSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "2", pdf, path.join(OUT, "print")]);
    });
  } finally {
    await close();
  }
});
