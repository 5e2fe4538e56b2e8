/**
 * The reader, one construction at a time: what it reads, and what it leaves alone. The wording is the reports' own
 * (see test/prose/corpus.ts for the real sentences); expected readings are written by hand.
 */
import { FORMAT_2019, FORMAT_2021 } from "../../src/format";
import { quantityCells, quantityId, readStatements, splitSentences, type ReadContext } from "../../src/prose";

const ctx = (topic?: "requests"): ReadContext => ({ format: FORMAT_2021, year: 2024, topic });
/** The statements of a text as `quantity=value` strings. */
const read = (text: string, context: ReadContext = ctx("requests")) =>
  readStatements(text, context).map((s) => `${s.readings.map(quantityId).join("|")}=${s.value}`);

const NEW = "table3.new[total]";
const TOTAL = "table3.total[total]";

describe("request counts", () => {
  test.each([
    ["收到", "全年共收到政府信息公开申请12件。", [`${NEW}=12`]],
    ["新收", "本年新收政府信息公开申请12件。", [`${NEW}=12`]],
    ["受理", "全市共受理政府信息公开申请 3119 件。", [`${NEW}=3119`]],
    ["共受理 … 件申请", "共受理36件政府信息公开申请。", [`${NEW}=36`]],
    ["新增", "新增政府信息公开申请5件。", [`${NEW}=5`]],
    ["办结", "办结69件。", [`${TOTAL}=69`]],
    ["答复", "答复 3050 件。", [`${TOTAL}=3050`]],
    ["办理完毕", "办理完毕12件。", [`${TOTAL}=12`]],
    ["作出答复", "作出答复12件。", [`${TOTAL}=12`]],
    ["上年结转", "上年结转3件。", ["table3.carried_over[total]=3"]],
    ["上年度遗留", "上年度遗留申请2件。", ["table3.carried_over[total]=2"]],
    ["结转下年度", "结转下年度继续办理1件。", ["table3.carried_forward[total]=1"]],
    ["number first: 结转下年度", "1件结转下年度继续办理。", ["table3.carried_forward[total]=1"]],
    ["number first: 顺延到下年度", "另有 103 件顺延到下年度答复。", ["table3.carried_forward[total]=103"]],
    ["转入下一年度", "转入下一年度办理4件。", ["table3.carried_forward[total]=4"]],
    ["a year for last year", "2023年结转办理1件。", ["table3.carried_over[total]=1"]],
    ["a year for next year", "除4件转结2025年办理以外，均已答复。", ["table3.carried_forward[total]=4"]],
    ["受理并办结", "受理并办结依申请公开事项30件。", [`${NEW}=30`, `${TOTAL}=30`]],
    ["办理: several readings", "全年办理政府信息公开申请218件。", ["table3.new[total]|table3.new+carried_over[total]|table3.total[total]=218"]],
    ["办理回复 is one verb", "共办理回复依申请公开事项23件。", [`${TOTAL}=23`]],
    ["a relative clause", "受理公民、法人和其他组织向本机关提出的政府信息公开申请5件。", [`${NEW}=5`]],
  ])("%s", (_kind, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("results", () => {
  test.each([
    ["予以公开", "其中，予以公开2件。", ["table3.granted[total]=2"]],
    ["不予公开 is the group", "不予公开8件。", ["table3.denied[total]=8"]],
    ["an item of a group", "属于四类过程性信息1件。", ["table3.denied_6[total]=1"]],
    ["the item, not its group", "因本机关不掌握相关信息而无法提供2件。", ["table3.unable_1[total]=2"]],
    ["a combined phrase is the sum", "予以公开及部分公开42件。", ["table3.granted+partial[total]=42"]],
    ["或 is the sum too", "予以公开或部分公开1件。", ["table3.granted+partial[total]=1"]],
    ["分别", "予以公开、部分公开分别为10件、5件。", ["table3.granted[total]=10", "table3.partial[total]=5"]],
    ["old wording 予以公开答复", "予以公开答复966件。", ["table3.granted[total]=966"]],
  ])("%s", (_kind, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  test("results are read only in a sentence about requests: a document's disclosure status is not 表三", () => {
    expect(read("政策文件方面，主动公开文件1件，依申请公开0件，不予公开0件。", ctx())).toEqual([]);
  });
});

describe("applicants", () => {
  test.each([
    ["自然人", "其中自然人申请65件，法人或其他组织申请5件。", ["table3.new[natural_person]=65", "table3.new[commercial+research+social_welfare+legal_service+other_org]=5"]],
    ["均为自然人: the other columns are 0", "共收到8份政府信息公开申请，均为自然人申请。", [`${NEW}=8`, "table3.new[commercial+research+social_welfare+legal_service+other_org]=0"]],
  ])("%s", (_kind, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("zero: 未 and 无 with the quantity", () => {
  test.each([
    ["未收到", "本年度未收到政府信息公开申请。", [`${NEW}=0`]],
    ["无上年结转", "无上年结转申请。", ["table3.carried_over[total]=0"]],
    ["无需结转", "无需结转下年度办理。", ["table3.carried_forward[total]=0"]],
    ["无依申请公开事项", "本年度无依申请公开事项。", [`${NEW}=0`]],
    ["both kinds of case", "未发生因政府信息公开引发的行政复议和行政诉讼案件。", ["table4.reconsideration[total]=0", "table4.litigation_direct+litigation_after_reconsideration[total]=0"]],
    ["not 未办结", "未办结申请。", []],
    ["not 无依申请公开信息 (nothing asked, or nothing disclosed?)", "本年度无依申请公开信息。", []],
  ])("%s", (_kind, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("表四", () => {
  test.each([
    ["a count with its outcomes", "政府信息公开行政复议 351件，其中结果维持 72 件，尚未审结 37 件。", ["table4.reconsideration[total]=351", "table4.reconsideration[upheld]=72", "table4.reconsideration[pending]=37"]],
    ["行政诉讼 is both litigation groups", "政府信息公开行政诉讼 46 件。", ["table4.litigation_direct+litigation_after_reconsideration[total]=46"]],
    ["复议后起诉", "因政府信息公开申请行政复议7件，复议后起诉1件。", ["table4.reconsideration[total]=7", "table4.litigation_after_reconsideration[total]=1"]],
    ["各", "因政府信息公开被申请行政复议、提起行政诉讼各1件。", ["table4.reconsideration[total]=1", "table4.litigation_direct+litigation_after_reconsideration[total]=1"]],
    ["均获维持: no other outcome", "因政府信息公开被申请行政复议2件，均获维持。", ["table4.reconsideration[total]=2", "table4.reconsideration[corrected+other+pending]=0"]],
    ["one case: 为其他结果", "政府信息公开行政复议案件1件，为其他结果。", ["table4.reconsideration[total]=1", "table4.reconsideration[upheld+corrected+pending]=0"]],
  ])("%s", (_kind, text, expected) => {
    expect(read(text, ctx())).toEqual(expected);
  });
  test.each([
    ["without 信息公开 in the sentence (outside 一（二）)", "本年度发生行政复议案件3件。"],
    ["the agency deciding reconsiderations (a 司法局)", "全年政府信息公开工作平稳，办理行政复议案件120件。"],
    ["a 行政复议申请 is another quantity", "收到行政复议申请5件，涉及政府信息公开。"],
    ["lawsuits about other administrative acts", "因具体行政行为被提起行政诉讼2起，涉及信息公开工作。"],
  ])("not read: %s", (_kind, text) => {
    expect(read(text, ctx())).toEqual([]);
  });
});

describe("表二", () => {
  test.each([
    ["制发", "本年度制发行政规范性文件62件。", ["table2.normative_documents.issued=62"]],
    ["废止", "废止规范性文件3件。", ["table2.normative_documents.repealed=3"]],
    ["现行有效, naming the document before", "制发行政规范性文件2件，废止行政规范性文件10件，现行有效件数14件。", ["table2.normative_documents.issued=2", "table2.normative_documents.repealed=10", "table2.normative_documents.in_force=14"]],
    ["未制发", "本年度未制发规范性文件。", ["table2.normative_documents.issued=0"]],
    ["行政处罚决定", "本年度内单位行政处罚处理决定数量39件。", ["table2.penalty=39"]],
    ["published items are not decisions", "主动公开行政处罚类信息1条。", []],
    ["新制定 beside 修改: not read", "公开规章13件（含新制定5件，修改4件）。", []],
  ])("%s", (_kind, text, expected) => {
    expect(read(text, ctx())).toEqual(expected);
  });
});

describe("left alone", () => {
  test.each([
    ["信访", "全年办理群工系统信访事项126件。"],
    ["热线", "共办理政府12345热线47件，已全部办结。"],
    ["人大建议, 政协提案", "办理人大代表建议123件、政协提案151件。"],
    ["群众诉求", "收到群众诉求348件，现场解决162件。"],
    ["来信 and 信箱", "全年共收到“领导信箱”来信158件。"],
    ["咨询", "受理政府信息咨询372人次。"],
    ["留言, then 答复 in the next clause", "收到248条网民留言，办结留言230条，公开答复4条。"],
    ["行政许可申请", "全年未收到行政许可申请。"],
    ["another year", "2023年收到政府信息公开申请12件。"],
    ["another period", "上半年共受理政府信息公开申请267件。"],
    ["a comparison", "较上年增加12件。"],
    ["another unit", "其中市本级收到申请120件，办结118件。"],
    ["an approximation", "全年收到政府信息公开申请约30件。"],
    ["a range", "每月收到政府信息公开申请20-30件。"],
    ["a span of time", "收到申请后3个工作日内答复。"],
    ["published information", "全年主动公开政府信息2645条。"],
  ])("%s", (_kind, text) => {
    expect(read(text)).toEqual([]);
  });
  test("the report year's numbers after another year's are read", () => {
    expect(read("2023年收到申请12件，2024年收到申请30件。")).toEqual([`${NEW}=30`]);
  });
  test("a number after a comparison in the clause before is read", () => {
    expect(read("共收到信息公开申请22起，比2023年(31起)下降29%，答复22起。")).toEqual([`${NEW}=22`, `${TOTAL}=22`]);
  });
});

describe("what a sentence is about", () => {
  test("outside 一（二）, a count needs the words 申请 or 依申请公开", () => {
    expect(read("办结69件。", ctx())).toEqual([]);
    expect(read("本年度共收到70件申请，办结69件。", ctx())).toEqual([`${NEW}=70`, `${TOTAL}=69`]);
  });
  test("a sentence starting with 其中 continues the one before", () => {
    const text = "共收到8份政府信息公开申请。其中，予以公开2件。";
    expect(read(text, ctx())).toEqual([`${NEW}=8`, "table3.granted[total]=2"]);
    expect(readStatements(text, ctx())[1].partOf).toBe(0);
  });
  test("a bare 申请 after a modifier is not a request (低保申请)", () => {
    expect(read("受理低保申请120件。", ctx())).toEqual([]);
  });
});

describe("quotes", () => {
  test("each statement quotes its sentence verbatim, spaces kept", () => {
    const text = "定期研判。2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件。";
    const [first] = readStatements(text, ctx("requests"));
    expect(first.sentence.text).toBe("2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件。");
    expect(text.slice(first.sentence.start, first.sentence.end)).toBe(first.sentence.text);
    expect(first.span.text).toBe("受理政府信息公开申请 3119 件");
  });
  test("sentences end at 。！？, a line break, or a full stop that is not a decimal point", () => {
    expect(splitSentences("甲1.5乙.丙。丁\n戊").map((s) => s.text)).toEqual(["甲1.5乙.", "丙。", "丁", "戊"]);
  });
});

describe("the format decides which words name a cell", () => {
  const in2019: ReadContext = { format: FORMAT_2019, year: 2020 };
  test("the 2019 表二 has no 本年废止件数: 废止 is not read", () => {
    expect(read("经清理，已宣布废止规范性文件5件。", in2019)).toEqual([]);
    expect(read("经清理，已宣布废止规范性文件5件。", ctx())).toEqual(["table2.normative_documents.repealed=5"]);
  });
  test("decisions are the 2019 处理决定数量 column, the 2021 single cell", () => {
    expect(read("本年度作出行政处罚决定39件。", in2019)).toEqual(["table2.penalty.decisions=39"]);
    expect(read("本年度作出行政处罚决定39件。", ctx())).toEqual(["table2.penalty=39"]);
  });
  test("其他处理 is the 2019 single row, the 2021 group of three", () => {
    const [s2019] = readStatements("其他处理3件。", { ...in2019, topic: "requests" });
    expect(quantityCells(s2019.readings[0], FORMAT_2019)).toEqual(["table3.other[total]"]);
    const [s2021] = readStatements("其他处理3件。", ctx("requests"));
    expect(quantityCells(s2021.readings[0], FORMAT_2021)).toEqual(["table3.other_1[total]", "table3.other_2[total]", "table3.other_3[total]"]);
  });
});

describe("whose figures: another unit's are not the table's, the agency's own are (pingtan-2024, 本年新收 218)", () => {
  const PINGTAN = "平潭综合实验区管委会办公室（汇总平潭综合实验区）";
  const as = (agency: string, year = 2024) => (text: string) => read(text, { ...ctx("requests"), agency, year });
  test.each([
    ["a named unit after 其中", "其中，区公安局收到申请56件。"],
    ["市本级", "市本级收到政府信息公开申请120件。"],
    ["各县（区）", "各县（区）共收到政府信息公开申请1000件。"],
    ["a named unit's 本级", "管委会办公室本级收到申请18件。"],
    ["a named unit, no 其中", "市公安局收到政府信息公开申请56件。"],
    ["two named units", "区公安局、区财政金融局分别收到申请56件、20件。"],
    ["区直各部门", "区直各部门共收到申请100件。"],
    ["下属单位", "下属单位收到申请10件。"],
    ["各乡镇", "各乡镇共收到申请10件。"],
    ["the next clause keeps the subject", "区公安局收到申请56件，办结50件。"],
    ["未 after another unit", "区公安局未收到政府信息公开申请。"],
    ["a prepositional phrase after the unit", "区公安局通过网站收到申请56件。"],
    ["本级 in a government's report", "本级收到申请18件。"],
    ["a named unit's outcome", "其中，区公安局予以公开30件。"],
  ])("%s: nothing read", (_name, text) => {
    expect(as(PINGTAN)(text)).toEqual([]);
  });
  test.each([
    ["本机关", "本机关收到申请218件。"],
    ["我局", "我局共收到政府信息公开申请218件。"],
    ["本局", "本局收到申请218件。"],
    ["我委", "我委收到申请218件。"],
    ["本单位", "本单位收到申请218件。"],
    ["本级机关", "本级机关收到申请218件。"],
    ["全区", "2024年，全区共收到申请218件。"],
    ["the region's own name", "平潭综合实验区共收到申请218件。"],
    ["no subject", "通过门户网站收到申请218件。"],
    ["with others' help", "会同相关部门受理政府信息公开申请218件。"],
  ])("%s: read as the table's", (_name, text) => {
    expect(as(PINGTAN)(text)).toEqual([`${NEW}=218`]);
  });
  test("the agency's outcome is read, another unit's is not", () => {
    expect(as(PINGTAN)("本机关予以公开71件。")).toEqual(["table3.granted[total]=71"]);
    expect(as(PINGTAN)("依法予以公开71件。")).toEqual(["table3.granted[total]=71"]);
    expect(as("京山市卫生健康局", 2022)("本年度内单位行政处罚处理决定数量39件,不存在其他情况。")).toEqual(["table2.penalty=39"]);
  });
  test("a total and then another unit's part: only the total", () => {
    expect(as(PINGTAN)("全区共收到申请218件，其中区公安局收到56件。")).toEqual([`${NEW}=218`]);
    expect(as(PINGTAN)("市本级收到申请120件，本机关共收到申请218件。")).toEqual([`${NEW}=218`]);
  });
  test("the agency named by itself: 市公安局 in 某市公安局's report, 区政府办 in 佳木斯市向阳区人民政府办公室's", () => {
    expect(as("某市公安局")("市公安局收到政府信息公开申请56件。")).toEqual([`${NEW}=56`]);
    expect(as("佳木斯市向阳区人民政府办公室", 2023)("2023年,区政府办共受理政府信息公开申请0件。")).toEqual([`${NEW}=0`]);
    expect(as("西咸新区建章路街道")("建章路街道办事处未接收到政府信息公开申请。")).toEqual([`${NEW}=0`]);
  });
  test("本级 is the agency in a department's report, a part in a government's or an unplaced agency's", () => {
    expect(as("某市公安局")("本级收到申请18件。")).toEqual([`${NEW}=18`]);
    expect(as("淮安市人民政府")("本级收到申请18件。")).toEqual([]);
    expect(as("某市政务服务中心")("本级收到申请18件。")).toEqual([]);
  });
  test("the agency with the units it reports for (溧阳市人民政府办公室 2025)", () => {
    expect(as("溧阳市人民政府办公室", 2025)("2025年市政府本级、政府办办理政府信息公开申请61件,办结54件。")).toEqual([
      "table3.new[total]|table3.new+carried_over[total]|table3.total[total]=61",
      `${TOTAL}=54`,
    ]);
  });
});
