/**
 * 修复表格 on a table whose rows were deleted, inserted or relabelled: each data row is found again by its full label
 * path and its values written back; rows that are gone, changed or ambiguous stay blank and are named. Reading never
 * does this (a damaged table is reported and not read).
 */
import { FORMAT_2021, table3Key } from "../../src/format";
import {
  insertReport,
  planRepair,
  planWriteValues,
  readReport,
  NB_TABLE2,
  NB_TABLE3,
  SHEET_TABLES,
} from "../../src/workbook/layout";
import { recoverRowsByLabel } from "../../src/workbook/layout";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { RawValue } from "../../src/workbook/port";

/** A workbook with the tables inserted and every input cell holding its own number (1, 2, 3 … in reading order). */
async function filled(): Promise<{ wb: MemoryWorkbook; values: Record<string, number> }> {
  const wb = new MemoryWorkbook(["Sheet1"]);
  await insertReport(wb);
  const read = await readReport(wb);
  const values: Record<string, number> = {};
  FORMAT_2021.inputCells.forEach((c, i) => (values[c.key] = i + 1));
  await wb.apply(planWriteValues(read, values));
  return { wb, values };
}

/** 表三's grid as printed (labels at the top-left of each merge, inputs blank), one array per row. */
function printedTable3(): RawValue[][] {
  const def = FORMAT_2021.tables.table3;
  const grid: RawValue[][] = Array.from({ length: def.rows }, () => new Array<RawValue>(def.cols).fill(null));
  for (const c of def.cells) grid[c.row][c.col] = c.role === "input" ? 1 : (c.text ?? null);
  return grid;
}

const rowOf = (key: string) => FORMAT_2021.tables.table3.cells.find((c) => c.key === key)!.row;

describe("修复表格 finds a damaged table's rows by their labels", () => {
  test("（二）部分公开 deleted from a filled 表三: the 24 other rows come back, only 部分公开 is blank and named", async () => {
    const { wb, values } = await filled();
    const t3 = wb.getName(NB_TABLE3)!;
    wb.deleteRows(SHEET_TABLES, t3.row + rowOf(table3Key("partial", "total")), 1);

    // The check still does not read the damaged table: it reports the layout problem instead.
    const damaged = await readReport(wb);
    expect(damaged.tablesRead.table3).toBe(false);
    expect(damaged.data.values[table3Key("granted", "natural_person")]).toBeNull();
    expect(damaged.problems.map((p) => p.kind)).toEqual(["shape_changed"]);

    const plan = await planRepair(wb, { backup: true });
    expect(plan.lostTables).toEqual([]);
    expect(plan.recovered).toEqual([
      { table: "table3", rows: 24, cells: 168, lostRows: [{ name: "（二）部分公开", cells: FORMAT_2021.inputCells.filter((c) => c.key.startsWith("table3.partial[")).map((c) => c.key) }] },
    ]);
    // 表二 10 + 表四 15 read by position, 表三 168 by label.
    expect(plan.keptCells).toBe(10 + 168 + 15);
    expect(plan.backupSheet).toBe("统计表 备份");
    await wb.apply(plan.ops);

    const after = await readReport(wb);
    expect(after.problems).toEqual([]);
    for (const [key, v] of Object.entries(values)) expect([key, after.data.values[key]]).toEqual([key, key.startsWith("table3.partial[") ? null : v]);
    // Spot checks by hand: 表二 has keys 1–10, so 表三 一、本年新收·自然人 is 11 and 四、结转下年度·总计 is 10 + 175 = 185.
    expect(after.data.values[table3Key("new", "natural_person")]).toBe(11);
    expect(after.data.values[table3Key("carried_forward", "total")]).toBe(185);
    expect(after.data.values[table3Key("denied_1", "natural_person")]).toBe(11 + 4 * 7);
  });

  test("a blank row inserted inside 表三 loses nothing; a row whose label was typed over stays blank and is named", async () => {
    const { wb, values } = await filled();
    const t3 = wb.getName(NB_TABLE3)!;
    wb.insertRows(SHEET_TABLES, t3.row + rowOf(table3Key("denied_4", "total")), 1);
    let plan = await planRepair(wb);
    expect(plan.recovered.map((r) => [r.table, r.rows, r.lostRows])).toEqual([["table3", 25, []]]);

    const granted = wb.getName(NB_TABLE3)!.row + rowOf(table3Key("granted", "total"));
    await wb.apply([{ op: "unprotect", sheet: SHEET_TABLES }]);
    wb.setCell(SHEET_TABLES, granted, 1, "（一）予以公开（含部分）");
    plan = await planRepair(wb);
    expect(plan.recovered.map((r) => [r.rows, r.lostRows.map((x) => x.name)])).toEqual([[24, ["（一）予以公开"]]]);
    await wb.apply(plan.ops);
    const after = await readReport(wb);
    expect(after.data.values[table3Key("granted", "commercial")]).toBeNull();
    expect(after.data.values[table3Key("partial", "commercial")]).toBe(values[table3Key("partial", "commercial")]);
  });

  test("表二 with 行政许可 deleted: the five other rows come back", async () => {
    const { wb, values } = await filled();
    const t2 = wb.getName(NB_TABLE2)!;
    const licensingRow = FORMAT_2021.tables.table2.cells.find((c) => c.key === "table2.licensing")!.row;
    wb.deleteRows(SHEET_TABLES, t2.row + licensingRow, 1);
    const plan = await planRepair(wb);
    expect(plan.recovered.map((r) => [r.table, r.rows, r.cells, r.lostRows.map((x) => x.name)])).toEqual([["table2", 5, 9, ["行政许可"]]]);
    await wb.apply(plan.ops);
    const after = await readReport(wb);
    expect(after.data.values["table2.licensing"]).toBeNull();
    // Reading order: 规章 1–3, 行政规范性文件 4–6, 行政许可 7, 行政处罚 8, 行政强制 9, 收费 10.
    expect(["table2.regulations.issued", "table2.normative_documents.in_force", "table2.penalty", "table2.fees"].map((k) => after.data.values[k])).toEqual([1, 6, 8, 10]);
    expect(after.data.values[table3Key("total", "total")]).toBe(values[table3Key("total", "total")]);
  });

  test("a column deleted, or a header row deleted: nothing is guessed, the table is rebuilt blank", async () => {
    let { wb } = await filled();
    wb.deleteColumns(SHEET_TABLES, 5, 1);
    let plan = await planRepair(wb);
    // Column F is inside all three tables (表二 C–F, 表三 A–J, 表四 D–R).
    expect(plan.recovered).toEqual([]);
    expect(plan.lostTables).toEqual(["table2", "table3", "table4"]);

    ({ wb } = await filled());
    // 表三's third header row (商业企业 … 其他) deleted: the columns can no longer be confirmed.
    wb.deleteRows(SHEET_TABLES, wb.getName(NB_TABLE3)!.row + 2, 1);
    plan = await planRepair(wb);
    expect(plan.recovered).toEqual([]);
    expect(plan.lostTables).toEqual(["table3"]);
  });
});

