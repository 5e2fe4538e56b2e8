/**
 * The 2019 table set on a sheet (report-format.md §4), with the real 2019-format report 平潭 2020: the printed
 * grid against labels copied by hand from the spec, the signed 本年增/减 and the 采购总金额 written with its unit,
 * the metadata, protection and print setup, check cells evaluated by LibreOffice, round trips through MemoryWorkbook
 * and an .xlsx saved and opened again, and 修复表格.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FORMAT_2019, formatForYear } from "../../src/format";
import { readReportJson, type ReportData } from "../../src/report";
import {
  NB_META,
  NB_TABLE2,
  NB_TABLE3,
  SHEET_META,
  SHEET_TABLES,
  checkCells,
  insertReport,
  planRepair,
  readReport,
  tablePlacements, reportSet } from "../../src/workbook/layout";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { fixturePath } from "../support/shared";

const pingtan2020 = (): ReportData => readReportJson(JSON.parse(fs.readFileSync(fixturePath("pingtan-2020"), "utf8"))).data;

/** [row, col, text, rowSpan, colSpan] of the 2019 表二, copied from report-format.md §4. */
const TABLE2_2019: [number, number, string, number, number][] = [
  [0, 0, "第二十条第（一）项", 1, 4],
  [1, 0, "信息内容", 1, 1],
  [1, 1, "本年新制作数量", 1, 1],
  [1, 2, "本年新公开数量", 1, 1],
  [1, 3, "对外公开总数量", 1, 1],
  [2, 0, "规章", 1, 1],
  [3, 0, "规范性文件", 1, 1],
  [4, 0, "第二十条第（五）项", 1, 4],
  [5, 0, "信息内容", 1, 1],
  [5, 1, "上一年项目数量", 1, 1],
  [5, 2, "本年增/减", 1, 1],
  [5, 3, "处理决定数量", 1, 1],
  [6, 0, "行政许可", 1, 1],
  [7, 0, "其他对外管理服务事项", 1, 1],
  [8, 0, "第二十条第（六）项", 1, 4],
  [9, 1, "上一年项目数量", 1, 1],
  [9, 2, "本年增/减", 1, 1],
  [9, 3, "处理决定数量", 1, 1],
  [10, 0, "行政处罚", 1, 1],
  [11, 0, "行政强制", 1, 1],
  [12, 0, "第二十条第（八）项", 1, 4],
  [13, 1, "上一年项目数量", 1, 1],
  [13, 2, "本年增/减", 1, 2],
  [14, 0, "行政事业性收费", 1, 1],
  [15, 0, "第二十条第（九）项", 1, 4],
  [16, 1, "采购项目数量", 1, 1],
  [16, 2, "采购总金额", 1, 2],
  [17, 0, "政府集中采购", 1, 1],
];

async function inserted(data: ReportData = pingtan2020()): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await insertReport(wb, data);
  return wb;
}

