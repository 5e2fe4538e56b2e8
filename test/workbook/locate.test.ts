/**
 * Blocks found without their workbook names (`readNamedLocated`): each table by its labels, only where it is found
 * once with the format's shape; never on another set's sheets or a backup copy.
 */
import { readFileSync } from "fs";
import { reportFromJson } from "../../src/report";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { insertReport, NB_TABLE4, readReport, reportSet, SHEET_TABLES } from "../../src/workbook/layout";
import { readNamedLocated } from "../../src/workbook/layout/locate";
import { fixturePath } from "../support/shared";

const data = reportFromJson(JSON.parse(readFileSync(fixturePath("pingtan-2021"), "utf8")));

test("every name deleted: the three tables by their labels, 报告信息 and the metadata by their sheets; values as inserted", async () => {
  const wb = new MemoryWorkbook();
  await insertReport(wb, data);
  const set = reportSet();
  const where = Object.fromEntries(set.names.map((n) => [n, wb.getName(n)]));
  for (const n of set.names) wb.deleteName(n);
  const { reads, located } = await readNamedLocated(wb, set);
  expect(located).toEqual(set.names);
  for (const n of set.names) expect(reads[n]!.range).toEqual(where[n] && { ...where[n]!, rows: reads[n]!.range.rows });
  const read = await readReport(wb);
  expect(read.problems.map((p) => p.kind)).toEqual(["names_missing"]);
  expect(read.data.values).toEqual(data.values);
  expect(read.data.agency).toBe(data.agency);
});

test("表四's rows all deleted in set 1 while set 2 has its own 表四: not taken from set 2's sheet (missing_name)", async () => {
  const wb = new MemoryWorkbook();
  await insertReport(wb, data);
  await insertReport(wb, data, reportSet(2));
  const t4 = wb.getName(NB_TABLE4)!;
  wb.deleteRows(SHEET_TABLES, t4.row, t4.rows);
  const read = await readReport(wb);
  expect(read.problems.map((p) => [p.kind, p.table])).toEqual([["missing_name", "table4"]]);
  expect(read.tables.table4).toBeNull();
});
