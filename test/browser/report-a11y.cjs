#!/usr/bin/env node
/**
 * Browser test of the generated report page (src/export/html.ts) in Debian's Chromium through playwright-core, for
 * the seed report and for 平潭 2021 (with a 说明 kept, so the 附：校验说明 appendix is on the page too):
 *
 * 1. axe-core (WCAG 2.0/2.1 A and AA rules) finds no violation, at 100 % and at 200 % zoom.
 * 2. At 200 % zoom (a 1280 px window zoomed to 200 % lays out in 640 CSS px) and at 400 % (320 CSS px), the page has
 *    no horizontal scroll and no heading or paragraph wider than the window; only the tables' own labelled regions
 *    scroll sideways.
 * 3. Every value cell of 表三 is associated (headers → th ids) with exactly its row and column labels, the labels of
 *    the format's `labelPath`; e.g. table3.denied_7[natural_person] of 平潭 2021 holds 6 and is headed by
 *    三、本年度办理结果 / （三）不予公开 / 7.属于行政执法案卷 / 申请人情况 / 自然人.
 * Screenshots go to test-output/report/. Needs no build. Prints "N passed, N failed" and exits non-zero on failure.
 *
 *   node test/browser/report-a11y.cjs
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const { launchChromium, createRunner } = require("./harness.cjs");
require("tsx/cjs/api").register();

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-output", "report");
const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const { reportFromJson } = require(path.join(ROOT, "src/report/index.ts"));
const { buildReportDocument } = require(path.join(ROOT, "src/narrative/index.ts"));
const { toHtml } = require(path.join(ROOT, "src/export/html.ts"));
const { FORMAT_2021 } = require(path.join(ROOT, "src/format/index.ts"));

function loadData(file) {
  return reportFromJson(JSON.parse(fs.readFileSync(file, "utf8")));
}

/** The two pages under test, written to test-output/report/<name>.html. */
function pages() {
  const seed = loadData(path.join(ROOT, "examples/seed-2021.json"));
  const pingtan = loadData(path.join(ROOT, "..", "shared", "fixtures", "reports", "pingtan-2021.data.json"));
  pingtan.processingFees = { noticesIssued: 0, collectedYuan: 0 };
  pingtan.explanations = [{ findingId: "S9a", text: "汇总报告，各单位问题见其本级年报。", at: "2022-01-20T08:00:00Z" }];
  fs.mkdirSync(OUT, { recursive: true });
  return [
    { name: "seed-2021", data: seed },
    { name: "pingtan-2021", data: pingtan },
  ].map(({ name, data }) => {
    const file = path.join(OUT, `${name}.html`);
    fs.writeFileSync(file, toHtml(buildReportDocument(data)), "utf8");
    return { name, file, data };
  });
}

const { test, assert, run } = createRunner({ stackLines: 8 });

/** A fresh Chromium profile that may load file: URLs only. */
async function openContext(options) {
  const { page, close } = await launchChromium({ allow: (url) => url.startsWith("file:"), options });
  return { page, close };
}

/** Run axe on the page; returns the violations as readable lines. */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }).then((r) => r.violations),
    AXE_TAGS,
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

/** Horizontal overflow of the page and of its text blocks, in CSS px. */
async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll("h1, h2, h3, p, .table-scroll")]
      .map((e) => ({ tag: e.tagName.toLowerCase(), text: (e.textContent || "").slice(0, 20), right: e.getBoundingClientRect().right }))
      .filter((e) => e.right > width + 0.5);
    const scrolling = [...document.querySelectorAll(".table-scroll")].filter((e) => e.scrollWidth > e.clientWidth).length;
    return { width, scrollWidth: document.documentElement.scrollWidth, wide, scrolling };
  });
}

