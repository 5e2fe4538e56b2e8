/**
 * The generated report text, checked against figures read by hand from the seed report and from the published
 * 平潭 2021 report (shared/fixtures/reports/pingtan-2021.data.json).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { FORMAT_2021 } from "../../src/format";
import { reportFromJson, type ReportData } from "../../src/report";
import { buildReportDocument, runsText, type Block, type ReportDocument, type Run } from "../../src/narrative";
import { fixturePath } from "../support/shared";
import { SPEC_SECTION_TITLES } from "../support/spec";

const SEED = join(__dirname, "../../examples/seed-2021.json");
const PINGTAN_2021 = fixturePath("pingtan-2021");

function load(path: string): ReportData {
  return reportFromJson(JSON.parse(readFileSync(path, "utf8")));
}

/** The text of the blocks under a level-1 heading (up to the next one), paragraphs only. */
function sectionText(doc: ReportDocument, title: string): string {
  const start = doc.blocks.findIndex((b) => b.type === "heading" && b.level === 1 && b.text === title);
  expect(start).toBeGreaterThanOrEqual(0);
  const out: string[] = [];
  for (const b of doc.blocks.slice(start + 1)) {
    if (b.type === "heading" && b.level === 1) break;
    if (b.type === "paragraph") out.push(runsText(b.runs));
  }
  return out.join("\n");
}

/** The text of the blocks under a level-2 heading (up to the next heading). */
function subItemText(doc: ReportDocument, title: string): string {
  const start = doc.blocks.findIndex((b) => b.type === "heading" && b.level === 2 && b.text === title);
  expect(start).toBeGreaterThanOrEqual(0);
  const out: string[] = [];
  for (const b of doc.blocks.slice(start + 1)) {
    if (b.type === "heading") break;
    if (b.type === "paragraph") out.push(runsText(b.runs));
  }
  return out.join("\n");
}

function paragraphs(doc: ReportDocument): Extract<Block, { type: "paragraph" }>[] {
  return doc.blocks.filter((b): b is Extract<Block, { type: "paragraph" }> => b.type === "paragraph");
}

/** The gaps in generated paragraphs (not the 【… 未填写】 of empty user sections). */
function generatedGaps(doc: ReportDocument): Extract<Run, { kind: "gap" }>[] {
  return paragraphs(doc)
    .filter((p) => p.source === "generated")
    .flatMap((p) => p.runs)
    .filter((r): r is Extract<Run, { kind: "gap" }> => r.kind === "gap");
}

function gaps(doc: ReportDocument): Extract<Run, { kind: "gap" }>[] {
  return doc.blocks.flatMap((b) => ("runs" in b ? b.runs : [])).filter((r): r is Extract<Run, { kind: "gap" }> => r.kind === "gap");
}

const OVERVIEW = FORMAT_2021.sections[0].title; // 一、总体情况
const [PROACTIVE, ON_REQUEST, INFO_MGMT] = FORMAT_2021.overviewItems.map((i) => i.title);

