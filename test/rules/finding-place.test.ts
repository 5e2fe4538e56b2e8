/**
 * Findings on 报告信息 and data-file errors name fields as users know them (the format's 报告信息 labels and cell
 * names), never by their internal keys alone.
 */
import * as fs from "fs";
import { findingsTable } from "../../src/cli/findings-table";
import { getFormat } from "../../src/format";
import { reportFromJson } from "../../src/report";
import { checkReportInfo, findingPlace } from "../../src/rules";
import { fixturePath } from "../support/shared";

const pingtan2021 = () => JSON.parse(fs.readFileSync(fixturePath("pingtan-2021"), "utf8")) as Record<string, unknown>;

test("I1, I2, I3, I4 and S10 are placed at the 报告信息 labels (pane, CLI and summary page share findingPlace)", () => {
  const json = pingtan2021();
  const d = reportFromJson({ ...json, agency: "平潭\u202e区", publish_date: "2020-01-01", text: { overview_extra: [{ title: "a\u200bb", body: "" }] } });
  const f = checkReportInfo(d);
  const format = getFormat("2021");
  expect(f.map((x) => [x.rule, findingPlace(x, format)])).toEqual([
    ["I3", "报告信息·联系方式"],
    ["I4", "报告信息·机关名称"],
    ["I4", "报告信息·补充小节标题（第 1 个）"],
    ["S10", "报告信息·发布日期"],
  ]);
  d.agency = "";
  d.year = null;
  expect(checkReportInfo(d).slice(0, 2).map((x) => findingPlace(x, format))).toEqual(["报告信息·机关名称", "报告信息·报告年度"]);
  const table = findingsTable(f, format).join("\n");
  for (const raw of [" contact ", " agency ", " publishDate "]) expect(table).not.toContain(raw);
});

describe("data-file errors name the field in Chinese first, the key in brackets", () => {
  const problem = (change: (j: Record<string, unknown>) => void) => {
    const j = pingtan2021();
    change(j);
    try {
      reportFromJson(j);
    } catch (e) {
      return (e as Error).message;
    }
    return "";
  };
  test("a cell holding true", () => {
    expect(
      problem((j) => {
        ((j.table3 as Record<string, unknown[]>).new as unknown[])[0] = true;
      }),
    ).toBe("表三 一、本年新收·自然人（table3.new[natural_person]）应为数字、null 或文字，现为true");
  });
  test("a short 表三 row", () => {
    expect(
      problem((j) => {
        (j.table3 as Record<string, unknown[]>).new = [1, 2];
      }),
    ).toBe("表三 一、本年新收（table3.new）应为 7 个值的数组（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）");
  });
  test("a year that is not a whole year", () => {
    expect(problem((j) => (j.year = "abc"))).toBe('报告信息·报告年度（year）应为整数年份，现为 "abc"');
  });
  test("an unknown format", () => {
    expect(problem((j) => (j.format = "2023"))).toMatch(/^报告数据的格式（format 字段）为 "2023"，不是已知的年报格式/);
  });
});
