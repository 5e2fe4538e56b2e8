/**
 * The sheet layout written through OfficeWorkbook into the fake Excel gives the same workbook as the layout written
 * straight into memory — values, styles, merges, widths, validation, conditional formats, names, protection — and
 * reads back in one sync.
 */
import { OfficeWorkbook } from "../../src/workbook/office";
import { ALL_NAMES, insertReport, readReport, REPORT_SHEETS, SHEET_META, SHEET_TABLES } from "../../src/workbook/layout";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { FakeWorkbookState, installFakeOffice } from "../support/fake-excel";

test("insertReport through Office.js equals insertReport in memory, cell by cell", async () => {
  const state = installFakeOffice(globalThis, new FakeWorkbookState({ apiMinor: 14, sheets: ["Sheet1"] }));
  const office = new OfficeWorkbook();
  await insertReport(office);
  // One read of the existing names (so names.add cannot collide) and one batch of writes.
  expect(state.syncCount).toBe(2);

  const memory = new MemoryWorkbook(["Sheet1"]);
  await insertReport(memory);
  const viaExcel = state.grid;

  expect(await viaExcel.listSheets()).toEqual(await memory.listSheets());
  for (const sheet of REPORT_SHEETS) {
    const { rows, cols } = memory.usedSize(sheet);
    expect(viaExcel.usedSize(sheet)).toEqual({ rows, cols });
    for (let r = 0; r < rows + 1; r++)
      for (let c = 0; c < cols + 1; c++) {
        // Excel cannot hold an empty string: "" written is a blank cell (MemoryWorkbook keeps "").
        const blankAsNull = (v: unknown) => (v === "" ? null : v);
        expect([sheet, r, c, viaExcel.getValue(sheet, r, c)]).toEqual([sheet, r, c, blankAsNull(memory.getValue(sheet, r, c))]);
        expect([sheet, r, c, viaExcel.getFormula(sheet, r, c)]).toEqual([sheet, r, c, memory.getFormula(sheet, r, c)]);
        expect([sheet, r, c, viaExcel.getStyle(sheet, r, c)]).toEqual([sheet, r, c, memory.getStyle(sheet, r, c)]);
      }
    for (let c = 0; c < cols + 1; c++) {
      const width = memory.getColumnWidth(sheet, c);
      // Points in Excel, characters in the port: equal after the round trip within 0.01 character.
      if (width === undefined) expect(viaExcel.getColumnWidth(sheet, c)).toBeUndefined();
      else expect(viaExcel.getColumnWidth(sheet, c)).toBeCloseTo(width, 2);
    }
    for (let r = 0; r < rows + 1; r++) expect(viaExcel.getRowHeight(sheet, r)).toBe(memory.getRowHeight(sheet, r));
    expect(viaExcel.getMerges(sheet)).toEqual(memory.getMerges(sheet));
    expect(viaExcel.getValidations(sheet)).toEqual(memory.getValidations(sheet));
    expect(viaExcel.getConditionalFormats(sheet)).toEqual(memory.getConditionalFormats(sheet));
    expect(viaExcel.isProtected(sheet)).toBe(memory.isProtected(sheet));
    expect(viaExcel.getVisibility(sheet)).toBe(memory.getVisibility(sheet));
  }
  expect(viaExcel.getVisibility(SHEET_META)).toBe("veryHidden");
  expect(viaExcel.getNames()).toEqual(memory.getNames());
  expect(viaExcel.getNames().map((n) => n.name).sort()).toEqual([...ALL_NAMES].sort());
  expect(viaExcel.getMerges(SHEET_TABLES).length).toBeGreaterThan(20);
});

test("readReport through Office.js is one sync and finds the tables again after rows are inserted above them", async () => {
  const state = installFakeOffice(globalThis, new FakeWorkbookState({ apiMinor: 14, sheets: ["Sheet1"] }));
  const office = new OfficeWorkbook();
  await insertReport(office);
  const first = await readReport(office);
  const cell = first.cells["table4.reconsideration[total]"];
  await state.userEdit(cell.sheet, `${String.fromCharCode(65 + cell.col)}${cell.row + 1}`, [[3]]);
  // The sheet is protected (no password): Excel refuses the insertion until the user lifts the protection.
  expect(() => state.insertRows(SHEET_TABLES, 0, 3)).toThrow(expect.objectContaining({ code: "AccessDenied" }));
  state.write({ op: "unprotect", sheet: SHEET_TABLES });
  state.insertRows(SHEET_TABLES, 0, 3);
  state.syncCount = 0;
  const read = await readReport(office);
  expect(state.syncCount).toBe(1);
  expect(read.problems).toEqual([]);
  expect(read.cells["table4.reconsideration[total]"]).toEqual({ ...cell, row: cell.row + 3 });
  expect(read.data.values["table4.reconsideration[total]"]).toBe(3);
});
