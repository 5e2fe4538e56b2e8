/**
 * Last year's report for the cross-year rules: the real 平潭 2020 report (2019 format), 2021-format data, workbooks.
 * Expected values are read by hand from /work/shared/fixtures/reports/pingtan-2020.data.json.
 */
import { readFileSync } from "fs";
import { FORMAT_2021, table3Key } from "../../src/format";
import { emptyReport, getValue, reportToJson, ReportDataError, type ReportData } from "../../src/report";
import { checkReport } from "../../src/rules";
import { NB_TABLE3, insertReport } from "../../src/workbook/layout";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { previousForCheck, previousFromJson, previousFromWorkbook, readPrevious } from "../../src/import/previous";
import { fixturePath } from "../support/shared";

const PINGTAN_2020 = JSON.parse(readFileSync(fixturePath("pingtan-2020"), "utf8")) as Record<string, unknown>;
const PINGTAN_2021 = JSON.parse(readFileSync(fixturePath("pingtan-2021"), "utf8")) as Record<string, unknown>;

const row = (data: ReportData, rowKey: string) => FORMAT_2021.structure.table3.columns.map((c) => getValue(data, table3Key(rowKey, c.key)));
const blankRow = [null, null, null, null, null, null, null];

describe("a 2019-format report data file (平潭 2020)", () => {
  const prev = previousFromJson(PINGTAN_2020, "pingtan-2020.data.json");

  test("read in its own format: 表三 as published, 结转下年度 included; 其他处理 one row, not split; 表二 in the 2019 keys", () => {
    expect(prev.format).toBe("2019");
    expect(prev.data.year).toBe(2020);
    expect(prev.data.agency).toBe("平潭综合实验区政府信息公开工作领导小组办公室（汇总平潭综合实验区）");
    expect(row(prev.data, "new")).toEqual([20, 0, 0, 0, 0, 1, 21]);
    expect(row(prev.data, "granted")).toEqual([6, 0, 0, 0, 0, 1, 7]);
    expect(row(prev.data, "unable_3")).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(row(prev.data, "total")).toEqual([20, 0, 0, 0, 0, 1, 21]);
    expect(row(prev.data, "carried_forward")).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // the 2019 row （六）其他处理 = [4,0,0,0,0,0,4] is not guessed into one of the three 2021 rows
    for (const r of ["other_1", "other_2", "other_3"]) expect(row(prev.data, r)).toEqual(blankRow);
    expect(row(prev.data, "other")).toEqual([4, 0, 0, 0, 0, 0, 4]);
    // 表二 stays in the 2019 keys: none of the 2021 cells (S2's 现行有效件数) exists, so S2 cannot compare them.
    expect(getValue(prev.data, "table2.normative_documents.disclosed_total")).toBe(166);
    expect(Object.keys(prev.data.values).filter((k) => k.startsWith("table2."))).toHaveLength(22);
    expect(getValue(prev.data, "table2.normative_documents.in_force")).toBeNull();
    expect(prev.data.extra).toEqual({});
    // 表四 is the same in both formats: all 0 in 平潭 2020
    expect(getValue(prev.data, "table4.reconsideration[total]")).toBe(0);
    // every other 表三 row of the 2021 model has a value
    const filled = FORMAT_2021.structure.table3.rows.filter((r) => !r.key.startsWith("other_")).map((r) => r.key);
    for (const r of filled) expect(row(prev.data, r)).not.toContain(null);
  });

  test("for a 2021 report, the note says only what both formats share is compared: 表二 is not, S2 does not run", () => {
    const current = previousFromJson(PINGTAN_2021, "now").data;
    expect(previousForCheck(current, prev, "pingtan-2020.data.json").note).toBe(
      "上年报告“pingtan-2020.data.json”为 2019 年格式（国办公开办函〔2019〕60号），本报告为 2021 年格式：只比较两种格式共有的内容；表二的栏目不同、不可比，不做 S2 检查；C1a、C1b、S1 照常检查",
    );
  });

  test("as previous for 平潭 2021: S1 runs (上年结转 3 ≠ 结转下年度 0), S2 does not, although 表二's values differ", () => {
    const current = JSON.parse(JSON.stringify(PINGTAN_2021));
    current.table3.carried_over = [3, 0, 0, 0, 0, 0, 3];
    const data = previousFromJson(current, "now");
    const cross = checkReport(data.data, { previous: prev.data }).filter((f) => /^S(1|2)\b|^S[12]\./.test(f.id));
    expect(cross.map((f) => [f.id, f.left, f.right])).toEqual([
      ["S1.natural_person", 3, 0],
      ["S1.total", 3, 0],
    ]);
  });

  test("text fields are kept (C1 compares them); a file without `format` but with table2_2019 is read as 2019", () => {
    const { format: _f, ...noFormat } = PINGTAN_2020;
    const json = { ...noFormat, text: { problems: "一是培训不足。", other_matters: "无。" } };
    const prev2 = previousFromJson(json, "a.json");
    expect(prev2.format).toBe("2019");
    expect(prev2.data.text.problems).toBe("一是培训不足。");
    expect(prev2.data.text.otherMatters).toBe("无。");
    expect(row(prev2.data, "carried_forward")).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  test("a 表三 row of the wrong length is refused with the row named", () => {
    const bad = { ...PINGTAN_2020, table3: { ...(PINGTAN_2020.table3 as object), carried_forward: [0, 0, 0] } };
    expect(() => previousFromJson(bad, "bad.json")).toThrow(ReportDataError);
    expect(() => previousFromJson(bad, "bad.json")).toThrow(/表三 四、结转下年度（table3\.carried_forward）应为 7 个值的数组/);
  });
});

describe("a 2021-format report data file", () => {
  test("is read as reportFromJson reads it, with no note", () => {
    const prev = previousFromJson(PINGTAN_2021, "p.json");
    expect(prev.format).toBe("2021");
    expect(prev.notes).toEqual([]);
    expect(getValue(prev.data, "table2.fees")).toBe(24252.311082);
    expect(row(prev.data, "new")).toEqual([64, 0, 0, 2, 0, 4, 70]);
  });
});

describe("readPrevious", () => {
  test("the reasons name the file: empty, not JSON, bad data", async () => {
    expect(await readPrevious({ name: "a.json", text: "" })).toEqual({ ok: false, error: "上年报告“a.json”是空文件" });
    const notJson = await readPrevious({ name: "b.json", text: '{\n  "year": 2020,\n  "agency" "x"\n}' });
    expect(notJson).toEqual({ ok: false, error: "上年报告“b.json”不是有效的 JSON：第 3 行第 12 列附近有误：名称后面缺少冒号 :（\"agency\" \"x\"）" });
    const badData = await readPrevious({ name: "c.json", text: '{"format": "2021", "year": "去年"}' });
    expect(badData).toEqual({ ok: false, error: '上年报告“c.json”的报告数据有误：报告信息·报告年度（year）应为整数年份，现为 "去年"' });
  });

  test("a workbook made by this product gives back the data it was made from", async () => {
    const source = previousFromJson(PINGTAN_2021, "p.json").data;
    const port = new MemoryWorkbook();
    await insertReport(port, source);
    const read = await readPrevious({ name: "p.xlsx", workbook: port });
    if (!read.ok) throw new Error(read.error);
    expect(read.report.format).toBe("2021");
    expect(read.report.notes).toEqual([]);
    expect(read.report.data.values).toEqual(source.values);
    expect(read.report.data.year).toBe(2021);
  });

  test("a workbook with 表三's name removed and its top-left label typed over: 表三 blank and a note; one with no table at all is refused", async () => {
    const wb = XlsxWorkbook.create();
    await insertReport(wb, previousFromJson(PINGTAN_2021, "p.json").data);
    // With the name alone removed, 表三 is found by its labels and read.
    const found = XlsxWorkbook.create();
    await insertReport(found, previousFromJson(PINGTAN_2021, "p.json").data);
    found.workbook.definedNames.model = found.workbook.definedNames.model.filter((d) => d.name !== NB_TABLE3);
    const byLabels = await previousFromWorkbook(found, "p.xlsx");
    expect(row(byLabels.data, "carried_forward")).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(byLabels.notes).toEqual([]);
    // The 勾稽 note typed over as well: no place has all of 表三's labels.
    const t3 = (await wb.readNamed([NB_TABLE3]))[NB_TABLE3]!.range;
    await wb.apply([{ op: "values", range: { ...t3, rows: 1, cols: 1 }, values: [["改过"]] }]);
    wb.workbook.definedNames.model = wb.workbook.definedNames.model.filter((d) => d.name !== NB_TABLE3);
    const prev = await previousFromWorkbook(wb, "p.xlsx");
    expect(row(prev.data, "carried_forward")).toEqual(blankRow);
    expect(getValue(prev.data, "table2.fees")).toBe(24252.311082);
    expect(prev.notes.length).toBe(1);
    expect(prev.notes[0]).toMatch(/^上年报告“p\.xlsx”的表三未能读取（.*NB_TABLE3.*），涉及表三的跨年度检查不做$/);

    const plain = new MemoryWorkbook(["Sheet1"]);
    const read = await readPrevious({ name: "plain.xlsx", workbook: plain });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(/^上年报告“plain\.xlsx”的报告数据有误：找不到可读取的统计表/);
  });
});

describe("previousForCheck: only the year before is used", () => {
  const withYear = (year: number | null): ReportData => ({ ...emptyReport(FORMAT_2021), year });
  const prev = (year: number | null) => ({ data: withYear(year), format: "2021" as const, notes: [] });

  test("2020 for 2021 is used without a note", () => {
    const p = prev(2020);
    expect(previousForCheck(withYear(2021), p, "p.json")).toEqual({ previous: p.data });
  });

  test("2019 or 2021 for 2021 is not used, with a note naming both years", () => {
    const r = previousForCheck(withYear(2021), prev(2019), "p.json");
    expect(r.previous).toBeUndefined();
    expect(r.note).toBe("上年报告“p.json”为 2019 年度，本报告为 2021 年度，不是上一年度，不做跨年度检查（C1a、C1b、S1、S2）");
    expect(previousForCheck(withYear(2021), prev(2021), "p.json").previous).toBeUndefined();
  });

  test("an unknown year: used, with a note saying which report has none", () => {
    const r = previousForCheck(withYear(2021), prev(null), "p.json");
    expect(r.previous).toBeDefined();
    expect(r.note).toBe("上年报告“p.json”没有填写年度，无法核对是否为上一年度，按上一年度检查");
    expect(previousForCheck(withYear(null), prev(2020), "p.json").note).toBe("本报告没有填写年度，无法核对是否为上一年度，按上一年度检查");
  });
});

test("round trip: a 2019 report read as previous writes back in the 2019 format's canonical keys, nothing converted", () => {
  const json = reportToJson(previousFromJson(PINGTAN_2020, "p.json").data);
  expect(json.format).toBe("2019");
  expect(json).not.toHaveProperty("table2_2019");
  expect((json.table3 as Record<string, unknown>).other).toEqual([4, 0, 0, 0, 0, 0, 4]);
  expect((json.table2 as Record<string, Record<string, unknown>>).procurement).toEqual({ projects: 395, amount: "73802895.90元" });
});
