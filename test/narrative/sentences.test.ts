/**
 * Each kind of generated sentence with zero, one and many: the zero wording, and the figure for one and for many.
 * Expected sentences are written out by hand from the phrase catalogue's wording and the values set here.
 */
import { readFileSync } from "fs";
import { FORMAT_2021, table3Key } from "../../src/format";
import { emptyReport, reportFromJson, type ReportData } from "../../src/report";
import { checkReport, type Finding } from "../../src/rules";
import {
  buildReportDocument,
  explanationBlocks,
  litigationSentence,
  overviewProactiveSentence,
  processingFeeSentence,
  requestCountsSentence,
  requestOutcomesSentence,
  rulemakingSentence,
  runsText,
  type ReportDocument,
} from "../../src/narrative";
import { REPORT_FIXTURES } from "../support/shared";

const FIXTURES = REPORT_FIXTURES;

function load(path: string): ReportData {
  return reportFromJson(JSON.parse(readFileSync(path, "utf8")));
}

/** A report with every one of the 200 cells a valid 0. */
function zeros(): ReportData {
  const data = emptyReport(FORMAT_2021);
  for (const c of FORMAT_2021.inputCells) data.values[c.key] = 0;
  return data;
}

const t = (runs: Parameters<typeof runsText>[0]) => runsText(runs);

describe("表三 counts (一（二） and 三)", () => {
  test("zero: 未收到, 无上年结转, nothing about 办结 or 结转", () => {
    expect(t(requestCountsSentence(zeros(), FORMAT_2021))).toBe("本年度未收到政府信息公开申请，无上年结转申请。");
  });

  test("one: 1 received (no 共), none carried over, 1 handled, 无需结转下年度办理", () => {
    const d = zeros();
    d.values[table3Key("new", "natural_person")] = 1;
    d.values[table3Key("new", "total")] = 1;
    d.values[table3Key("total", "total")] = 1;
    expect(t(requestCountsSentence(d, FORMAT_2021))).toBe("本年度收到政府信息公开申请1件，无上年结转申请，办结1件，无需结转下年度办理。");
  });

  test("many: 12 received, 3 carried over, 13 handled, 2 carried forward", () => {
    const d = zeros();
    d.values[table3Key("new", "total")] = 12;
    d.values[table3Key("carried_over", "total")] = 3;
    d.values[table3Key("total", "total")] = 13;
    d.values[table3Key("carried_forward", "total")] = 2;
    expect(t(requestCountsSentence(d, FORMAT_2021))).toBe(
      "本年度共收到政府信息公开申请12件，上年结转3件，办结13件，结转下年度继续办理2件。",
    );
  });
});

describe("表三 outcomes: group totals are the sums of their items in the 总计 column", () => {
  test("zero: no outcome sentence", () => {
    expect(requestOutcomesSentence(zeros(), FORMAT_2021)).toEqual([]);
  });

  test("one application handled: 办理结果为 its category, without a count", () => {
    const d = zeros();
    d.values[table3Key("denied_3", "total")] = 1;
    d.values[table3Key("total", "total")] = 1;
    expect(t(requestOutcomesSentence(d, FORMAT_2021))).toBe("办理结果为不予公开。");
  });

  test("several handled with one category: counted (办理结果中，予以公开3件)", () => {
    const d = zeros();
    d.values[table3Key("granted", "total")] = 3;
    d.values[table3Key("total", "total")] = 3;
    expect(t(requestOutcomesSentence(d, FORMAT_2021))).toBe("办理结果中，予以公开3件。");
  });

  test("one and many: 予以公开 1; 无法提供 = 2 + 3 + 4 = 9, never one item or the 自然人 column", () => {
    const d = zeros();
    d.values[table3Key("granted", "total")] = 1;
    d.values[table3Key("unable_1", "total")] = 2;
    d.values[table3Key("unable_2", "total")] = 3;
    d.values[table3Key("unable_3", "total")] = 4;
    d.values[table3Key("unable_1", "natural_person")] = 2;
    d.values[table3Key("total", "total")] = 10;
    expect(t(requestOutcomesSentence(d, FORMAT_2021))).toBe("办理结果中，予以公开1件，无法提供9件。");
  });

  test.each(["pingtan-2021", "pingtan-2024"])("%s: every category stated equals the sum of its items read from the file", (name) => {
    const json = JSON.parse(readFileSync(`${FIXTURES}/${name}.data.json`, "utf8"));
    const totalIndex = FORMAT_2021.structure.table3.columns.findIndex((c) => c.key === "total");
    const sentence = t(requestOutcomesSentence(reportFromJson(json), FORMAT_2021));
    let stated = 0;
    for (const g of FORMAT_2021.structure.table3.groups) {
      if (g.key === "total") continue;
      const rows = g.items ? g.items.map((i) => i.key) : [g.key];
      const sum = rows.reduce((s, r) => s + (json.table3[r][totalIndex] as number), 0);
      const name = g.label.replace(/^（.）/, "").replace(/（.*）$/, "");
      if (sum === 0) expect(sentence).not.toContain(name);
      else expect(sentence).toContain(`${name}${sum}件`);
      stated += sum;
    }
    // and the categories add up to （七）总计
    expect(stated).toBe(json.table3.total[totalIndex]);
  });

  // From the published table (pingtan-2024.source.txt): 不予公开 = 4 (国家秘密) + 3 (第三方) + 32 (内部事务);
  // 其他处理 = 1 (逾期不补正) + 2 (其他).
  test("pingtan-2024 by hand: 予以公开 71, 部分公开 29, 不予公开 39, 无法提供 75, 不予处理 1, 其他处理 3", () => {
    const sentence = t(requestOutcomesSentence(load(`${FIXTURES}/pingtan-2024.data.json`), FORMAT_2021));
    expect(sentence).toBe("办理结果中，予以公开71件，部分公开29件，不予公开39件，无法提供75件，不予处理1件，其他处理3件。");
  });
});

