/**
 * 填写上年结转's plan (the S1 pairs of the rule catalogue), on real reports: 淮安 2024 as last year's report
 * (结转下年度 103, 0, 0, 0, 0, 0, 103 — huaian-2024.data.json) and 平潭 2020 in the 2019 format (结转下年度 all 0).
 */
import { readFileSync } from "fs";
import { planCarryOver } from "../../src/rules/carry-over";
import { reportFromJson, type ReportData } from "../../src/report";
import { fixturePath } from "../support/shared";

/** A report data file's JSON, as far as these tests change it. */
interface Json {
  year: number;
  table3: Record<string, (number | string | null)[]>;
}

const data = (name: string, patch: (d: Json) => void = () => undefined): ReportData => {
  const json = JSON.parse(readFileSync(fixturePath(name), "utf8")) as Json;
  patch(json);
  return reportFromJson(json);
};
const everywhere = () => true;

test("this year's 上年结转 typed as 103 (number), “5” (text), blank and 0: only the cells that differ change", () => {
  const current = data("pingtan-2024", (d) => {
    d.year = 2025;
    d.table3.carried_over = [103, "5", null, 0, 0, 0, 108];
  });
  const plan = planCarryOver(current, data("huaian-2024"), everywhere);
  expect(plan.changes.map((c) => [c.name, c.from, c.to])).toEqual([
    ["表三 二、上年结转·商业企业", "5", 0],
    ["表三 二、上年结转·科研机构", null, 0],
    ["表三 二、上年结转·总计", 108, 103],
  ]);
  // “5” and 108 are filled cells it overwrites; the blank is not.
  expect(plan.overwrites).toBe(2);
  expect(plan.agree).toEqual(["table3.carried_over[natural_person]", "table3.carried_over[social_welfare]", "table3.carried_over[legal_service]", "table3.carried_over[other_org]"]);
  expect(plan.skipped).toEqual([]);
});

test("last year's figure blank or not a number, or a cell not in this workbook: left alone with the reason", () => {
  const last = data("huaian-2024", (d) => {
    d.table3.carried_forward = [null, "无", 0, 0, 0, 0, 103];
  });
  const current = data("pingtan-2024", (d) => (d.year = 2025));
  const plan = planCarryOver(current, last, (k) => k !== "table3.carried_over[total]");
  expect(plan.skipped).toEqual([
    { cell: "table3.carried_over[natural_person]", reason: "表三 二、上年结转·自然人：上年报告的表三 四、结转下年度·自然人未填写，未改动" },
    { cell: "table3.carried_over[commercial]", reason: "表三 二、上年结转·商业企业：上年报告的表三 四、结转下年度·商业企业不是数字，未改动" },
    { cell: "table3.carried_over[total]", reason: "表三 二、上年结转·总计：工作簿中找不到该单元格，未改动" },
  ]);
  expect(plan.changes).toEqual([]);
});

test("a 2019-format report as last year's (平潭 2020): 表三 shares the columns, so its 结转下年度 (all 0) fills a 2021 report", () => {
  const current = data("pingtan-2021", (d) => (d.table3.carried_over = [null, null, null, null, null, null, null]));
  const plan = planCarryOver(current, data("pingtan-2020"), everywhere);
  expect(plan.changes.map((c) => [c.cell, c.to])).toEqual(
    ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"].map((c) => [`table3.carried_over[${c}]`, 0]),
  );
  expect(plan.overwrites).toBe(0);
});
