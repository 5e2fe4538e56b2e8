/**
 * The reviewer's summary page and table as text: every value from a report escaped, nothing loaded from elsewhere,
 * the rows and the findings as the batch gave them, and the CSV guarded against formulas.
 */
import { summaryHtml } from "../../src/export/summary-html";
import { summaryCsv } from "../../src/export/summary-csv";
import { checkedOutcome, unreadableOutcome, type ReportOutcome } from "../../src/review/outcome";
import type { BatchSummary } from "../../src/review/summary";
import { summaryOf } from "../support/summary";
import type { Finding } from "../../src/rules";

const h1: Finding = {
  id: "H1.new",
  rule: "H1",
  severity: "error",
  title: "表三行合计不符",
  message: "表三 一、本年新收·总计应为 70，现为 71（本行各申请人之和为 70，相差 +1）",
  table: "table3",
  cells: ["table3.new[total]"],
  scope: "表三 一、本年新收·总计",
  sides: { left: "总计", right: "各申请人之和" },
  left: 71,
  right: 70,
  difference: 1,
  fix: { cell: "table3.new[total]", value: 70, current: 71 },
};

function batch(): { summary: BatchSummary; outcomes: ReportOutcome[] } {
  const outcomes = [
    checkedOutcome({ index: 0, file: "a/<b>.json", unit: '县民政局<img src=x onerror="alert(1)">', year: 2021, format: "2021", texts: {} }, [h1]),
    unreadableOutcome(1, "a/县交通运输局.xlsx", "无法读取“a/县交通运输局.xlsx”：文件已损坏或不完整（不是完整的 .xlsx 压缩包）"),
    checkedOutcome({ index: 2, file: "a/c.json", unit: "=HYPERLINK(\"x\")", year: 2020, format: "2019", texts: {} }, []),
  ];
  return summaryOf(outcomes);
}

describe("summary page", () => {
  const { summary, outcomes } = batch();
  const html = [...summaryHtml(summary, outcomes)].join("");

  test("escapes what the reports hold; the only script is the page's own; nothing is fetched", () => {
    expect(html).toContain("县民政局&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).not.toContain("<img");
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    expect(html).not.toMatch(/<link\b|@import|url\(/);
  });

  test("one row per report with the counts and the status; the finding with both sides and the fix value", () => {
    const rows = html.match(/<tr data-index="\d+">.*?<\/tr>/g)!;
    expect(rows).toHaveLength(3);
    const cells = (row: string) => [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1].replace(/<[^>]+>/g, ""));
    expect(cells(rows[0]).slice(2)).toEqual(["2021", "2021", "1", "0", "0", "0", "✗ 未通过", "a/&lt;b&gt;.json"]);
    expect(cells(rows[1]).slice(1, 9)).toEqual(["县交通运输局（据文件名）", "", "", "", "", "", "0", "? 无法读取"]);
    expect(html).toContain(
      "<td class=\"rule\">H1</td><td class=\"sev-error\">强制</td><td>表三 一、本年新收·总计</td><td>总计 71</td><td>各申请人之和 70</td><td class=\"n\">+1</td><td>表三 一、本年新收·总计应为 70</td>",
    );
    expect(html).toContain("<p>文件已损坏或不完整（不是完整的 .xlsx 压缩包）</p>");
  });

  test("the chart has a bar per rule and names itself for screen readers", () => {
    expect(html).toMatch(/<svg id="rule-chart" role="img" aria-labelledby="chart-title chart-desc"/);
    expect(html.match(/<g class="bar" data-rule="H1">/g)).toHaveLength(1);
    expect(html).toContain('<desc id="chart-desc">H1 表三行合计不符：1 份报告，1 项</desc>');
  });
});

test("summary CSV: BOM, CRLF, one line per report, the reason of an unreadable file, a formula-like name guarded", () => {
  const { summary } = batch();
  expect(summaryCsv(summary)).toBe(
    "\uFEFF序号,单位,年度,格式,强制,提示,已说明,内容雷同,结果,文件,原因\r\n" +
      '1,"县民政局<img src=x onerror=""alert(1)"">",2021,2021,1,0,0,0,未通过,a/<b>.json,\r\n' +
      "2,,,,,,,0,无法读取,a/县交通运输局.xlsx,文件已损坏或不完整（不是完整的 .xlsx 压缩包）\r\n" +
      "3,\"'=HYPERLINK(\"\"x\"\")\",2020,2019,0,0,0,0,通过,a/c.json,\r\n",
  );
});
