/**
 * Workbooks whose layout was damaged after insertion, through the CLI: a row of 表三 deleted (as Excel deletes it:
 * the rows below move up and the names shrink) stops `report`, naming the table and where 修复表格 is; `check` lists
 * it as a 强制 layout finding. A workbook whose names were lost is read by its labels, with a 提示; a renamed tables
 * sheet is a 提示.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { runCli } from "../support/cli";
import { getValue, reportFromJson } from "../../src/report";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { planRepair, readReport } from "../../src/workbook/layout";
import { REPORT_FIXTURES } from "../support/shared";

const PINGTAN_2021 = join(REPORT_FIXTURES, "pingtan-2021.data.json");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-damaged-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A workbook of 平潭 2021 made by `init`, then changed by `change` through exceljs and saved as `name`. */
async function damaged(name: string, change: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const made = join(dir, `made-${name}`);
  expect((await runCli("init", made, "--data", PINGTAN_2021)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(made);
  change(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** The sheet row of 表三's row with this label in column B or C (the 2021 layout puts item labels there). */
function table3Row(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    const texts = [1, 2, 3].map((c) => String(ws.getRow(r).getCell(c).value ?? ""));
    if (texts.some((t) => t === label)) return r;
  }
  throw new Error(`no row ${label}`);
}

describe("a row of 表三 deleted (3.危及“三安全一稳定”)", () => {
  let file: string;
  beforeAll(async () => {
    file = await damaged("del.xlsx", (wb) => {
      const ws = wb.getWorksheet("统计表")!;
      ws.spliceRows(table3Row(ws, "3.危及“三安全一稳定”"), 1);
    });
  });

  test("report stops with exit 2, names 表三 and the task pane's 修复表格, and writes nothing", async () => {
    const out = join(dir, "out");
    const r = await runCli("report", file, "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("无法生成报告");
    expect(r.err).toContain("表三应有 28 行，现为 27 行");
    expect(r.err).toContain("3.危及“三安全一稳定”");
    expect(r.err).toContain("年报助手任务窗格");
    expect(r.err).toContain("“修复表格”");
    expect(r.err).not.toContain("表四");
    expect(r.out).toBe("");
    expect(existsSync(out)).toBe(false);
  });

  test("check lists it as a 强制 layout finding naming the task pane, exit 1", async () => {
    const r = await runCli("check", file, "--json");
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.out) as { files: { findings: { rule: string; severity: string; message: string }[] }[] }).files[0].findings;
    const layout = findings.filter((f) => f.rule === "layout");
    expect(layout).toHaveLength(1);
    expect(layout[0].severity).toBe("error");
    expect(layout[0].message).toContain("表三应有 28 行，现为 27 行");
    expect(layout[0].message).toContain("Excel 或 WPS 中年报助手任务窗格的“修复表格”");
  });
});

describe("a workbook whose names were lost (sheets copied into a new workbook)", () => {
  let file: string;
  beforeAll(async () => {
    file = await damaged("nonames.xlsx", (wb) => {
      wb.definedNames.model = [];
    });
  });

  test("check finds the tables by their labels and reads every value; one 提示 says the names are missing and where 修复表格 is", async () => {
    const r = await runCli("check", file, "--json");
    expect(r.code).toBe(0);
    const findings = (JSON.parse(r.out) as { files: { findings: { rule: string; severity: string; message: string }[] }[] }).files[0].findings;
    const layout = findings.filter((f) => f.rule === "layout");
    expect(layout.map((f) => f.severity)).toEqual(["warning"]);
    expect(layout[0].message).toContain("工作簿中没有年报助手的名称 NB_TABLE2、NB_TABLE3、NB_TABLE4、NB_INFO、NB_META");
    expect(layout[0].message).toContain("已按表格的标签和工作表名找到表二、表三、表四、报告信息");
    expect(layout[0].message).toContain("Excel 或 WPS 中年报助手任务窗格的“修复表格”");
    // The same findings as the intact workbook's, the layout 提示 aside.
    const intact = await runCli("check", join(dir, "made-nonames.xlsx"), "--json");
    const rules = (out: string) => (JSON.parse(out) as { files: { findings: { id: string }[] }[] }).files[0].findings.map((f) => f.id);
    expect(rules(r.out).filter((id) => !id.startsWith("layout."))).toEqual(rules(intact.out));
  });

  test("export gives every value of the data file back (平潭 2021: 表三 新收 总计 70, 表二 收费 24252.311082)", async () => {
    const out = join(dir, "nonames.json");
    expect((await runCli("export", file, "-o", out)).code).toBe(0);
    const exported = reportFromJson(JSON.parse(readFileSync(out, "utf8")));
    const expected = reportFromJson(JSON.parse(readFileSync(PINGTAN_2021, "utf8")));
    expect(exported.values).toEqual(expected.values);
    expect(getValue(exported, "table3.new[total]")).toBe(70);
    expect(getValue(exported, "table2.fees")).toBe(24252.311082);
  });

  test("修复表格 restores the names and keeps every value", async () => {
    const port = await XlsxWorkbook.open(file);
    const plan = await planRepair(port);
    expect(plan.lostTables).toEqual([]);
    await port.apply(plan.ops);
    const after = await readReport(port);
    expect(after.problems).toEqual([]);
    expect(after.data.values).toEqual(reportFromJson(JSON.parse(readFileSync(PINGTAN_2021, "utf8"))).values);
  });
});

test("a renamed tables sheet whose names still point at it: one 提示 (工作表已改名), the check passes", async () => {
  const file = await damaged("renamed.xlsx", (wb) => {
    // As Excel renames: the names follow the sheet.
    wb.getWorksheet("统计表")!.name = "2021年统计";
    wb.definedNames.model = wb.definedNames.model.map((n) => ({ ...n, ranges: n.ranges.map((r) => r.replace("'统计表'!", "'2021年统计'!")) }));
  });
  const r = await runCli("check", file, "--json");
  expect(r.code).toBe(0);
  const findings = (JSON.parse(r.out) as { files: { findings: { rule: string; severity: string; title: string; message: string }[] }[] }).files[0].findings;
  const layout = findings.filter((f) => f.rule === "layout");
  expect(layout.map((f) => [f.severity, f.title])).toEqual([["warning", "工作表已改名"]]);
  expect(layout[0].message).toContain("统计表现在位于工作表“2021年统计”");
});
