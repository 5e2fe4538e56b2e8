/** @jest-environment jsdom */
/**
 * The live check against Excel's known event bugs, reproduced in the fake Excel API (office-platform.md §3.3): for
 * each, the pane over OfficeWorkbook with the bug switched on, then the trigger that recovers, then the findings
 * must match the sheet. A report where every check passes is broken by typing 6 into 表三 一、本年新收·总计 (its
 * parts 3 + 2 make 5), which gives two 强制 findings; a stale pane would go on saying 全部通过.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { makeServices } from "../../src/taskpane/services";
import * as layout from "../../src/workbook/layout";
import * as rules from "../../src/rules";
import { OfficeWorkbook } from "../../src/workbook/office";
import { a1 } from "../../src/workbook/port";
import { FakeWorkbookState, installFakeOffice } from "../support/fake-excel";
import { expectedSummary, fillConsistent, findingsMatchSheet, stubBrowserApis } from "../support/pane";

const services = makeServices(layout, rules);
const TOTAL = "table3.new[total]";
const PASS = /^全部通过/;

beforeAll(stubBrowserApis);
afterEach(() => setVisibility("visible"));

const wait = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

function setVisibility(v: "visible" | "hidden") {
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => v });
  act(() => void document.dispatchEvent(new Event("visibilitychange")));
}

/** The user clicks back into the pane. */
const focusPane = () => act(() => void window.dispatchEvent(new Event("focus")));

interface Setup {
  apiMinor?: number;
  /** Re-check period while visible (ms); long by default so that only the trigger under test recovers. */
  recheckMs?: number;
  /** Type a consistent report (every check passes) before the pane opens. */
  consistent?: boolean;
  /** Change the fake before the pane opens (e.g. a cell being edited). */
  before?: (state: FakeWorkbookState) => void;
}

/** Insert the tables through Excel, fill them, open the pane, and wait for its first check. */
async function setup({ apiMinor = 14, recheckMs = 60000, consistent = true, before }: Setup = {}) {
  const state = installFakeOffice(globalThis, new FakeWorkbookState({ apiMinor, sheets: ["Sheet1"] }));
  const port = new OfficeWorkbook();
  await layout.insertReport(port);
  if (consistent) await fillConsistent(state.grid);
  const read = await layout.readReport(state.grid);
  const at = (key: string) => a1(read.cells[key]);
  const sheet = read.cells[TOTAL].sheet;
  before?.(state);
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} services={services} liveDelayMs={30} recheckMs={recheckMs} />
    </FluentProvider>,
  );
  if (!before) {
    await findingsMatchSheet(state.grid);
    await screen.findByText(`校验方式：实时校验（ExcelApi 1.${apiMinor}）`);
  }
  return { state, port, read, at, sheet };
}

/** The pane still shows 全部通过 although the sheet is broken: the bug is reproduced. */
async function staleStill(state: FakeWorkbookState) {
  await wait(120);
  expect(await expectedSummary(state.grid)).not.toEqual(PASS);
  expect(screen.getByText(PASS)).toBeTruthy();
}

describe("edits that raise no event (data-validation pick, fill across filter-hidden rows)", () => {
  test("the next selection in the tables brings the finding", async () => {
    const { state, at, sheet } = await setup();
    state.silentEdit(sheet, at(TOTAL), [[6]]);
    await staleStill(state);
    await act(() => state.userSelect(sheet, at("table3.new[natural_person]")));
    await findingsMatchSheet(state.grid);
    expect(state.lostEvents).toBe(1);
  });

  test("a click back into the pane (focus) brings the finding", async () => {
    const { state, at, sheet } = await setup();
    state.silentEdit(sheet, at(TOTAL), [[6]]);
    await staleStill(state);
    await focusPane();
    await findingsMatchSheet(state.grid);
  });

  test("with the pane visible and left alone, the slow timer brings the finding", async () => {
    const { state, at, sheet } = await setup({ recheckMs: 400 });
    act(() => void window.dispatchEvent(new Event("blur")));
    state.silentEdit(sheet, at(TOTAL), [[6]]);
    await findingsMatchSheet(state.grid);
  });

  test("a fill across three cells without an event: a later edit on another sheet brings all of them", async () => {
    const { state, read, sheet } = await setup();
    const first = read.cells["table3.new[natural_person]"];
    state.silentEdit(sheet, a1({ ...first, cols: 3 }), [[4, 4, 4]]);
    await staleStill(state);
    await act(() => state.userEdit("Sheet1", "A1", [["备注"]]));
    await findingsMatchSheet(state.grid);
  });

  test("a selection outside the tables reads nothing", async () => {
    const { state } = await setup();
    await wait(100);
    const syncs = state.syncCount;
    await act(() => state.userSelect("Sheet1", "C3"));
    await wait(100);
    expect(state.syncCount).toBe(syncs);
  });
});

