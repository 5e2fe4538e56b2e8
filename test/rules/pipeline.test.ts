/**
 * The one check pipeline (`checkReport`) on the real 2019-format report, on each 2019 rule, on the data-file cases of
 * the format (S7), and the same counts for the CLI, the pane's findings list and the 生成报告 panel.
 */
import { readFileSync } from "fs";
import { FORMAT_2019, table3Key } from "../../src/format";
import { readReportJson, reportFromJson, type ReportData } from "../../src/report";
import { checkReport, checkTables, planComputeTotals, rulesFor, summarize } from "../../src/rules";
import * as layout from "../../src/workbook/layout";
import * as rules from "../../src/rules";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { makeServices } from "../../src/taskpane/services";
import { findingsOf } from "../../src/cli/load";
import { fixturePath } from "../support/shared";

const json = (name: string) => JSON.parse(readFileSync(fixturePath(name), "utf8")) as Record<string, any>;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe("pingtan-2020 (real, 2019 format)", () => {
  const read = readReportJson(json("pingtan-2020"));

  test("exactly the two H2 findings from the table rules, with their values and differences", () => {
    const tables = checkReport(read).filter((f) => /^H/.test(f.rule));
    expect(tables.map((f) => [f.id, f.left, f.right, f.difference, f.scope])).toEqual([
      ["H2.natural_person", 20, 26, -6, "表三（七）总计·自然人"],
      ["H2.total", 21, 27, -6, "表三（七）总计·总计"],
    ]);
    // The （七）总计 agrees with H1 on its row and with the printed 勾稽 (H3): the result rows are the likelier error,
    // so no fix value is offered for the total.
    expect(tables.every((f) => f.fix === undefined)).toBe(true);
    expect(tables[0].sides).toEqual({ left: "（七）总计", right: "（一）至（六）之和" });
    expect(tables[1].rightCells).toContain("table3.other[total]");
    expect(tables[1].message).toBe(
      "表三（七）总计·总计为 21，（一）至（六）各项之和为 27，相差 -6；该总计与本行各申请人之和、勾稽关系（本年新收 + 上年结转 = 办理结果总计 + 结转下年度）一致，请核对本列（一）至（六）各项",
    );
  });

  test("its 表二 (signed 本年增/减 -18 and -15, 采购总金额 \"73802895.90元\") gives no H5 or H6, and no equation", () => {
    expect(checkTables(read.data).filter((f) => f.table === "table2")).toEqual([]);
    expect(rulesFor(FORMAT_2019).find((r) => r.id === "H1")!.sides).toHaveLength(23);
  });

  test("计算总计 proposes the totals from the 2019 rows (（七）总计 26 and 27 from `other`)", () => {
    expect(planComputeTotals(read.data).changes.map((c) => [c.cell, c.to])).toEqual([
      ["table3.total[natural_person]", 26],
      ["table3.total[total]", 27],
    ]);
  });
});

/** A consistent 2019 report: 平潭 2020 with its （七）总计 corrected to the sum of its result rows (and 新收 so H3 holds). */
function consistent2019(): ReportData {
  const d = reportFromJson(json("pingtan-2020"));
  for (const [row, c, v] of [["total", "natural_person", 26], ["total", "total", 27], ["new", "natural_person", 26], ["new", "total", 27]] as const)
    d.values[table3Key(row, c)] = v;
  return d;
}

describe("each 2019 rule passes and fails", () => {
  const ids = (d: ReportData) => checkTables(d).map((f) => f.id);
  test("the consistent report passes every table rule", () => {
    expect(ids(consistent2019())).toEqual([]);
  });
  test.each([
    ["H1 on the single （六） row", (d: ReportData) => (d.values["table3.other[total]"] = 5), ["H1.other", "H2.total"]],
    ["H2 on a column with `other`", (d: ReportData) => { d.values["table3.other[research]"] = 1; d.values["table3.other[total]"] = 5; }, ["H2.research", "H2.total"]],
    ["H3 per column", (d: ReportData) => (d.values["table3.carried_forward[legal_service]"] = 1), ["H1.carried_forward", "H3.legal_service"]],
    ["H4a", (d: ReportData) => (d.values["table4.reconsideration[upheld]"] = 1), ["H4a"]],
    ["H4c", (d: ReportData) => (d.values["table4.litigation_after_reconsideration[total]"] = 2), ["H4c"]],
    ["H5: a negative count outside 本年增/减", (d: ReportData) => (d.values["table2.licensing.items_last_year"] = -3), ["H5:table2.licensing.items_last_year"]],
    ["H5: a decimal in 本年增/减", (d: ReportData) => (d.values["table2.penalty.items_change"] = -1.5), ["H5:table2.penalty.items_change"]],
    ["H5: a wrong unit in 采购总金额", (d: ReportData) => (d.values["table2.procurement.amount"] = "25件"), ["H5:table2.procurement.amount"]],
    ["H6: a blank 本年增/减", (d: ReportData) => (d.values["table2.fees.items_change"] = null), ["H6:table2.fees.items_change"]],
    ["H6: \"/\" in the single （六） row", (d: ReportData) => (d.values["table3.other[commercial]"] = "/"), ["H6:table3.other[commercial]"]],
  ])("%s", (_name, change, expected) => {
    const d = consistent2019();
    change(d);
    expect(ids(d)).toEqual(expected);
  });
  test("signed 本年增/减 accepted (−417), no equation between the 2019 表二 columns (716 + (−417) ≠ 298 is fine)", () => {
    const d = consistent2019();
    Object.assign(d.values, { "table2.licensing.items_last_year": 716, "table2.licensing.items_change": -417, "table2.licensing.decisions": 298 });
    expect(ids(d)).toEqual([]);
  });
});