describe("表二 rulemaking (一（三）)", () => {
  test("zero", () => {
    expect(t(rulemakingSentence(zeros(), FORMAT_2021))).toBe(
      "本年度未制发规章，未废止规章，无现行有效的规章；未制发行政规范性文件，未废止行政规范性文件，无现行有效的行政规范性文件。",
    );
  });

  test("one and many", () => {
    const d = zeros();
    d.values["table2.regulations.in_force"] = 1;
    d.values["table2.normative_documents.issued"] = 62;
    d.values["table2.normative_documents.repealed"] = 1;
    d.values["table2.normative_documents.in_force"] = 440;
    expect(t(rulemakingSentence(d, FORMAT_2021))).toBe(
      "本年度未制发规章，未废止规章，现行有效规章1件；制发行政规范性文件62件，废止行政规范性文件1件，现行有效行政规范性文件440件。",
    );
  });
});

describe("表二 decisions and fee (一（一）)", () => {
  test("zero", () => {
    expect(t(overviewProactiveSentence(zeros(), FORMAT_2021))).toBe(
      "本年度按照《条例》第二十条规定主动公开处理决定和收费信息：未作出行政许可决定，未作出行政处罚决定，未作出行政强制决定；未收取行政事业性收费。",
    );
  });

  test("one and many, the fee in 万元 as typed", () => {
    const d = zeros();
    d.values["table2.licensing"] = 4529;
    d.values["table2.penalty"] = 1;
    d.values["table2.fees"] = 18651.06;
    expect(t(overviewProactiveSentence(d, FORMAT_2021))).toBe(
      "本年度按照《条例》第二十条规定主动公开处理决定和收费信息：作出行政许可决定4529件，作出行政处罚决定1件，未作出行政强制决定；收取行政事业性收费18651.06万元。",
    );
  });
});

