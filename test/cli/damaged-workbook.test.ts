/**
 * Workbooks whose layout was damaged after insertion, through the CLI: a row of 表三 deleted (as Excel deletes it:
 * the rows below move up and the names shrink) stops `report`, naming the table and where 修复表格 is; `check` lists
 * it as a 强制 layout finding.
 */
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { runCli } from "../support/cli";
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
