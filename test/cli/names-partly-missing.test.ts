/**
 * Workbooks with some of their names deleted, through the CLI: each table whose name is missing is found by its labels
 * on both readers (the fast one and, with NIANBAO_XLSX_FAST=0, the exceljs one), with one 提示 naming the missing
 * names; `--previous` reads a workbook without names the same way; `aggregate` adds such a unit with its real figures,
 * and refuses (exit 2) a unit whose table cannot be read at all rather than adding its cells as blank.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { REPORT_FIXTURES } from "../support/shared";
import { reportFromJson, type ReportData } from "../../src/report";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { insertReport, NB_INFO, NB_TABLE2, NB_TABLE3, NB_TABLE4 } from "../../src/workbook/layout";

const PINGTAN_2024 = JSON.parse(readFileSync(join(REPORT_FIXTURES, "pingtan-2024.data.json"), "utf8")) as Record<string, unknown>;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-names-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env.NIANBAO_XLSX_FAST;
});

/** 平潭 2024 (with another 机关名称 when given) inserted into a new workbook, `strip` names deleted, saved as `name`. */
async function workbook(name: string, strip: (n: string) => boolean, agency?: string, change?: (wb: XlsxWorkbook) => Promise<void>): Promise<string> {
  const data: ReportData = reportFromJson(agency ? { ...PINGTAN_2024, agency } : PINGTAN_2024);
  const wb = XlsxWorkbook.create();
  await insertReport(wb, data);
  if (change) await change(wb);
  wb.workbook.definedNames.model = wb.workbook.definedNames.model.filter((n) => !strip(n.name));
  const path = join(dir, name);
  await wb.save(path);
  return path;
}

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
}
const findingsOf = (out: string) => (JSON.parse(out) as { files: { findings: JsonFinding[] }[] }).files[0].findings;

describe.each([
  ["fast reader", "1"],
  ["exceljs reader", "0"],
])("one name deleted, %s", (_, fast) => {
  beforeAll(() => {
    process.env.NIANBAO_XLSX_FAST = fast;
  });
  afterAll(() => {
    delete process.env.NIANBAO_XLSX_FAST;
  });

  test.each([NB_TABLE2, NB_TABLE3, NB_TABLE4, NB_INFO])("without %s: read by its labels, one 提示 naming it, the check passes", async (name) => {
    const file = await workbook(`${name}-${fast}.xlsx`, (n) => n === name);
    const r = await runCli("check", file, "--json");
    expect(r.code).toBe(0);
    const layout = findingsOf(r.out).filter((f) => f.rule === "layout");
    expect(layout).toHaveLength(1);
    expect(layout[0].severity).toBe("warning");
    expect(layout[0].message).toContain(`没有年报助手的名称 ${name}（`);
    expect(layout[0].message).toContain("“修复表格”恢复名称");
    expect(findingsOf(r.out).filter((f) => f.severity === "error")).toEqual([]);
  });

  test("without NB_TABLE3: export gives 表三 新收 back (217 自然人, 218 总计)", async () => {
    const file = await workbook(`t3gone-export-${fast}.xlsx`, (n) => n === NB_TABLE3);
    const out = join(dir, `t3gone-${fast}.json`);
    expect((await runCli("export", file, "-o", out, "--force")).code).toBe(0);
    const json = JSON.parse(readFileSync(out, "utf8")) as { table3: { new: number[] } };
    expect(json.table3.new).toEqual([217, 1, 0, 0, 0, 0, 218]);
  });
});

test("--previous: a workbook with every name deleted is read by its labels (S2: 上年 440 + 62 − 33 = 469, 现为 440)", async () => {
  const previous = await workbook("nonames.xlsx", (n) => n.startsWith("NB_"));
  const y25 = join(dir, "y25.json");
  writeFileSync(y25, JSON.stringify({ ...PINGTAN_2024, year: 2025 }));
  const r = await runCli("check", y25, "--previous", previous, "--json");
  expect(r.err).toBe("");
  expect(r.out).not.toContain("不做跨年度检查");
  const s2 = findingsOf(r.out).filter((f) => f.rule === "S2");
  expect(s2).toHaveLength(1);
  expect(s2[0].message).toContain("按上年 440 + 本年制发 62 − 本年废止 33 应为 469");
});

describe("aggregate", () => {
  test("a unit without NB_TABLE3 is added with its figures: 表三 新收 自然人 217 + 217 = 434, 总计 218 + 218 = 436", async () => {
    const t3gone = await workbook("agg-t3gone.xlsx", (n) => n === NB_TABLE3);
    const k1 = await workbook("agg-k1.xlsx", () => false, "平潭综合实验区某局");
    const out = join(dir, "ag.json");
    const r = await runCli("aggregate", t3gone, k1, "-o", out, "--force");
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(out, "utf8")) as { table3: { new: number[] } };
    expect(json.table3.new).toEqual([434, 2, 0, 0, 0, 0, 436]);
  });

  test("a unit whose 表三 cannot be read (name deleted, its labels typed over): refused, exit 2, naming the unit and 表三", async () => {
    const broken = await workbook("agg-broken.xlsx", (n) => n === NB_TABLE3, undefined, async (wb) => {
      const t3 = (await wb.readNamed([NB_TABLE3]))[NB_TABLE3]!.range;
      await wb.apply([{ op: "values", range: { ...t3, rows: 1, cols: 1 }, values: [["改过"]] }]);
    });
    const k1 = await workbook("agg-k1b.xlsx", () => false, "平潭综合实验区某局");
    const out = join(dir, "ag-broken.json");
    const r = await runCli("aggregate", broken, k1, "-o", out, "--force");
    expect(r.code).toBe(2);
    expect(r.err).toContain("无法汇总");
    expect(r.err).toContain(`平潭综合实验区管委会办公室（汇总平潭综合实验区）（${broken}）的表三无法读取`);
    expect(r.err).not.toContain("表二");
    expect(() => readFileSync(out)).toThrow();
  });

  test("check --children: that unit is left out of the sum with its reason, not added as blank", async () => {
    const broken = await workbook("kids-broken.xlsx", (n) => n === NB_TABLE3, undefined, async (wb) => {
      const t3 = (await wb.readNamed([NB_TABLE3]))[NB_TABLE3]!.range;
      await wb.apply([{ op: "values", range: { ...t3, rows: 1, cols: 1 }, values: [["改过"]] }]);
    });
    const k1 = await workbook("kids-k1.xlsx", () => false, "平潭综合实验区某局");
    const parent = join(dir, "kids-parent.json");
    writeFileSync(parent, JSON.stringify({ ...PINGTAN_2024, agency: "平潭综合实验区" }));
    const json = JSON.parse((await runCli("check", parent, "--children", broken, "--children", k1, "--json")).out);
    expect(json.children.units.map((u: { unit: string }) => u.unit)).toEqual(["平潭综合实验区某局"]);
    expect(json.children.left_out).toEqual([{ file: broken, reason: "表三的表格结构有问题，无法读取，不能当作未填写相加", self: false }]);
  });
});