describe("信息处理费 (六), in 元 from 报告信息", () => {
  const fees = (noticesIssued: ReportData["processingFees"]["noticesIssued"], collectedYuan: ReportData["processingFees"]["collectedYuan"]) => {
    const d = zeros();
    d.values["table2.fees"] = 3.5; // 表二's 万元 must never leak into 六
    d.processingFees = { noticesIssued, collectedYuan };
    return t(processingFeeSentence(d));
  };

  test("zero", () => {
    expect(fees(0, 0)).toBe("本年度未发出收费通知，未收取信息处理费。");
  });

  test("one notice, one hundred 元", () => {
    expect(fees(1, 100)).toBe("本年度发出收费通知1件，实收信息处理费100元。");
  });

  test("many notices, an amount with decimals as typed; notices without payment", () => {
    expect(fees(12, 2450.5)).toBe("本年度发出收费通知12件，实收信息处理费2450.5元。");
    expect(fees(2, 0)).toBe("本年度发出收费通知2件，未收取信息处理费。");
  });

  test("blank and “/” are visible gaps naming the 报告信息 field", () => {
    expect(fees(null, 0)).toBe("本年度发出收费通知【报告信息 收费通知件数 未填写】件，未收取信息处理费。");
    expect(fees(3, "/")).toBe("本年度发出收费通知3件，实收信息处理费【报告信息 实收信息处理费（元） 填为“/”，应填数字】元。");
  });

  test("六 in the document: the fee sentence first, then the user's text; a lone “无” is dropped, other text kept", () => {
    const six = (body: string): string[] => {
      const d = zeros();
      d.processingFees = { noticesIssued: 0, collectedYuan: 0 };
      d.text.otherMatters = body;
      const doc = buildReportDocument(d);
      const start = doc.blocks.findIndex((b) => b.type === "heading" && b.text === "六、其他需要报告的事项");
      const out: string[] = [];
      for (const b of doc.blocks.slice(start + 1)) {
        if (b.type !== "paragraph") break;
        out.push(runsText(b.runs));
      }
      return out;
    };
    expect(six("无")).toEqual(["本年度未发出收费通知，未收取信息处理费。"]);
    expect(six(" 无。 ")).toEqual(["本年度未发出收费通知，未收取信息处理费。"]);
    expect(six("")).toEqual(["本年度未发出收费通知，未收取信息处理费。"]);
    expect(six("本机关2022年起实行电子化受理。")).toEqual(["本年度未发出收费通知，未收取信息处理费。", "本机关2022年起实行电子化受理。"]);
  });

  test("六 with the fee fields blank but the fee position stated in the user's words: no gap sentence", () => {
    const d = zeros();
    d.processingFees = { noticesIssued: null, collectedYuan: null };
    d.text.otherMatters = "本年度未收取信息处理费。";
    const doc = buildReportDocument(d);
    const start = doc.blocks.findIndex((b) => b.type === "heading" && b.text === "六、其他需要报告的事项");
    const next = doc.blocks[start + 1];
    expect(next.type === "paragraph" && runsText(next.runs)).toBe("本年度未收取信息处理费。");
    expect(doc.blocks.some((b) => b.type === "paragraph" && b.runs.some((r) => r.kind === "gap" && r.text.includes("收费通知")))).toBe(false);
  });
});

describe("表四 (四)", () => {
  test("zero", () => {
    expect(t(litigationSentence(zeros(), FORMAT_2021))).toBe("本年度未发生政府信息公开行政复议、行政诉讼案件。具体情况见下表。");
  });

  test("one pending reconsideration: stated by its outcome, never 均获维持", () => {
    const d = zeros();
    d.values["table4.reconsideration[pending]"] = 1;
    d.values["table4.reconsideration[total]"] = 1;
    expect(t(litigationSentence(d, FORMAT_2021))).toBe(
      "本年度因政府信息公开被申请行政复议1件，尚未审结；未发生政府信息公开行政诉讼案件。具体情况见下表。",
    );
  });

  // One case: its outcome without a count and never 均; several with one outcome: the all-cases wording.
  test.each([
    ["upheld", 1, "本年度因政府信息公开被申请行政复议1件，结果为维持"],
    ["corrected", 1, "本年度因政府信息公开被申请行政复议1件，结果为纠正"],
    ["other", 1, "本年度因政府信息公开被申请行政复议1件，结果为其他结果"],
    ["pending", 1, "本年度因政府信息公开被申请行政复议1件，尚未审结"],
    ["upheld", 3, "本年度因政府信息公开被申请行政复议3件，均获维持"],
    ["corrected", 3, "本年度因政府信息公开被申请行政复议3件，均被纠正"],
    ["other", 3, "本年度因政府信息公开被申请行政复议3件，均为其他结果"],
    ["pending", 3, "本年度因政府信息公开被申请行政复议3件，均尚未审结"],
  ])("reconsideration: %s × %i", (outcome, n, expected) => {
    const d = zeros();
    d.values[`table4.reconsideration[${outcome}]`] = n;
    d.values["table4.reconsideration[total]"] = n;
    expect(t(litigationSentence(d, FORMAT_2021))).toBe(`${expected}；未发生政府信息公开行政诉讼案件。具体情况见下表。`);
  });

  test("one lawsuit of each kind: 1件，结果为维持 and 1件，结果为纠正, never 均获维持", () => {
    const d = zeros();
    d.values["table4.litigation_direct[upheld]"] = 1;
    d.values["table4.litigation_direct[total]"] = 1;
    d.values["table4.litigation_after_reconsideration[corrected]"] = 1;
    d.values["table4.litigation_after_reconsideration[total]"] = 1;
    const s = t(litigationSentence(d, FORMAT_2021));
    expect(s).toBe(
      "本年度未发生政府信息公开行政复议案件；未经复议直接起诉的政府信息公开行政诉讼1件，结果为维持；" +
        "复议后起诉的政府信息公开行政诉讼1件，结果为纠正。具体情况见下表。",
    );
    expect(s).not.toContain("均");
  });

  test("many (pingtan-2024 by hand): 复议 7 = 2 + 1 + 3 + 1; 复议后起诉 19 = 13 + 2 + 4", () => {
    expect(t(litigationSentence(load(`${FIXTURES}/pingtan-2024.data.json`), FORMAT_2021))).toBe(
      "本年度因政府信息公开被申请行政复议7件，其中结果维持2件、结果纠正1件、其他结果3件、尚未审结1件；" +
        "无未经复议直接起诉的政府信息公开行政诉讼案件；复议后起诉的政府信息公开行政诉讼19件，其中结果维持13件、结果纠正2件、其他结果4件。具体情况见下表。",
    );
  });

  test("all upheld: 均获维持", () => {
    const d = zeros();
    d.values["table4.litigation_after_reconsideration[upheld]"] = 2;
    d.values["table4.litigation_after_reconsideration[total]"] = 2;
    expect(t(litigationSentence(d, FORMAT_2021))).toContain("复议后起诉的政府信息公开行政诉讼2件，均获维持");
  });
});