test("Excel on the web drops events while the pane is hidden: no timer reads then, and shown again the pane checks", async () => {
  const { state, at, sheet } = await setup({ recheckMs: 150 });
  act(() => void window.dispatchEvent(new Event("blur")));
  setVisibility("hidden");
  state.bugs.paneHidden = true;
  await act(() => state.userEdit(sheet, at(TOTAL), [[6]]));
  expect(state.lostEvents).toBe(1);
  const syncs = state.syncCount;
  await wait(500);
  expect(state.syncCount).toBe(syncs);
  state.bugs.paneHidden = false;
  setVisibility("visible");
  await findingsMatchSheet(state.grid);
});

describe("cell-edit mode", () => {
  test("ExcelApi 1.14 delays the check until the edit ends (delayForCellEdit): 正在重新校验 meanwhile, no error", async () => {
    const { state, at, sheet } = await setup();
    state.startCellEdit();
    await act(() => state.userEdit(sheet, at(TOTAL), [[6]]));
    await screen.findByText("表格已修改，正在重新校验……");
    await wait(100);
    expect(screen.queryByRole("alert")).toBeNull();
    await act(() => state.endCellEdit());
    await findingsMatchSheet(state.grid);
    await waitFor(() => expect(screen.queryByText("表格已修改，正在重新校验……")).toBeNull());
    expect(screen.getByText(/^校验时间 \d\d:\d\d:\d\d$/)).toBeTruthy();
  });

  test("where Excel ignores delayForCellEdit, a failed check says so, is retried with no new trigger, and its warning goes with the next success", async () => {
    const { state, at, sheet } = await setup();
    state.bugs.delayIgnored = true;
    state.startCellEdit();
    await act(() => state.userEdit(sheet, at(TOTAL), [[6]]));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("自动校验未完成，稍后自动重试");
    expect(alert.textContent).toContain("InvalidOperationInCellEditMode");
    expect(alert.textContent).toMatch(/下面是 \d\d:\d\d:\d\d 的校验结果，之后的修改还没有校验。/);
    // The edit ends without a new event; the retry (1 s after the failure) finds the finding.
    await act(() => state.endCellEdit());
    await findingsMatchSheet(state.grid);
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });

  test("after a failed check, the next edit brings the findings back and clears the warning", async () => {
    const { state, at, sheet } = await setup();
    state.bugs.delayIgnored = true;
    state.startCellEdit();
    await act(() => state.userEdit(sheet, at(TOTAL), [[6]]));
    await screen.findByRole("alert");
    // The edit ends with “/” typed into 表二: one more finding, so the pane must have read both edits.
    await act(() => state.endCellEdit({ sheet, address: at("table2.licensing"), value: "/" }));
    expect(await expectedSummary(state.grid)).toBe("强制 3 项，提示 0 项，已说明 0 项");
    await findingsMatchSheet(state.grid);
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });

  test("the pane opened during a cell edit says 已暂停（Excel 正在编辑单元格）and goes live once the user is back", async () => {
    const { state, at, sheet } = await setup({
      before: (s) => {
        s.bugs.delayIgnored = true;
        s.startCellEdit();
      },
    });
    await screen.findByText("校验方式：已暂停（Excel 正在编辑单元格）（ExcelApi 1.14）");
    expect(screen.getByText(/^实时校验已暂停：Excel 正在编辑单元格。/)).toBeTruthy();
    expect(state.workbookListeners.size).toBe(0);
    await act(() => state.endCellEdit());
    await focusPane();
    await screen.findByText("校验方式：实时校验（ExcelApi 1.14）");
    await findingsMatchSheet(state.grid);
    // Live from now on.
    await act(() => state.userEdit(sheet, at(TOTAL), [[6]]));
    await findingsMatchSheet(state.grid);
    expect(state.workbookListeners.size).toBe(1);
  });
});

test("slow syncs: edits while a check runs are queued, and the last edit's findings are the ones shown", async () => {
  const { state, at, sheet } = await setup();
  state.bugs.syncDelayMs = 150;
  await act(() => state.userEdit(sheet, at(TOTAL), [[6]]));
  await wait(60);
  await act(() => state.userEdit(sheet, at(TOTAL), [[5]]));
  await wait(60);
  await act(() => state.userEdit(sheet, at(TOTAL), [[7]]));
  await findingsMatchSheet(state.grid);
  await waitFor(() => expect(screen.queryByText("表格已修改，正在重新校验……")).toBeNull(), { timeout: 3000 });
  await findingsMatchSheet(state.grid);
});

test.each(["wrongType", "wrongAddress", "wholeRow"] as const)("an event with a %s still starts a check", async (quirk) => {
  const { state, at, sheet } = await setup();
  state.bugs.eventQuirk = quirk;
  await act(() => state.userEdit(sheet, at(TOTAL), [[6]]));
  await findingsMatchSheet(state.grid);
});

