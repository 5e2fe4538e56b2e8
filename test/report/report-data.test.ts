import * as fs from "fs";
import { FORMAT_2021 } from "../../src/format";
import * as path from "path";
import { emptyReport, getValue, readReportJson, ReportDataError, reportFromJson, reportToJson } from "../../src/report";

const FIXTURES = path.join(__dirname, "../../../shared/fixtures/reports");
const load = (name: string) => JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.data.json`), "utf8"));

describe("reportFromJson", () => {
  test("reads the real 2024 report: agency, year, table values by key", () => {
    const data = reportFromJson(load("pingtan-2024"));
    expect(data.year).toBe(2024);
    expect(data.agency).toContain("平潭综合实验区");
    // Values from the fixture's README: fee 18651.06 万元, 行政复议 2/1/3/1/7, 复议后起诉 13/2/4/0/19.
    expect(getValue(data, "table2.fees")).toBe(18651.06);
    expect(["upheld", "corrected", "other", "pending", "total"].map((c) => getValue(data, `table4.reconsideration[${c}]`))).toEqual([2, 1, 3, 1, 7]);
    expect(["upheld", "corrected", "other", "pending", "total"].map((c) => getValue(data, `table4.litigation_after_reconsideration[${c}]`))).toEqual([13, 2, 4, 0, 19]);
    expect(getValue(data, "table3.new[total]")).toBe(218);
  });

  test("keeps strings as typed and null as blank", () => {
    const json = load("pingtan-2021");
    json.table2.regulations = { issued: "/", repealed: null, in_force: "１２" };
    json.table3.new[0] = "12件";
    const data = reportFromJson(json);
    expect(getValue(data, "table2.regulations.issued")).toBe("/");
    expect(getValue(data, "table2.regulations.repealed")).toBeNull();
    expect(getValue(data, "table2.regulations.in_force")).toBe("１２");
    expect(getValue(data, "table3.new[natural_person]")).toBe("12件");
  });

  test("a missing table leaves its cells blank", () => {
    const data = reportFromJson({ format: "2021", year: 2025, agency: "某局" });
    expect(getValue(data, "table3.total[total]")).toBeNull();
    expect(getValue(data, "table2.fees")).toBeNull();
  });

  test("text.wording: the choice per sub-item reads and writes back; a wrong value or sub-item is refused, naming it", () => {
    const json = load("pingtan-2021");
    json.text = { wording: { disclosure_on_request: "user", proactive_disclosure: "generated", information_management: null } };
    const data = reportFromJson(json);
    expect(data.text.wording).toEqual({ disclosure_on_request: "user", proactive_disclosure: "generated" });
    expect((reportToJson(data).text as Record<string, unknown>).wording).toEqual({ disclosure_on_request: "user", proactive_disclosure: "generated" });
    expect((reportToJson(reportFromJson(load("pingtan-2021"))).text as Record<string, unknown>).wording).toBeUndefined();
    json.text = { wording: { disclosure_on_request: "原文", platforms: "user" } };
    expect(() => reportFromJson(json)).toThrow(/text\.wording\.disclosure_on_request 应为 "generated" 或 "user"，现为 "原文"/);
    expect(() => reportFromJson(json)).toThrow(/text\.wording\.platforms 不是总体情况的小节/);
  });

  test("a short row of table 3 is refused, naming the row", () => {
    const json = load("pingtan-2021");
    json.table3.carried_over = [0, 0, 0, 0, 0, 0];
    expect(() => reportFromJson(json)).toThrow(ReportDataError);
    expect(() => reportFromJson(json)).toThrow(/表三 二、上年结转（table3\.carried_over）应为 7 个值的数组/);
  });

  test("the real 2019-format pingtan-2020 is read as it is: 表二 by its printed labels (table2_2019), 表三 with the single other row", () => {
    const { data, problems } = readReportJson(load("pingtan-2020"));
    expect(problems).toEqual([]);
    expect([data.format, data.year]).toEqual(["2019", 2020]);
    // Values as published (fixtures/reports/pingtan-2020.data.json).
    expect(getValue(data, "table2.normative_documents.made")).toBe(77);
    expect(getValue(data, "table2.normative_documents.disclosed_total")).toBe(166);
    expect(getValue(data, "table2.penalty.items_change")).toBe(-18);
    expect(getValue(data, "table2.fees.items_change")).toBe(-15);
    expect(getValue(data, "table2.other_services.decisions")).toBe(105);
    expect(getValue(data, "table2.procurement.amount")).toBe("73802895.90元");
    expect(getValue(data, "table3.other[natural_person]")).toBe(4);
    expect(getValue(data, "table3.total[total]")).toBe(21);
    expect(Object.keys(data.values)).toHaveLength(22 + 161 + 15);
    expect(data.extra).toEqual({});
  });

  test("the 2019 file is written in the canonical form, and both forms read back to the same data", () => {
    const data = reportFromJson(load("pingtan-2020"));
    const out = reportToJson(data);
    expect(out.table2_2019).toBeUndefined();
    expect(out.table2).toMatchObject({
      regulations: { made: 0, published: 0, disclosed_total: 7 },
      licensing: { items_last_year: 396, items_change: 442, decisions: 278 },
      fees: { items_last_year: 35, items_change: -15 },
      procurement: { projects: 395, amount: "73802895.90元" },
    });
    expect(Object.keys(out.table3 as object)).toContain("other");
    expect(Object.keys(out.table3 as object)).not.toContain("other_1");
    const again = readReportJson(JSON.parse(JSON.stringify(out)));
    expect(again.problems).toEqual([]);
    expect(again.data).toEqual(data);
  });

  test.each([
    ["no format, 2019 表二 by labels", { year: 2020, table2_2019: { 规章: { 本年新制作数量: 1 } } }, "2019", "format_unstated"],
    ["no format, 2021 表二 keys", { year: 2024, table2: { regulations: { issued: 1 } } }, "2021", "format_unstated"],
    ["no format, nothing but the year 2020", { year: 2020 }, "2019", "format_unstated"],
    ["no format, a 2022 report in the 2019 layout", { year: 2022, table2: { licensing: { items_last_year: 1, items_change: -1, decisions: 2 } } }, "2019", "format_unstated"],
    ["format 2021 but the 2019 表二", { format: "2021", year: 2022, table2: { procurement: { projects: 3, amount: "5元" } } }, "2019", "format_contradicted"],
  ])("%s: read as the layout it has, with one S7 problem", (_name, json, format, kind) => {
    const { data, problems } = readReportJson(json);
    expect(data.format).toBe(format);
    expect(problems.map((p) => p.kind)).toEqual([kind]);
    expect(problems[0].message).toMatch(/format/);
  });

  test("an unknown format value is a Chinese error naming the field", () => {
    expect(() => reportFromJson({ format: "2023" })).toThrow(ReportDataError);
    expect(() => reportFromJson({ format: "2023" })).toThrow(/format 字段）为 "2023"，不是已知的年报格式/);
    expect(() => reportFromJson({ format: 2021 })).toThrow(/format 字段）为 2021/);
  });

  test("a 2021 file with the 2019 single （六） row is read as that row, with one problem saying what to do", () => {
    const json = load("pingtan-2021");
    const split = ["other_1", "other_2", "other_3"].map((k) => json.table3[k] as number[]);
    json.table3.other = split[0].map((_, i) => split[0][i] + split[1][i] + split[2][i]);
    for (const k of ["other_1", "other_2", "other_3"]) delete json.table3[k];
    const { data, problems } = readReportJson(json);
    expect([data.format, data.formatVariant]).toEqual(["2021", "single_other_row"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: "single_other_row", table: "table3" });
    expect(problems[0].message).toMatch(/三行/);
    expect(getValue(data, "table3.other[total]")).toBe(json.table3.other[6]);
    expect(Object.keys(data.values).some((k) => k.startsWith("table3.other_"))).toBe(false);
    expect((reportToJson(data).table3 as Record<string, unknown>).other).toEqual(json.table3.other);
  });

  test("a 2019 labelled 表二 with a label that is not the format's is refused, naming it", () => {
    expect(() => reportFromJson({ format: "2019", table2_2019: { 规章制度: {} } })).toThrow(/“规章制度”不是2019 年格式表二的栏目/);
  });

  test("every problem is listed, not only the first", () => {
    try {
      reportFromJson({ format: "2021", year: "2021年", table4: { reconsideration: [1, 2] }, table3: { new: { a: 1 } } });
      throw new Error("expected an error");
    } catch (e) {
      expect(e).toBeInstanceOf(ReportDataError);
      expect((e as ReportDataError).problems).toHaveLength(3);
    }
  });
});

describe("reportToJson", () => {
  test("round trip keeps every value, the text fields and unknown keys", () => {
    const json = load("pingtan-2021");
    json.table2.regulations.issued = "/";
    json.last_year = { carried_forward: [1, 0, 0, 0, 0, 0, 1] };
    json.text = { problems: "一是……", other_matters: "无", overview: { platform: "网站" }, overview_extra: [{ title: "（六）其他", body: "正文" }] };
    const data = reportFromJson(json);
    const out = reportToJson(data);
    expect(out.table2).toEqual({ ...json.table2 });
    expect(out.table3).toEqual(json.table3);
    expect(out.table4).toEqual(json.table4);
    expect(out.last_year).toEqual({ carried_forward: [1, 0, 0, 0, 0, 0, 1] });
    const again = reportFromJson(JSON.parse(JSON.stringify(out)));
    expect(again).toEqual(data);
    expect(again.text.overview.platform).toBe("网站");
    expect(again.text.overviewExtra).toEqual([{ title: "（六）其他", body: "正文" }]);
  });

  test("an empty report has 200 blank cells", () => {
    expect(Object.values(emptyReport(FORMAT_2021).values).filter((v) => v === null)).toHaveLength(200);
  });
});
