import * as fs from "fs";
import * as path from "path";
import { emptyReport, getValue, ReportDataError, reportFromJson, reportToJson } from "../../src/report";

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

  test("a short row of table 3 is refused, naming the row", () => {
    const json = load("pingtan-2021");
    json.table3.carried_over = [0, 0, 0, 0, 0, 0];
    expect(() => reportFromJson(json)).toThrow(ReportDataError);
    expect(() => reportFromJson(json)).toThrow(/table3\.carried_over 应为 7 个值的数组/);
  });

  test("a 2019-format file is refused with the reason", () => {
    expect(() => reportFromJson(load("pingtan-2020"))).toThrow(/2019 格式/);
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
    expect(Object.values(emptyReport().values).filter((v) => v === null)).toHaveLength(200);
  });
});
