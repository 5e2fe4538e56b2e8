/**
 * Text kept in the workbook (last year's report): the one physical form (veryHidden sheet, pieces in column A, a
 * workbook name) written and read by every adapter — in-memory, .xlsx (also through the CLI's bounded read of named
 * blocks), Office.js against the fake Excel API and WPS against the strict fake ET model — and a damaged store found.
 */
import { MemoryWorkbook } from "../../src/workbook/memory";
import { OfficeWorkbook } from "../../src/workbook/office";
import { WorkbookError, type WorkbookPort } from "../../src/workbook/port";
import { STORED_PIECE_CHARS, StoredDamagedError, storedPieces, storedText, storeLocation, previousStoreKey } from "../../src/workbook/stored";
import { connectWps } from "../../src/workbook/wps";
import { detectWps } from "../../src/workbook/wps-host";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { FakeWorkbookState, installFakeOffice } from "../support/fake-excel";
import { FakeEtState, installFakeEt } from "../support/fake-et";

const SHEET = "_年报助手_上年报告";
/** 20,001 characters with a character of two UTF-16 units (𠮷) straddling the first cut at 8,000. */
const LONG = `${"甲".repeat(STORED_PIECE_CHARS - 1)}𠮷${"=1+2".repeat(1000)}${"乙".repeat(8000)}`;

describe("pieces", () => {
  test("a text is cut into pieces of at most 8,000 characters, marked 第i/n段|, never inside a character", () => {
    const pieces = storedPieces(LONG);
    expect(LONG.length).toBe(20001);
    // 7,999 甲 then 𠮷 (2 units) would end at 8,001: the first piece stops before 𠮷.
    expect(pieces.map((p) => p[0].slice(0, 6))).toEqual(["第1/3段|", "第2/3段|", "第3/3段|"]);
    expect(pieces[0][0].length).toBe("第1/3段|".length + 7999);
    expect(pieces[1][0].slice(6, 8)).toBe("𠮷");
    expect(storedText(pieces, SHEET)).toBe(LONG);
    expect(storedText(storedPieces(""), SHEET)).toBe("");
  });

  test("a missing, reordered, edited or non-text piece is a damaged store naming the sheet, not wrong text", () => {
    const pieces = storedPieces(LONG);
    const damaged = (values: (string | number | null)[][]) => () => storedText(values, SHEET);
    expect(damaged([pieces[0], pieces[1]])).toThrow(new StoredDamagedError(SHEET, "第 1 行的分段标记不对（共 2 行）"));
    expect(damaged([pieces[1], pieces[0], pieces[2]])).toThrow(/第 1 行的分段标记不对（共 3 行）/);
    expect(damaged([pieces[0], [12], pieces[2]])).toThrow(/第 2 行不是保存的文字/);
    expect(damaged([pieces[0], ["改过的文字"], pieces[2]])).toThrow(/第 2 行的分段标记不对/);
    expect(damaged([])).toThrow(/没有内容/);
    expect(damaged([pieces[0]])).toThrow(StoredDamagedError);
  });

  test("keys: set 1 is previous on 「_年报助手_上年报告」/NB_PREVIOUS, set 2 has the suffixes of a second set", () => {
    expect(storeLocation(previousStoreKey(1))).toEqual({ sheet: SHEET, name: "NB_PREVIOUS" });
    expect(storeLocation(previousStoreKey(2))).toEqual({ sheet: `${SHEET} (2)`, name: "NB_PREVIOUS_2" });
    expect(() => storeLocation("previous_1")).toThrow(WorkbookError);
    expect(() => storeLocation("other")).toThrow(WorkbookError);
  });
});

/** Store, read, replace with a shorter text, read, remove: the same on every port. */
async function roundTrip(port: WorkbookPort): Promise<void> {
  expect(await port.readStored("previous")).toBeNull();
  await port.apply([{ op: "store", key: "previous", text: LONG }]);
  expect(await port.readStored("previous")).toBe(LONG);
  await port.apply([{ op: "store", key: "previous", text: '{"short":1}' }]);
  expect(await port.readStored("previous")).toBe('{"short":1}');
  expect(await port.readStored("previous_2")).toBeNull();
  await port.apply([{ op: "store", key: "previous", text: null }]);
  expect(await port.readStored("previous")).toBeNull();
  expect(await port.listSheets()).not.toContain(SHEET);
}