describe("recoverRowsByLabel", () => {
  const def = FORMAT_2021.tables.table3;

  test("the printed grid: all 25 rows found", () => {
    const r = recoverRowsByLabel(def, printedTable3());
    expect([r.recoveredRows, r.lostRows, r.refused, Object.keys(r.values).length]).toEqual([25, [], null, 175]);
  });

  test("items are compared with their group: 2. and 3.其他 under a lost （六） label are not put under another group", () => {
    const grid = printedTable3();
    // The first row of （六） deleted together with the group label it held (as when a host drops a merge's text).
    grid.splice(rowOf(table3Key("other_1", "total")), 1);
    const r = recoverRowsByLabel(def, grid);
    expect(r.lostRows.map((x) => x.name)).toEqual([
      "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "（六）其他处理2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      "（六）其他处理3.其他",
    ]);
    expect(r.recoveredRows).toBe(22);
    expect(r.values[table3Key("not_processed_5", "total")]).toBe(1);
    expect(r.values[table3Key("other_3", "total")]).toBeUndefined();
  });

  test("a row found twice is ambiguous: neither copy is used", () => {
    const grid = printedTable3();
    const at = rowOf(table3Key("denied_1", "total"));
    const copy = [...grid[at]];
    copy[1] = null; // inside （三）'s merged label, as a row inserted there would be
    copy[0] = null;
    grid.splice(at + 1, 0, copy.map((v, i) => (i >= 3 ? 9 : v)));
    const r = recoverRowsByLabel(def, grid);
    expect(r.lostRows.map((x) => x.name)).toEqual(["（三）不予公开1.属于国家秘密"]);
    expect(r.values[table3Key("denied_1", "total")]).toBeUndefined();
    expect(r.values[table3Key("denied_2", "total")]).toBe(1);
  });

  test("labels compare after normalizeLabel: half-width brackets and spaces still match", () => {
    const grid = printedTable3();
    const at = rowOf(table3Key("partial", "total"));
    grid[at][1] = "(二) 部分公开(区分处理的,只计这一情形,不计其他情形)";
    expect(recoverRowsByLabel(def, grid).recoveredRows).toBe(25);
  });

  test("表四 has no row labels: nothing is recovered, with the reason", () => {
    const t4 = FORMAT_2021.tables.table4;
    const r = recoverRowsByLabel(t4, Array.from({ length: 5 }, () => new Array<RawValue>(15).fill(0)));
    expect(r.refused).toBe("表四没有行标签，无法按行找回数字");
    expect(r.lostRows.map((x) => x.cells.length)).toEqual([15]);
  });
});
