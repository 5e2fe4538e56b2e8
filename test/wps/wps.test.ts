/**
 * WpsWorkbook against the strict fake ET model: what a read and a write batch cost in calls into WPS, ScreenUpdating
 * and DisplayAlerts around the batch, the fake's own rules (1-based, shapes, merges, protection, active cell), change
 * events (the add-in's own ignored, a person's debounced), selection of both sides, and host detection.
 */
import { insertReport, readReport, NB_TABLE2, SHEET_TABLES } from "../../src/workbook/layout";
import { WorkbookError, type ChangeEvent, type RangeRef, type SelectionEvent, type WriteOp } from "../../src/workbook/port";
import { blockValues, connectWps, hasRelativeReference, type WpsWorkbook } from "../../src/workbook/wps";
import { etColor } from "../../src/workbook/wps-api";
import { detectWps } from "../../src/workbook/wps-host";
import { FakeEtState, installFakeEt, shiftFormula, type EtBuildStyle } from "../support/fake-et";

const S = "统计表";
const block = (row: number, col: number, rows: number, cols: number): RangeRef => ({ sheet: S, row, col, rows, cols });
const tick = (ms = 60) => new Promise((r) => setTimeout(r, ms));

function setup(style?: Partial<EtBuildStyle>, debounceMs = 20): { state: FakeEtState; port: WpsWorkbook; app: Record<string, unknown> } {
  const scope: Record<string, unknown> = {};
  const state = installFakeEt(scope, new FakeEtState({ sheets: ["Sheet1"], style }));
  return { state, port: connectWps(detectWps(scope)!, { debounceMs }), app: scope.Application as Record<string, unknown> };
}

/** A small table: a header, two inputs, a merged caption, a name. */
const TABLE_OPS: WriteOp[] = [
  { op: "addSheet", sheet: S },
  { op: "values", range: block(1, 1, 2, 3), values: [["信息内容", "本年制发件数", "本年废止件数"], ["规章", 3, null]] },
  { op: "merge", range: block(0, 1, 1, 3) },
  { op: "style", range: block(1, 1, 2, 3), style: { border: true, bold: true, horizontal: "center", locked: false, numberFormat: "0", fill: "#FFF2CC" } },
  { op: "columnWidth", sheet: S, col: 1, width: 20 },
  { op: "validation", range: block(2, 2, 1, 2), rule: { type: "wholeNumber", min: 0, promptTitle: "件数", prompt: "填写整数", errorTitle: "输入有误", error: "应为不小于 0 的整数" } },
  { op: "conditionalFormat", range: block(2, 2, 1, 2), formula: '=AND(C3<>"",NOT(ISNUMBER(C3)))', style: { fill: "#F8CBAD" } },
  { op: "name", name: "NB_TABLE2", range: block(1, 1, 2, 3) },
];

describe("colours, formulas and values in ET's terms", () => {
  test("#RRGGBB becomes R + G·256 + B·65536 (VBA's RGB): #FFF2CC is 13431551", () => {
    expect(etColor("#FFF2CC")).toBe(0xff + 0xf2 * 256 + 0xcc * 65536);
    expect(etColor("#FFF2CC")).toBe(13431551);
    expect(etColor("#000000")).toBe(0);
  });

  test("relative references are found outside string literals", () => {
    expect(hasRelativeReference('=AND(D5<>"",NOT(ISNUMBER(D5)))')).toBe(true);
    expect(hasRelativeReference("=AND(COUNT($D$25:$D$46)=22,SUM($D$25)<>SUM($J$25))")).toBe(false);
    expect(hasRelativeReference('=IF($J$5=1,"A1","")')).toBe(false);
    expect(hasRelativeReference("=$D5")).toBe(true);
  });

  test("the fake moves a formula's relative parts as ET does when it is entered for another cell", () => {
    expect(shiftFormula('=AND(D5<>"",NOT(ISNUMBER($D$5)))&"D5"', 2, 1)).toBe('=AND(E7<>"",NOT(ISNUMBER($D$5)))&"D5"');
  });

  test("Value2 of one cell is a scalar, of a block a 2-D array; a wrong shape is a Chinese error", () => {
    expect(blockValues(7, 1, 1)).toEqual([[7]]);
    expect(blockValues([[1, undefined], ["", "x"]], 2, 2)).toEqual([[1, null], [null, "x"]]);
    expect(blockValues([1, 2, 3], 1, 3)).toEqual([[1, 2, 3]]);
    expect(blockValues([-2146826265], 1, 1)).toEqual([["#REF!"]]);
    expect(() => blockValues([[1, 2]], 2, 2)).toThrow(/WPS 表格返回的数据大小与区域不符（应为 2 行 × 2 列）/);
  });
});

