/**
 * Adding up units (`aggregate`) and the hierarchy check (`hierarchyFindings`) on three hand-made units: every sum
 * below is computed by hand from the values set here; 万元 are added exactly (0.1 + 0.2 + 0.0001 is 0.3001, where
 * binary arithmetic gives 0.30010000000000003).
 */
import { readFileSync } from "fs";
import { fixturePath } from "../support/shared";
import { unitReport } from "../support/region";
import { reportFromJson, type ReportData } from "../../src/report";
import { aggregate, aggregateReport, AggregateError, type UnitReport } from "../../src/review/aggregate";
import { addDecimals, decimalText, toDecimal } from "../../src/review/decimal";
import { hierarchyFindings } from "../../src/review/hierarchy";

/** 平潭 2021's figures as a unit, with the changes made by `edit` (on the data file's JSON). */
function unit(name: string, edit: (j: Record<string, any>) => void): UnitReport {
  const json = unitReport(name) as Record<string, any>;
  edit(json);
  return { file: `${name}.json`, data: reportFromJson(json) };
}

// 平潭 2021: 表三 一、本年新收 64, 0, 0, 2, 0, 4, 70; 表二 行政许可 2293; 表四 行政复议 1, 0, 2, 0, 3
const A = unit("县水利局", (j) => (j.table2.fees = 0.1));
const B = unit("县林业局", (j) => {
  j.table2.fees = 0.2;
  j.table2.licensing = 7;
  j.table3.new = [1, 2, 3, 4, 5, 6, 21];
});
const C = unit("城关镇", (j) => {
  j.table2.fees = 0.0001;
  j.table2.licensing = 1;
  j.table3.new[0] = null;
  j.table2.penalty = "/";
});

describe("aggregate", () => {
  const a = aggregate([A, B, C]);

  test("sums computed by hand: 表三 cell by cell, 表二 counts, 表四 groups", () => {
    expect([a.year, a.format.id, a.units.map((u) => u.unit)]).toEqual([2021, "2021", ["县水利局", "县林业局", "城关镇"]]);
    // 自然人: 64 + 1 + (blank) = 65; 商业企业 0 + 2 + 0; 总计 70 + 21 + 70 = 161
    expect(["natural_person", "commercial", "total"].map((c) => a.values[`table3.new[${c}]`])).toEqual([65, 2, 161]);
    expect(a.values["table2.licensing"]).toBe(2293 + 7 + 1);
    expect(a.values["table2.normative_documents.in_force"]).toBe(665 * 3);
    // 表三 （七）总计·总计 is 69 in 平潭 2021 (70 new, 1 carried forward to next year): 3 × 69
    expect(a.values["table3.total[total]"]).toBe(207);
    expect(["upheld", "corrected", "other", "pending", "total"].map((c) => a.values[`table4.reconsideration[${c}]`])).toEqual([3, 0, 6, 0, 9]);
    // 行政处罚: 1282 + 1282 and 城关镇's “/”: the sum is unknown, left blank (it was 2564, silently short)
    expect([a.values["table2.penalty"], a.exact["table2.penalty"], a.unsummed]).toEqual([null, undefined, ["table2.penalty"]]);
  });

  test("the tester's case: “217件” and “１” in a unit's 表三 leave those sums blank, the 总计 is still summed", () => {
    const D = unit("县民政局", (j) => {
      j.table3.new[0] = "217件";
      j.table3.new[3] = "１";
    });
    const s = aggregate([A, D]);
    expect(s.unsummed).toEqual(["table3.new[natural_person]", "table3.new[social_welfare]"]);
    expect(["natural_person", "commercial", "social_welfare", "total"].map((c) => s.values[`table3.new[${c}]`])).toEqual([null, 0, null, 140]);
    expect(s.gaps).toEqual([
      {
        file: "县民政局.json",
        unit: "县民政局",
        blank: [],
        invalid: [
          { cell: "table3.new[natural_person]", raw: "217件" },
          { cell: "table3.new[social_welfare]", raw: "１" },
        ],
      },
    ]);
  });

  test("万元 without rounding loss", () => {
    expect(0.1 + 0.2 + 0.0001).not.toBe(0.3001);
    expect([a.values["table2.fees"], a.exact["table2.fees"]]).toEqual([0.3001, "0.3001"]);
    expect(decimalText(addDecimals(["24252.311082", 1e-7, 0.1].map((v) => toDecimal(v)!)))).toBe("24252.4110821");
  });

  test("which cells of which unit were not added: blank, or not a number", () => {
    expect(a.gaps).toEqual([{ file: "城关镇.json", unit: "城关镇", blank: ["table3.new[natural_person]"], invalid: [{ cell: "table2.penalty", raw: "/" }] }]);
  });

  test("a unit whose tables could not be read is refused, naming it and the tables, not added as blank", () => {
    const unread: UnitReport = { ...B, file: "县林业局.xlsx", unreadTables: ["table4", "table3"] };
    expect(() => aggregate([A, unread, C])).toThrow(
      new AggregateError("县林业局（县林业局.xlsx）的表三、表四无法读取（表格结构有问题），不能当作未填写相加；请在 Excel 或 WPS 中用年报助手任务窗格的“修复表格”修好后再汇总"),
    );
    expect(aggregate([A, { ...B, unreadTables: [] }]).values["table3.new[total]"]).toBe(91);
  });

  test("reports of different years or formats, or without a year, are refused in Chinese, naming them", () => {
    const lastYear = unit("县民政局", (j) => (j.year = 2020));
    expect(() => aggregate([A, lastYear])).toThrow(new AggregateError("各单位报告的年度不同，不能相加：2021 年度：县水利局（县水利局.json）；2020 年度：县民政局（县民政局.json）"));
    const old: UnitReport = { file: "平潭2020.json", data: reportFromJson(JSON.parse(readFileSync(fixturePath("pingtan-2020"), "utf8"))) };
    expect(() => aggregate([A, old])).toThrow(/^各单位报告的格式不同，不能相加：2021 年格式：县水利局（县水利局.json）；2019 年格式：.*（平潭2020.json）$/);
    const noYear = unit("县民政局", (j) => (j.year = null));
    expect(() => aggregate([A, noYear])).toThrow("报告未写明年度，不能确定能否相加：县民政局（县民政局.json）");
    expect(() => aggregate([])).toThrow("没有可汇总的报告");
  });

  test("the parent's report holds the sums, the year and the units", () => {
    const parent = aggregateReport(a, "某县人民政府");
    expect([parent.agency, parent.year, parent.values["table3.new[total]"], parent.text.problems]).toEqual(["某县人民政府", 2021, 161, ""]);
    expect(parent.extra.aggregated_from).toEqual([
      { unit: "县水利局", file: "县水利局.json" },
      { unit: "县林业局", file: "县林业局.json" },
      { unit: "城关镇", file: "城关镇.json" },
    ]);
  });
});

