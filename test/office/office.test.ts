/**
 * OfficeWorkbook against the fake Excel API: batching (syncs per call), the fake's load/sync enforcement, name
 * movement, event marking, and capability fallbacks.
 */
import { OfficeWorkbook, columnWidthPoints } from "../../src/workbook/office";
import type { ChangeEvent, RangeRef, WriteOp } from "../../src/workbook/port";
import { FakeWorkbookState, installFakeOffice } from "../support/fake-excel";

const S = "统计表";
const block = (row: number, col: number, rows: number, cols: number): RangeRef => ({ sheet: S, row, col, rows, cols });
const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

function setup(apiMinor = 14): { state: FakeWorkbookState; port: OfficeWorkbook } {
  const state = installFakeOffice(globalThis, new FakeWorkbookState({ apiMinor, sheets: ["Sheet1"] }));
  return { state, port: new OfficeWorkbook() };
}

/** A small table: a header, two inputs, a merged caption, a name. */
const TABLE_OPS: WriteOp[] = [
  { op: "addSheet", sheet: S },
  { op: "values", range: block(1, 1, 2, 3), values: [["信息内容", "本年制发件数", "本年废止件数"], ["规章", 3, null]] },
  { op: "merge", range: block(0, 1, 1, 3) },
  { op: "style", range: block(1, 1, 2, 3), style: { border: true, bold: true, horizontal: "center", locked: false, numberFormat: "0" } },
  { op: "columnWidth", sheet: S, col: 1, width: 20 },
  { op: "validation", range: block(2, 2, 1, 2), rule: { type: "wholeNumber", min: 0, promptTitle: "件数", prompt: "填写整数", errorTitle: "输入有误", error: "应为不小于 0 的整数" } },
  { op: "conditionalFormat", range: block(2, 3, 1, 1), formula: "=D3<>C3", style: { fill: "#FFC7CE" } },
];

describe("OfficeWorkbook batching", () => {
  test("apply without names is exactly one sync and writes through the Excel calls", async () => {
    const { state, port } = setup();
    await port.apply(TABLE_OPS);
    expect(state.syncCount).toBe(1);
    const g = state.grid;
    expect(g.getValue(S, 2, 2)).toBe(3);
    expect(g.getValue(S, 2, 3)).toBeNull(); // null written as "" (blank), not "unchanged"
    expect(g.getMerges(S)).toEqual([block(0, 1, 1, 3)]);
    expect(g.getStyle(S, 2, 3)).toMatchObject({ border: true, bold: true, horizontal: "center", locked: false, numberFormat: "0" });
    // 20 characters → (20·7+5)·0.75 = 108.75 pt in Excel, read back as 20 characters.
    expect(columnWidthPoints(20)).toBe(108.75);
    expect(g.getColumnWidth(S, 1)).toBe(20);
    expect(g.validationAt(S, 2, 3)).toEqual({ type: "wholeNumber", min: 0, promptTitle: "件数", prompt: "填写整数", errorTitle: "输入有误", error: "应为不小于 0 的整数" });
    expect(g.getConditionalFormats(S)).toEqual([{ sheet: S, range: { row: 2, col: 3, rows: 1, cols: 1 }, formula: "=D3<>C3", style: { fill: "#FFC7CE" } }]);
  });

  test("readNamed is exactly one sync for several names, missing and #REF! ones included", async () => {
    const { state, port } = setup();
    await port.apply([...TABLE_OPS, { op: "addSheet", sheet: "临时" }, { op: "name", name: "NB_TABLE2", range: block(1, 1, 2, 3) }, { op: "name", name: "NB_GONE", range: { sheet: "临时", row: 0, col: 0, rows: 1, cols: 1 } }]);
    await port.apply([{ op: "deleteSheet", sheet: "临时" }]);
    state.syncCount = 0;
    const read = await port.readNamed(["NB_TABLE2", "NB_MISSING", "NB_GONE"]);
    expect(state.syncCount).toBe(1);
    expect(read.NB_TABLE2).toEqual({ range: block(1, 1, 2, 3), values: [["信息内容", "本年制发件数", "本年废止件数"], ["规章", 3, null]] });
    expect(read.NB_MISSING).toBeNull();
    expect(read.NB_GONE).toBeNull();
  });

  test("apply with names reads the existing names first (one read sync), so redefining a name replaces it", async () => {
    const { state, port } = setup();
    await port.apply([...TABLE_OPS, { op: "name", name: "NB_TABLE2", range: block(1, 1, 2, 3) }]);
    expect(state.syncCount).toBe(2);
    state.syncCount = 0;
    await port.apply([{ op: "name", name: "NB_TABLE2", range: block(2, 1, 1, 3) }]);
    expect(state.syncCount).toBe(2);
    expect(state.nameRange("NB_TABLE2")).toEqual(block(2, 1, 1, 3));
  });

  test("a batch that fails half way rejects and leaves events switched on", async () => {
    const { state, port } = setup();
    await expect(port.apply([{ op: "values", range: { sheet: "没有", row: 0, col: 0, rows: 1, cols: 1 }, values: [[1]] }])).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(state.enableEvents).toBe(true);
  });

  test("readRanges is one sync; a missing sheet gives null (one more sync to list the sheets)", async () => {
    const { state, port } = setup();
    await port.apply(TABLE_OPS);
    state.syncCount = 0;
    expect(await port.readRanges([block(2, 1, 1, 2)])).toEqual([[["规章", 3]]]);
    expect(state.syncCount).toBe(1);
    state.syncCount = 0;
    expect(await port.readRanges([block(2, 1, 1, 2), { sheet: "没有", row: 0, col: 0, rows: 1, cols: 1 }])).toEqual([[["规章", 3]], null]);
    expect(state.syncCount).toBe(3);
  });

  test("names resolve to their new place after rows are inserted above the table", async () => {
    const { state, port } = setup();
    await port.apply([...TABLE_OPS, { op: "name", name: "NB_TABLE2", range: block(1, 1, 2, 3) }]);
    state.insertRows(S, 0, 4);
    const read = await port.readNamed(["NB_TABLE2"]);
    expect(read.NB_TABLE2?.range).toEqual(block(5, 1, 2, 3));
    expect(read.NB_TABLE2?.values[1]).toEqual(["规章", 3, null]);
  });

  test("select shows the sheet and selects every block (getRanges on 1.9+)", async () => {
    const { state, port } = setup();
    await port.apply(TABLE_OPS);
    await port.select([block(2, 2, 1, 1), block(2, 3, 1, 1)]);
    expect(state.selection).toEqual({ sheet: S, address: "C3,D3" });
    expect(state.sheetById(state.activeSheetId!)?.name).toBe(S);
  });
});