describe("the seed report (三明市沙县区工信与科技局 2021)", () => {
  const data = load(SEED);
  const doc = buildReportDocument(data);

  test("title, six official sections in order, five official sub-items plus the seed's sixth", () => {
    expect(doc.title).toBe("三明市沙县区工信与科技局2021年政府信息公开工作年度报告");
    const level1 = doc.blocks.filter((b) => b.type === "heading" && b.level === 1).map((b) => (b as { text: string }).text);
    expect(level1).toEqual(SPEC_SECTION_TITLES);
    const level2 = doc.blocks.filter((b) => b.type === "heading" && b.level === 2).map((b) => (b as { text: string }).text);
    expect(level2).toEqual([
      "（一）主动公开",
      "（二）依申请公开",
      "（三）政府信息管理",
      "（四）政府信息公开平台建设",
      "（五）监督保障",
      "（六）2021年主要工作落实情况",
    ]);
  });

  test("the introduction gives the legal basis, the period and only the contact fields that are filled in", () => {
    const intro = runsText(paragraphs(doc)[0].runs);
    expect(intro).toContain("《中华人民共和国政府信息公开条例》");
    expect(intro).toContain("国办公开办函〔2021〕30号");
    expect(intro).toContain("六个部分");
    expect(intro).toContain("统计期限为2021年1月1日至12月31日");
    expect(intro).toContain(
      "请与三明市沙县区工信与科技局办公室联系（地址：三明市沙县区长泰南路禹德大厦八楼，邮编：365050，电话：0598-5822282，传真：0598-5859890）",
    );
    expect(intro).not.toContain("电子邮箱");
  });

  test("一（一） states 行政处罚 1 and words the zero decisions and the zero fee; 二 only points to its table", () => {
    expect(sectionText(doc, "二、主动公开政府信息情况")).toBe("本年度主动公开政府信息情况见下表。");
    const s = subItemText(doc, PROACTIVE);
    expect(s).toContain("作出行政处罚决定1件");
    expect(s).toContain("未作出行政许可决定");
    expect(s).toContain("未作出行政强制决定");
    expect(s).toContain("未收取行政事业性收费");
    expect(s).not.toMatch(/0件|0万元/);
  });

  test("no applications received and none carried over: zero wording, no “0件”", () => {
    const s = subItemText(doc, ON_REQUEST);
    expect(s).toContain("本年度未收到政府信息公开申请，无上年结转申请。");
    expect(s).not.toMatch(/\d件/);
    expect(sectionText(doc, "三、收到和处理政府信息公开申请情况")).toContain("本年度未收到政府信息公开申请，无上年结转申请。");
    expect(sectionText(doc, "四、政府信息公开行政复议、行政诉讼情况")).toContain("本年度未发生政府信息公开行政复议、行政诉讼案件。");
  });

  test("the blank 规章 row gives three visible gaps, never a number; 行政规范性文件 0/0/0 is worded", () => {
    const s = subItemText(doc, INFO_MGMT);
    expect(s).toContain("【表二 规章·本年制发件数 未填写】");
    expect(s).toContain("【表二 规章·本年废止件数 未填写】");
    expect(s).toContain("【表二 规章·现行有效件数 未填写】");
    expect(s).toContain("未制发行政规范性文件，未废止行政规范性文件，无现行有效的行政规范性文件");
    expect(gaps(doc).map((g) => g.cell)).toEqual([
      "table2.regulations.issued",
      "table2.regulations.repealed",
      "table2.regulations.in_force",
      undefined, // 六: 收费通知件数 (报告信息, not a table cell)
      undefined, // 六: 实收信息处理费
    ]);
  });

  test("一（一）: 表二's decisions and fee before the user's text — 处罚 1, the zeros worded", () => {
    expect(subItemText(doc, "（一）主动公开").split("\n")).toEqual([
      "本年度按照《条例》第二十条规定主动公开处理决定和收费信息：未作出行政许可决定，作出行政处罚决定1件，未作出行政强制决定；未收取行政事业性收费。",
      data.text.overview.proactive_disclosure,
    ]);
  });

  test("（四）（五） carry the user's text only", () => {
    expect(subItemText(doc, "（四）政府信息公开平台建设")).toBe(data.text.overview.platform);
    expect(subItemText(doc, "（五）监督保障")).toBe(data.text.overview.supervision);
  });

  test("the user's text is kept as published; 六's lone “无” gives way to the fee sentence with two gaps", () => {
    expect(sectionText(doc, OVERVIEW)).toContain("主动公开政府信息共 32 条");
    expect(sectionText(doc, "六、其他需要报告的事项")).toBe(
      "本年度发出收费通知【报告信息 收费通知件数 未填写】件，实收信息处理费【报告信息 实收信息处理费（元） 未填写】元。",
    );
    expect(sectionText(doc, "五、存在的主要问题及改进情况").split("\n")[0]).toBe("(一)存在问题");
    const notice = doc.blocks.find((b) => b.type === "checkNotice");
    expect(notice).toMatchObject({ type: "checkNotice", errors: 3 });
    expect(doc.check.errors).toBe(3);
  });

  test("the three tables carry every input value of their table, as typed", () => {
    const tables = doc.blocks.filter((b): b is Extract<Block, { type: "table" }> => b.type === "table");
    expect(tables.map((t) => [t.table, t.caption, Object.keys(t.values).length])).toEqual([
      ["table2", "表二 主动公开政府信息情况", 10],
      ["table3", "表三 收到和处理政府信息公开申请情况", 175],
      ["table4", "表四 政府信息公开行政复议、行政诉讼情况", 15],
    ]);
    expect(tables[0].values["table2.regulations.issued"]).toBeNull();
    expect(tables[0].values["table2.penalty"]).toBe(1);
  });
});

