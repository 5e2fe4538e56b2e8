import { MemoryWorkbook } from "../../src/workbook/memory";
import { WorkbookError, type ChangeEvent, type RangeRef } from "../../src/workbook/port";

const S = "表";
const block = (row: number, col: number, rows: number, cols: number, sheet = S): RangeRef => ({ sheet, row, col, rows, cols });

async function withName(range: RangeRef): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook([S, "其他"]);
  await wb.apply([{ op: "name", name: "N", range }]);
  return wb;
}

describe("MemoryWorkbook names move like Excel's", () => {
  test("rows inserted above move the name down; inserted at its first row too", async () => {
    const wb = await withName(block(5, 1, 4, 3)); // B6:D9
    wb.insertRows(S, 0, 2);
    expect(wb.getName("N")).toEqual(block(7, 1, 4, 3));
    wb.insertRows(S, 7, 1); // at the first row: the block moves
    expect(wb.getName("N")).toEqual(block(8, 1, 4, 3));
  });

  test("rows inserted inside grow the name; rows inserted below leave it", async () => {
    const wb = await withName(block(5, 1, 4, 3));
    wb.insertRows(S, 7, 3);
    expect(wb.getName("N")).toEqual(block(5, 1, 7, 3));
    wb.insertRows(S, 12, 5); // just below the last row (11)
    expect(wb.getName("N")).toEqual(block(5, 1, 7, 3));
  });

  test("rows deleted above move it up; partly cut shrinks it; all cut is #REF! (null)", async () => {
    const wb = await withName(block(5, 1, 4, 3)); // rows 5..8
    wb.deleteRows(S, 0, 2);
    expect(wb.getName("N")).toEqual(block(3, 1, 4, 3)); // rows 3..6
    wb.deleteRows(S, 2, 2); // deletes rows 2,3: cuts the first row
    expect(wb.getName("N")).toEqual(block(2, 1, 3, 3));
    wb.deleteRows(S, 3, 1); // inside
    expect(wb.getName("N")).toEqual(block(2, 1, 2, 3));
    wb.deleteRows(S, 1, 5);
    expect(wb.getName("N")).toBeNull();
    expect(wb.getNames()).toEqual([{ name: "N", range: null }]);
    expect(await wb.readNamed(["N", "NOPE"])).toEqual({ N: null, NOPE: null });
  });

  test("columns behave the same way; other sheets are not touched", async () => {
    const wb = await withName(block(0, 2, 2, 3)); // C1:E2
    wb.insertColumns("其他", 0, 4);
    expect(wb.getName("N")).toEqual(block(0, 2, 2, 3));
    wb.insertColumns(S, 1, 1);
    expect(wb.getName("N")).toEqual(block(0, 3, 2, 3));
    wb.deleteColumns(S, 4, 1);
    expect(wb.getName("N")).toEqual(block(0, 3, 2, 2));
  });

  test("a renamed sheet takes its names along; a deleted sheet leaves #REF!", async () => {
    const wb = await withName(block(1, 1, 2, 2));
    wb.setCell(S, 1, 1, 7);
    wb.renameSheet(S, "新名");
    expect(wb.getName("N")).toEqual(block(1, 1, 2, 2, "新名"));
    expect((await wb.readNamed(["N"])).N).toEqual({ range: block(1, 1, 2, 2, "新名"), values: [[7, null], [null, null]] });
    expect(() => wb.renameSheet("新名", "其他")).toThrow(WorkbookError);
    await wb.apply([{ op: "deleteSheet", sheet: "新名" }]);
    expect(wb.getName("N")).toBeNull();
    expect(await wb.listSheets()).toEqual(["其他"]);
  });

  test("names are case-insensitive and redefining one replaces it", async () => {
    const wb = await withName(block(0, 0, 1, 1));
    await wb.apply([{ op: "name", name: "n", range: block(3, 3, 2, 2) }]);
    expect(wb.getName("N")).toEqual(block(3, 3, 2, 2));
    expect(wb.getNames()).toHaveLength(1);
  });
});

