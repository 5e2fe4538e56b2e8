/**
 * The printed labels of tables 2–4, compared character for character with report-format.md §2 (copied by hand from
 * the spec, not from src/format), and the structure of each table's grid.
 */
import { FORMAT_2021, tablesOf, type LayoutCell, type TableDef } from "../../src/format";
import { SPEC_SECTION_TITLES, SPEC_TABLE3_NOTE } from "../support/spec";

function texts(table: TableDef, role?: LayoutCell["role"]): string[] {
  return table.cells
    .filter((c) => c.role !== "input" && (role === undefined || c.role === role))
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((c) => c.text!);
}

describe("table 2 labels (section 二)", () => {
  const t = FORMAT_2021.tables.table2;
  test("captions, headers and row labels in printed order", () => {
    expect(texts(t)).toEqual([
      "第二十条第（一）项",
      "信息内容",
      "本年制发件数",
      "本年废止件数",
      "现行有效件数",
      "规章",
      "行政规范性文件",
      "第二十条第（五）项",
      "信息内容",
      "本年处理决定数量",
      "行政许可",
      "第二十条第（六）项",
      "信息内容",
      "本年处理决定数量",
      "行政处罚",
      "行政强制",
      "第二十条第（八）项",
      "信息内容",
      "本年收费金额（单位：万元）",
      "行政事业性收费",
    ]);
  });
  test("14 rows, 10 value cells, the single-value rows span the three value columns", () => {
    expect(t.rows).toBe(14);
    const inputs = t.cells.filter((c) => c.role === "input");
    expect(inputs).toHaveLength(10);
    const licensing = inputs.find((c) => c.key === "table2.licensing")!;
    expect([licensing.row, licensing.col, licensing.colSpan]).toEqual([6, 1, 3]);
    const fees = FORMAT_2021.inputCells.find((c) => c.key === "table2.fees")!;
    expect(fees.kind).toBe("amount");
  });
});

describe("table 3 labels (section 三)", () => {
  const t = FORMAT_2021.tables.table3;
  test("the 勾稽 note spans 3 × 3 at the top left", () => {
    const note = t.cells.find((c) => c.role === "note")!;
    expect(note.text).toBe(SPEC_TABLE3_NOTE);
    expect([note.row, note.col, note.rowSpan, note.colSpan]).toEqual([0, 0, 3, 3]);
  });
  test("header block", () => {
    expect(texts(t, "header")).toEqual([
      "申请人情况",
      "自然人",
      "法人或其他组织",
      "总计",
      "商业企业",
      "科研机构",
      "社会公益组织",
      "法律服务机构",
      "其他",
    ]);
    const h = (text: string) => t.cells.find((c) => c.text === text)!;
    expect([h("申请人情况").colSpan, h("自然人").rowSpan, h("法人或其他组织").colSpan, h("总计").rowSpan]).toEqual([7, 2, 5, 2]);
  });
  test("row labels, verbatim", () => {
    expect(texts(t, "label")).toEqual([
      "一、本年新收政府信息公开申请数量",
      "二、上年结转政府信息公开申请数量",
      "三、本年度办理结果",
      "（一）予以公开",
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
      "（三）不予公开",
      "1.属于国家秘密",
      "2.其他法律行政法规禁止公开",
      "3.危及“三安全一稳定”",
      "4.保护第三方合法权益",
      "5.属于三类内部事务信息",
      "6.属于四类过程性信息",
      "7.属于行政执法案卷",
      "8.属于行政查询事项",
      "（四）无法提供",
      "1.本机关不掌握相关政府信息",
      "2.没有现成信息需要另行制作",
      "3.补正后申请内容仍不明确",
      "（五）不予处理",
      "1.信访举报投诉类申请",
      "2.重复申请",
      "3.要求提供公开出版物",
      "4.无正当理由大量反复申请",
      "5.要求行政机关确认或重新出具已获取信息",
      "（六）其他处理",
      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      "3.其他",
      "（七）总计",
      "四、结转下年度继续办理",
    ]);
  });
  test("spans: 三 spans 22 rows, the groups 8/3/5/3, and 175 value cells", () => {
    const span = (text: string) => t.cells.find((c) => c.text === text)!.rowSpan;
    expect(span("三、本年度办理结果")).toBe(22);
    expect([span("（三）不予公开"), span("（四）无法提供"), span("（五）不予处理"), span("（六）其他处理")]).toEqual([8, 3, 5, 3]);
    expect(t.cells.filter((c) => c.role === "input")).toHaveLength(175);
    expect(t.rows).toBe(28);
  });
  test("the curly quotes of “三安全一稳定” are U+201C and U+201D", () => {
    const label = texts(t, "label").find((x) => x.includes("三安全一稳定"))!;
    expect([...label].filter((ch) => ch === "\u201c" || ch === "\u201d")).toHaveLength(2);
  });
});