describe("every adapter keeps the text in the same form", () => {
  test("in-memory: a veryHidden sheet with one piece per row and a name over them; one sync per store or read", async () => {
    const port = new MemoryWorkbook(["统计表"]);
    await port.apply([{ op: "store", key: "previous", text: LONG }]);
    expect(port.getVisibility(SHEET)).toBe("veryHidden");
    expect(port.getName("NB_PREVIOUS")).toEqual({ sheet: SHEET, row: 0, col: 0, rows: 3, cols: 1 });
    expect(String(port.getValue(SHEET, 2, 0)).slice(0, 6)).toBe("第3/3段|");
    const syncs = port.stats.syncs;
    expect(await port.readStored("previous")).toBe(LONG);
    expect(port.stats.syncs).toBe(syncs + 1);
    await port.apply([{ op: "store", key: "previous", text: null }]);
    await roundTrip(port);
    expect(await port.listSheets()).toEqual(["统计表"]);
  });

  test(".xlsx: saved and opened again (also through the CLI's bounded read of the named blocks) it reads the same; removing it drops the name", async () => {
    const port = XlsxWorkbook.create();
    await port.apply([{ op: "addSheet", sheet: "统计表" }, { op: "store", key: "previous", text: LONG }]);
    const bytes = await port.toBuffer();
    const whole = await XlsxWorkbook.fromBuffer(bytes);
    expect(whole.worksheet(SHEET).state).toBe("veryHidden");
    expect(await whole.readStored("previous")).toBe(LONG);
    const bounded = await XlsxWorkbook.fromBuffer(bytes, "文件", { names: ["NB_TABLE3", "NB_PREVIOUS"] });
    expect(await bounded.readStored("previous")).toBe(LONG);
    const without = await XlsxWorkbook.fromBuffer(bytes, "文件", { names: ["NB_TABLE3"] });
    await expect(without.readStored("previous")).rejects.toThrow("readStored: NB_PREVIOUS was not among the names read");
    await whole.apply([{ op: "store", key: "previous", text: null }]);
    expect(whole.workbook.definedNames.model.map((d) => d.name)).not.toContain("NB_PREVIOUS");
    const again = await XlsxWorkbook.fromBuffer(await whole.toBuffer());
    expect(await again.readStored("previous")).toBeNull();
    await roundTrip(XlsxWorkbook.create());
  });

  test("Office.js (fake Excel 1.14): one sync to read; a store is a sheet listing plus one batch; the old sheet made Hidden before it is deleted", async () => {
    const state = installFakeOffice(globalThis, new FakeWorkbookState({ apiMinor: 14, sheets: ["统计表"] }));
    const port = new OfficeWorkbook();
    let syncs = state.syncCount;
    await port.apply([{ op: "store", key: "previous", text: LONG }]);
    // listSheets, the names the batch defines (existingNames), the batch itself.
    expect(state.syncCount - syncs).toBe(3);
    expect(state.grid.getVisibility(SHEET)).toBe("veryHidden");
    expect(state.nameRange("NB_PREVIOUS")).toEqual({ sheet: SHEET, row: 0, col: 0, rows: 3, cols: 1 });
    syncs = state.syncCount;
    expect(await port.readStored("previous")).toBe(LONG);
    expect(state.syncCount - syncs).toBe(1);
    await port.apply([{ op: "store", key: "previous", text: null }]);
    await roundTrip(port);
    expect(state.sheets.map((s) => s.name)).toEqual(["统计表"]);
  });

  test("WPS (strict fake ET): the same sheet, name and text; DisplayAlerts off while the old sheet is deleted", async () => {
    const scope: Record<string, unknown> = {};
    const state = installFakeEt(scope, new FakeEtState({ sheets: ["统计表"] }));
    const port = connectWps(detectWps(scope)!, { debounceMs: 20 });
    await port.apply([{ op: "store", key: "previous", text: LONG }]);
    expect(state.grid.getVisibility(SHEET)).toBe("veryHidden");
    expect(state.grid.getName("NB_PREVIOUS")).toEqual({ sheet: SHEET, row: 0, col: 0, rows: 3, cols: 1 });
    expect(await port.readStored("previous")).toBe(LONG);
    await port.apply([{ op: "store", key: "previous", text: null }]);
    await roundTrip(port);
    expect(state.sheetNames()).toEqual(["统计表"]);
  });
});

test("a hand-edited piece read through a port is a StoredDamagedError (a WorkbookError: 工作簿中保存的上年报告（隐藏工作表…）已损坏：…)", async () => {
  const port = new MemoryWorkbook();
  await port.apply([{ op: "store", key: "previous", text: LONG }]);
  await port.apply([{ op: "values", range: { sheet: SHEET, row: 1, col: 0, rows: 1, cols: 1 }, values: [["手工改过"]] }]);
  await expect(port.readStored("previous")).rejects.toThrow(StoredDamagedError);
  await expect(port.readStored("previous")).rejects.toThrow(/第 2 行的分段标记不对（共 3 行）/);
});
