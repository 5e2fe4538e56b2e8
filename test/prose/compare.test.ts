/**
 * Text against the tables, and a total in the text against the parts it lists. Values are set by hand; the real
 * sentences are from test/prose/corpus.ts.
 */
import { readFileSync } from "fs";
import { latestFormat, type CellKey } from "../../src/format";
import { partsContradictions, quantityId, quantityName, readReportText, readStatements, tableContradictions, type TableValues } from "../../src/prose";
import { reportFromJson } from "../../src/report";
import { fixturePath } from "../support/shared";

const format = latestFormat();
/** Table values from a map of cells; cells not in the map are blank. */
const values = (cells: Record<CellKey, number>): TableValues => ({
  sum: (keys) => (keys.every((k) => k in cells) ? keys.reduce((s, k) => s + cells[k], 0) : undefined),
});
const requests = (text: string) => readStatements(text, { format, year: 2023, topic: "requests" });

describe("statements against the tables", () => {
  test("长春市净月区体育局 2023: the text says 2 applications, its own 表三 says 3 — a real contradiction", () => {
    const s = requests("本年度,共受理政府信息公开申请2件,都在法定期限内予以答复。");
    const found = tableContradictions(s, format, values({ "table3.new[total]": 3 }));
    expect(found).toHaveLength(1);
    expect(found[0].readings.map((r) => [quantityId(r.quantity), r.cells, r.value])).toEqual([["table3.new[total]", ["table3.new[total]"], 3]]);
    expect(found[0].statement.sentence.text).toBe("本年度,共受理政府信息公开申请2件,都在法定期限内予以答复。");
  });
  test("agreeing figures give nothing", () => {
    expect(tableContradictions(requests("共受理政府信息公开申请3件。"), format, values({ "table3.new[total]": 3 }))).toEqual([]);
  });
  test("a blank cell is not compared (the table rules report it)", () => {
    expect(tableContradictions(requests("共受理政府信息公开申请3件。"), format, values({}))).toEqual([]);
  });
  test("a group is the sum of its items: 不予公开 8 = 1 + 6 + 1", () => {
    const s = requests("不予公开8件。");
    const cells = { "table3.denied_5[total]": 1, "table3.denied_7[total]": 6, "table3.denied_8[total]": 1 } as Record<CellKey, number>;
    for (const k of [1, 2, 3, 4, 6]) cells[`table3.denied_${k}[total]`] = 0;
    expect(tableContradictions(s, format, values(cells))).toEqual([]);
    cells["table3.denied_7[total]"] = 5;
    expect(tableContradictions(s, format, values(cells))[0].readings[0].value).toBe(7);
  });
  test("several readings: contradicted only when none fits", () => {
    const s = requests("全年办理政府信息公开申请218件。");
    const t = { "table3.new[total]": 200, "table3.carried_over[total]": 5, "table3.total[total]": 218 };
    expect(tableContradictions(s, format, values(t))).toEqual([]);
    t["table3.total[total]"] = 190;
    expect(tableContradictions(s, format, values(t))[0].readings.map((r) => r.value)).toEqual([200, 205, 190]);
  });
  test("均获维持 against a case still pending", () => {
    const s = readStatements("因政府信息公开被申请行政复议2件，均获维持。", { format, year: 2023 });
    const t = { "table4.reconsideration[total]": 2, "table4.reconsideration[corrected]": 0, "table4.reconsideration[other]": 0, "table4.reconsideration[pending]": 1 };
    const found = tableContradictions(s, format, values(t));
    expect(found.map((f) => [f.statement.form, f.readings[0].value])).toEqual([["all", 1]]);
  });
  test("淮安市人民政府 2024: its own text agrees with its tables", () => {
    const data = reportFromJson(JSON.parse(readFileSync(fixturePath("huaian-2024"), "utf8")));
    const cells = (keys: CellKey[]) => keys.map((k) => data.values[k]);
    const tableValues: TableValues = { sum: (keys) => (cells(keys).every((v) => typeof v === "number") ? (cells(keys) as number[]).reduce((a, b) => a + b, 0) : undefined) };
    const read = readReportText(data, format);
    const statements = read.flatMap((r) => r.statements);
    expect(statements).toHaveLength(14);
    expect(read.flatMap((r) => tableContradictions(r.statements, format, tableValues))).toEqual([]);
    expect(read.flatMap((r) => partsContradictions(r.statements, format))).toEqual([]);
  });
});

describe("a total against the parts the text lists", () => {
  test("all four outcomes: they must add up to the total", () => {
    const s = readStatements("政府信息公开行政复议 351件，其中结果维持 72 件，结果纠正 64 件，其他结果 177 件，尚未审结 37 件。", { format, year: 2024 });
    const found = partsContradictions(s, format);
    expect(found.map((f) => [f.total.value, f.partsSum, f.complete])).toEqual([[351, 350, true]]);
  });
  test("行政诉讼 is both groups: its outcomes are both groups' outcomes", () => {
    const s = readStatements("政府信息公开行政诉讼 46 件，其中结果维持 25件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。", { format, year: 2024 });
    expect(partsContradictions(s, format)).toEqual([]);
  });
  test("some applicant columns: they must not exceed the total", () => {
    expect(partsContradictions(requests("共收到政府信息公开申请70件，其中自然人申请65件。"), format)).toEqual([]);
    expect(partsContradictions(requests("共收到政府信息公开申请70件，其中自然人申请75件。"), format).map((f) => [f.partsSum, f.complete])).toEqual([[75, false]]);
    expect(partsContradictions(requests("共收到政府信息公开申请70件，其中自然人申请65件，法人或其他组织申请4件。"), format).map((f) => [f.partsSum, f.complete])).toEqual([[69, true]]);
  });
  test("东阳 2023: 办结177件（含上年结转3件），其中 the six results add up to 177; 上年结转 is not a part of them", () => {
    const s = requests("办结依申请公开件177件(含2022年结转的3件),其中,予以公开60件,部分公开51件,不予公开4件,信息无法提供30件、不予处理3件,其他处理29件。");
    expect(s.filter((x) => x.partOf === 0)).toHaveLength(7);
    expect(partsContradictions(s, format)).toEqual([]);
    const wrong = requests("办结依申请公开件177件(含2022年结转的3件),其中,予以公开60件,部分公开51件,不予公开4件,信息无法提供30件、不予处理3件,其他处理28件。");
    expect(partsContradictions(wrong, format).map((f) => [f.total.value, f.partsSum])).toEqual([[177, 176]]);
  });
  test("results under 收到 are not parts of 本年新收 (they are parts of （七）总计)", () => {
    expect(partsContradictions(requests("共收到8份政府信息公开申请。其中，予以公开20件。"), format)).toEqual([]);
  });
});

test("quantity names come from the format's labels", () => {
  const q = (id: string) => readStatements(id, { format, year: 2023, topic: "requests" })[0].readings[0];
  expect(quantityName(q("收到申请3件。"), format)).toBe("表三 一、本年新收·总计");
  expect(quantityName(q("不予公开3件。"), format)).toBe("表三（三）不予公开·总计");
  expect(quantityName(q("予以公开及部分公开3件。"), format)).toBe("表三（一）予以公开与（二）部分公开·总计");
  expect(quantityName(q("法人或其他组织申请3件。"), format)).toBe("表三 一、本年新收·法人或其他组织");
  expect(quantityName(q("政府信息公开行政诉讼3件，其中结果维持2件。"), format)).toBe("表四 行政诉讼·总计");
});