describe("table 4 labels (section 四)", () => {
  const t = FORMAT_2021.tables.table4;
  test("headers in printed order with their spans", () => {
    const outcome = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    expect(texts(t, "header")).toEqual([
      "行政复议",
      "行政诉讼",
      "结果维持",
      "结果纠正",
      "其他结果",
      "尚未审结",
      "总计",
      "未经复议直接起诉",
      "复议后起诉",
      ...outcome,
      ...outcome,
    ]);
    const first = (text: string) => t.cells.find((c) => c.text === text)!;
    expect([first("行政复议").colSpan, first("行政诉讼").colSpan, first("未经复议直接起诉").colSpan]).toEqual([5, 10, 5]);
    expect(first("结果维持").rowSpan).toBe(2);
  });
  test("one data row of 15 cells in the order 复议, 直接起诉, 复议后起诉", () => {
    const keys = t.cells
      .filter((c) => c.role === "input")
      .sort((a, b) => a.col - b.col)
      .map((c) => c.key);
    expect(keys.slice(0, 5)).toEqual([
      "table4.reconsideration[upheld]",
      "table4.reconsideration[corrected]",
      "table4.reconsideration[other]",
      "table4.reconsideration[pending]",
      "table4.reconsideration[total]",
    ]);
    expect(keys[9]).toBe("table4.litigation_direct[total]");
    expect(keys[14]).toBe("table4.litigation_after_reconsideration[total]");
  });
});

describe("every table's grid", () => {
  test.each(tablesOf(FORMAT_2021).map((t) => [t.key, t] as const))("%s: cells cover the grid exactly once", (_key, t) => {
    const seen = Array.from({ length: t.rows }, () => Array<number>(t.cols).fill(0));
    for (const c of t.cells)
      for (let r = c.row; r < c.row + c.rowSpan; r++) for (let k = c.col; k < c.col + c.colSpan; k++) seen[r][k]++;
    expect(seen.flat().every((n) => n === 1)).toBe(true);
    expect(t.colWidths).toHaveLength(t.cols);
  });
  test("200 input cells with unique keys in the spec's notation", () => {
    const keys = FORMAT_2021.inputCells.map((c) => c.key);
    expect(keys).toHaveLength(200);
    expect(new Set(keys).size).toBe(200);
    for (const k of keys) expect(k).toMatch(/^table2\.[a-z_]+(\.[a-z_]+)?$|^table3\.[a-z_0-9]+\[[a-z_]+\]$|^table4\.[a-z_]+\[[a-z]+\]$/);
    expect(keys).toContain("table3.denied_4[natural_person]");
    expect(keys).toContain("table2.normative_documents.in_force");
  });
  test("display names are concrete", () => {
    const name = (k: string) => FORMAT_2021.inputCells.find((c) => c.key === k)!.displayName;
    expect(name("table3.total[natural_person]")).toBe("表三（七）总计·自然人");
    expect(name("table2.regulations.issued")).toBe("表二 规章·本年制发件数");
    expect(name("table2.fees")).toBe("表二 行政事业性收费·本年收费金额");
    expect(name("table4.reconsideration[pending]")).toBe("表四 行政复议·尚未审结");
  });
});

describe("sections", () => {
  test("the six official titles", () => {
    expect(FORMAT_2021.sections.map((s) => s.title)).toEqual(SPEC_SECTION_TITLES);
  });
});
