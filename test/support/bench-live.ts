/**
 * The 实时校验 section of bin/bench.cjs (issue: a live check that is never stale): how long the pane can show an old
 * result after an edit Excel raises no event for, and how often it reads the workbook when nothing happens.
 *
 * The pane's one check loop (`CheckScheduler`, with the pane's settings: 400 ms debounce, 30 s timer while visible)
 * runs on a simulated clock (`VirtualClock`), so 30 s periods cost no real time; each check is the pane's read
 * (`readReport` through OfficeWorkbook on the fake Excel API, whose syncs are counted). Times are simulated and
 * exclude the read itself (one sync, measured in Chromium by the 任务窗格 section).
 *
 * - Stale time after a silent edit (a data-validation pick, a fill across filter-hidden rows), the user in the sheet
 *   (pane visible, without the focus): an edit at each 250 ms of the 30 s period after a check; from the edit to the
 *   end of the first check that read it. Target: worst ≤ the timer period.
 * - The same edit, then the user clicks back into the pane 5 s later: from the click to the result.
 * - Reads per minute over 10 idle minutes: pane visible with the user in the sheet, pane visible and focused (the
 *   user reading the findings: the timer skips up to 3 periods, since only the user could have changed the sheet
 *   unseen), pane hidden. Target: none, or one cheap read (one sync) per period.
 */
import { CheckScheduler } from "../../src/taskpane/check-scheduler";
import { insertReport, readReport } from "../../src/workbook/layout";
import { OfficeWorkbook } from "../../src/workbook/office";
import { a1, type RangeRef } from "../../src/workbook/port";
import { FakeWorkbookState, installFakeOffice } from "./fake-excel";
import { fillConsistent } from "./pane";
import { VirtualClock } from "./virtual-clock";

/** The pane's settings (App's defaults: liveDelayMs 400, recheckMs 30000). */
const DEBOUNCE_MS = 400;
const PERIOD_MS = 30000;
/** The silent edit is made at each STEP_MS of the period after a check. */
const STEP_MS = 250;
/** The user comes back to the pane this long after the silent edit. */
const RETURN_MS = 5000;
const TOTAL = "table3.new[total]";

interface Check {
  start: number;
  end: number;
  /** The value of 表三 一、本年新收·总计 the check read. */
  total: unknown;
}

/** A filled report on the fake Excel (made once; each sample puts the edited cell back). */
let workbook: Promise<{ state: FakeWorkbookState; port: OfficeWorkbook; cell: RangeRef }> | null = null;

function filledWorkbook() {
  workbook ??= (async () => {
    const state = installFakeOffice(globalThis, new FakeWorkbookState({ apiMinor: 14, sheets: ["Sheet1"] }));
    const port = new OfficeWorkbook();
    await insertReport(port);
    await fillConsistent(state.grid);
    return { state, port, cell: (await readReport(state.grid)).cells[TOTAL] };
  })();
  return workbook;
}

/** The pane's check loop over the filled report on a new simulated clock. */
async function paneOnClock() {
  const { state, port, cell } = await filledWorkbook();
  state.grid.setCell(cell.sheet, cell.row, cell.col, 5);
  const clock = new VirtualClock(1_000_000);
  const checks: Check[] = [];
  const scheduler = new CheckScheduler({
    check: async () => {
      const start = clock.now();
      const read = await readReport(port);
      checks.push({ start, end: clock.now(), total: read.data.values[TOTAL] });
    },
    debounceMs: DEBOUNCE_MS,
    periodMs: PERIOD_MS,
    clock,
  });
  const silentEdit = (value: number) => state.silentEdit(cell.sheet, a1(cell), [[value]]);
  return { state, clock, checks, scheduler, silentEdit };
}

/** Time from `from` to the end of the first check that began at or after it and read `value`. */
async function until(p: Awaited<ReturnType<typeof paneOnClock>>, from: number, value: number): Promise<number> {
  const done = () => p.checks.some((c) => c.start >= from);
  if (!(await p.clock.advanceUntil(done, 10 * PERIOD_MS))) throw new Error("no check after the silent edit within 10 periods");
  const check = p.checks.find((c) => c.start >= from)!;
  if (check.total !== value) throw new Error(`the check read ${String(check.total)}, not the edited ${value}`);
  return check.end - from;
}

/** Stale time after a silent edit `offset` ms after a check, the user in the sheet; with `returnMs`, from the click back. */
async function staleAfter(offset: number, returnMs?: number): Promise<number> {
  const p = await paneOnClock();
  await p.scheduler.request("open");
  await p.clock.advance(offset);
  p.silentEdit(6);
  const editAt = p.clock.now();
  let from = editAt;
  if (returnMs !== undefined) {
    await p.clock.advance(returnMs);
    from = p.clock.now();
    p.scheduler.setFocused(true);
  }
  const ms = await until(p, from, 6);
  p.scheduler.dispose();
  return ms;
}

/** Checks and syncs in `minutes` idle minutes after the first check. */
async function idle(minutes: number, pane: "sheet" | "focused" | "hidden") {
  const p = await paneOnClock();
  if (pane === "focused") p.scheduler.setFocused(true, { quiet: true });
  if (pane === "hidden") p.scheduler.setVisible(false);
  await p.scheduler.request("open");
  const checks = p.checks.length;
  const syncs = p.state.syncCount;
  await p.clock.advance(minutes * 60000);
  p.scheduler.dispose();
  return { checks: p.checks.length - checks, syncs: p.state.syncCount - syncs };
}

export async function run() {
  const offsets = Array.from({ length: PERIOD_MS / STEP_MS }, (_, i) => i * STEP_MS + 1);
  const stale: number[] = [];
  for (const o of offsets) stale.push(await staleAfter(o));
  const back: number[] = [];
  for (const o of offsets.filter((_, i) => i % 10 === 0)) back.push(await staleAfter(o, RETURN_MS));
  const worst = Math.max(...stale);
  const minutes = 10;
  const perMinute = (n: number) => (n / minutes).toFixed(1);
  const inSheet = await idle(minutes, "sheet");
  const focused = await idle(minutes, "focused");
  const hidden = await idle(minutes, "hidden");
  const syncsPerRead = inSheet.checks > 0 ? inSheet.syncs / inSheet.checks : 0;
  return {
    note:
      `模拟时钟，防抖 ${DEBOUNCE_MS} ms，计时器 ${PERIOD_MS / 1000} s；空闲 ${minutes} 分钟每分钟读取：用户在工作表中 ${perMinute(inSheet.checks)} 次、` +
      `窗格有焦点 ${perMinute(focused.checks)} 次、窗格隐藏 ${perMinute(hidden.checks)} 次，每次读取 ${syncsPerRead} 次同步（目标：不读，或每周期一次轻量读取：` +
      `${inSheet.checks <= minutes * (60000 / PERIOD_MS) && syncsPerRead === 1 ? "达标" : "未达标"}）`,
    rows: [
      {
        label: "静默修改→结果",
        samples: stale,
        detail: `用户在工作表中，修改时刻取周期内每 ${STEP_MS} ms（${stale.length} 次）；最坏 ${worst.toFixed(0)} ms，目标 ≤ ${PERIOD_MS} ms：${worst <= PERIOD_MS ? "达标" : "未达标"}`,
      },
      { label: "回到窗格→结果", samples: back, detail: `静默修改 ${RETURN_MS / 1000} s 后点回窗格（${back.length} 次），即防抖时间` },
    ],
  };
}