describe("calls into WPS", () => {
  test("apply writes the whole table in one batch, ScreenUpdating and DisplayAlerts off during it and restored after", async () => {
    const { state, port } = setup();
    state.calls = 0;
    await port.apply(TABLE_OPS);
    expect(state.writesWhileScreenUpdating).toBe(0);
    expect([state.screenUpdating, state.displayAlerts]).toEqual([true, true]);
    const g = state.grid;
    expect(g.getValue(S, 2, 2)).toBe(3);
    expect(g.getValue(S, 2, 3)).toBeNull();
    expect(g.getMerges(S)).toEqual([block(0, 1, 1, 3)]);
    expect(g.getStyle(S, 2, 3)).toEqual({ border: true, bold: true, horizontal: "center", locked: false, numberFormat: "0", fill: "#FFF2CC" });
    expect(g.getColumnWidth(S, 1)).toBe(20);
    expect(g.validationAt(S, 2, 3)).toEqual({ type: "wholeNumber", min: 0, promptTitle: "件数", prompt: "填写整数", errorTitle: "输入有误", error: "应为不小于 0 的整数" });
    // Entered with C3 active, so the rule reads C3 for the block's top-left.
    expect(g.getConditionalFormats(S)).toEqual([{ sheet: S, range: { row: 2, col: 2, rows: 1, cols: 2 }, formula: '=AND(C3<>"",NOT(ISNUMBER(C3)))', style: { fill: "#F8CBAD" } }]);
    expect(g.getName(NB_TABLE2)).toEqual(block(1, 1, 2, 3));
    // The batch left 统计表 showing with A1 selected.
    expect([state.activeSheet, state.selection]).toEqual([S, { sheet: S, address: "A1" }]);
  });

  test("inserting all tables and reading them back: the calls it costs (printed by npm run bench)", async () => {
    const { state, port } = setup();
    state.calls = 0;
    await insertReport(port);
    const insertCalls = state.calls;
    state.calls = 0;
    const read = await readReport(port);
    expect(read.problems).toEqual([]);
    // Reading is 5 names × (RefersTo, RefersToRange, Value2, and Item twice) plus the name list: never per cell.
    expect(state.calls).toBeLessThan(60);
    expect(insertCalls).toBeLessThan(2500);
  });

  test("a sheet the batch would add that exists already: refused before anything is written", async () => {
    const { state, port } = setup();
    await port.apply([{ op: "addSheet", sheet: S }]);
    state.calls = 0;
    await expect(port.apply([{ op: "addSheet", sheet: "报告信息" }, { op: "addSheet", sheet: S }])).rejects.toThrow("已有名为“统计表”的工作表，未做任何修改");
    expect(state.sheetNames()).toEqual(["Sheet1", S]);
    expect(state.writesWhileScreenUpdating).toBe(0);
  });

  test("readRanges reads a block in one Value2; a missing sheet gives null", async () => {
    const { state, port } = setup();
    await port.apply(TABLE_OPS);
    expect(await port.readRanges([block(2, 1, 1, 2), { sheet: "没有", row: 0, col: 0, rows: 1, cols: 1 }])).toEqual([[["规章", 3]], null]);
  });
});