describe("附：校验说明 (kept 提示 with their 说明)", () => {
  const seed = () => load(`${__dirname}/../../examples/seed-2021.json`);
  const appendix = (doc: ReportDocument): string[] => {
    const start = doc.blocks.findIndex((b) => b.type === "heading" && b.text === "附：校验说明");
    if (start < 0) return [];
    return doc.blocks.slice(start + 1).map((b) => (b.type === "paragraph" ? runsText(b.runs) : `<${b.type}>`));
  };

  test("zero: no 说明, no appendix", () => {
    expect(appendix(buildReportDocument(seed()))).toEqual([]);
    expect(explanationBlocks([])).toEqual([]);
  });

  test("one: the 提示's title, its message and the 说明 as written; the kept 提示 is not counted open", () => {
    const d = seed();
    d.explanations = [{ findingId: "S9b", text: "上年度报告未列问题，无整改事项。", at: "2022-01-10T09:00:00Z" }];
    const doc = buildReportDocument(d);
    expect(appendix(doc)).toEqual([
      "以下1项提示经核实后保留，说明如下：",
      "1．未写上年度问题整改情况：五、存在的主要问题及改进情况没有写到上年度问题的整改情况，请补写上年度报告所列问题的整改情况。说明：上年度报告未列问题，无整改事项。",
    ]);
    expect(doc.check).toEqual({ errors: 3, warnings: 1 });
  });

  test("many: each explained 提示 in order; a 说明 for a finding that no longer fires is not printed", () => {
    const d = seed();
    d.explanations = [
      { findingId: "S9b", text: "上年度无问题。", at: "" },
      { findingId: "S9c", text: "本年度未收取信息处理费", at: "" },
      { findingId: "S1.total", text: "stale", at: "" },
    ];
    const lines = appendix(buildReportDocument(d));
    expect(lines.length).toBe(3);
    expect(lines[0]).toBe("以下2项提示经核实后保留，说明如下：");
    expect(lines[1]).toMatch(/^1．未写上年度问题整改情况：.*。说明：上年度无问题。$/);
    expect(lines[2]).toMatch(/^2．未说明信息处理费情况：六、其他需要报告的事项没有说明信息处理费的收取情况；.*。说明：本年度未收取信息处理费$/);
  });

  test("强制 findings are never listed, even with a 说明", () => {
    const findings: Finding[] = checkReport(seed()).map((f) => ({ ...f, explained: { text: "x", at: "" } }));
    const blocks = explanationBlocks(findings);
    expect(blocks.filter((b) => b.type === "paragraph").length).toBe(1 + 2); // lead + S9b + S9c
  });
});