describe("MemoryWorkbook cells, merges and formats", () => {
  test("values move with inserted and deleted rows; merges grow, shrink and vanish", async () => {
    const wb = new MemoryWorkbook([S]);
    await wb.apply([
      { op: "values", range: block(0, 0, 3, 2), values: [["a", 1], ["b", 2], ["c", 3]] },
      { op: "merge", range: block(0, 0, 3, 1) },
    ]);
    // merging keeps only the top-left value
    expect(wb.getValue(S, 1, 0)).toBeNull();
    expect(wb.getValue(S, 0, 0)).toBe("a");
    wb.insertRows(S, 1, 1);
    expect(wb.getMerges(S)).toEqual([block(0, 0, 4, 1)]);
    expect(wb.getValue(S, 2, 1)).toBe(2);
    expect(wb.getValue(S, 1, 1)).toBeNull();
    wb.deleteRows(S, 1, 2);
    expect(wb.getMerges(S)).toEqual([block(0, 0, 2, 1)]);
    expect(wb.getValue(S, 1, 1)).toBe(3);
    wb.deleteRows(S, 1, 1);
    expect(wb.getMerges(S)).toEqual([]); // a 1×1 merge is no merge
    wb.unmerge(block(0, 0, 5, 5));
    expect(wb.mergeAt(S, 0, 0)).toBeUndefined();
  });

  test("overlapping merges are refused with a Chinese message", async () => {
    const wb = new MemoryWorkbook([S]);
    await wb.apply([{ op: "merge", range: block(0, 0, 2, 2) }]);
    await expect(wb.apply([{ op: "merge", range: block(1, 1, 2, 2) }])).rejects.toThrow("重叠");
  });

  test("styles merge per property; validations, conditional formats, widths, protection and visibility are kept", async () => {
    const wb = new MemoryWorkbook([S]);
    const rule = { type: "wholeNumber" as const, min: 0, promptTitle: "t", prompt: "p", errorTitle: "e", error: "x" };
    await wb.apply([
      { op: "style", range: block(0, 0, 2, 2), style: { border: true, bold: true } },
      { op: "style", range: block(1, 1, 1, 1), style: { fill: "#FFF2CC", locked: false } },
      { op: "validation", range: block(1, 1, 3, 1), rule },
      { op: "conditionalFormat", range: block(1, 1, 3, 1), formula: "=B2<0", style: { fill: "#FF0000" } },
      { op: "columnWidth", sheet: S, col: 2, width: 30 },
      { op: "rowHeight", sheet: S, row: 4, height: 40 },
      { op: "protect", sheet: S },
      { op: "sheetVisibility", sheet: S, visibility: "veryHidden" },
    ]);
    expect(wb.getStyle(S, 1, 1)).toEqual({ border: true, bold: true, fill: "#FFF2CC", locked: false });
    expect(wb.isLocked(S, 0, 0)).toBe(true);
    expect(wb.isLocked(S, 1, 1)).toBe(false);
    expect(wb.validationAt(S, 3, 1)).toEqual(rule);
    expect(wb.validationAt(S, 4, 1)).toBeUndefined();
    expect(wb.getConditionalFormats(S)).toEqual([{ sheet: S, range: { row: 1, col: 1, rows: 3, cols: 1 }, formula: "=B2<0", style: { fill: "#FF0000" } }]);
    expect(wb.getColumnWidth(S, 2)).toBe(30);
    expect(wb.getRowHeight(S, 4)).toBe(40);
    expect(wb.isProtected(S)).toBe(true);
    expect(wb.getVisibility(S)).toBe("veryHidden");
    wb.insertRows(S, 0, 1);
    expect(wb.validationAt(S, 4, 1)).toEqual(rule);
    expect(wb.getRowHeight(S, 5)).toBe(40);
  });

  test("typing respects protection: locked cells refuse, unlocked accept", async () => {
    const wb = new MemoryWorkbook([S]);
    await wb.apply([{ op: "style", range: block(1, 1, 1, 1), style: { locked: false } }, { op: "protect", sheet: S }]);
    expect(() => wb.setCell(S, 0, 0, "x")).toThrow("已锁定");
    wb.setCell(S, 1, 1, 5);
    expect(wb.getValue(S, 1, 1)).toBe(5);
    await wb.apply([{ op: "unprotect", sheet: S }]);
    wb.setCell(S, 0, 0, "x");
    expect(wb.getValue(S, 0, 0)).toBe("x");
  });

  test("formulas are stored as text; their shown value is set by the test", async () => {
    const wb = new MemoryWorkbook([S]);
    await wb.apply([{ op: "formulas", range: block(0, 0, 1, 2), formulas: [["=SUM(A2:A3)", "text"]] }]);
    expect(wb.getFormula(S, 0, 0)).toBe("=SUM(A2:A3)");
    expect(wb.getValue(S, 0, 0)).toBeNull();
    expect(wb.getValue(S, 0, 1)).toBe("text");
    wb.setFormulaResult(S, 0, 0, 12);
    expect(await wb.readRanges([block(0, 0, 1, 2), block(0, 0, 1, 1, "无此表")])).toEqual([[[12, "text"]], null]);
  });

  test("a values block of the wrong shape is refused", async () => {
    const wb = new MemoryWorkbook([S]);
    await expect(wb.apply([{ op: "values", range: block(0, 0, 2, 2), values: [[1, 2]] }])).rejects.toThrow("形状不符");
  });
});

