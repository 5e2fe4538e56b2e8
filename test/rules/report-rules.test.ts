import * as fs from "fs";
import { reportFromJson, type ReportData } from "../../src/report";
import { checkReportInfo, parseReportDate } from "../../src/rules";
import { fixturePath } from "../support/shared";

const seed = (): ReportData => reportFromJson(JSON.parse(fs.readFileSync(`${__dirname}/../../examples/seed-2021.json`, "utf8")));
const ids = (d: ReportData) => checkReportInfo(d).map((f) => f.id);

test("the seed has agency, year and contact details, and no publication date: nothing to report", () => {
  expect(ids(seed())).toEqual([]);
});

test("I1, I2: an empty agency and year are 强制 and name the 报告信息 fields", () => {
  const d = seed();
  d.agency = "  ";
  d.year = null;
  const f = checkReportInfo(d);
  expect(f.map((x) => [x.id, x.severity, x.fields])).toEqual([
    ["I1", "error", ["agency"]],
    ["I2", "error", ["year"]],
  ]);
});

test("I3: no address, phone or e-mail at all (pingtan's data files have none)", () => {
  const d = reportFromJson(JSON.parse(fs.readFileSync(fixturePath("pingtan-2021"), "utf8")));
  expect(ids(d)).toEqual(["I3"]);
  d.contact.phone = "0591-23165370";
  expect(ids(d)).toEqual([]);
});

test("S7: a 2020 report in the 2021 format", () => {
  const d = seed();
  d.year = 2020;
  expect(checkReportInfo(d).map((f) => f.message)).toEqual([
    "报告年度为 2020 年，应使用 2019 年格式（国办公开办函〔2019〕60号）；2021 年格式自 2021 年度报告起使用",
  ]);
});

describe("S10 publication date for a 2021 report", () => {
  const at = (date: string) => {
    const d = seed();
    d.publishDate = date;
    return checkReportInfo(d).map((f) => f.message);
  };
  test.each(["2022-01-20", "2022-01-31", "2022/1/5", "2022年1月31日"])("%s is in time", (date) => {
    expect(at(date)).toEqual([]);
  });
  test("2022-02-01 is late for a department", () => {
    expect(at("2022-02-01")).toEqual([
      "发布日期 2022-02-01 晚于 2022年1月31日：县级以上人民政府部门应在1月31日前公布上一年度年报（条例第四十九条）；如本报告为县级以上地方人民政府的年报，期限为3月31日",
    ]);
  });
  test("2021-12-31 is before the period ends", () => {
    expect(at("2021-12-31")).toEqual(["发布日期 2021-12-31 早于统计期限结束（2021年12月31日），请核对"]);
  });
  test("free text and impossible dates are not dates", () => {
    expect(at("明天")).toEqual(["发布日期“明天”无法识别，请写成“2022-01-20”这样的日期"]);
    expect(at("2022-02-30")).toHaveLength(1);
  });
  test("parseReportDate", () => {
    expect(parseReportDate("2022-01-20")).toEqual({ year: 2022, month: 1, day: 20 });
    expect(parseReportDate("2022-13-01")).toBeUndefined();
  });
});

describe("I5: an impossible report year is 强制 naming 报告年度", () => {
  const now = new Date().getFullYear();
  const at = (year: number) => {
    const d = reportFromJson({ ...JSON.parse(fs.readFileSync(fixturePath("pingtan-2021"), "utf8")), year });
    return checkReportInfo(d).filter((f) => f.rule === "I5" || f.rule === "S7");
  };
  test("3024, the year the tester typed: 强制, no S7", () => {
    expect(at(3024).map((f) => [f.rule, f.severity, f.fields, f.message])).toEqual([
      ["I5", "error", ["year"], `报告年度为 3024 年，晚于今年（${now} 年）：该年度还不可能有年报，请核对报告年度`],
    ]);
  });
  test("2018, before the first format (2019 reports): 强制, no S7", () => {
    expect(at(2018).map((f) => [f.rule, f.message])).toEqual([["I5", "报告年度为 2018 年，早于统一的年报格式（2019 年度报告起）：请核对报告年度"]]);
  });
  test("this year and 2021 are possible", () => {
    expect(at(now)).toEqual([]);
    expect(at(2021)).toEqual([]);
  });
});