describe("the fake enforces ET's rules", () => {
  test("indexes are 1-based; a missing sheet or member throws", () => {
    const { app } = setup();
    const wb = app.ActiveWorkbook as { Worksheets: { Item(i: number | string): { Name: string } } };
    expect(wb.Worksheets.Item(1).Name).toBe("Sheet1");
    expect(() => wb.Worksheets.Item(0)).toThrow(/下标越界/);
    expect(() => wb.Worksheets.Item("没有")).toThrow(/下标越界/);
    expect(() => (app as { Enum: unknown }).Enum).toThrow(/对象不支持此属性或方法：Enum/);
  });

  test("a protected sheet refuses a write into a locked cell: the batch fails with a Chinese message and ScreenUpdating comes back", async () => {
    const { state, port } = setup();
    await port.apply([...TABLE_OPS, { op: "protect", sheet: S }]);
    // C3 is an unlocked input: writable on the protected sheet. A1 is locked (every cell is, unless unlocked).
    await port.apply([{ op: "values", range: block(2, 2, 1, 1), values: [[5]] }]);
    expect(state.grid.getValue(S, 2, 2)).toBe(5);
    await expect(port.apply([{ op: "values", range: block(0, 0, 1, 1), values: [["改"]] }])).rejects.toThrow(
      /^WPS 表格未能完成写入（工作表“统计表”受保护，单元格 A1 已锁定）。请确认没有正在编辑的单元格/,
    );
    await expect(port.apply([{ op: "style", range: block(2, 2, 1, 1), style: { bold: true } }])).rejects.toBeInstanceOf(WorkbookError);
    expect([state.screenUpdating, state.displayAlerts]).toEqual([true, true]);
  });

  test("merging several values or deleting a sheet with DisplayAlerts on would stop on a dialog", () => {
    const { app, state } = setup();
    state.grid.setValues({ sheet: "Sheet1", row: 0, col: 0, rows: 1, cols: 2 }, [[1, 2]]);
    const sheet = (app.ActiveWorkbook as { Worksheets: { Item(i: number): { Range(a: string): { Merge(): void } } } }).Worksheets.Item(1);
    expect(() => sheet.Range("A1:B1").Merge()).toThrow(/DisplayAlerts/);
  });

  test("writing into the inside of a merged block throws; a Value2 array of the wrong shape throws", async () => {
    const { port } = setup();
    await port.apply(TABLE_OPS);
    await expect(port.apply([{ op: "values", range: block(0, 2, 1, 1), values: [["x"]] }])).rejects.toThrow(/不能更改合并单元格的一部分/);
  });
});