describe("平潭 2021 (published report, figures read by hand from the data file)", () => {
  const data = load(PINGTAN_2021);
  const doc = buildReportDocument(data);
  const onRequest = subItemText(doc, ON_REQUEST);

  test("一（二）: 收到 70, 办结 69, 结转 1, no carry-over from last year", () => {
    expect(onRequest).toContain("本年度共收到政府信息公开申请70件");
    expect(onRequest).toContain("无上年结转申请");
    expect(onRequest).toContain("办结69件");
    expect(onRequest).toContain("结转下年度继续办理1件");
  });

  test("category totals are group sums of the 总计 column: 予以公开 30, 不予公开 8 (= 1 + 6 + 1), 无法提供 25", () => {
    expect(onRequest).toContain("予以公开30件");
    expect(onRequest).toContain("部分公开5件");
    expect(onRequest).toContain("不予公开8件");
    expect(onRequest).toContain("无法提供25件");
    expect(onRequest).toContain("其他处理1件");
    // zero category left out, and not the 自然人 cell (27) or a single sub-item (6) in place of a total
    expect(onRequest).not.toContain("不予处理");
    expect(onRequest).not.toContain("予以公开27件");
    expect(onRequest).not.toContain("不予公开6件");
  });

  test("四: 行政复议 3 (维持 1, 其他 2, not 均获维持), 直接起诉 12 all upheld, no 复议后起诉", () => {
    const s = sectionText(doc, "四、政府信息公开行政复议、行政诉讼情况");
    const [reconsideration, direct, after] = s.split("；");
    expect(reconsideration).toBe("本年度因政府信息公开被申请行政复议3件，其中结果维持1件、其他结果2件");
    expect(direct).toBe("未经复议直接起诉的政府信息公开行政诉讼12件，均获维持");
    expect(after).toMatch(/^无复议后起诉的政府信息公开行政诉讼案件。/);
  });

  test("一（三） and 一（一） from 表二: 69 issued, 3 repealed, 665 in force; 2293/1282/42; the fee as stored", () => {
    expect(subItemText(doc, INFO_MGMT)).toContain(
      "未制发规章，未废止规章，无现行有效的规章；制发行政规范性文件69件，废止行政规范性文件3件，现行有效行政规范性文件665件",
    );
    const s = subItemText(doc, PROACTIVE);
    expect(s).toContain("作出行政许可决定2293件，作出行政处罚决定1282件，作出行政强制决定42件");
    expect(s).toContain("收取行政事业性收费24252.311082万元");
  });

  test("一（一）: 许可 2293, 处罚 1282, 强制 42 and the fee in 万元 as stored", () => {
    expect(subItemText(doc, "（一）主动公开")).toBe(
      "本年度按照《条例》第二十条规定主动公开处理决定和收费信息：作出行政许可决定2293件，作出行政处罚决定1282件，作出行政强制决定42件；收取行政事业性收费24252.311082万元。",
    );
  });

  test("a consistent report has no check notice; the only gaps are the two blank 信息处理费 fields of 六", () => {
    expect(doc.blocks.some((b) => b.type === "checkNotice")).toBe(false);
    expect(doc.check.errors).toBe(0);
    const six = sectionText(doc, "六、其他需要报告的事项");
    for (const p of paragraphs(doc).filter((p) => p.source === "generated" && !six.includes(runsText(p.runs)))) {
      expect(p.runs.every((r) => r.kind === "text")).toBe(true);
    }
    expect(generatedGaps(doc).map((g) => g.text)).toEqual(["【报告信息 收费通知件数 未填写】", "【报告信息 实收信息处理费（元） 未填写】"]);
  });

  test("with the 信息处理费 filled in, 六 states it in 元 and the generated text has no gap at all", () => {
    const filled = load(PINGTAN_2021);
    filled.processingFees = { noticesIssued: 3, collectedYuan: 300 };
    const d = buildReportDocument(filled);
    expect(sectionText(d, "六、其他需要报告的事项")).toBe("本年度发出收费通知3件，实收信息处理费300元。");
    expect(generatedGaps(d)).toEqual([]);
  });
});

