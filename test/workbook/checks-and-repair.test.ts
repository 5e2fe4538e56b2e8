/**
 * In-cell check formulas (written once at insertion, outside the named blocks, evaluated by a real spreadsheet
 * engine), 说明 surviving save and reopen, a second set of sheets, and 修复表格 keeping every placeable value.
 */
import { FORMAT_2021 } from "../../src/format";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkReport } from "../../src/rules";
import {
  checkCells,
  insertReport,
  nextReportSet,
  planRepair,
  planWriteExplanations,
  planWriteValues,
  readReport,
  reportSet,
  reportSetsIn,
  tablePlacements,
  NB_TABLE3,
  SHEET_TABLES,
} from "../../src/workbook/layout";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { a1 } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { OfficeWorkbook } from "../../src/workbook/office";
import { FakeWorkbookState, installFakeOffice } from "../support/fake-excel";
import ExcelJS from "exceljs";

describe("check cells", () => {
  test("one per row of 表三 (H1), one per column under 表三 (H2 + H3), one under each 表四 总计 (H4): 25 + 7 + 3", () => {
    const cells = checkCells(tablePlacements(reportSet(), FORMAT_2021), FORMAT_2021);
    expect(cells).toHaveLength(35);
    const t3 = tablePlacements(reportSet(), FORMAT_2021).find((p) => p.table === "table3")!.range;
    // 表三 spans A–J from row t3.row; 一、本年新收 is its 4th row; the check column is K.
    const row = t3.row + 3 + 1;
    const h1 = cells.find((c) => c.equations[0] === "H1.new")!;
    expect(a1(h1.range)).toBe(`K${row}`);
    expect(h1.formula).toBe(`=IF(J${row}=SUM($D$${row}:$I$${row}),"","✗ 应为 "&SUM($D$${row}:$I$${row})&" ")`);
    const under = cells.filter((c) => c.range.row === t3.row + t3.rows);
    expect(under.map((c) => c.equations)).toEqual(
      ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"].map((k) => [`H2.${k}`, `H3.${k}`]),
    );
    const t4 = tablePlacements(reportSet(), FORMAT_2021).find((p) => p.table === "table4")!.range;
    expect(cells.filter((c) => c.range.row === t4.row + t4.rows).map((c) => c.equations)).toEqual([["H4a"], ["H4b"], ["H4c"]]);
  });

  test("inserted locked, outside every named table block, and reading stays clean", async () => {
    const wb = new MemoryWorkbook();
    await insertReport(wb);
    for (const c of checkCells(tablePlacements(reportSet(), FORMAT_2021), FORMAT_2021)) {
      expect(wb.getFormula(SHEET_TABLES, c.range.row, c.range.col)).toBe(c.formula);
      expect(wb.isLocked(SHEET_TABLES, c.range.row, c.range.col)).toBe(true);
      for (const name of ["NB_TABLE2", "NB_TABLE3", "NB_TABLE4"]) {
        const r = wb.getName(name)!;
        const inside = c.range.row >= r.row && c.range.row < r.row + r.rows && c.range.col >= r.col && c.range.col < r.col + r.cols;
        expect(inside).toBe(false);
      }
    }
    expect((await readReport(wb)).problems).toEqual([]);
    expect(wb.isProtected(SHEET_TABLES)).toBe(true);
    // The inputs keep their Chinese prompt.
    const c = (await readReport(wb)).cells["table3.new[total]"];
    expect(wb.validationAt(c.sheet, c.row, c.col)?.prompt).toContain("没有发生的填 0");
  });

  test("LibreOffice computes them: a broken total shows ✗ and the right value, a good one nothing", async () => {
    if (!fs.existsSync("/usr/lib/libreoffice/program/libsclo.so")) {
      throw new Error("LibreOffice Calc is missing: run `node bin/test-tools.cjs` (npm test does)");
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nb-checks-"));
    try {
      const wb = XlsxWorkbook.create();
      await insertReport(wb);
      const read = await readReport(wb);
      const values: Record<string, number> = {};
      for (const k of Object.keys(read.cells)) values[k] = 0;
      // 一、本年新收: 3 + 2 = 5 but 总计 6. Everything else 0, so H2 holds and H3 breaks by what 一 adds per column.
      values["table3.new[natural_person]"] = 3;
      values["table3.new[commercial]"] = 2;
      values["table3.new[total]"] = 6;
      // 表四 行政复议: 1 + 1 + 0 + 0 = 2 but 总计 3.
      values["table4.reconsideration[upheld]"] = 1;
      values["table4.reconsideration[corrected]"] = 1;
      values["table4.reconsideration[total]"] = 3;
      await wb.apply(planWriteValues(read, values));
      await wb.save(path.join(dir, "t.xlsx"));
      execFileSync("soffice", ["--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, path.join(dir, "t.xlsx")], { stdio: "ignore", timeout: 120000 });
      const rows = fs.readFileSync(path.join(dir, "t-统计表.csv"), "utf8").split(/\r?\n/).map((l) => l.split(","));
      const t3 = read.tables.table3!;
      const t4 = read.tables.table4!;
      const newRow = t3.row + 3;
      expect(rows[newRow][10]).toBe("✗ 应为 5 ");
      expect(rows[newRow + 1][10]).toBe(""); // 二、上年结转 holds
      // Under 表三: H3 per column — 自然人 3 + 0 vs 0 + 0 → +3; 商业企业 +2; 总计 column +6.
      const under = rows[t3.row + t3.rows];
      expect(under.slice(3, 10)).toEqual(["✗ 差 +3 ", "✗ 差 +2 ", "", "", "", "", "✗ 差 +6 "]);
      // Under 表四: the 行政复议 总计 column (the 5th of the group) says 2.
      const group = rows[t4.row + t4.rows];
      expect(group[3 + 4]).toBe("✗ 应为 2 ");
      expect(group[3 + 9]).toBe("");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 150000);
});

describe("说明 in the workbook", () => {
  test("a 说明 written to the metadata survives saving the .xlsx and opening it again, and marks the finding 已说明", async () => {
    const wb = XlsxWorkbook.create();
    await insertReport(wb);
    const read = await readReport(wb);
    const explanation = { findingId: "S9a", text: "本年度确无新发现的问题。", at: "2026-01-15 09:30" };
    await wb.apply(planWriteExplanations(read, [explanation]));
    const reopened = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    const again = await readReport(reopened);
    expect(again.problems).toEqual([]);
    expect(again.data.explanations).toEqual([explanation]);
    const s9a = checkReport(again.data).find((f) => f.id === "S9a")!;
    expect(s9a.explained).toEqual({ text: "本年度确无新发现的问题。", at: "2026-01-15 09:30" });
  });
});

describe("sets", () => {
  test("a second set lives beside the first with suffixed sheets and names, and survives save and reopen", async () => {
    const wb = XlsxWorkbook.create();
    await insertReport(wb);
    expect(nextReportSet(await wb.listSheets())).toBe(2);
    await insertReport(wb, undefined, reportSet(2));
    const r1 = await readReport(wb);
    const c = r1.cells["table3.new[total]"];
    await wb.apply(planWriteValues(r1, { "table3.new[total]": 9 }));
    const reopened = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    expect(reportSetsIn(await reopened.listSheets())).toEqual([1, 2]);
    const one = await readReport(reopened);
    const two = await readReport(reopened, reportSet(2));
    expect(one.data.values["table3.new[total]"]).toBe(9);
    expect(two.data.values["table3.new[total]"]).toBeNull();
    expect(two.problems).toEqual([]);
    expect(two.cells["table3.new[total]"]).toEqual({ ...c, sheet: "统计表 (2)" });
  });

  test("reportSetsIn finds sets by any of their sheets and ignores look-alikes", () => {
    expect(reportSetsIn(["Sheet1", "统计表", "报告信息 (3)", "统计表 (x)", "统计表 (1)", "统计表（2）"])).toEqual([1, 3]);
    expect(nextReportSet(["统计表 (3)"])).toBe(4);
    expect(nextReportSet([])).toBe(2);
  });
});

describe("修复表格", () => {
  test("a renamed sheet with a merge undone and a label typed over in 表二: rebuilt on 统计表, every row kept but 规章", async () => {
    const wb = new MemoryWorkbook(["Sheet1"]);
    await insertReport(wb);
    const read = await readReport(wb);
    const values: Record<string, number> = {};
    Object.keys(read.cells).forEach((k, i) => (values[k] = i));
    await wb.apply(planWriteValues(read, values));
    wb.renameSheet(SHEET_TABLES, "我的表");
    const t2 = wb.getName("NB_TABLE2")!;
    wb.unmerge({ ...t2, rows: 1 });
    // Labels are locked on the protected sheet: a user unprotects it (no password) and types over one.
    await wb.apply([{ op: "unprotect", sheet: "我的表" }]);
    wb.setCell("我的表", t2.row + 2, t2.col, "规章（改）");
    const damaged = await readReport(wb);
    expect(damaged.problems.map((p) => p.kind).sort()).toEqual(["label_changed", "sheet_renamed"]);

    const plan = await planRepair(wb, { backup: true });
    // 表二's other rows are found by their labels; 规章 (label changed) is not guessed.
    expect(plan.lostTables).toEqual([]);
    expect(plan.recovered.map((r) => [r.table, r.rows, r.lostRows.map((x) => x.name)])).toEqual([["table2", 5, ["规章"]]]);
    expect(plan.deleted).toEqual(["我的表", "报告信息", "_年报助手"]);
    expect(plan.backupSheet).toBe("我的表 备份");
    const syncs = wb.stats.syncs;
    await wb.apply(plan.ops);
    expect(wb.stats.syncs - syncs).toBe(1);
    const after = await readReport(wb);
    expect(after.problems).toEqual([]);
    expect(after.tables.table3!.sheet).toBe(SHEET_TABLES);
    for (const [k, v] of Object.entries(values)) expect(after.data.values[k]).toBe(k.startsWith("table2.regulations.") ? null : v);
    // The backup keeps 表二's numbers where they were, 规章's too.
    const reg = read.cells["table2.regulations.issued"];
    expect(wb.getValue("我的表 备份", reg.row, reg.col)).toBe(values["table2.regulations.issued"]);
    expect(await wb.listSheets()).toEqual(["Sheet1", "我的表 备份", "统计表", "报告信息", "_年报助手"]);
  });

  test("without damage nothing is lost and no backup is made even when asked", async () => {
    const wb = new MemoryWorkbook(["Sheet1"]);
    await insertReport(wb);
    wb.insertRows(SHEET_TABLES, 0, 3);
    const plan = await planRepair(wb, { backup: true });
    expect(plan.lostTables).toEqual([]);
    expect(plan.backupSheet).toBeNull();
    await wb.apply(plan.ops);
    expect(wb.getName(NB_TABLE3)).toEqual(tablePlacements(reportSet(), FORMAT_2021).find((p) => p.table === "table3")!.range);
  });
});

describe("print setup", () => {
  test("统计表 prints A4 landscape one page wide, 报告信息 A4 portrait; kept in the .xlsx and written through Office.js", async () => {
    const wb = new MemoryWorkbook();
    await insertReport(wb);
    expect(wb.getPageSetup(SHEET_TABLES)).toEqual({ paper: "A4", orientation: "landscape", fitToWidth: true });
    expect(wb.getPageSetup("报告信息")).toEqual({ paper: "A4", orientation: "portrait", fitToWidth: true });

    const x = XlsxWorkbook.create();
    await insertReport(x);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await x.toBuffer()) as unknown as ArrayBuffer);
    const ps = book.getWorksheet(SHEET_TABLES)!.pageSetup;
    expect([ps.paperSize, ps.orientation, ps.fitToPage, ps.fitToWidth, ps.fitToHeight]).toEqual([9, "landscape", true, 1, 0]);

    const target = {} as { Excel: typeof Excel; Office: typeof Office };
    const state = installFakeOffice(target, new FakeWorkbookState({ apiMinor: 14, sheets: ["Sheet1"] }));
    await insertReport(new OfficeWorkbook({ excel: target.Excel, office: target.Office }));
    expect(state.grid.getPageSetup(SHEET_TABLES)).toEqual({ paper: "A4", orientation: "landscape", fitToWidth: true });
  });
});
