import * as fs from "fs";
import * as path from "path";
import { reportFromJson, type ReportData } from "../../src/report";
import { checkTables, planComputeTotals, planFillBlanks } from "../../src/rules";

const FIXTURES = path.join(__dirname, "../../../shared/fixtures/reports");
const load = (name: string): ReportData => reportFromJson(JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.data.json`), "utf8")));
const apply = (d: ReportData, changes: { cell: string; to: number }[]) => {
  for (const c of changes) d.values[c.cell] = c.to;
};

describe("planFillBlanks", () => {
  test("only blank cells become 0; '/' and text stay for the user", () => {
    const d = load("pingtan-2021");
    d.values["table2.regulations.issued"] = null;
    d.values["table2.regulations.repealed"] = "";
    d.values["table2.regulations.in_force"] = "/";
    const changes = planFillBlanks(d);
    expect(changes).toEqual([
      { cell: "table2.regulations.issued", name: "表二 规章·本年制发件数", from: null, to: 0 },
      { cell: "table2.regulations.repealed", name: "表二 规章·本年废止件数", from: "", to: 0 },
    ]);
  });
  test("an empty report has 200 blanks", () => {
    expect(planFillBlanks(reportFromJson({ format: "2021" }))).toHaveLength(200);
  });
});

describe("planComputeTotals", () => {
  test("the real H2 error of pingtan-2020: （七）总计 becomes 26 and 27, then the 勾稽 H3 shows the real gap", () => {
    const j = JSON.parse(fs.readFileSync(path.join(FIXTURES, "pingtan-2020.data.json"), "utf8"));
    delete j.table2_2019;
    j.format = "2021";
    j.table3.other_1 = [0, 0, 0, 0, 0, 0, 0];
    j.table3.other_2 = [0, 0, 0, 0, 0, 0, 0];
    j.table3.other_3 = j.table3.other;
    delete j.table3.other;
    const d = reportFromJson(j);
    const { changes, skipped } = planComputeTotals(d);
    expect(skipped).toEqual([]);
    expect(changes.map((c) => [c.cell, c.from, c.to])).toEqual([
      ["table3.total[natural_person]", 20, 26],
      ["table3.total[total]", 21, 27],
    ]);
    apply(d, changes);
    // H3 (new + carried_over = total + carried_forward) then fails, as it must: 20 + 0 ≠ 26 + 0.
    expect(checkTables(d).filter((f) => f.table === "table3").map((f) => f.id)).toEqual(["H3.natural_person", "H3.total"]);
  });
  test("a table with only the parts filled gets every total", () => {
    const d = load("pingtan-2024");
    const totals = Object.keys(d.values).filter((k) => k.endsWith("[total]") || k.startsWith("table3.total["));
    for (const k of totals) d.values[k] = null;
    const { changes } = planComputeTotals(d);
    apply(d, changes);
    expect(checkTables(d).filter((f) => f.rule !== "H6")).toEqual([]);
    expect(d.values["table3.new[total]"]).toBe(218);
    expect(d.values["table4.reconsideration[total]"]).toBe(7);
  });
  test("a total whose parts are not all numbers is skipped with the reason", () => {
    const d = load("pingtan-2021");
    d.values["table4.litigation_direct[corrected]"] = "/";
    d.values["table4.litigation_direct[total]"] = 99;
    const { changes, skipped } = planComputeTotals(d);
    expect(changes).toEqual([]);
    expect(skipped).toEqual([
      { cell: "table4.litigation_direct[total]", reason: "表四 行政诉讼·未经复议直接起诉·总计无法计算：表四 行政诉讼·未经复议直接起诉·结果纠正不是有效数字" },
    ]);
  });
});