describe("data files whose format cannot be told (S7) and the 2019 （六） row in a 2021 report", () => {
  test("no format: read as its layout, one S7 finding, the arithmetic still checked", () => {
    const { format: _f, ...noFormat } = json("pingtan-2020");
    const f = checkReport(readReportJson(noFormat));
    expect(f.filter((x) => x.rule === "S7").map((x) => x.id)).toEqual(["S7.format_unstated"]);
    expect(f.filter((x) => x.rule === "H2").map((x) => x.id)).toEqual(["H2.natural_person", "H2.total"]);
  });
  test("a 2022 report in the 2019 layout: checked in the layout it has, with S7", () => {
    const j = json("pingtan-2020");
    j.year = 2022;
    const f = checkReport(readReportJson(j));
    expect(f.filter((x) => x.rule === "S7").map((x) => x.message)).toEqual([
      "报告年度为 2022 年，应使用 2021 年格式（国办公开办函〔2021〕30号）；2019 年格式用于 2019—2020 年度的报告",
    ]);
    expect(f.filter((x) => x.rule === "H2")).toHaveLength(2);
  });
  test("a 2021 report with the single （六） row: one finding saying what to do, no 21 blanks, the other rules run", () => {
    const j = json("pingtan-2021");
    const rows = ["other_1", "other_2", "other_3"].map((k) => j.table3[k] as number[]);
    j.table3.other = rows[0].map((_, i) => rows[0][i] + rows[1][i] + rows[2][i]);
    for (const k of ["other_1", "other_2", "other_3"]) delete j.table3[k];
    j.table3.total[0] += 1; // and a real H2 error beside it
    const f = checkReport(readReportJson(j));
    const s7 = f.filter((x) => x.id.startsWith("S7."));
    expect(s7).toHaveLength(1);
    expect(s7[0].message).toMatch(/（六）其他处理只填了一行.*请按 2021 年格式把这些申请分到三行中填写/);
    expect(f.filter((x) => x.rule === "H6")).toEqual([]);
    expect(f.filter((x) => /^H[1-3]/.test(x.rule)).map((x) => x.id)).toEqual(["H1.total", "H2.natural_person", "H3.natural_person"]);
  });
});

describe("one pipeline: the CLI, the pane's findings list and the 生成报告 panel count alike", () => {
  test("a workbook with a damaged 表三, missing metadata and a blank: the same findings everywhere", async () => {
    const port = new MemoryWorkbook();
    const data = reportFromJson(json("pingtan-2021"));
    data.values["table2.fees"] = null;
    await layout.insertReport(port, data);
    const read0 = await layout.readReport(port);
    const t3 = read0.tables.table3!;
    port.deleteRows(t3.sheet, t3.row + 4, 1);
    port.deleteName(layout.NB_META);
    const read = await layout.readReport(port);
    expect(read.tablesRead.table3).toBe(false);
    const services = makeServices(layout, rules);
    const pane = services.checkReport(read); // useLiveCheck and GeneratePanel both call this
    const cli = findingsOf({ ok: true, file: "x.xlsx", kind: "xlsx", data: read.data, read, layoutFindings: [], unreadTables: ["table3"] });
    expect(cli).toEqual(pane);
    const counts = summarize(pane);
    // 1 layout problem on 表三 (强制) + H6 on the blank fee; the missing metadata is a 提示; nothing from 表三's blanks.
    expect(pane.filter((f) => f.rule === "layout").map((f) => [f.severity, f.table ?? ""])).toEqual([
      ["error", "table3"],
      ["warning", ""],
    ]);
    expect(pane.filter((f) => f.rule === "H6").map((f) => f.id)).toEqual(["H6:table2.fees"]);
    expect(counts.errors).toBe(2);
  });
});
