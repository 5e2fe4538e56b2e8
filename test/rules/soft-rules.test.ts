import * as fs from "fs";
import * as path from "path";
import { reportFromJson, type ReportData } from "../../src/report";
import { charCount, checkReport, checkSoftRules, summarize, textSimilarity } from "../../src/rules";

const FIXTURES = path.join(__dirname, "../../../shared/fixtures/reports");
const load = (name: string) => reportFromJson(JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.data.json`), "utf8")));

/** pingtan-2021 with text that satisfies every text rule. */
function goodReport(): ReportData {
  const d = load("pingtan-2021");
  d.text.overviewIntro = "2021年，我区坚持以人民为中心深化政务公开。";
  d.text.overview.disclosure_on_request = "全年共收到70件申请，办结69件，1件结转下年度。";
  d.text.problems =
    "（一）上年度问题整改情况。针对上年度报告指出的政策解读形式单一问题，已建立图解、视频等多种解读方式。（二）存在问题。一是部分单位信息更新不及时；二是依申请公开答复规范性有待提高。（三）改进措施。加强培训，完善审核机制。";
  d.text.otherMatters = "本年度未发出收费通知，未收取信息处理费。";
  d.contact.phone = "0591-23165370";
  return d;
}
const ids = (d: ReportData, previous?: ReportData) => checkSoftRules(d, { previous }).map((f) => f.id);

test("a complete report with consistent text has no soft finding", () => {
  expect(ids(goodReport())).toEqual([]);
});

describe("S9a 五 too short", () => {
  test.each([["empty", ""], ["无", "无"], ["49 characters", "一".repeat(49)]])("%s fires", (_n, text) => {
    const d = goodReport();
    d.text.problems = text;
    expect(ids(d)).toContain("S9a");
  });
  test("50 characters pass this rule", () => {
    const d = goodReport();
    d.text.problems = "上年度问题已整改" + "一".repeat(42);
    expect(charCount(d.text.problems)).toBe(50);
    expect(ids(d)).toEqual([]);
  });
  test("an empty 五 is reported once (S9a), not also as lacking 上年度整改 (S9b)", () => {
    const d = goodReport();
    d.text.problems = "";
    expect(ids(d)).toEqual(["S9a"]);
  });
  test("the message gives the length", () => {
    const d = goodReport();
    d.text.problems = "工作有待加强。";
    expect(checkSoftRules(d).find((f) => f.id === "S9a")!.message).toBe(
      "五、存在的主要问题及改进情况只有 7 个字，少于 50 字，请具体写出存在的问题和改进措施",
    );
  });
  test("an empty 五 or a lone “无” is called unfilled, not “0 个字”", () => {
    for (const text of ["", "无", "无。", " 暂无 "]) {
      const d = goodReport();
      d.text.problems = text;
      expect(checkSoftRules(d).find((f) => f.id === "S9a")!.message).toBe(
        "五、存在的主要问题及改进情况未填写或只写了“无”，请具体写出存在的问题和改进措施",
      );
    }
  });
});

test("S9b 五 without 上年度问题整改 (the seed's own 五)", () => {
  const d = goodReport();
  d.text.problems =
    "我局当前政府信息公开工作均按要求落实，但仍存在部分问题：一是政府信息公开推进较为缓慢，存在未能及时公开的情况，推进力度有待进一步加大。二是政策解读较少。";
  expect(ids(d)).toEqual(["S9b"]);
});

describe("S9b: last year named by its number in a 2024 report (pingtan-2024)", () => {
  /** pingtan-2024's own 五 (it names no 上年度 problem) with one sentence put first. */
  const with2024 = (sentence: string) => {
    const d = load("pingtan-2024");
    d.text.problems =
      sentence +
      "2024年，实验区政府信息公开工作取得了新进展新成果，但在工作中仍在不足，如新时代政府信息公开工作机制有待进一步调整和完善；政策解读形式仍需创新；智能化、数字化手段运用还不够充分等。2025年，将重点从以下方面做好改进：一是优化主动公开目录。";
    return checkSoftRules(d, {}).filter((f) => f.rule === "S9b").length;
  };
  test.each([
    "针对2023年度报告中指出的政策解读形式单一问题，已逐项整改到位。",
    "2023年年报所列问题已全部完成整改。",
    "二〇二三年年报所列问题已全部完成整改。",
    "二零二三年度报告所列问题已逐项落实整改。",
    "２０２３ 年度报告所列问题已全部整改。",
    "上一年度报告所列问题已全部整改。",
  ])("“%s” is the rectification of last year's problems", (sentence) => {
    expect(with2024(sentence)).toBe(0);
  });
  test.each([
    "", // pingtan-2024's 五 as published: 2024年 and 2025年 only
    "2022年年报所列问题已全部完成整改。",
    "二〇二二年年报所列问题已全部完成整改。",
    "220231件年报所列问题已全部完成整改。",
  ])("“%s” still fires: no year before 2024 is named, or not last year", (sentence) => {
    expect(with2024(sentence)).toBe(1);
  });
});

describe("S9c 六 without the fee statement", () => {
  test("“无” fires", () => {
    const d = goodReport();
    d.text.otherMatters = "无";
    expect(ids(d)).toEqual(["S9c"]);
  });
  test("filled fee fields satisfy it (the generated text states them)", () => {
    const d = goodReport();
    d.text.otherMatters = "无";
    d.processingFees = { noticesIssued: 0, collectedYuan: 0 };
    expect(ids(d)).toEqual([]);
  });
});

test("S9d 总体情况 over 1,000 characters", () => {
  const d = goodReport();
  d.text.overview.platform = "平".repeat(1000);
  expect(ids(d)).toEqual(["S9d"]);
  d.text.overview.platform = "";
  d.text.overviewIntro = "一".repeat(1000 - charCount(d.text.overview.disclosure_on_request));
  expect(ids(d)).toEqual([]);
});

describe("S3 numbers in the text against the tables", () => {
  test("收到申请5件 while 本年新收·总计 is 70: the sentence quoted whole, the cell named", () => {
    const d = goodReport();
    d.text.overview.disclosure_on_request = "全年收到申请5件，办结69件。";
    const f = checkSoftRules(d).filter((x) => x.rule === "S3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ left: 5, right: 70, difference: -65, cells: ["table3.new[total]"], fields: ["text.overview"] });
    expect(f[0].message).toBe("一、总体情况（二）依申请公开写“全年收到申请5件，办结69件。”，其中“收到申请5件”与表三 一、本年新收·总计（70 件）不符");
    expect(f[0].quote).toEqual({ piece: "overview.disclosure_on_request", start: 0, end: 15, text: "全年收到申请5件，办结69件。" });
  });
  test("a category total must be the group sum: 不予公开 is 1 + 6 + 1 = 8, not 6", () => {
    const d = goodReport();
    d.text.overview.disclosure_on_request = "全年共收到70件申请，其中不予公开6件。";
    const f = checkSoftRules(d).filter((x) => x.rule === "S3");
    expect(f.map((x) => [x.left, x.right])).toEqual([[6, 8]]);
    d.text.overview.disclosure_on_request = "全年共收到70件申请，其中不予公开8件。";
    expect(ids(d)).toEqual([]);
  });
  test("不予公开 in 五 without saying it is about applications is not read (it may be documents)", () => {
    const d = goodReport();
    d.text.problems += "其中不予公开6件。";
    expect(ids(d)).toEqual([]);
  });
  test("a zero statement: 未收到政府信息公开申请 while 本年新收 is 70", () => {
    const d = goodReport();
    d.text.overview.disclosure_on_request = "本年度未收到政府信息公开申请。";
    const f = checkSoftRules(d).filter((x) => x.rule === "S3");
    expect(f.map((x) => [x.left, x.right, x.message])).toEqual([
      [0, 70, "一、总体情况（二）依申请公开写“本年度未收到政府信息公开申请。”，其中“未收到政府信息公开申请”与表三 一、本年新收·总计（70 件）不符"],
    ]);
  });
  test("several readings: 办理…N件 fits 本年新收 (70) or （七）总计 (69); 71 fits none", () => {
    const d = goodReport();
    d.text.overview.disclosure_on_request = "全年办理政府信息公开申请69件。";
    expect(ids(d)).toEqual([]);
    d.text.overview.disclosure_on_request = "全年办理政府信息公开申请71件。";
    expect(checkSoftRules(d).filter((x) => x.rule === "S3").map((x) => x.message)).toEqual([
      "一、总体情况（二）依申请公开写“全年办理政府信息公开申请71件。”，其中“办理政府信息公开申请71件”与表格不符：表三 一、本年新收·总计为 70 件，表三 一、本年新收与二、上年结转·总计为 70 件，表三（七）总计·总计为 69 件",
    ]);
  });
  test("规章 and 行政规范性文件 counts come from table 2 (pingtan-2021: 制发 69, 废止 3, 现行有效 665, 规章 0)", () => {
    const d = goodReport();
    d.text.overview.information_management = "本年度制发行政规范性文件70件，废止规范性文件3件，现行有效行政规范性文件665件；未制定规章。";
    const f = checkSoftRules(d).filter((x) => x.rule === "S3");
    expect(f.map((x) => [x.left, x.right, x.cells])).toEqual([[70, 69, ["table2.normative_documents.issued"]]]);
    expect(f[0].message).toBe(
      "一、总体情况（三）政府信息管理写“本年度制发行政规范性文件70件，废止规范性文件3件，现行有效行政规范性文件665件；未制定规章。”，其中“制发行政规范性文件70件”与表二 行政规范性文件·本年制发件数（69 件）不符",
    );
  });
  test("decisions come from table 2 (pingtan-2021: 行政处罚 1282)", () => {
    const d = goodReport();
    d.text.overview.proactive_disclosure = "全年作出行政处罚决定1280件。";
    expect(checkSoftRules(d).filter((x) => x.rule === "S3").map((x) => [x.left, x.right, x.cells])).toEqual([[1280, 1282, ["table2.penalty"]]]);
  });
  test("行政复议 counts come from table 4 when the sentence is about disclosure", () => {
    const d = goodReport();
    d.text.otherMatters += "发生政府信息公开行政复议4件。";
    expect(checkSoftRules(d).map((x) => [x.rule, x.left, x.right])).toEqual([["S3", 4, 3]]);
  });
  test("行政复议 in 六 without 信息公开 is not read (it may be the agency's other cases)", () => {
    const d = goodReport();
    d.text.otherMatters += "发生行政复议4件。";
    expect(ids(d)).toEqual([]);
  });
  test("本年度未发生行政复议 above a table with cases: the embarrassing sentence is found", () => {
    const d = goodReport();
    d.text.overview.disclosure_on_request = "本年度未发生政府信息公开行政复议、行政诉讼案件。";
    expect(checkSoftRules(d).filter((x) => x.rule === "S3").map((x) => [x.left, x.right, x.cells])).toEqual([
      [0, 3, ["table4.reconsideration[total]"]],
      [0, 12, ["table4.litigation_direct[total]", "table4.litigation_after_reconsideration[total]"]],
    ]);
  });
});

describe("S4 a total in the text against the parts it lists", () => {
  test("four outcomes adding up to one less than the total", () => {
    const d = goodReport();
    d.text.overview.disclosure_on_request = "全年共收到70件申请。政府信息公开行政复议3件，其中结果维持1件，其他结果1件，结果纠正0件，尚未审结0件。";
    const f = checkSoftRules(d).filter((x) => x.rule === "S4");
    expect(f.map((x) => [x.left, x.right, x.message])).toEqual([
      [
        3,
        2,
        "一、总体情况（二）依申请公开写“政府信息公开行政复议3件，其中结果维持1件，其他结果1件，结果纠正0件，尚未审结0件。”：合计 3 件，所列各项（表四 行政复议·结果维持 1 件、表四 行政复议·其他结果 1 件、表四 行政复议·结果纠正 0 件、表四 行政复议·尚未审结 0 件）之和为 2 件",
      ],
    ]);
  });
  test("some applicant columns adding up to more than the total", () => {
    const d = goodReport();
    d.text.overview.disclosure_on_request = "全年共收到70件申请，其中自然人申请71件。";
    expect(checkSoftRules(d).filter((x) => x.rule === "S4").map((x) => [x.left, x.right])).toEqual([[70, 71]]);
  });
});

describe("S6 all-outcome wording against table 4", () => {
  test("均获维持 while a case had another result", () => {
    const d = goodReport();
    d.text.overview.supervision = "因政府信息公开被申请行政复议的案件均获维持。";
    // pingtan-2021 行政复议: 维持 1, 纠正 0, 其他 2, 尚未审结 0.
    const f = checkSoftRules(d).filter((x) => x.rule === "S6");
    expect(f).toHaveLength(1);
    expect(f[0].cells).toEqual(["table4.reconsideration[other]"]);
    expect(f[0].message).toBe("一、总体情况（五）监督保障写“因政府信息公开被申请行政复议的案件均获维持。”，其中“行政复议的案件均获维持”与表格不符：表四 行政复议·其他结果 2 件");
    d.values["table4.reconsideration[other]"] = 0;
    d.values["table4.reconsideration[upheld]"] = 3;
    expect(checkSoftRules(d).filter((x) => x.rule === "S6")).toEqual([]);
  });
  test("均获维持 of 行政复议 is not denied by a pending lawsuit", () => {
    const d = goodReport();
    d.values["table4.reconsideration[other]"] = 0;
    d.values["table4.reconsideration[upheld]"] = 3;
    d.values["table4.litigation_direct[pending]"] = 1;
    d.text.overview.disclosure_on_request = "全年共收到70件申请。政府信息公开行政复议3件，均获维持。";
    expect(ids(d)).toEqual([]);
  });
  test("one case: 结果为其他结果 while it was upheld", () => {
    const d = goodReport();
    d.values["table4.reconsideration[upheld]"] = 1;
    d.values["table4.reconsideration[other]"] = 0;
    d.values["table4.reconsideration[total]"] = 1;
    d.text.overview.disclosure_on_request = "全年共收到70件申请。发生政府信息公开行政复议1件，为其他结果。";
    expect(checkSoftRules(d).filter((x) => x.rule === "S6").map((x) => x.cells)).toEqual([["table4.reconsideration[upheld]"]]);
  });
});

test("S5 applications lapsed for non-payment need fee notices", () => {
  const d = goodReport();
  d.values["table3.other_2[natural_person]"] = 2;
  d.values["table3.other_2[total]"] = 2;
  const s5 = () => checkSoftRules(d).find((x) => x.rule === "S5")?.message;
  expect(s5()).toBe("表三（六）2.逾期未按收费通知要求缴纳费用为 2 件，但收费通知件数未填写；请在“报告信息”中填写本年发出的收费通知件数");
  d.processingFees.noticesIssued = 1;
  expect(s5()).toBe("表三（六）2.逾期未按收费通知要求缴纳费用为 2 件，但收费通知件数只有 1 件；请在“报告信息”中填写本年发出的收费通知件数");
  d.processingFees.noticesIssued = 2;
  expect(ids(d)).not.toContain("S5");
});

describe("cross-year", () => {
  test("S1 上年结转 equals last year's 结转下年度, per column", () => {
    const previous = load("pingtan-2021"); // carried_forward: 自然人 1, 总计 1
    const d = goodReport();
    expect(ids(d, previous).filter((x) => x.startsWith("S1"))).toEqual(["S1.natural_person", "S1.total"]);
    const f = checkSoftRules(d, { previous }).find((x) => x.id === "S1.total")!;
    expect(f.message).toBe("表三 二、上年结转·总计为 0，上年报告结转下年度为 1，应一致");
    expect(f.fix).toEqual({ cell: "table3.carried_over[total]", value: 1, current: 0 });
  });
  test("S2 现行有效件数 follows last year's: 665 + 69 − 3 = 731", () => {
    const previous = load("pingtan-2021");
    const d = goodReport();
    d.values["table2.normative_documents.issued"] = 69;
    d.values["table2.normative_documents.repealed"] = 3;
    d.values["table2.normative_documents.in_force"] = 731;
    d.values["table3.carried_over[natural_person]"] = 1;
    d.values["table3.carried_over[total]"] = 1;
    expect(ids(d, previous)).toEqual([]);
    d.values["table2.normative_documents.in_force"] = 700;
    expect(checkSoftRules(d, { previous }).map((f) => [f.id, f.left, f.right])).toEqual([["S2.normative_documents", 700, 731]]);
  });
  test("C1 内容雷同: 五 copied from last year", () => {
    const previous = goodReport();
    const d = goodReport();
    d.text.problems = previous.text.problems.replace("一是", "第一，");
    expect(ids(d, previous)).toContain("C1a");
    d.text.problems =
      "（一）上年度问题整改情况：已按计划完成门户网站栏目调整。（二）本年度问题：重点领域信息公开不够细化，解读材料发布滞后。（三）措施：建立月度通报制度。";
    expect(ids(d, previous)).not.toContain("C1a");
  });
  test("textSimilarity: same text 1, disjoint 0", () => {
    expect(textSimilarity("加强政务公开工作", "加强政务公开工作")).toBe(1);
    expect(textSimilarity("甲乙丙丁", "戊己庚辛")).toBe(0);
  });
});

describe("说明 (explanations)", () => {
  test("a kept warning is explained; an error cannot be", () => {
    const d = goodReport();
    d.text.otherMatters = "无";
    d.values["table2.licensing"] = null;
    d.explanations = [
      { findingId: "S9c", text: "本单位不涉及收费", at: "2027-01-10T09:00:00Z" },
      { findingId: "H6:table2.licensing", text: "想跳过", at: "2027-01-10T09:00:00Z" },
    ];
    const f = checkReport(d);
    expect(f.find((x) => x.id === "S9c")!.explained).toEqual({ text: "本单位不涉及收费", at: "2027-01-10T09:00:00Z" });
    expect(f.find((x) => x.id === "H6:table2.licensing")!.explained).toBeUndefined();
    expect(summarize(f)).toEqual({ errors: 1, warnings: 0, explained: 1 });
  });
});
