/**
 * The sheet layout through WpsWorkbook on the strict fake ET model: the same layout, read, check and repair cases as
 * the other ports (real published data, odd values, names that move, damaged tables reported and repaired), and the
 * proof that the in-memory, Office.js and WPS ports give identical workbooks for the same operations.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { FORMAT_2021, table3Key } from "../../src/format";
import { reportFromJson, type ReportData } from "../../src/report";
import { checkReport } from "../../src/rules";
import {
  NB_TABLE3,
  NB_TABLE4,
  SHEET_TABLES,
  insertReport,
  planRepair,
  planWriteExplanations,
  planWriteValues,
  readReport,
} from "../../src/workbook/layout";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { OfficeWorkbook } from "../../src/workbook/office";
import type { WorkbookPort } from "../../src/workbook/port";
import { connectWps, type WpsWorkbook } from "../../src/workbook/wps";
import { detectWps } from "../../src/workbook/wps-host";
import { FakeWorkbookState, installFakeOffice } from "../support/fake-excel";
import { FakeEtState, installFakeEt, type EtBuildStyle } from "../support/fake-et";
import { REPORT_FIXTURES } from "../support/shared";
import { workbookSnapshot } from "../support/workbook-snapshot";

const fixture = (name: string): ReportData => reportFromJson(JSON.parse(readFileSync(join(REPORT_FIXTURES, `${name}.data.json`), "utf8")));

function wps(style?: Partial<EtBuildStyle>): { state: FakeEtState; port: WpsWorkbook } {
  const scope = {};
  const state = installFakeEt(scope, new FakeEtState({ sheets: ["Sheet1"], style }));
  return { state, port: connectWps(detectWps(scope)!) };
}

describe.each(["pingtan-2021", "pingtan-2024"])("round trip of %s through ET", (name) => {
  test("same ReportData, no problems; the write batch ran with ScreenUpdating off", async () => {
    const data = fixture(name);
    const { state, port } = wps();
    await insertReport(port, data);
    expect(state.writesWhileScreenUpdating).toBe(0);
    expect(state.screenUpdating).toBe(true);
    expect(state.displayAlerts).toBe(true);
    const result = await readReport(port);
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual(data);
  });
});

test.each<[string, Partial<EtBuildStyle>]>([
  ["Address a method, RefersTo a property, blanks null, errors as text", {}],
  ["Address a property, RefersTo a method, Version a method, blanks undefined, errors as COM codes", { address: "property", refersTo: "method", version: "method", blank: "undefined", errors: "code" }],
])("odd values come back exactly as typed (%s)", async (_name, style) => {
  const data = fixture("pingtan-2021");
  data.values["table2.regulations.issued"] = "/";
  data.values["table2.licensing"] = "12件";
  data.values["table2.enforcement"] = null;
  data.values["table3.new[commercial]"] = 2.5;
  data.values["table4.reconsideration[upheld]"] = "#REF!";
  const { port } = wps(style);
  await insertReport(port, data);
  const v = (await readReport(port)).data.values;
  expect([v["table2.regulations.issued"], v["table2.licensing"], v["table2.enforcement"], v["table3.new[commercial]"], v["table4.reconsideration[upheld]"]]).toEqual([
    "/",
    "12件",
    null,
    2.5,
    "#REF!",
  ]);
  // 25 per-cell #REF! reads as the text H5 reports, not as the number −2146826265.
  expect(checkReport((await readReport(port)).data).some((f) => f.rule === "H5" && f.cells.includes("table4.reconsideration[upheld]"))).toBe(true);
});

test("names move when rows are inserted above; a row deleted inside 表三 is reported and 表三 not read", async () => {
  const { state, port } = wps();
  await insertReport(port, fixture("pingtan-2024"));
  const before = state.grid.getName(NB_TABLE3)!;
  state.insertRows(SHEET_TABLES, 0, 3);
  const moved = await readReport(port);
  expect(moved.problems).toEqual([]);
  expect(moved.tables.table3).toEqual({ ...before, row: before.row + 3 });
  state.deleteRows(SHEET_TABLES, before.row + 3 + 6, 1);
  const damaged = await readReport(port);
  expect(damaged.problems.map((p) => p.kind)).toEqual(["shape_changed"]);
  expect(damaged.problems[0].message).toMatch(/表三应有 28 行，现为 27 行：缺少“.*部分公开.*”一行/);
  expect(damaged.tablesRead).toEqual({ table2: true, table3: false, table4: true });
});

test("a renamed sheet is followed by the names; all rows of 表四 deleted make NB_TABLE4 #REF! (missing_name)", async () => {
  const { state, port } = wps();
  await insertReport(port);
  state.grid.renameSheet(SHEET_TABLES, "我的表");
  const renamed = await readReport(port);
  expect(renamed.problems.map((p) => p.kind)).toEqual(["sheet_renamed"]);
  expect(renamed.tables.table3!.sheet).toBe("我的表");
  const t4 = state.grid.getName(NB_TABLE4)!;
  state.deleteRows("我的表", t4.row, t4.rows);
  const gone = await readReport(port);
  expect(gone.tables.table4).toBeNull();
  expect(gone.problems.map((p) => p.kind).sort()).toEqual(["missing_name", "sheet_renamed"]);
});

test("values written where the cells are now and 说明 kept in the metadata; check findings equal memory's", async () => {
  const { state, port } = wps();
  const mem = new MemoryWorkbook(["Sheet1"]);
  for (const p of [port, mem] as WorkbookPort[]) {
    await insertReport(p);
    const read = await readReport(p);
    // 表三 一、本年新收: 3 + 2 + 0 + 0 + 0 + 0 typed, 总计 6 — H1 breaks by +1.
    const row = { natural_person: 3, commercial: 2, research: 0, social_welfare: 0, legal_service: 0, other_org: 0, total: 6 };
    await p.apply(planWriteValues(read, Object.fromEntries(Object.entries(row).map(([c, v]) => [`table3.new[${c}]`, v]))));
    const again = await readReport(p);
    await p.apply(planWriteExplanations(again, [{ findingId: "S9a", text: "本年度确无新发现的问题。", at: "2026-01-20T08:00:00.000Z" }]));
  }
  state.insertRows(SHEET_TABLES, 0, 2);
  mem.insertRows(SHEET_TABLES, 0, 2);
  const fromWps = await readReport(port);
  const fromMem = await readReport(mem);
  expect(fromWps.data).toEqual(fromMem.data);
  expect(fromWps.data.values["table3.new[total]"]).toBe(6);
  expect(fromWps.data.explanations).toEqual([{ findingId: "S9a", text: "本年度确无新发现的问题。", at: "2026-01-20T08:00:00.000Z" }]);
  const findings = checkReport(fromWps.data);
  expect(findings).toEqual(checkReport(fromMem.data));
  const h1 = findings.find((f) => f.id === "H1.new")!;
  expect([h1.left, h1.right]).toEqual([6, 5]);
});

test("修复表格 through ET: （二）部分公开 deleted from a filled 表三 — backup made, 24 rows back, the lost row named", async () => {
  const { state, port } = wps();
  await insertReport(port);
  const read = await readReport(port);
  const values: Record<string, number> = {};
  FORMAT_2021.inputCells.forEach((c, i) => (values[c.key] = i + 1));
  await port.apply(planWriteValues(read, values));
  const t3 = state.grid.getName(NB_TABLE3)!;
  const partialRow = FORMAT_2021.tables.table3.cells.find((c) => c.key === table3Key("partial", "total"))!.row;
  state.deleteRows(SHEET_TABLES, t3.row + partialRow, 1);
  const plan = await planRepair(port, { backup: true });
  expect(plan.recovered.map((r) => [r.table, r.rows, r.lostRows.map((x) => x.name)])).toEqual([["table3", 24, ["（二）部分公开"]]]);
  expect(plan.backupSheet).toBe("统计表 备份");
  await port.apply(plan.ops);
  const after = await readReport(port);
  expect(after.problems).toEqual([]);
  for (const [key, v] of Object.entries(values)) expect([key, after.data.values[key]]).toEqual([key, key.startsWith("table3.partial[") ? null : v]);
  expect(state.sheetNames()).toEqual(["Sheet1", "统计表 备份", "统计表", "报告信息", "_年报助手"]);
  expect(state.writesWhileScreenUpdating).toBe(0);
});

describe("the in-memory, Office.js and WPS ports give identical workbooks", () => {
  /** Insert, fill some cells, keep a 说明, delete a row of 表三 by hand and repair: the same on every port. */
  async function scenario(port: WorkbookPort, deleteRow: (sheet: string, at: number) => void | Promise<void>, nameRange: (n: string) => { row: number } | null): Promise<void> {
    await insertReport(port, fixture("pingtan-2021"));
    const read = await readReport(port);
    await port.apply(planWriteValues(read, { "table3.new[total]": 99, "table2.licensing": "12件", "table2.penalty": null }));
    await port.apply(planWriteExplanations(await readReport(port), [{ findingId: "H1.new", text: "", at: "" }, { findingId: "S9a", text: "见正文。", at: "2026-01-20" }]));
    await deleteRow(SHEET_TABLES, nameRange(NB_TABLE3)!.row + 10);
    const plan = await planRepair(port, { backup: true });
    await port.apply(plan.ops);
  }

  test("after insert, writes, 说明 and a repair: every cell, style, merge, width, height, validation, conditional format, name, protection, visibility and print setup", async () => {
    const memory = new MemoryWorkbook(["Sheet1"]);
    await scenario(memory, (s, at) => memory.deleteRows(s, at, 1), (n) => memory.getName(n));

    const office = installFakeOffice(globalThis, new FakeWorkbookState({ apiMinor: 14, sheets: ["Sheet1"] }));
    await scenario(new OfficeWorkbook(), (s, at) => office.deleteRows(s, at, 1), (n) => office.nameRange(n));

    const { state, port } = wps();
    await scenario(port, (s, at) => state.deleteRows(s, at, 1), (n) => state.grid.getName(n));

    const expected = await workbookSnapshot(memory);
    expect(await workbookSnapshot(state.grid)).toEqual(expected);
    expect(await workbookSnapshot(office.grid)).toEqual(expected);
    // A non-trivial workbook: the backup, the rebuilt set, 36 merges on 统计表.
    expect(await memory.listSheets()).toEqual(["Sheet1", "统计表 备份", "统计表", "报告信息", "_年报助手"]);
    expect(memory.getMerges(SHEET_TABLES).length).toBeGreaterThan(20);
  });
});
