/**
 * The filing exports: the JSON with the check result and every 说明, and the CSV of the 200 cells. Expected lines are
 * written by hand from the published 平潭 2021 table (pingtan-2021.source.txt) and the format's labels.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { reportFromJson, type ReportData } from "../../src/report";
import { checkReport } from "../../src/rules";
import { toCsv, toReportJson, type FiledCheck } from "../../src/export";
import { fixturePath } from "../support/shared";

const PINGTAN_2021 = fixturePath("pingtan-2021");
const SEED = join(__dirname, "../../examples/seed-2021.json");

function load(path: string): ReportData {
  return reportFromJson(JSON.parse(readFileSync(path, "utf8")));
}

describe("toCsv", () => {
  const csv = toCsv(load(PINGTAN_2021));
  const lines = csv.replace(/^\uFEFF/, "").split("\r\n");

  test("UTF-8 BOM, header, 200 cell lines, CRLF line ends", () => {
    expect(csv.startsWith("\uFEFF单元格,栏目,数值\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(lines[lines.length - 1]).toBe(""); // after the last CRLF
    expect(lines.length - 2).toBe(200);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  test("hand-checked lines: key, labels joined with “ / ”, value as typed", () => {
    expect(lines[1]).toBe("table2.regulations.issued,第二十条第（一）项 / 规章 / 本年制发件数,0");
    expect(lines).toContain("table2.normative_documents.in_force,第二十条第（一）项 / 行政规范性文件 / 现行有效件数,665");
    expect(lines).toContain("table2.fees,第二十条第（八）项 / 行政事业性收费 / 本年收费金额（单位：万元）,24252.311082");
    expect(lines).toContain("table3.new[total],一、本年新收政府信息公开申请数量 / 申请人情况 / 总计,70");
    expect(lines).toContain("table3.new[social_welfare],一、本年新收政府信息公开申请数量 / 申请人情况 / 法人或其他组织 / 社会公益组织,2");
    expect(lines).toContain(
      "table3.denied_7[natural_person],三、本年度办理结果 / （三）不予公开 / 7.属于行政执法案卷 / 申请人情况 / 自然人,6",
    );
    expect(lines).toContain("table4.reconsideration[other],行政复议 / 其他结果,2");
    expect(lines[200]).toBe("table4.litigation_after_reconsideration[total],行政诉讼 / 复议后起诉 / 总计,0");
  });

  test("blank, text with a comma or quote, and formula-like text", () => {
    const data = load(PINGTAN_2021);
    data.values["table3.new[total]"] = null;
    data.values["table2.penalty"] = '1,282 "件"';
    data.values["table2.licensing"] = "=SUM(A1:A9)";
    data.values["table2.enforcement"] = "/";
    const out = toCsv(data).split("\r\n");
    expect(out).toContain("table3.new[total],一、本年新收政府信息公开申请数量 / 申请人情况 / 总计,");
    expect(out).toContain('table2.penalty,第二十条第（六）项 / 行政处罚 / 本年处理决定数量,"1,282 ""件"""');
    expect(out).toContain("table2.licensing,第二十条第（五）项 / 行政许可 / 本年处理决定数量,'=SUM(A1:A9)");
    expect(out).toContain("table2.enforcement,第二十条第（六）项 / 行政强制 / 本年处理决定数量,/");
  });
});

describe("toReportJson", () => {
  test("the report data as reportToJson writes it, plus the check: counts, findings, 说明", () => {
    const data = load(SEED);
    data.explanations = [{ findingId: "S9b", text: "上年度报告未列问题。", at: "2022-01-10T09:00:00Z" }];
    data.processingFees = { noticesIssued: 0, collectedYuan: 0 };
    const json = toReportJson(data, checkReport(data));
    expect((json.table2 as Record<string, unknown>).penalty).toBe(1);
    expect(json.processing_fees).toEqual({ notices_issued: 0, collected_yuan: 0 });
    expect(json.explanations).toEqual([{ finding: "S9b", text: "上年度报告未列问题。", at: "2022-01-10T09:00:00Z" }]);
    const check = json.check as FiledCheck;
    // seed: three blank 规章 cells (H6, 强制); S9b kept with its 说明; S9c satisfied by the fee fields.
    expect([check.passed, check.errors, check.warnings, check.explained]).toEqual([false, 3, 0, 1]);
    expect(check.findings.map((f) => f.id)).toEqual([
      "H6:table2.regulations.issued",
      "H6:table2.regulations.repealed",
      "H6:table2.regulations.in_force",
      "S9b",
    ]);
    expect(check.findings[3].explanation).toEqual({ text: "上年度报告未列问题。", at: "2022-01-10T09:00:00Z" });
    expect(check.findings[0].explanation).toBeNull();
    expect(check.findings[0].cells).toEqual(["table2.regulations.issued"]);
  });

  test("round trip: the export reads back as the same report data, and a re-export replaces the old check", () => {
    const data = load(PINGTAN_2021);
    const first = JSON.parse(JSON.stringify(toReportJson(data, checkReport(data))));
    const back = reportFromJson(first);
    expect(back.values).toEqual(data.values);
    expect(back.values["table2.fees"]).toBe(24252.311082);
    const again = toReportJson(back, []);
    expect((again.check as FiledCheck).findings).toEqual([]);
    expect((again.check as FiledCheck).passed).toBe(true);
  });
});
