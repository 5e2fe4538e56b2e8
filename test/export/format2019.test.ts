/**
 * @jest-environment jsdom
 *
 * A 2019-format report through every exporter: 平潭 2020 (fixtures/reports/pingtan-2020) renders 表二 with the 2019
 * blocks, headers and row labels of report-format.md §4 (copied by hand in test/support/spec.ts), the signed 本年增/减
 * and the 采购总金额 as written, and 表三 with the single （六）其他处理 row (23 rows). Figures are the published ones
 * (pingtan-2020.source.txt).
 */
import { readFileSync } from "fs";
import { reportFromJson, type ReportData } from "../../src/report";
import { checkReport } from "../../src/rules";
import { buildReportDocument } from "../../src/narrative";
import { toCsv, toHtml, toMarkdown, toReportJson } from "../../src/export";
import { planReportSheet, reportPlainText } from "../../src/taskpane/generate-output";
import { fixturePath } from "../support/shared";
import { SPEC_TABLE2_2019, SPEC_TABLE3_NOTE } from "../support/spec";

function pingtan2020(): ReportData {
  return reportFromJson(JSON.parse(readFileSync(fixturePath("pingtan-2020"), "utf8")));
}

const data = pingtan2020();
const doc = buildReportDocument(data);

describe("HTML: 表二 and 表三 in the 2019 layout", () => {
  const page = new DOMParser().parseFromString(toHtml(doc), "text/html");
  const table2 = page.getElementById("table2")!;
  const table3 = page.getElementById("table3")!;

  test("表二: the five captions, each block's headers and row labels as in the spec", () => {
    const rows = Array.from(table2.querySelectorAll("tr")).map((tr) => Array.from(tr.children).map((c) => c.textContent));
    const expected = SPEC_TABLE2_2019.flatMap((b) => [[b.caption], ["信息内容", ...b.headers], ...b.rows.map((r) => [r])]);
    expect(rows.map((r) => (r.length === 1 || r[0] === "信息内容" ? r : [r[0]]))).toEqual(expected);
  });

  test("表二 values: the signed 本年增/减 and the amount with its unit, as typed", () => {
    const value = (key: string) => table2.querySelector(`td[data-key="${key}"]`)?.textContent;
    expect(value("table2.penalty.items_change")).toBe("-18");
    expect(value("table2.fees.items_change")).toBe("-15");
    expect(value("table2.procurement.amount")).toBe("73802895.90元");
    expect(value("table2.normative_documents.disclosed_total")).toBe("166");
    expect(table2.querySelectorAll("td[data-key]")).toHaveLength(22);
  });

  test("表三: 23 data rows, the single （六）其他处理 row (4 … 4) and no 2021 （六） items", () => {
    expect(table3.querySelector("td.note")?.textContent).toBe(SPEC_TABLE3_NOTE);
    const dataRows = Array.from(table3.querySelectorAll("tbody tr")).filter((tr) => tr.querySelector("td[data-key]"));
    expect(dataRows).toHaveLength(23);
    const other = dataRows.find((tr) => tr.textContent!.includes("（六）其他处理"))!;
    expect(Array.from(other.querySelectorAll("td[data-key]")).map((td) => td.textContent)).toEqual(["4", "0", "0", "0", "0", "0", "4"]);
    expect(table3.textContent).not.toContain("逾期不补正");
    // 三、本年度办理结果 spans the 20 result rows (report-format.md §4: rowspan 20 against 22 in 2021).
    const results = Array.from(table3.querySelectorAll("th")).find((th) => th.textContent === "三、本年度办理结果")!;
    expect(results.getAttribute("rowspan")).toBe("20");
  });
});

describe("Markdown: the 2019 表二", () => {
  const md = toMarkdown(doc);

  test("each block's header line and rows as in the spec", () => {
    for (const b of SPEC_TABLE2_2019) {
      expect(md).toContain(`${b.caption}\n\n| 信息内容 | ${b.headers.join(" | ")} |`);
    }
    expect(md).toContain("| 行政处罚 | 2648 | -18 | 538 |");
    expect(md).toContain("| 政府集中采购 | 395 | 73802895.90元 |");
    expect(md).not.toContain("本年制发件数");
    expect(md).not.toContain("本年收费金额");
  });

  test("表三's （六） is one row", () => {
    expect(md).toContain("| 三、本年度办理结果·（六）其他处理 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |");
  });
});

describe("CSV and JSON: the 198 cells of the 2019 format", () => {
  const lines = toCsv(data).replace(/^\uFEFF/, "").split("\r\n");

  test("CSV: a line per 2019 cell, labelled with the 2019 labels", () => {
    expect(lines.length - 2).toBe(198);
    expect(lines[1]).toBe("table2.regulations.made,第二十条第（一）项 / 规章 / 本年新制作数量,0");
    expect(lines).toContain("table2.penalty.items_change,第二十条第（六）项 / 行政处罚 / 本年增/减,-18");
    expect(lines).toContain("table2.procurement.amount,第二十条第（九）项 / 政府集中采购 / 采购总金额,73802895.90元");
    expect(lines).toContain("table3.other[total],三、本年度办理结果 / （六）其他处理 / 申请人情况 / 总计,4");
    expect(lines.some((l) => l.startsWith("table3.other_1"))).toBe(false);
  });

  test("JSON: format 2019, the 2019 表二 and the two H2 errors", () => {
    const json = toReportJson(data, checkReport(data)) as { format: string; table2: Record<string, unknown>; check: { errors: number; findings: { id: string }[] } };
    expect(json.format).toBe("2019");
    expect(json.table2.procurement).toEqual({ projects: 395, amount: "73802895.90元" });
    expect(json.check.errors).toBe(2);
    expect(json.check.findings.filter((f) => f.id.startsWith("H2")).map((f) => f.id)).toEqual(["H2.natural_person", "H2.total"]);
  });
});

test("plain text (the pane's clipboard): 表二 rows tab-separated in the 2019 columns", () => {
  const text = reportPlainText(doc);
  expect(text).toContain("信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量");
  expect(text).toContain("行政许可\t396\t442\t278");
  expect(text).toContain("政府集中采购\t395\t73802895.90元");
});

test("写入新工作表: 表二 as an 18 × 4 grid and 表三 as 26 × 10 (3 header rows + 23), with the 2019 labels", () => {
  const plan = planReportSheet(doc, []);
  const grids = plan.ops.flatMap((o) => (o.op === "values" && o.range.rows > 1 ? [o] : []));
  const sizes = grids.map((o) => [o.range.rows, o.range.cols]);
  expect(sizes).toEqual([
    [18, 4],
    [26, 10],
    [4, 15],
  ]);
  const cells = (i: number) => grids[i].values.flat();
  expect(cells(0)).toEqual(expect.arrayContaining(["本年新制作数量", "第二十条第（九）项", "政府集中采购", "73802895.90元", -18]));
  expect(cells(1)).toContain("（六）其他处理");
  expect(cells(1)).not.toContain("3.其他");
});
