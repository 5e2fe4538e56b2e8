import * as fs from "fs";
import { reportFromJson, type ReportData } from "../../src/report";
import { checkReportInfo, parseReportDate } from "../../src/rules";
import { join } from "path";
import { runCli } from "../support/cli";
import { fixturePath, REPORT_FIXTURES } from "../support/shared";

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
  test("2022-02-01 is late for a department (the seed's 三明市沙县区工信与科技局)", () => {
    expect(at("2022-02-01")).toEqual([
      "发布日期 2022-02-01 晚于 2022年1月31日：“三明市沙县区工信与科技局”名称以“局”结尾，是人民政府的部门，县级以上人民政府部门应在1月31日前公布上一年度年报（条例第四十九条）",
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

describe("S10 deadline by the kind of agency the name shows (条例第四十九条)", () => {
  const late = (agency: string, date: string, file = "pingtan-2024") => {
    const d = reportFromJson(JSON.parse(fs.readFileSync(fixturePath(file), "utf8")));
    d.agency = agency;
    d.publishDate = date;
    return checkReportInfo(d).filter((f) => f.rule === "S10").map((f) => f.message);
  };
  test("淮安市人民政府 2024, published 2025-03-10: a government's report, due 3月31日, in time", () => {
    expect(late("淮安市人民政府", "2025-03-10", "huaian-2024")).toEqual([]);
    expect(late("淮安市人民政府", "2025-03-31", "huaian-2024")).toEqual([]);
    expect(late("淮安市人民政府", "2025-04-01", "huaian-2024")).toEqual([
      "发布日期 2025-04-01 晚于 2025年3月31日：“淮安市人民政府”名称以“人民政府”结尾，是地方人民政府，县级以上地方人民政府的年报应在3月31日前公布（条例第四十九条）",
    ]);
  });
  test("平潭 2024 published 2025-03-10, as its data file and its page name the agency: in time", () => {
    expect(late("平潭综合实验区管委会办公室（汇总平潭综合实验区）", "2025-03-10")).toEqual([]);
    expect(late("平潭综合实验区", "2025-03-10")).toEqual([]);
  });
  test("the same date is late for the 管委会办公室's own report, a department", () => {
    expect(late("平潭综合实验区管委会办公室", "2025-03-10")).toEqual([
      "发布日期 2025-03-10 晚于 2025年1月31日：“平潭综合实验区管委会办公室”名称以“办公室”结尾，是人民政府的部门，县级以上人民政府部门应在1月31日前公布上一年度年报（条例第四十九条）",
    ]);
  });
  test("a street: its local notice decides; only 3月31日 is checked", () => {
    expect(late("北京市通州区中仓街道", "2025-03-10")).toEqual([]);
    expect(late("北京市通州区中仓街道", "2025-04-02")).toEqual([
      "发布日期 2025-04-02 晚于 2025年3月31日：“北京市通州区中仓街道”名称以“街道”结尾，是街道，其期限由本地通知规定（条例第四十九条未规定），但已晚于条例为县级以上地方人民政府年报规定的3月31日",
    ]);
  });
  test("a name that shows no kind: only 3月31日, saying a department's would be 1月31日", () => {
    expect(late("某市政务服务中心", "2025-02-10")).toEqual([]);
    expect(late("某市政务服务中心", "2025-04-01")).toEqual([
      "发布日期 2025-04-01 晚于 2025年3月31日，即条例第四十九条规定的最晚期限（县级以上地方人民政府的年报）；“某市政务服务中心”从名称看不出是人民政府、乡镇街道还是部门，如为县级以上人民政府部门，期限为1月31日",
    ]);
  });
});

test.each([
  ["pingtan-2024", "2025-03-10"],
  ["pingtan-2021", "2022-02-08"],
  ["pingtan-2020", "2021-03-05"],
])("nianbao check on the published page of %s (平潭综合实验区, published %s): the region's report is in time, no S10", async (name, date) => {
  const r = await runCli("check", join(REPORT_FIXTURES, `${name}.source.txt`), "--json");
  const [file] = JSON.parse(r.out).files as { findings: { rule: string }[] }[];
  expect(file.findings.filter((f) => f.rule === "S10")).toEqual([]);
  expect(fs.readFileSync(join(REPORT_FIXTURES, `${name}.source.txt`), "utf8")).toContain(`发布时间: ${date}`);
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