async function main() {
  const list = pages();
  for (const zoom of [
    { label: "100 %", viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
    { label: "200 %", viewport: { width: 640, height: 900 }, deviceScaleFactor: 2 },
    { label: "400 %", viewport: { width: 320, height: 900 }, deviceScaleFactor: 4 },
  ]) {
    const { page, close } = await openContext({ viewport: zoom.viewport, deviceScaleFactor: zoom.deviceScaleFactor });
    try {
      for (const p of list) {
        await test(`${p.name} at ${zoom.label}: no axe violation (${AXE_TAGS.join(", ")})`, async () => {
          await page.goto(pathToFileURL(p.file).href);
          const v = await axeViolations(page);
          assert(v.length === 0, `violations:\n${v.join("\n")}`);
        });
        await test(`${p.name} at ${zoom.label}: no horizontal scroll of the page; text reflows`, async () => {
          await page.goto(pathToFileURL(p.file).href);
          const o = await overflow(page);
          assert(o.scrollWidth <= o.width, `page scrolls sideways: ${o.scrollWidth} > ${o.width}`);
          assert(o.wide.length === 0, `wider than the window: ${JSON.stringify(o.wide)}`);
          if (zoom.deviceScaleFactor > 1) assert(o.scrolling >= 1, "at this width a wide table (表四) should scroll inside its own region");
          const shot = path.join(OUT, `${p.name}-${zoom.label.replace(/\D/g, "")}.png`);
          await page.screenshot({ path: shot, fullPage: zoom.deviceScaleFactor < 4 });
          if (zoom.deviceScaleFactor === 2) {
            const region = page.locator(".table-scroll", { has: page.locator("#table3") });
            await region.screenshot({ path: path.join(OUT, `${p.name}-200-table3.png`) });
          }
        });
      }

      if (zoom.deviceScaleFactor !== 1) continue;
      await test("pingtan-2021: every 表三 value cell is headed by exactly its row and column labels", async () => {
        const p = list.find((x) => x.name === "pingtan-2021");
        await page.goto(pathToFileURL(p.file).href);
        const cells = await page.evaluate(() =>
          [...document.querySelectorAll("#table3 td[data-key]")].map((td) => ({
            key: td.getAttribute("data-key"),
            value: td.textContent,
            headers: (td.getAttribute("headers") || "")
              .split(/\s+/)
              .filter((id) => id !== "")
              .map((id) => {
                const th = document.getElementById(id);
                return th && th.tagName === "TH" && th.closest("table").id === "table3" ? th.textContent : `<missing ${id}>`;
              }),
          })),
        );
        const defs = FORMAT_2021.inputCells.filter((c) => c.table === "table3");
        assert(cells.length === defs.length && defs.length === 175, `175 value cells, found ${cells.length}`);
        for (const def of defs) {
          const cell = cells.find((c) => c.key === def.key);
          assert(cell, `no cell for ${def.key}`);
          const got = [...cell.headers].sort().join(" / ");
          const want = [...def.labelPath].sort().join(" / ");
          assert(got === want && cell.headers.length === def.labelPath.length, `${def.key}: headers ${cell.headers.join(" / ")}, want ${def.labelPath.join(" / ")}`);
          const expected = p.data.values[def.key];
          assert(cell.value === String(expected), `${def.key}: shows ${cell.value}, data ${expected}`);
        }
        const denied7 = cells.find((c) => c.key === "table3.denied_7[natural_person]");
        assert(denied7.value === "6", `denied_7 自然人 = ${denied7.value}`);
        const want = ["三、本年度办理结果", "（三）不予公开", "7.属于行政执法案卷", "申请人情况", "自然人"];
        assert([...denied7.headers].sort().join() === [...want].sort().join(), `denied_7 headers: ${denied7.headers.join(" / ")}`);
      });

      await test("pingtan-2021: the table regions are named by their captions and reachable by Tab", async () => {
        const p = list.find((x) => x.name === "pingtan-2021");
        await page.goto(pathToFileURL(p.file).href);
        const names = [];
        for (let i = 0; i < 3; i++) {
          await page.keyboard.press("Tab");
          names.push(
            await page.evaluate(() => {
              const e = document.activeElement;
              const label = e && document.getElementById(e.getAttribute("aria-labelledby") || "");
              return e && e.getAttribute("role") === "region" && label ? label.textContent : null;
            }),
          );
        }
        assert(
          names.join("|") === "表二 主动公开政府信息情况|表三 收到和处理政府信息公开申请情况|表四 政府信息公开行政复议、行政诉讼情况",
          `focused regions: ${names.join("|")}`,
        );
        const appendix = await page.evaluate(() => [...document.querySelectorAll("h2")].map((h) => h.textContent).pop());
        assert(appendix === "附：校验说明", `last h2: ${appendix}`);
      });
    } finally {
      await close();
    }
  }
}

run(main);