describe("change events", () => {
  test("the add-in's own writes fire SheetChange in ET but reach the pane only as one byAddin event, costing no call", async () => {
    const { state, port } = setup();
    const seen: ChangeEvent[] = [];
    await port.onChanged((e) => seen.push(e));
    const before = state.calls;
    await port.apply(TABLE_OPS);
    const batchCalls = state.calls - before;
    await tick();
    expect(seen).toEqual([{ sheet: S, source: "local", byAddin: true }]);
    // Same batch without a listener: the events cost nothing extra.
    const other = setup();
    other.state.calls = 0;
    await other.port.apply(TABLE_OPS);
    expect(other.state.calls).toBe(batchCalls);
  });

  test("a person's edits within the debounce arrive once per sheet; a single edit keeps its address; unsubscribe stops them", async () => {
    const { state, port } = setup();
    await port.apply(TABLE_OPS);
    const seen: ChangeEvent[] = [];
    const off = await port.onChanged((e) => seen.push(e));
    // Right after the add-in's batch: a person's edit of a cell it wrote is the person's.
    state.userEdit(S, "C3", [[4]]);
    await tick();
    expect(seen).toEqual([{ sheet: S, address: "C3", source: "local", byAddin: false }]);
    state.userEdit(S, "C3", [[5]]);
    state.userEdit(S, "D3", [[6]]);
    state.userEdit("Sheet1", "A1", [["x"]]);
    await tick();
    expect(seen.slice(1)).toEqual([
      { sheet: S, source: "local", byAddin: false },
      { sheet: "Sheet1", address: "A1", source: "local", byAddin: false },
    ]);
    await off();
    state.userEdit(S, "C3", [[7]]);
    await tick();
    expect(seen).toHaveLength(3);
    expect(state.listeners.get("SheetChange")?.size ?? 0).toBe(0);
  });

  test("an event after the batch is never guessed to be the add-in's, even on a block it just wrote", async () => {
    const { state, port } = setup();
    await port.apply(TABLE_OPS);
    const seen: ChangeEvent[] = [];
    await port.onChanged((e) => seen.push(e));
    state.fire(S, block(2, 2, 1, 1));
    await tick();
    expect(seen).toEqual([{ sheet: S, address: "C3", source: "local", byAddin: false }]);
  });

  test("SheetSelectionChange gives the sheet and the address; selections inside the add-in's batch are left out", async () => {
    const { state, port } = setup();
    const seen: SelectionEvent[] = [];
    const off = await port.onSelectionChanged((e) => seen.push(e));
    expect(state.listeners.get("SheetSelectionChange")?.size).toBe(1);
    // The batch selects C3 (before its conditional format) and then A1: ET fires both, neither reaches the pane.
    await port.apply(TABLE_OPS);
    expect(seen).toEqual([]);
    state.userSelect(S, "C3:D3");
    expect(seen).toEqual([{ sheet: S, address: "C3:D3" }]);
    await off();
    expect(state.listeners.get("SheetSelectionChange")?.size ?? 0).toBe(0);
  });

  test("a build without Application.ApiEvent: no events, the pane offers 重新校验", async () => {
    const scope = {};
    const state = new FakeEtState();
    state.hasApiEvent = false;
    installFakeEt(scope, state);
    const app = detectWps(scope);
    expect(app).not.toBeNull();
    const port = connectWps(app!);
    expect(port.capabilities).toEqual({ events: false, selectionEvents: false, conditionalFormats: true, dataValidation: true, formatting: true, level: "WPS 表格 12.1.0.16388" });
    expect(await port.onChanged(() => undefined)).toBeInstanceOf(Function);
  });
});

describe("selection and detection", () => {
  test("select shows the sheet and selects both sides of a finding in one Range", async () => {
    const { state, port } = setup();
    await port.apply(TABLE_OPS);
    await port.apply([{ op: "addSheet", sheet: "其他" }]);
    state.calls = 0;
    await port.select([block(4, 9, 1, 1), block(4, 3, 1, 6)]);
    expect(state.selection).toEqual({ sheet: S, address: "J5,D5:I5" });
    expect(state.activeSheet).toBe(S);
    expect(state.calls).toBeLessThanOrEqual(8);
  });

  test("detectWps finds WPS's Application (or wps), not an unrelated global, nor Office", () => {
    const scope: Record<string, unknown> = {};
    installFakeEt(scope);
    expect(detectWps(scope)).toBe(scope.Application);
    expect(detectWps({ wps: scope.Application })).toBe(scope.Application);
    expect(detectWps({ Application: { name: "something else" } })).toBeNull();
    expect(detectWps({ Office: {}, Excel: {} })).toBeNull();
    expect(detectWps({})).toBeNull();
  });

  test("the level shown in the pane names WPS and its version (a method in some builds)", () => {
    expect(setup({ version: "method" }).port.capabilities.level).toBe("WPS 表格 12.1.0.16388");
  });

  test("no workbook open: a Chinese message saying what to do", async () => {
    const scope: Record<string, unknown> = {};
    installFakeEt(scope);
    const app = Object.create(detectWps(scope)!) as object;
    Object.defineProperty(app, "ActiveWorkbook", { value: null });
    const port = connectWps(app as never);
    await expect(port.readNamed([NB_TABLE2])).rejects.toThrow("WPS 表格中没有打开的工作簿。请先打开或新建一个工作簿，再点击“重新校验”。");
    void SHEET_TABLES;
  });
});