describe("figures that are not valid numbers become visible gaps", () => {
  test("a blank 一、本年新收·总计 gives 【表三 一、本年新收·总计 未填写】 and no invented number", () => {
    const data = load(PINGTAN_2021);
    data.values["table3.new[total]"] = null;
    const doc = buildReportDocument(data);
    const s = subItemText(doc, ON_REQUEST);
    expect(s).toContain("本年度共收到政府信息公开申请【表三 一、本年新收·总计 未填写】件");
    expect(s).not.toContain("70");
    const gap = gaps(doc).find((g) => g.cell === "table3.new[total]");
    expect(gap?.text).toBe("【表三 一、本年新收·总计 未填写】");
    expect(doc.blocks[1]).toMatchObject({ type: "checkNotice", errors: 1 });
  });

  test("“/” and text with a unit are named as such", () => {
    const data = load(PINGTAN_2021);
    data.values["table2.penalty"] = "/";
    data.values["table4.reconsideration[total]"] = "3件";
    const doc = buildReportDocument(data);
    expect(subItemText(doc, PROACTIVE)).toContain("作出行政处罚决定【表二 行政处罚·本年处理决定数量 填为“/”，应填数字】件");
    expect(sectionText(doc, "四、政府信息公开行政复议、行政诉讼情况")).toContain(
      "被申请行政复议【表四 行政复议·总计 “3件”不是有效数字】件",
    );
  });

  test("a group total with one invalid item names that item instead of summing the rest", () => {
    const data = load(PINGTAN_2021);
    data.values["table3.denied_7[total]"] = null;
    const s = subItemText(buildReportDocument(data), ON_REQUEST);
    expect(s).toContain("不予公开【表三 （三）不予公开7.属于行政执法案卷·总计 未填写】件");
    expect(s).not.toContain("不予公开2件");
  });

  test("a missing agency and year are gaps in the title", () => {
    const data = load(PINGTAN_2021);
    data.agency = "";
    data.year = null;
    const doc = buildReportDocument(data);
    expect(doc.title).toBe("【机关名称 未填写】【年度 未填写】年政府信息公开工作年度报告");
    expect(runsText(paragraphs(doc)[0].runs)).toContain("统计期限为【年度 未填写】年1月1日至12月31日");
  });
});

describe("wording of 表四 outcomes", () => {
  test("“均获维持” is never written when a case is 尚未审结, 纠正 or 其他", () => {
    for (const column of ["corrected", "other", "pending"]) {
      const data = load(PINGTAN_2021);
      data.values[`table4.litigation_direct[${column}]`] = 1;
      data.values["table4.litigation_direct[total]"] = 13;
      const s = sectionText(buildReportDocument(data), "四、政府信息公开行政复议、行政诉讼情况");
      expect(s).not.toContain("均获维持");
      expect(s).toContain("未经复议直接起诉的政府信息公开行政诉讼13件，其中结果维持12件、");
    }
  });

  test("only litigation, no reconsideration", () => {
    const data = load(PINGTAN_2021);
    for (const c of ["upheld", "corrected", "other", "pending", "total"]) data.values[`table4.reconsideration[${c}]`] = 0;
    const s = sectionText(buildReportDocument(data), "四、政府信息公开行政复议、行政诉讼情况");
    expect(s.split("；")[0]).toBe("本年度未发生政府信息公开行政复议案件");
  });

  test("only reconsideration, no litigation", () => {
    const data = load(PINGTAN_2021);
    for (const c of ["upheld", "corrected", "other", "pending", "total"]) data.values[`table4.litigation_direct[${c}]`] = 0;
    const s = sectionText(buildReportDocument(data), "四、政府信息公开行政复议、行政诉讼情况");
    expect(s).toContain("；未发生政府信息公开行政诉讼案件。");
  });
});

describe("findings passed in", () => {
  test("the notice counts the findings given, not a fresh check", () => {
    const data = load(SEED);
    expect(buildReportDocument(data, []).blocks.some((b) => b.type === "checkNotice")).toBe(false);
    const doc = buildReportDocument(data, [
      { id: "x", rule: "layout", severity: "error", title: "版式", message: "找不到表三", cells: [] },
      { id: "y", rule: "S9b", severity: "warning", title: "提示", message: "…", cells: [] },
    ]);
    const notice = doc.blocks.find((b) => b.type === "checkNotice");
    expect(notice && runsText((notice as { runs: Run[] }).runs)).toBe(
      "未通过校验：有 1 项强制问题未改正（另有 1 项提示），文中数字可能有误，请改正后再发布。",
    );
  });

  test("empty user sections show a gap naming the heading", () => {
    const data = load(PINGTAN_2021);
    const doc = buildReportDocument(data);
    expect(sectionText(doc, "五、存在的主要问题及改进情况")).toBe("【五、存在的主要问题及改进情况 未填写】");
    expect(subItemText(doc, "（四）政府信息公开平台建设")).toBe("【（四）政府信息公开平台建设 未填写】");
    expect(subItemText(doc, "（五）监督保障")).toBe("【（五）监督保障 未填写】");
    // no contact given: no contact sentence
    expect(runsText(paragraphs(doc)[0].runs)).not.toContain("如对本报告有疑问");
  });
});
