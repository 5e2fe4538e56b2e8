/**
 * The report of a 2019-format year in its own wording: 平潭 2020 (fixtures/reports/pingtan-2020, 2019 format). Every
 * expected sentence is written out by hand from the published table (pingtan-2020.source.txt) and the phrase
 * catalogue's wording.
 */
import { readFileSync } from "fs";
import { FORMAT_2019, getFormat } from "../../src/format";
import { reportFromJson, type ReportData } from "../../src/report";
import {
  buildReportDocument,
  overviewProactiveSentence,
  requestOutcomesSentence,
  rulemakingSentence,
  runsText,
  type Block,
} from "../../src/narrative";
import { fixturePath } from "../support/shared";

function pingtan2020(): ReportData {
  return reportFromJson(JSON.parse(readFileSync(fixturePath("pingtan-2020"), "utf8")));
}

describe("平潭 2020 in the 2019 format", () => {
  const data = pingtan2020();
  const doc = buildReportDocument(data);

  test("the document is in the 2019 format", () => {
    expect(data.format).toBe("2019");
    expect(doc.format).toBe(getFormat("2019"));
  });

  test("the introduction cites the 2019 notice, 国办公开办函〔2019〕60号", () => {
    const intro = doc.blocks.find((b): b is Extract<Block, { type: "paragraph" }> => b.type === "paragraph")!;
    expect(runsText(intro.runs)).toContain(
      "和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求",
    );
    expect(runsText(intro.runs)).not.toContain("30号");
  });

  test("一（三）: 规章 0 / 0 / 7, 规范性文件 77 / 77 / 166 in the 2019 columns", () => {
    expect(runsText(rulemakingSentence(data, FORMAT_2019))).toBe(
      "本年度未新制作规章，未新公开规章，对外公开规章共7件；新制作规范性文件77件，新公开规范性文件77件，对外公开规范性文件共166件。",
    );
  });

  test("一（一）: items, the signed 本年增/减 (−18, −15 as 减少), decisions and the procurement amount as written", () => {
    expect(runsText(overviewProactiveSentence(data, FORMAT_2019))).toBe(
      "本年度按照《条例》第二十条规定主动公开的情况：" +
        "行政许可上一年项目396个，本年增加442个，作出处理决定278件；" +
        "其他对外管理服务事项上一年项目10个，本年增加7个，作出处理决定105件；" +
        "行政处罚上一年项目2648个，本年减少18个，作出处理决定538件；" +
        "行政强制上一年项目126个，本年增加26个，作出处理决定29件；" +
        "行政事业性收费上一年项目35个，本年减少15个；" +
        "政府集中采购项目395个，采购总金额73802895.90元。",
    );
  });

  test("一（二）: the single （六）其他处理 row counts as itself (4), never as a blank 2021 item", () => {
    expect(runsText(requestOutcomesSentence(data, FORMAT_2019))).toBe(
      "办理结果中，予以公开7件，部分公开6件，无法提供7件，不予处理3件，其他处理4件。",
    );
  });

  test("no gap anywhere in the generated sentences (every 2019 cell is read)", () => {
    const gaps = doc.blocks.flatMap((b) => ("runs" in b && b.type === "paragraph" && b.source === "generated" ? b.runs : []))
      .filter((r) => r.kind === "gap" && r.cell !== undefined);
    expect(gaps).toEqual([]);
  });

  test("the table blocks hold the 2019 cells: 22 in 表二, 161 in 表三, 15 in 表四", () => {
    const sizes = doc.blocks.flatMap((b) => (b.type === "table" ? [[b.table, Object.keys(b.values).length]] : []));
    expect(sizes).toEqual([
      ["table2", 22],
      ["table3", 161],
      ["table4", 15],
    ]);
  });
});
