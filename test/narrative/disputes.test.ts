/**
 * A narrative that never contradicts a cell: where a 表三 or 表四 total disagrees with its parts (an open H1–H4
 * finding of the one check pipeline), the sentence states neither number as fact and shows the disagreement as a gap,
 * visible in the Word document, the HTML and the Markdown. Values set by hand.
 */
import JSZip from "jszip";
import { latestFormat, table3Key } from "../../src/format";
import { toHtml, toMarkdown } from "../../src/export";
import { toDocx } from "../../src/export/docx";
import { buildReportDocument, litigationSentence, runsText, type ReportDocument } from "../../src/narrative";
import { emptyReport, type ReportData } from "../../src/report";
import { checkReport } from "../../src/rules";

const format = latestFormat();

/** Every cell 0, then one application received, handled and granted (consistent). */
function base(): ReportData {
  const d = emptyReport(format);
  for (const c of format.inputCells) d.values[c.key] = 0;
  d.year = 2024;
  d.agency = "某县人民政府办公室";
  for (const col of ["natural_person", "total"]) {
    d.values[table3Key("new", col)] = 5;
    d.values[table3Key("total", col)] = 5;
    d.values[table3Key("granted", col)] = 5;
  }
  return d;
}

/** The paragraph after a level-1 heading. */
function after(doc: ReportDocument, heading: string): string {
  const i = doc.blocks.findIndex((b) => b.type === "heading" && b.text === heading);
  const b = doc.blocks[i + 1];
  return b.type === "paragraph" ? runsText(b.runs) : "";
}

/** The generated paragraph of a sub-item of 一. */
function subItem(doc: ReportDocument, title: string): string {
  const i = doc.blocks.findIndex((b) => b.type === "heading" && b.text === title);
  const b = doc.blocks[i + 1];
  return b.type === "paragraph" ? runsText(b.runs) : "";
}

const H4A = "【表四 行政复议：总计4件与各结果之和3件不一致】";
const H2 = "【表三 总计列：（七）总计5件与（一）至（六）之和4件不一致】";

describe("inconsistent 表四: 行政复议 总计 4, outcomes 2 + 1 = 3", () => {
  const data = () => {
    const d = base();
    d.values["table4.reconsideration[upheld]"] = 2;
    d.values["table4.reconsideration[corrected]"] = 1;
    d.values["table4.reconsideration[total]"] = 4;
    return d;
  };

  test("the one check pipeline has H4a open", () => {
    expect(checkReport(data()).map((f) => f.id)).toContain("H4a");
  });

  test("四 states neither 4 nor the outcomes: the group's clause is the disagreement", () => {
    const doc = buildReportDocument(data());
    const four = after(doc, "四、政府信息公开行政复议、行政诉讼情况");
    expect(four).toBe(`本年度因政府信息公开被申请行政复议的件数${H4A}；未发生政府信息公开行政诉讼案件。具体情况见下表。`);
    expect(four).not.toMatch(/行政复议[43]件|结果维持2件|结果纠正1件/);
  });

  test("another group stays stated when it is consistent; without disputes the old wording is back", () => {
    const d = data();
    d.values["table4.litigation_direct[upheld]"] = 2;
    d.values["table4.litigation_direct[total]"] = 2;
    const four = after(buildReportDocument(d), "四、政府信息公开行政复议、行政诉讼情况");
    expect(four).toBe(
      `本年度因政府信息公开被申请行政复议的件数${H4A}；未经复议直接起诉的政府信息公开行政诉讼2件，均获维持；` +
        "无复议后起诉的政府信息公开行政诉讼案件。具体情况见下表。",
    );
    expect(runsText(litigationSentence(d, format))).toContain("行政复议4件，其中结果维持2件、结果纠正1件");
  });

  test("a consistent report has no dispute gap", () => {
    const doc = buildReportDocument(base());
    const gaps = doc.blocks.flatMap((b) => (b.type === "paragraph" ? b.runs : [])).filter((r) => r.kind === "gap" && r.dispute);
    expect(gaps).toEqual([]);
  });

  test("the disagreement is visible in the Word document (bold on yellow), the HTML (mark) and the Markdown (bold)", async () => {
    const doc = buildReportDocument(data());
    const html = toHtml(doc);
    expect(html).toContain(`<mark class="gap">${H4A}</mark>`);
    expect(toMarkdown(doc)).toContain(`【**${H4A.slice(1, -1)}**】`);
    const zip = await JSZip.loadAsync(await toDocx(doc));
    const xml = await zip.file("word/document.xml")!.async("string");
    const runs = [...xml.matchAll(/<w:r>.*?<\/w:r>/g)].map((m) => m[0]).filter((r) => r.includes(H4A));
    expect(runs.length).toBe(1);
    expect(runs[0]).toContain('<w:highlight w:val="yellow"/>');
    expect(runs[0]).toContain("<w:b/>");
  });
});

describe("inconsistent 表三 groups", () => {
  test("（一）予以公开·总计 4 against 5 applicants (H1) and （七）总计 5 against the results 4 (H2): 办结 and the outcomes are the disagreement", () => {
    const d = base();
    d.values[table3Key("granted", "total")] = 4;
    expect(checkReport(d).map((f) => f.id)).toEqual(expect.arrayContaining(["H1.granted", "H2.total"]));
    const doc = buildReportDocument(d);
    expect(subItem(doc, "（二）依申请公开")).toBe(
      `本年度共收到政府信息公开申请5件，无上年结转申请，办结${H2}件，无需结转下年度办理。各项办理结果【表三 总计列 不一致，见上】。`,
    );
    const three = after(doc, "三、收到和处理政府信息公开申请情况");
    expect(three).toBe(`本年度共收到政府信息公开申请5件，无上年结转申请，办结${H2}件，无需结转下年度办理。具体情况见下表。`);
    expect(toHtml(doc)).toContain(`<mark class="gap">${H2}</mark>`);
    expect(toMarkdown(doc)).toContain(`【**${H2.slice(1, -1)}**】`);
  });

  test("一、本年新收 总计 5 against 6 applicants (H1.new): 收到 is the disagreement, the rest is stated", () => {
    const d = base();
    d.values[table3Key("new", "natural_person")] = 6;
    const doc = buildReportDocument(d);
    expect(subItem(doc, "（二）依申请公开")).toBe(
      "本年度共收到政府信息公开申请【表三 一、本年新收：总计5件与各申请人之和6件不一致】件，无上年结转申请，办结5件，无需结转下年度办理。办理结果中，予以公开5件。",
    );
  });

  test("a user's figure that agrees with one side of a disputed total does not replace the generated sentence", () => {
    const d = base();
    d.values[table3Key("new", "natural_person")] = 6;
    d.text.overview.disclosure_on_request = "全年共受理政府信息公开申请5件。";
    const doc = buildReportDocument(d);
    expect(doc.wording.find((w) => w.item === "disclosure_on_request")?.printed).toBe("both");
    expect(subItem(doc, "（二）依申请公开")).toContain("不一致】");
  });
});