describe("the 2019 tables on 统计表", () => {
  test("表二: 18 rows × 4 columns, every label and span as the spec prints it", async () => {
    const wb = await inserted();
    const t2 = wb.getName(NB_TABLE2)!;
    expect([t2.rows, t2.cols]).toEqual([18, 4]);
    for (const [r, c, text, rs, cs] of TABLE2_2019) {
      expect([r, c, wb.getValue(SHEET_TABLES, t2.row + r, t2.col + c)]).toEqual([r, c, text]);
      const merge = wb.mergeAt(SHEET_TABLES, t2.row + r, t2.col + c);
      if (rs > 1 || cs > 1) expect(merge).toEqual({ sheet: SHEET_TABLES, row: t2.row + r, col: t2.col + c, rows: rs, cols: cs });
      else expect(merge).toBeUndefined();
    }
    // 采购总金额 spans two value columns; its value is the text as published.
    expect(wb.getValue(SHEET_TABLES, t2.row + 17, t2.col + 2)).toBe("73802895.90元");
    expect(wb.mergeAt(SHEET_TABLES, t2.row + 17, t2.col + 2)).toMatchObject({ rows: 1, cols: 2 });
  });

  test("表三: 26 rows with the single （六）其他处理 row across B–C; 三、本年度办理结果 spans 20 rows", async () => {
    const wb = await inserted();
    const t3 = wb.getName(NB_TABLE3)!;
    expect([t3.rows, t3.cols]).toEqual([26, 10]);
    expect(wb.mergeAt(SHEET_TABLES, t3.row + 5, t3.col)).toEqual({ sheet: SHEET_TABLES, row: t3.row + 5, col: t3.col, rows: 20, cols: 1 });
    expect(wb.getValue(SHEET_TABLES, t3.row + 23, t3.col + 1)).toBe("（六）其他处理");
    expect(wb.mergeAt(SHEET_TABLES, t3.row + 23, t3.col + 1)).toMatchObject({ rows: 1, cols: 2 });
    expect(wb.getValue(SHEET_TABLES, t3.row + 24, t3.col + 1)).toBe("（七）总计");
    expect(wb.getValue(SHEET_TABLES, t3.row + 25, t3.col)).toBe("四、结转下年度继续办理");
    // 平潭 2020's （六） row: 4 from natural persons.
    expect(wb.getValue(SHEET_TABLES, t3.row + 23, t3.col + 3)).toBe(4);
  });

  test("the title names the 2019 notice; the note says which cells take a sign or a unit; metadata records 2019", async () => {
    const wb = await inserted();
    expect(wb.getValue(SHEET_TABLES, 0, 0)).toBe("政府信息公开工作年度报告统计表（国办公开办函〔2019〕60号格式）");
    const note = String(wb.getValue(SHEET_TABLES, 1, 0));
    expect(note).toContain("本年增/减减少的填负数");
    expect(note).toContain("采购总金额按原文填写，可写明单位");
    expect(note).not.toContain("万元");
    const meta = wb.getName(NB_META)!;
    const kv = Object.fromEntries(Array.from({ length: meta.rows }, (_, i) => [wb.getValue(SHEET_META, i, 0), wb.getValue(SHEET_META, i, 1)]));
    expect(kv).toMatchObject({ format: "2019", layout_version: 1 });
  });

  test("validation: 本年增/减 (5 cells) takes negative whole numbers, every other count ≥ 0, 采购总金额 any text", async () => {
    const wb = await inserted();
    const read = await readReport(wb);
    const signed: string[] = [];
    for (const c of FORMAT_2019.inputCells) {
      const at = read.cells[c.key];
      const rule = wb.validationAt(at.sheet, at.row, at.col);
      if (c.key === "table2.procurement.amount") {
        expect(rule).toBeUndefined();
        expect(wb.getStyle(at.sheet, at.row, at.col)).toMatchObject({ locked: false, numberFormat: "General" });
      } else if (rule!.min < 0) signed.push(c.key);
      else expect([c.key, rule!.type, rule!.min]).toEqual([c.key, "wholeNumber", 0]);
    }
    expect(signed).toEqual(["licensing", "other_services", "penalty", "enforcement", "fees"].map((r) => `table2.${r}.items_change`));
  });

  test("protected, A4 landscape one page wide; 报告信息 carries the year", async () => {
    const wb = await inserted();
    expect(wb.isProtected(SHEET_TABLES)).toBe(true);
    expect(wb.getPageSetup(SHEET_TABLES)).toEqual({ paper: "A4", orientation: "landscape", fitToWidth: true });
    expect((await readReport(wb)).data.year).toBe(2020);
  });

  test("check cells: 23 rows of 表三 (H1), 7 columns under it (H2 + H3), 3 under 表四; H2 sums the single （六） row", () => {
    const placements = tablePlacements(reportSet(), FORMAT_2019);
    const cells = checkCells(placements, FORMAT_2019);
    expect(cells).toHaveLength(23 + 7 + 3);
    const t3 = placements.find((p) => p.table === "table3")!.range;
    const under = cells.find((c) => c.equations[0] === "H2.natural_person")!;
    // 自然人 is column D; （一） is the 6th grid row, （六） the 24th, （七）总计 the 25th.
    const r = (i: number) => t3.row + i + 1;
    expect(under.formula).toContain(`IF(D${r(24)}=SUM($D$${r(5)}:$D$${r(23)})`);
  });
});

