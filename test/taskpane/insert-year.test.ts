/**
 * The report year of 插入统计表 and its format (report-format.md §3 S7, §4: 2019–2020 reports use the 2019 format of
 * 国办公开办函〔2019〕60号, 2021 on the 2021 format of 国办公开办函〔2021〕30号), and the blank report inserted for it.
 */
import { FORMAT_2019, getFormat } from "../../src/format";
import { checkReport } from "../../src/rules";
import { defaultReportYear, insertChoice, insertDescription } from "../../src/taskpane/insert-year";
import { insertNewReport, planInsert, readReport, reportSet } from "../../src/workbook/layout";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { WriteOp } from "../../src/workbook/port";

const DEC_2026 = new Date(2026, 11, 2);
const JAN_2027 = new Date(2027, 0, 10);

describe("the year proposed and typed", () => {
  test("last year is proposed: in January 2027 the 2026 report, in December 2026 the 2025 report", () => {
    expect(defaultReportYear(JAN_2027)).toBe(2026);
    expect(defaultReportYear(DEC_2026)).toBe(2025);
  });

  test.each([
    ["2020", 2020, "2019", "按 2019 年格式（国办公开办函〔2019〕60号）插入 2020 年度统计表"],
    ["2019", 2019, "2019", "按 2019 年格式（国办公开办函〔2019〕60号）插入 2019 年度统计表"],
    ["2021", 2021, "2021", "按 2021 年格式（国办公开办函〔2021〕30号）插入 2021 年度统计表"],
    ["2026", 2026, "2021", "按 2021 年格式（国办公开办函〔2021〕30号）插入 2026 年度统计表"],
    ["２０２０", 2020, "2019", "按 2019 年格式（国办公开办函〔2019〕60号）插入 2020 年度统计表"],
    [" 2020年 ", 2020, "2019", "按 2019 年格式（国办公开办函〔2019〕60号）插入 2020 年度统计表"],
    ["2020年度", 2020, "2019", "按 2019 年格式（国办公开办函〔2019〕60号）插入 2020 年度统计表"],
  ])("“%s” is %d in the %s format", (typed, year, format, description) => {
    const c = insertChoice(typed, JAN_2027);
    expect(c).toEqual({ ok: true, year, format: getFormat(format) });
    if (c.ok) expect(insertDescription(c)).toBe(description);
  });

  test.each([
    ["", "请填写报告年度（统计的是哪一年，如 2026）。"],
    ["20", "报告年度“20”不是四位数的年份，请填写如 2026。"],
    ["2020.5", "报告年度“2020.5”不是四位数的年份，请填写如 2026。"],
    ["去年", "报告年度“去年”不是四位数的年份，请填写如 2026。"],
    ["2018", "2018 年度的年报没有统一的统计表格式：统一格式自 2019 年度报告起使用（国办公开办函〔2019〕60号），无法插入统计表。"],
    ["2028", "报告年度 2028 晚于今年（2027 年），该年度的报告还不能编写。"],
  ])("“%s” cannot be inserted: %s", (typed, message) => {
    expect(insertChoice(typed, JAN_2027)).toEqual({ ok: false, message });
  });
});

describe("insertNewReport: the year in 报告信息 and the format recorded agree", () => {
  const sheetOf = (op: WriteOp) => ("sheet" in op ? op.sheet : "range" in op ? op.range.sheet : "");

  test("the same sheets as a blank insert of that format, with 报告年度 written and nothing else", () => {
    const set = reportSet();
    const blank = planInsert(undefined, set, FORMAT_2019);
    const wb = new MemoryWorkbook();
    const ops: WriteOp[] = [];
    const recording = { ...wb, apply: async (o: WriteOp[]) => void ops.push(...o) } as unknown as MemoryWorkbook;
    return insertNewReport(recording, 2020, FORMAT_2019, set).then(() => {
      expect(ops.length).toBe(blank.length);
      const differing = ops.filter((op, i) => JSON.stringify(op) !== JSON.stringify(blank[i]));
      expect(differing.map(sheetOf)).toEqual([set.infoSheet]);
      expect(JSON.stringify(differing)).toContain("2020");
    });
  });

  test.each([
    [2020, "2019", 198],
    [2026, "2021", 200],
  ])("%d: read back in the %s format with the year, no read problem and no S7 finding", async (year, id, cells) => {
    const format = getFormat(id);
    const wb = new MemoryWorkbook(["Sheet1"]);
    await insertNewReport(wb, year, format);
    const read = await readReport(wb);
    expect(read.recordedFormat).toBe(format.id);
    expect(read.format).toBe(format);
    expect(read.data.year).toBe(year);
    expect(read.problems).toEqual([]);
    expect(Object.keys(read.cells)).toHaveLength(cells);
    const findings = checkReport(read);
    expect(findings.filter((f) => f.rule === "S7" || f.rule === "I2")).toEqual([]);
    // Every input blank (H6) and no 机关名称 (I1): the only 强制.
    expect(findings.filter((f) => f.severity === "error").map((f) => f.rule === "H6" ? "H6" : f.id).filter((x, i, a) => a.indexOf(x) === i)).toEqual(["H6", "I1"]);
  });
});
