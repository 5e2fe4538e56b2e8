/**
 * The WPS 表格 section of bin/bench.cjs: what the pane costs in calls into WPS's ET object model (every member read,
 * write or call is one: ET is a COM-style object model, synchronous, each call a round trip into WPS), beside the
 * Office figures measured the same way in the same run.
 *
 * - Calls to insert every table through WpsWorkbook on the fake ET model (the sheet list asked first, as the pane
 *   does, then the batch), and to read the report back; beside them, the syncs of the same through OfficeWorkbook on
 *   the fake Excel.
 * - In Chromium, the real App with 300 findings listed, over WpsWorkbook on the fake ET model (bench-wps-entry.tsx)
 *   and over OfficeWorkbook on the fake Excel (bench-entry.tsx), in the same browser: for each of 24 edits, the calls
 *   (or syncs) it cost and the time from the change event (after the debounce) to the updated list — target median
 *   < 50 ms for both.
 */
"use strict";
const path = require("path");
const { buildBenchPage, serve, measureEdits, insertSyncs, EDITS } = require("./bench-pane.cjs");

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

/** "n" when every count is n, else the list. */
function same(counts) {
  return counts.every((n) => n === counts[0]) ? `${EDITS} 次全部为 ${counts[0]}` : `各次：${counts.join(",")}`;
}

async function run() {
  const { buildFake, openContext, TYPES } = require("./run.cjs");
  const calls = await insertCalls();
  const officeInsert = await insertSyncs();
  await buildFake("fake-wps-entry.ts", "fake-et.js");
  await buildFake("fake-office-entry.ts", "fake-office.js");
  await buildBenchPage("bench-wps-entry.tsx", "bench-wps.js");
  await buildBenchPage();
  const server = await serve(TYPES);
  const base = `http://127.0.0.1:${server.address().port}`;
  const { context, close } = await openContext();
  let wps;
  let office;
  try {
    wps = await measureEdits(context, `${base}/__bench/bench-wps.html`, () => window.__nbTest.calls());
    office = await measureEdits(context, `${base}/__bench/bench.html`, () => window.__nbTest.syncs());
  } finally {
    await close();
    server.close();
  }
  const median = (xs) => require("../../bin/bench.cjs").quantile(xs, 0.5);
  const perEdit = median(wps.counts);
  return {
    note:
      `ET 调用：插入全部表格 ${calls.insert} 次（一批写入，ScreenUpdating 关闭；开着时写入 ${calls.screenWrites} 次），` +
      `读取报告 ${calls.read} 次，每次改动 → 结果 ${perEdit} 次（${same(wps.counts)}：事件的工作表和地址 ${perEdit - calls.read} 次 + 读取报告 ${calls.read} 次，0 次写入）；` +
      `对照 Office：插入 ${officeInsert} 次同步，每次改动 ${median(office.counts)} 次同步（${same(office.counts)}）`,
    rows: [
      { label: "改动→列表 WPS", samples: wps.times, detail: `300 项，模拟 ET，${EDITS} 次改动，不含防抖`, target: 50 },
      { label: "改动→列表 Excel", samples: office.times, detail: `300 项，模拟 Excel，同一浏览器，${EDITS} 次改动，不含防抖`, target: 50 },
    ],
  };
}

module.exports = { run, insertCalls };
