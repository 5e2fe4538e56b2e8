/**
 * The Markdown export: headings, GFM tables with flattened headers (merged headers joined with “·”), escaping.
 */
import { readFileSync } from "fs";
import { reportFromJson, type ReportData } from "../../src/report";
import { buildReportDocument } from "../../src/narrative";
import { toMarkdown } from "../../src/export";
import { fixturePath } from "../support/shared";

const PINGTAN_2021 = fixturePath("pingtan-2021");

function load(): ReportData {
  return reportFromJson(JSON.parse(readFileSync(PINGTAN_2021, "utf8")));
}

/** Split a GFM table row into its cells (no escaped pipes occur in these tables). */
function cells(line: string): string[] {
  return line.replace(/^\| /, "").replace(/ \|$/, "").split(" | ");
}

describe("toMarkdown", () => {
  const md = toMarkdown(buildReportDocument(load()));
  const lines = md.split("\n");

  test("title, six ## sections and ### sub-items", () => {
    expect(lines[0]).toBe("# 平潭综合实验区政府信息公开工作领导小组办公室（汇总平潭综合实验区）2021年政府信息公开工作年度报告");
    expect(lines.filter((l) => l.startsWith("## "))).toEqual([
      "## 一、总体情况",
      "## 二、主动公开政府信息情况",
      "## 三、收到和处理政府信息公开申请情况",
      "## 四、政府信息公开行政复议、行政诉讼情况",
      "## 五、存在的主要问题及改进情况",
      "## 六、其他需要报告的事项",
    ]);
    expect(lines.filter((l) => l.startsWith("### ")).length).toBe(5);
  });

  test("表三: the label column headed by the 勾稽 note, value columns by their joined headers", () => {
    const header = lines.find((l) => l.startsWith("| （本列数据的勾稽关系为"))!;
    expect(cells(header)).toEqual([
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
      "申请人情况·自然人",
      "申请人情况·法人或其他组织·商业企业",
      "申请人情况·法人或其他组织·科研机构",
      "申请人情况·法人或其他组织·社会公益组织",
      "申请人情况·法人或其他组织·法律服务机构",
      "申请人情况·法人或其他组织·其他",
      "申请人情况·总计",
    ]);
    const denied7 = lines.find((l) => l.startsWith("| 三、本年度办理结果·（三）不予公开·7.属于行政执法案卷 |"))!;
    expect(cells(denied7)).toEqual(["三、本年度办理结果·（三）不予公开·7.属于行政执法案卷", "6", "0", "0", "0", "0", "0", "6"]);
    const newRow = lines.find((l) => l.startsWith("| 一、本年新收政府信息公开申请数量 |"))!;
    expect(cells(newRow)).toEqual(["一、本年新收政府信息公开申请数量", "64", "0", "0", "2", "0", "4", "70"]);
    // 25 data rows of 8 cells each
    const start = lines.indexOf(header);
    const rows = lines.slice(start + 2, start + 2 + 25);
    expect(rows.every((r) => cells(r).length === 8)).toBe(true);
    expect(cells(rows[24])[0]).toBe("四、结转下年度继续办理");
  });

  test("表四: 15 columns with three-level headers, one data row", () => {
    const header = lines.find((l) => l.startsWith("| 行政复议·结果维持 |"))!;
    const h = cells(header);
    expect(h.length).toBe(15);
    expect(h[9]).toBe("行政诉讼·未经复议直接起诉·总计");
    expect(h[14]).toBe("行政诉讼·复议后起诉·总计");
    const data = lines[lines.indexOf(header) + 2];
    expect(cells(data)).toEqual(["1", "0", "2", "0", "3", "12", "0", "0", "0", "12", "0", "0", "0", "0", "0"]);
  });

  test("表二: one small table per 第二十条 item; the fee as stored", () => {
    const i = lines.indexOf("第二十条第（一）项");
    expect(i).toBeGreaterThan(0);
    expect(cells(lines[i + 2])).toEqual(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]);
    expect(cells(lines[i + 5])).toEqual(["行政规范性文件", "69", "3", "665"]);
    expect(lines).toContain("| 行政事业性收费 | 24252.311082 |");
    expect(lines).toContain("| 信息内容 | 本年收费金额（单位：万元） |");
  });

  test("no 未通过校验 on a consistent report", () => {
    expect(md).not.toContain("未通过校验");
  });
});

describe("toMarkdown with bad data", () => {
  test("a 强制 finding gives a visible 未通过校验 line; a gap is bold inside its brackets", () => {
    const data = load();
    data.values["table3.new[total]"] = null;
    const md = toMarkdown(buildReportDocument(data));
    expect(md).toContain("> **未通过校验：有 1 项强制问题未改正");
    expect(md).toContain("本年度共收到政府信息公开申请【**表三 一、本年新收·总计 未填写**】件");
    expect(md).toContain("| 一、本年新收政府信息公开申请数量 | 64 | 0 | 0 | 2 | 0 | 4 |  |");
  });

  test("user text cannot inject HTML, links, emphasis or headings", () => {
    const data = load();
    data.text.problems = "<script>alert(1)</script>\n# 不是标题\n1. 不是列表 *也不是强调* [链接](http://x)";
    const md = toMarkdown(buildReportDocument(data));
    expect(md).toContain("\\<script\\>alert(1)\\</script\\>");
    expect(md).not.toContain("<script>");
    expect(md).toContain("\n\\# 不是标题\n");
    expect(md).toContain("\n1\\. 不是列表 \\*也不是强调\\* \\[链接\\](http://x)\n");
  });
});