describe("MemoryWorkbook events and counters", () => {
  test("user edits raise byAddin false, apply raises byAddin true; unsubscribe stops them", async () => {
    const wb = new MemoryWorkbook([S]);
    const events: ChangeEvent[] = [];
    const off = await wb.onChanged((e) => events.push(e));
    wb.setCell(S, 2, 3, 4);
    await wb.apply([{ op: "values", range: block(0, 0, 1, 2), values: [[1, 2]] }]);
    wb.emitChange({ sheet: S, source: "remote", byAddin: false });
    expect(events).toEqual([
      { sheet: S, address: "D3", source: "local", byAddin: false },
      { sheet: S, address: "A1:B1", source: "local", byAddin: true },
      { sheet: S, source: "remote", byAddin: false },
    ]);
    await off();
    wb.setCell(S, 0, 0, 1);
    expect(events).toHaveLength(3);
  });

  test("each readNamed, readRanges and apply is one sync; reads count blocks, writes count operations", async () => {
    const wb = new MemoryWorkbook([S]);
    await wb.apply([
      { op: "name", name: "A", range: block(0, 0, 1, 1) },
      { op: "name", name: "B", range: block(1, 0, 1, 1) },
    ]);
    await wb.readNamed(["A", "B", "C"]);
    await wb.readRanges([block(0, 0, 1, 1)]);
    expect(wb.stats).toEqual({ reads: 4, writes: 2, syncs: 3 });
    expect(wb.capabilities).toEqual({ events: true, selectionEvents: true, conditionalFormats: true, dataValidation: true, formatting: true, level: "内存" });
  });

  test("select keeps one sheet's blocks and refuses mixed sheets", async () => {
    const wb = new MemoryWorkbook([S, "其他"]);
    await wb.select([block(1, 1, 1, 1), block(3, 3, 1, 1)]);
    expect(wb.getSelection()).toEqual({ sheet: S, ranges: [block(1, 1, 1, 1), block(3, 3, 1, 1)] });
    await expect(wb.select([block(0, 0, 1, 1), block(0, 0, 1, 1, "其他")])).rejects.toThrow(WorkbookError);
  });
});
