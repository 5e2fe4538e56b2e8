/**
 * Generated sentence or the user's own wording (一（一）–（三）): the report states a figure once, and a user's figure
 * the tables deny is never printed beside the generated one without a visible mark. Values set by hand; the user's
 * sentence is the shape of a real 一（二） (“全市共受理政府信息公开申请 3119 件，答复 3050 件……”).
 */
import { readFileSync } from "fs";
import { latestFormat, table3Key } from "../../src/format";
import { buildReportDocument, subItemWithWording, runsText, type Block, type Run } from "../../src/narrative";
import { emptyReport, reportFromJson, type ReportData } from "../../src/report";
import { REPORT_FIXTURES } from "../support/shared";
import { makeContext, type Finding } from "../../src/rules";

const format = latestFormat();
const GENERATED: Run[] = [{ kind: "text", text: "本年度共收到政府信息公开申请3119件，上年结转0件，办结3050件，结转下年度继续办理69件。" }];

function report(userText: string): ReportData {
  const d = emptyReport(format);
  for (const c of format.inputCells) d.values[c.key] = 0;
  d.year = 2021;
  d.values[table3Key("new", "total")] = 3119;
  d.values[table3Key("total", "total")] = 3050;
  d.values[table3Key("carried_forward", "total")] = 69;
  d.text.overview.disclosure_on_request = userText;
  return d;
}

const lines = (blocks: Block[]) => blocks.map((b) => (b.type === "paragraph" ? `${b.source}:${runsText(b.runs)}` : b.type));
const run = (d: ReportData, findings: Finding[] = []) =>
  subItemWithWording(d, format, "disclosure_on_request", GENERATED, makeContext(d, format), findings);

const AGREE = "全市共受理政府信息公开申请 3119 件，答复 3050 件。按时答复率100%。";
const DISAGREE = "全市共受理政府信息公开申请 3120 件，答复 3050 件。按时答复率100%。";

describe("一（二）: generated sentence or the user's wording", () => {
  test("automatic, every overlapping figure agrees: the user's wording only, the figures stated once", () => {
    const r = run(report(AGREE));
    expect(r.wording.printed).toBe("user");
    expect(r.wording.overlaps.map((o) => [o.stated, o.agrees])).toEqual([
      [3119, true],
      [3050, true],
    ]);
    expect(lines(r.blocks)).toEqual([`user:${AGREE}`]);
  });

  test("chosen 生成: the generated sentence, then the user's text without the sentence restating its figures", () => {
    const d = report(AGREE);
    d.text.wording.disclosure_on_request = "generated";
    const r = run(d);
    expect(r.wording).toMatchObject({ choice: "generated", printed: "generated" });
    expect(lines(r.blocks)).toEqual([`generated:${runsText(GENERATED)}`, "user:按时答复率100%。"]);
  });

  test("automatic, a figure the tables deny: both printed, with a visible gap after the user's sentence naming the cell", () => {
    const r = run(report(DISAGREE));
    expect(r.wording.printed).toBe("marked");
    expect(r.blocks.length).toBe(2);
    const user = r.blocks[1];
    expect(user.type === "paragraph" && user.runs).toEqual([
      { kind: "text", text: "全市共受理政府信息公开申请 3120 件，答复 3050 件。" },
      { kind: "gap", text: "【上句的3120件与表三 一、本年新收·总计（3119件）不一致】" },
      { kind: "text", text: "按时答复率100%。" },
    ]);
  });

  test("chosen 原文 with a denied figure: the user's text only, still marked; chosen 生成: the denied sentence is left out", () => {
    const d = report(DISAGREE);
    d.text.wording.disclosure_on_request = "user";
    const r = run(d);
    expect(r.wording.printed).toBe("user");
    expect(lines(r.blocks)).toEqual(["user:全市共受理政府信息公开申请 3120 件，答复 3050 件。【上句的3120件与表三 一、本年新收·总计（3119件）不一致】按时答复率100%。"]);
    d.text.wording.disclosure_on_request = "generated";
    expect(lines(run(d).blocks)).toEqual([`generated:${runsText(GENERATED)}`, "user:按时答复率100%。"]);
  });

  test("a denied figure whose 提示 was kept with a 说明 is not marked (the appendix states it)", () => {
    const d = report(DISAGREE);
    const explained: Finding = {
      id: "S3:x",
      rule: "S3",
      severity: "warning",
      title: "",
      message: "",
      cells: [],
      quote: { piece: "overview.disclosure_on_request", start: 0, end: 31, text: "" },
      explained: { text: "含上年结转 1 件", at: "" },
    };
    expect(run(d, [explained]).wording.printed).toBe("user");
  });

  test("no figure in common: both, the generated sentence first; an empty text: the generated sentence", () => {
    const r = run(report("我局畅通申请渠道，规范办理流程。"));
    expect(r.wording.printed).toBe("both");
    expect(lines(r.blocks)).toEqual([`generated:${runsText(GENERATED)}`, "user:我局畅通申请渠道，规范办理流程。"]);
    const d = report("");
    d.text.wording.disclosure_on_request = "user";
    expect(lines(run(d).blocks)).toEqual([`generated:${runsText(GENERATED)}`]);
  });

  test("paragraphs are kept line by line; a line left empty by a removed sentence is dropped", () => {
    const d = report("全市共受理政府信息公开申请 3119 件。\n我局畅通申请渠道。\n答复 3050 件。");
    d.text.wording.disclosure_on_request = "generated";
    expect(lines(run(d).blocks)).toEqual([`generated:${runsText(GENERATED)}`, "user:我局畅通申请渠道。"]);
  });
});

describe("the real report of the issue (淮安 2024, fixtures/reports/huaian-2024)", () => {
  test("一（二） states 3119 once, in the agency's own words; every figure it restates agrees with 表三", () => {
    const d = reportFromJson(JSON.parse(readFileSync(`${REPORT_FIXTURES}/huaian-2024.data.json`, "utf8")));
    const doc = buildReportDocument(d);
    const w = doc.wording.find((x) => x.item === "disclosure_on_request")!;
    expect(w.printed).toBe("user");
    // 受理 3119 (本年新收), 答复 3050 (（七）总计), 上年度结转 34, 顺延到下年度 103 — all as 表三 has them.
    expect(w.overlaps.map((o) => [o.stated, o.value, o.agrees])).toEqual([
      [3119, 3119, true],
      [3050, 3050, true],
      [34, 34, true],
      [103, 103, true],
    ]);
    const i = doc.blocks.findIndex((b) => b.type === "heading" && b.text === "（二）依申请公开");
    const end = doc.blocks.findIndex((b, k) => k > i && b.type === "heading");
    const texts = doc.blocks.slice(i + 1, end).map((b) => (b.type === "paragraph" ? runsText(b.runs) : b.type));
    expect(texts[0]).toMatch(/^定期对政府信息公开申请集中的领域.*2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件/);
    expect(texts.length).toBe(1);
    expect(texts.join("")).not.toContain("本年度共收到政府信息公开申请3119件");
  });
});
