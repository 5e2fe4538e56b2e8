/**
 * @jest-environment jsdom
 *
 * The HTML page, parsed with the DOM: structure, headers of the tables as printed in the format, escaping.
 */
import { readFileSync } from "fs";
import { reportFromJson, type ReportData } from "../../src/report";
import { buildReportDocument } from "../../src/narrative";
import { toHtml } from "../../src/export";
import { fixturePath } from "../support/shared";
import { SPEC_SECTION_TITLES } from "../support/spec";

const PINGTAN_2021 = fixturePath("pingtan-2021");

function load(): ReportData {
  return reportFromJson(JSON.parse(readFileSync(PINGTAN_2021, "utf8")));
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

/** The value cell of a table at a data row whose row headers include `rowLabel` and whose column headers include `colLabels`. */
function headerTexts(doc: Document, td: Element): string[] {
  return (td.getAttribute("headers") ?? "")
    .split(/\s+/)
    .filter((id) => id !== "")
    .map((id) => {
      const th = doc.getElementById(id);
      expect(th).not.toBeNull();
      return th!.textContent ?? "";
    });
}

describe("toHtml", () => {
  const page = toHtml(buildReportDocument(load()));
  const doc = parse(page);

  test("one self-contained zh-CN page: no script, no external resource, inline CSS", () => {
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(doc.documentElement.getAttribute("lang")).toBe("zh-CN");
    expect(doc.querySelectorAll("script, link, img, iframe").length).toBe(0);
    expect(doc.querySelector("style")?.textContent).toContain("border-collapse");
    expect(doc.title).toBe("平潭综合实验区政府信息公开工作领导小组办公室（汇总平潭综合实验区）2021年政府信息公开工作年度报告");
  });

  test("semantic headings: one h1, six h2 (the sections), h3 for the sub-items", () => {
    expect(doc.querySelectorAll("h1").length).toBe(1);
    expect([...doc.querySelectorAll("h2")].map((h) => h.textContent)).toEqual(SPEC_SECTION_TITLES);
    expect(doc.querySelectorAll("h3").length).toBe(5);
  });

  test("three tables with captions and 10 / 175 / 15 value cells", () => {
    const tables = [...doc.querySelectorAll("table")];
    expect(tables.map((t) => t.querySelector("caption")?.textContent)).toEqual([
      "表二 主动公开政府信息情况",
      "表三 收到和处理政府信息公开申请情况",
      "表四 政府信息公开行政复议、行政诉讼情况",
    ]);
    expect(tables.map((t) => t.querySelectorAll("td.value").length)).toEqual([10, 175, 15]);
  });

  test("表三's header block as printed: the 勾稽 note 3×3, 申请人情况 over 7 columns, 自然人 and 总计 over 2 rows", () => {
    const t3 = doc.getElementById("table3")!;
    const note = t3.querySelector("td.note")!;
    expect(note.textContent).toBe("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    expect([note.getAttribute("rowspan"), note.getAttribute("colspan")]).toEqual(["3", "3"]);
    const th = (text: string) => [...t3.querySelectorAll("thead th")].find((e) => e.textContent === text)!;
    expect(th("申请人情况").getAttribute("colspan")).toBe("7");
    expect(th("申请人情况").getAttribute("scope")).toBe("colgroup");
    expect(th("自然人").getAttribute("rowspan")).toBe("2");
    expect(th("法人或其他组织").getAttribute("colspan")).toBe("5");
    expect(th("总计").getAttribute("rowspan")).toBe("2");
    const group = [...t3.querySelectorAll("tbody th")].find((e) => e.textContent === "三、本年度办理结果")!;
    expect(group.getAttribute("rowspan")).toBe("22");
    expect(group.getAttribute("scope")).toBe("rowgroup");
  });

  test("every value cell names its column and row headers: 表三 denied_7 自然人 = 6", () => {
    const t3 = doc.getElementById("table3")!;
    const cells = [...t3.querySelectorAll("td.value")];
    const target = cells.find((td) => {
      const h = headerTexts(doc, td);
      return h.includes("7.属于行政执法案卷") && h.includes("自然人");
    })!;
    expect(target.textContent).toBe("6");
    expect(headerTexts(doc, target)).toEqual(["申请人情况", "自然人", "三、本年度办理结果", "（三）不予公开", "7.属于行政执法案卷"]);
    for (const td of cells) expect(headerTexts(doc, td).length).toBeGreaterThanOrEqual(3);
  });

  test("表四: 行政诉讼 over 10 columns; 复议后起诉·总计 is headed by 行政诉讼, 复议后起诉 and 总计", () => {
    const t4 = doc.getElementById("table4")!;
    const litigation = [...t4.querySelectorAll("th")].find((e) => e.textContent === "行政诉讼")!;
    expect(litigation.getAttribute("colspan")).toBe("10");
    const values = [...t4.querySelectorAll("td.value")];
    expect(values.map((v) => v.textContent).join(",")).toBe("1,0,2,0,3,12,0,0,0,12,0,0,0,0,0");
    expect(headerTexts(doc, values[14])).toEqual(["行政诉讼", "复议后起诉", "总计"]);
    expect(headerTexts(doc, values[0])).toEqual(["行政复议", "结果维持"]);
  });

  test("表二: each value is headed by its 第二十条 caption, its column header and its row label; the fee as stored", () => {
    const t2 = doc.getElementById("table2")!;
    const values = [...t2.querySelectorAll("td.value")];
    const fee = values.find((td) => headerTexts(doc, td).includes("行政事业性收费"))!;
    expect(fee.textContent).toBe("24252.311082");
    expect(fee.getAttribute("colspan")).toBe("3");
    expect(headerTexts(doc, fee)).toEqual(["第二十条第（八）项", "本年收费金额（单位：万元）", "行政事业性收费"]);
    const enforcement = values.find((td) => headerTexts(doc, td).includes("行政强制"))!;
    expect(enforcement.textContent).toBe("42");
    expect(headerTexts(doc, enforcement)).toEqual(["第二十条第（六）项", "本年处理决定数量", "行政强制"]);
  });

  test("each table scrolls inside a focusable region named by its caption; each value cell carries its key", () => {
    for (const table of doc.querySelectorAll("table")) {
      const region = table.parentElement!;
      expect(region.getAttribute("role")).toBe("region");
      expect(region.getAttribute("tabindex")).toBe("0");
      const label = doc.getElementById(region.getAttribute("aria-labelledby")!);
      expect(label).toBe(table.querySelector("caption"));
    }
    const cell = doc.querySelector('td[data-key="table3.new[total]"]')!;
    expect(cell.textContent).toBe("70");
    expect(doc.querySelectorAll("td[data-key]").length).toBe(200);
    expect(doc.querySelector("style")?.textContent).not.toMatch(/\bwidth:\s*\d+px/);
  });

  test("no 未通过校验 line on a consistent report", () => {
    expect(page).not.toContain("未通过校验");
  });
});

describe("escaping and check notice", () => {
  test("user text with <script> is shown as text, not run", () => {
    const data = load();
    data.agency = '<script>alert("x")</script>局';
    data.text.problems = "一是<img src=x onerror=alert(1)>问题 & “改进”";
    data.values["table4.reconsideration[pending]"] = "<b>1</b>";
    const page = toHtml(buildReportDocument(data));
    const doc = parse(page);
    expect(doc.querySelectorAll("script, img, b").length).toBe(0);
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;局");
    expect(doc.querySelector("h1")?.textContent).toBe('<script>alert("x")</script>局2021年政府信息公开工作年度报告');
    expect([...doc.querySelectorAll("p")].some((p) => p.textContent === "一是<img src=x onerror=alert(1)>问题 & “改进”")).toBe(true);
  });

  test("a 强制 finding gives a visible 未通过校验 line with the count, and the gap is marked", () => {
    const data = load();
    data.values["table3.new[total]"] = null;
    const doc = parse(toHtml(buildReportDocument(data)));
    const notice = doc.querySelector(".check-failed")!;
    expect(notice.getAttribute("role")).toBe("alert");
    expect(notice.textContent).toMatch(/^未通过校验：有 1 项强制问题未改正/);
    expect([...doc.querySelectorAll("mark.gap")].map((m) => m.textContent)).toContain("【表三 一、本年新收·总计 未填写】");
    const blanks = [...doc.querySelectorAll("td.blank")];
    expect(blanks.length).toBe(1);
    expect(headerTexts(doc, blanks[0])).toEqual(["申请人情况", "总计", "一、本年新收政府信息公开申请数量"]);
  });
});

describe("附：校验说明", () => {
  test("a kept 提示 is listed after the signature with its message and 说明, escaped", () => {
    const data = load();
    data.explanations = [{ findingId: "S9a", text: "汇总报告，问题见各单位<本级>年报。", at: "2022-01-20T08:00:00Z" }];
    const page = toHtml(buildReportDocument(data));
    const doc = parse(page);
    const h2 = [...doc.querySelectorAll("h2")];
    expect(h2.map((h) => h.textContent).pop()).toBe("附：校验说明");
    const items = [...doc.querySelectorAll("p")].map((p) => p.textContent ?? "");
    expect(items).toContain("以下1项提示经核实后保留，说明如下：");
    expect(items).toContain(
      "1．存在问题写得过少：五、存在的主要问题及改进情况未填写或只写了“无”，请具体写出存在的问题和改进措施。说明：汇总报告，问题见各单位<本级>年报。",
    );
    expect(page).toContain("说明：汇总报告，问题见各单位&lt;本级&gt;年报。");
  });
});
