/**
 * The WPS 表格 section of bin/bench.cjs: what the pane costs in calls into WPS's ET object model (every member read,
 * write or call is one: ET is a COM-style object model, synchronous, each call a round trip into WPS), beside the
 * Office figures of the 任务窗格 section.
 *
 * - Calls to insert every table through WpsWorkbook on the fake ET model (the sheet list asked first, as the pane
 *   does, then the batch), and to read the report back.
 * - In Chromium, the real App over WpsWorkbook on the fake ET model with 300 findings listed (bench-wps-entry.tsx):
 *   for each of 24 edits, the calls it cost (the event's sheet and address, and one read of the five names; no write)
 *   and the time from the change event (after the debounce) to the updated list — target median < 50 ms, as Office.
 */
"use strict";
const path = require("path");
const { buildBenchPage, serve, measureEdits, EDITS } = require("./bench-pane.cjs");

const ROOT = path.resolve(__dirname, "../..");

/** ET calls of listSheets + insertReport, and of readReport, through WpsWorkbook on the fake ET model (in Node). */
async function insertCalls() {
  const { FakeEtState, installFakeEt } = require(path.join(ROOT, "test/support/fake-et.ts"));
  const { connectWps } = require(path.join(ROOT, "src/workbook/wps.ts"));
  const { detectWps } = require(path.join(ROOT, "src/workbook/wps-host.ts"));
  const layout = require(path.join(ROOT, "src/workbook/layout"));
  const scope = {};
  const state = installFakeEt(scope, new FakeEtState({ sheets: ["Sheet1"] }));
  const port = connectWps(detectWps(scope));
  state.calls = 0;
  if (layout.reportSetsIn(await port.listSheets()).length > 0) throw new Error("fresh workbook expected");
  await layout.insertReport(port);
  const insert = state.calls;
  const screenWrites = state.writesWhileScreenUpdating;
  state.calls = 0;
  await layout.readReport(port);
  return { insert, read: state.calls, screenWrites };
}

async function run() {
  const { buildFake, openContext, TYPES } = require("./run.cjs");
  await buildFake("fake-wps-entry.ts", "fake-et.js");
  await buildBenchPage("bench-wps-entry.tsx", "bench-wps.js");
  const server = await serve(TYPES);
  const base = `http://127.0.0.1:${server.address().port}`;
  const calls = await insertCalls();
  const { context, close } = await openContext();
  let cycle;
  try {
    cycle = await measureEdits(context, `${base}/__bench/bench-wps.html`, () => window.__nbTest.calls());
  } finally {
    await close();
    server.close();
  }
  const median = (xs) => require("../../bin/bench.cjs").quantile(xs, 0.5);
  return {
    note:
      `插入全部表格 ${calls.insert} 次 ET 调用（一批写入，ScreenUpdating 关闭；开着时写入 ${calls.screenWrites} 次）；读取报告 ${calls.read} 次；` +
      `每次改动 → 结果：ET 调用 ${median(cycle.counts)} 次（${cycle.counts.every((n) => n === cycle.counts[0]) ? `${EDITS} 次全部相同：事件的工作表和地址 2 次 + 读取 5 个名称，0 次写入` : `各次：${cycle.counts.join(",")}`}）；` +
      `对照 Office：插入 3 次同步，每次改动 1 次同步`,
    rows: [{ label: "改动→列表(300项)", samples: cycle.times, detail: `WPS（模拟 ET），${EDITS} 次改动，不含防抖`, target: 50 }],
  };
}

module.exports = { run, insertCalls };