describe("round trips of 平潭 2020 (2019 format)", () => {
  const check = async (wb: MemoryWorkbook | XlsxWorkbook, data: ReportData) => {
    const read = await readReport(wb);
    expect(read.problems).toEqual([]);
    expect(read.format.id).toBe("2019");
    expect(read.data.format).toBe("2019");
    expect(read.tablesRead).toEqual({ table2: true, table3: true, table4: true });
    expect(Object.keys(read.cells)).toHaveLength(198);
    expect(read.data.values).toEqual(data.values);
    expect([read.data.agency, read.data.year]).toEqual([data.agency, 2020]);
  };

  test("MemoryWorkbook", async () => {
    const data = pingtan2020();
    await check(await inserted(data), data);
  });

  test("XlsxWorkbook saved to a file and opened again", async () => {
    const data = pingtan2020();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nb-2019-"));
    try {
      const wb = XlsxWorkbook.create();
      await insertReport(wb, data);
      await wb.save(path.join(dir, "r.xlsx"));
      await check(await XlsxWorkbook.open(path.join(dir, "r.xlsx")), data);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("LibreOffice computes the check cells: 表三（七）总计·自然人 and ·总计 should be 26 and 27 (spec: short by 6)", async () => {
    if (!fs.existsSync("/usr/lib/libreoffice/program/libsclo.so")) {
      throw new Error("LibreOffice Calc is missing: run `node bin/test-tools.cjs` (npm test does)");
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nb-2019-lo-"));
    try {
      const wb = XlsxWorkbook.create();
      await insertReport(wb, pingtan2020());
      await wb.save(path.join(dir, "t.xlsx"));
      execFileSync("soffice", ["--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, path.join(dir, "t.xlsx")], { stdio: "ignore", timeout: 120000 });
      const rows = fs.readFileSync(path.join(dir, "t-统计表.csv"), "utf8").split(/\r?\n/).map((l) => l.split(","));
      const t3 = (await readReport(wb)).tables.table3!;
      // Under 表三, per column: H2 breaks in 自然人 (6 + 6 + 4 + 3 + 3 + 4 = 26, printed 20) and 总计 (27, printed 21);
      // H3 holds (20 + 0 = 20 + 0), as do the other columns.
      const under = rows[t3.row + t3.rows].slice(3, 10);
      expect(under).toEqual(["✗ 应为 26 ", "", "", "", "", "", "✗ 应为 27 "]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 150000);
});

describe("修复表格 on a 2019 set", () => {
  test("a row deleted from 表三: rebuilt in the 2019 format with every other row found by its labels", async () => {
    const data = pingtan2020();
    const wb = await inserted(data);
    const t3 = wb.getName(NB_TABLE3)!;
    wb.deleteRows(SHEET_TABLES, t3.row + 6, 1); // （二）部分公开
    const damaged = await readReport(wb);
    expect(damaged.problems.map((p) => p.kind)).toEqual(["shape_changed"]);
    expect(damaged.format.id).toBe("2019");
    const plan = await planRepair(wb);
    expect(plan.recovered.map((r) => [r.table, r.rows, r.lostRows.map((x) => x.name)])).toEqual([["table3", 22, ["（二）部分公开"]]]);
    await wb.apply(plan.ops);
    const after = await readReport(wb);
    expect(after.problems).toEqual([]);
    expect(after.format.id).toBe("2019");
    for (const [k, v] of Object.entries(data.values)) expect([k, after.data.values[k]]).toEqual([k, k.startsWith("table3.partial[") ? null : v]);
  });

  test("the format follows the report year: 2020 → 2019 format", () => {
    expect(formatForYear(2020)).toBe(FORMAT_2019);
  });
});