describe("hierarchyFindings", () => {
  const a = aggregate([A, B, C]);
  const parentWith = (edit: (p: ReportData) => void): ReportData => {
    const p = aggregateReport(a, "某县人民政府");
    edit(p);
    return p;
  };

  test("the parent equal to the sum: only the cell whose sum is unknown (城关镇's “/”), named and not compared", () => {
    const f = hierarchyFindings(parentWith((d) => (d.values["table2.penalty"] = 9999)), a);
    expect(f).toEqual([
      {
        id: "A1.unsummed",
        rule: "A1",
        severity: "warning",
        title: "与下属单位合计不符",
        message: "下属单位以下单元格填的不是有效数字，合计无法确定，本报告这 1 格未与下属单位合计核对：表二 行政处罚·本年处理决定数量（城关镇填的“/”）；请这些单位改正后重新核对",
        cells: ["table2.penalty"],
      },
    ]);
    const ab = aggregate([A, B]);
    expect(hierarchyFindings(aggregateReport(ab, "某县人民政府"), ab)).toEqual([]);
  });

  test("a planted difference: one 提示 with both sides and the difference; a 说明 kept with it", () => {
    const p = parentWith((d) => {
      d.values["table2.licensing"] = 2306;
      d.values["table2.fees"] = 0.3;
      d.explanations.push({ findingId: "A1:table2.fees", text: "本级收费另计", at: "2022-01-10T00:00:00Z" });
    });
    const f = hierarchyFindings(p, a);
    expect(f.map((x) => [x.id, x.severity, x.left, x.right, x.difference])).toEqual([
      ["A1.unsummed", "warning", undefined, undefined, undefined],
      ["A1:table2.licensing", "warning", 2306, 2301, 5],
      ["A1:table2.fees", "warning", 0.3, 0.3001, -0.0001],
    ]);
    expect(f[1].message).toBe("表二 行政许可·本年处理决定数量为 2306，3 个下属单位合计 2301，相差 +5；本单位自身有件数时请写明说明");
    expect(f[2].explained).toEqual({ text: "本级收费另计", at: "2022-01-10T00:00:00Z" });
  });

  test("a parent of another year: one finding saying the tables were not compared", () => {
    const f = hierarchyFindings(parentWith((d) => (d.year = 2022)), a);
    expect(f.map((x) => x.id)).toEqual(["A1.format"]);
  });
});