describe("the fake enforces Excel's load/sync rules", () => {
  test("reading a property before load, or after load but before sync, throws PropertyNotLoaded", async () => {
    const { state } = setup();
    state.grid.setCell("Sheet1", 0, 0, 42);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(/not available/);
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[42]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("getItem on a missing sheet rejects the sync with ItemNotFound; isNullObject is readable only after sync", async () => {
    setup();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject("没有");
      expect(() => ws.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(ws.isNullObject).toBe(true);
      context.workbook.worksheets.getItem("没有").getRange("A1").load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("nothing is written before sync", async () => {
    const { state } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [[7]];
      expect(state.grid.getValue("Sheet1", 1, 1)).toBeNull();
      await context.sync();
      expect(state.grid.getValue("Sheet1", 1, 1)).toBe(7);
    });
  });

  test("APIs above the host's level are missing (conditional formats on ExcelApi 1.5)", async () => {
    setup(5);
    await Excel.run(async (context) => {
      expect(() => context.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
  });
});

describe("capabilities and fallbacks", () => {
  test("computed once from isSetSupported", () => {
    expect(setup(14).port.capabilities).toEqual({ events: true, selectionEvents: true, conditionalFormats: true, dataValidation: true, formatting: true, level: "ExcelApi 1.14" });
    expect(setup(7).port.capabilities).toEqual({ events: true, selectionEvents: true, conditionalFormats: true, dataValidation: false, formatting: true, level: "ExcelApi 1.7" });
    expect(setup(2).port.capabilities).toEqual({ events: false, selectionEvents: true, conditionalFormats: false, dataValidation: false, formatting: true, level: "ExcelApi 1.2" });
    expect(setup(1).port.capabilities).toEqual({ events: false, selectionEvents: false, conditionalFormats: false, dataValidation: false, formatting: false, level: "ExcelApi 1.1" });
  });

  test("on ExcelApi 1.7 validation is skipped, the rest is written in one sync", async () => {
    const { state, port } = setup(7);
    await port.apply(TABLE_OPS);
    expect(state.syncCount).toBe(1);
    expect(state.grid.getValidations(S)).toEqual([]);
    expect(state.grid.getConditionalFormats(S)).toHaveLength(1);
  });

  test("on ExcelApi 1.1 reading names fails with a Chinese message naming the supported versions", async () => {
    const { port } = setup(1);
    await expect(port.readNamed(["NB_TABLE2"])).rejects.toThrow(/Office 2021、Office 2024 或 Microsoft 365/);
  });
});

describe("change events", () => {
  test("ExcelApi 1.14: a user's edit reaches the handler as local, not by the add-in; apply raises none (events off)", async () => {
    const { state, port } = setup(14);
    await port.apply(TABLE_OPS);
    const seen: ChangeEvent[] = [];
    const off = await port.onChanged((e) => seen.push(e));
    await port.apply([{ op: "values", range: block(2, 3, 1, 1), values: [[1]] }]);
    await tick();
    expect(seen).toEqual([]);
    await state.userEdit(S, "D3", [[5]]);
    await tick();
    expect(seen).toEqual([{ sheet: S, address: "D3", source: "local", byAddin: false }]);
    await off();
    await state.userEdit(S, "D3", [[6]]);
    await tick();
    expect(seen).toHaveLength(1);
  });

  test("ExcelApi 1.7 (no enableEvents, no triggerSource, per-sheet events): nothing is guessed — events from apply are not marked byAddin", async () => {
    const { state, port } = setup(7);
    await port.apply([{ op: "addSheet", sheet: S }]);
    const seen: ChangeEvent[] = [];
    await port.onChanged((e) => seen.push(e));
    await port.apply([{ op: "values", range: block(2, 3, 1, 2), values: [[1, 2]] }]);
    await tick();
    expect(seen).toEqual([{ sheet: S, address: "D3:E3", source: "local", byAddin: false }]);
    await state.userEdit(S, "A10", [["x"]], "Remote");
    await tick();
    expect(seen[1]).toEqual({ sheet: S, address: "A10", source: "remote", byAddin: false });
  });

  test("the handler never writes: a user's edit costs no sync", async () => {
    const { state, port } = setup(14);
    await port.apply(TABLE_OPS);
    await port.onChanged(() => undefined);
    state.syncCount = 0;
    await state.userEdit(S, "C3", [[4]]);
    await tick();
    expect(state.syncCount).toBe(0);
  });
});