test("a protected sheet refuses 空白填 0 (AccessDenied): the message says to lift the protection, and the findings show what Excel did write", async () => {
  const { state, read, sheet } = await setup({ consistent: false });
  // The filer (or a template) locked one input cell of the protected 统计表.
  const locked = read.cells["table3.granted[natural_person]"];
  state.write({ op: "style", range: locked, style: { locked: true } });
  fireEvent.click(await screen.findByRole("button", { name: "空白填 0" }));
  const dialog = await screen.findByRole("dialog", { name: "把空白单元格填 0" });
  fireEvent.click(await within(dialog).findByRole("button", { name: /确认修改 \d+ 个单元格/, hidden: true }));
  const alert = await screen.findByText(/Excel 拒绝写入（AccessDenied）/);
  expect(alert.textContent).toContain("撤销工作表保护");
  expect(state.enableEvents).toBe(true);
  expect(state.grid.getValue(sheet, locked.row, locked.col)).toBeNull();
  await findingsMatchSheet(state.grid);
});

test("ExcelApi 1.7: a user's edit of a cell the add-in has just written (计算总计) is checked, not taken for the add-in's", async () => {
  const { state, at, sheet } = await setup({ apiMinor: 7 });
  await act(() => state.userEdit(sheet, at(TOTAL), [[9]]));
  await findingsMatchSheet(state.grid);
  fireEvent.click(screen.getByRole("button", { name: "计算总计" }));
  const dialog = await screen.findByRole("dialog", { name: "由各项计算总计" });
  fireEvent.click(await within(dialog).findByRole("button", { name: "确认修改 1 个单元格", hidden: true }));
  await screen.findByText("已修改 1 个单元格。");
  // Within a moment of the add-in's write, the user types over the same cell.
  await act(() => state.userEdit(sheet, at(TOTAL), [[6]]));
  expect(await expectedSummary(state.grid)).not.toEqual(PASS);
  await findingsMatchSheet(state.grid);
});

test("a selection on a sheet that is not the active one: checked when it lies in the tables, by the sheet it names", async () => {
  const { state, at, sheet } = await setup();
  state.activeSheetId = state.sheet("Sheet1")!.id;
  state.silentEdit(sheet, at(TOTAL), [[6]]);
  await staleStill(state);
  await act(() => state.userSelect(sheet, at("table3.new[commercial]"), { activate: false }));
  await findingsMatchSheet(state.grid);
  expect(state.sheetById(state.activeSheetId!)?.name).toBe("Sheet1");
});

test("one subscription for the pane's lifetime: 重新校验 and 新增一份 keep one handler each, and an edit made at once is checked", async () => {
  const { state, at, sheet } = await setup();
  const handlers = () => [state.workbookListeners.size, state.selectionListeners.size];
  expect(handlers()).toEqual([1, 1]);
  fireEvent.click(screen.getByRole("button", { name: "重新校验" }));
  await act(() => state.userEdit(sheet, at(TOTAL), [[6]]));
  await findingsMatchSheet(state.grid);
  expect(handlers()).toEqual([1, 1]);
  await waitFor(() => expect(screen.getByRole("main").getAttribute("aria-busy")).toBe("false"));
  fireEvent.click(screen.getByRole("button", { name: "插入统计表" }));
  fireEvent.click(await within(await screen.findByRole("dialog")).findByRole("button", { name: "新增一份", hidden: true }));
  await screen.findByText(/^已按 .+插入 \d{4} 年度统计表（新的一份，工作表“统计表 \(2\)”）。$/);
  expect(handlers()).toEqual([1, 1]);
});

test("ExcelApi 1.7 (events per sheet): sheets added later — by the pane or by the user — get handlers, so their edits are checked", async () => {
  const { state } = await setup({ apiMinor: 7 });
  fireEvent.click(screen.getByRole("button", { name: "插入统计表" }));
  fireEvent.click(await within(await screen.findByRole("dialog")).findByRole("button", { name: "新增一份", hidden: true }));
  await screen.findByText(/^已按 .+插入 \d{4} 年度统计表（新的一份，工作表“统计表 \(2\)”）。$/);
  const two = await layout.readReport(state.grid, layout.reportSet(2));
  const cell = two.cells["table2.licensing"];
  await act(() => state.userEdit(cell.sheet, a1(cell), [[4]]));
  // Set 2 has 199 blanks left and no 机关名称 (its 报告年度 is the year inserted).
  await screen.findByLabelText(/^强制 200 项/);
  const added = await act(() => state.userAddSheet("数据"));
  await waitFor(() => expect(state.sheetListeners.get(added.id)?.size).toBe(1));
  expect(state.sheetSelectionListeners.get(added.id)?.size).toBe(1);
});
