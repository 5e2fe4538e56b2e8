/**
 * The 2019 format (report-format.md §4) against labels copied by hand from the spec, the lookups over the formats,
 * and the equations both formats derive from their rows.
 */
import { FORMAT_2019, FORMAT_2021, formatForYear, getFormat, isFormatId, latestFormat, printedLayouts, splitsOtherRow, tablesOf, type LayoutCell, type TableDef } from "../../src/format";
import { parseCellInput } from "../../src/report";

function texts(table: TableDef, role?: LayoutCell["role"]): string[] {
  return table.cells
    .filter((c) => c.role !== "input" && (role === undefined || c.role === role))
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((c) => c.text!);
}

describe("the 2019 表二 (22 cells)", () => {
  const t = FORMAT_2019.tables.table2;
  test("captions, headers and row labels in printed order (spec §4)", () => {
    expect(texts(t)).toEqual([
      "第二十条第（一）项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "规章", "规范性文件",
      "第二十条第（五）项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量", "行政许可", "其他对外管理服务事项",
      "第二十条第（六）项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量", "行政处罚", "行政强制",
      "第二十条第（八）项", "信息内容", "上一年项目数量", "本年增/减", "行政事业性收费",
      "第二十条第（九）项", "信息内容", "采购项目数量", "采购总金额", "政府集中采购",
    ]);
  });
  test("22 value cells; 本年增/减 signed only there; 采购总金额 keeps its unit as written", () => {
    const inputs = FORMAT_2019.inputCells.filter((c) => c.table === "table2");
    expect(inputs).toHaveLength(22);
    expect(inputs.filter((c) => c.kind === "signed_count").map((c) => c.key)).toEqual([
      "table2.licensing.items_change",
      "table2.other_services.items_change",
      "table2.penalty.items_change",
      "table2.enforcement.items_change",
      "table2.fees.items_change",
    ]);
    expect(inputs.filter((c) => c.kind === "written_amount").map((c) => c.key)).toEqual(["table2.procurement.amount"]);
    expect(FORMAT_2021.inputCells.some((c) => c.kind === "signed_count" || c.kind === "written_amount")).toBe(false);
    expect(inputs.find((c) => c.key === "table2.licensing.items_change")!.displayName).toBe("表二 行政许可·本年增/减");
  });
  test("no equation between the 2019 表二 columns (spec §3, not rules)", () => {
    expect(FORMAT_2019.equations.filter((e) => e.table === "table2")).toEqual([]);
  });
});

describe("the 2019 表三 (23 rows, 161 cells) and 表四", () => {
  test("（六）其他处理 is one row keyed `other`; 三、本年度办理结果 spans 20 rows", () => {
    const t = FORMAT_2019.tables.table3;
    expect(t.rows).toBe(3 + 23);
    const results = t.cells.find((c) => c.text === "三、本年度办理结果")!;
    expect(results.rowSpan).toBe(20);
    const other = t.cells.find((c) => c.text === "（六）其他处理")!;
    expect([other.rowSpan, other.colSpan]).toEqual([1, 2]);
    expect(FORMAT_2019.inputCells.filter((c) => c.table === "table3")).toHaveLength(161);
    expect(FORMAT_2019.structure.table3.rows.map((r) => r.key).filter((k) => k.startsWith("other"))).toEqual(["other"]);
  });
  test("every other 表三 label and 表四 is as in 2021", () => {
    const drop = (xs: string[]) => xs.filter((x) => !/^[123]\.(申请人|其他$)/.test(x));
    expect(texts(FORMAT_2019.tables.table3)).toEqual(drop(texts(FORMAT_2021.tables.table3)));
    expect(FORMAT_2019.tables.table4).toEqual(FORMAT_2021.tables.table4);
  });
  test("each table's cells cover its grid exactly once", () => {
    for (const t of tablesOf(FORMAT_2019)) {
      const seen = Array.from({ length: t.rows }, () => Array<number>(t.cols).fill(0));
      for (const c of t.cells) for (let r = c.row; r < c.row + c.rowSpan; r++) for (let k = c.col; k < c.col + c.colSpan; k++) seen[r][k]++;
      expect(seen.flat().every((n) => n === 1)).toBe(true);
    }
  });
});

describe("equations as data", () => {
  test.each([
    [FORMAT_2021, 25 + 7 + 7 + 3, ["other_1", "other_2", "other_3"]],
    [FORMAT_2019, 23 + 7 + 7 + 3, ["other"]],
  ])("%#: H1 per row, H2 and H3 per column, H4a–c; H2 sums the format's own （六） rows", (format, count, otherRows) => {
    expect(format.equations).toHaveLength(count);
    const h2 = format.equations.find((e) => e.id === "H2.natural_person")!;
    expect(h2.right.filter((k) => k.startsWith("table3.other")).map((k) => k.slice(7, k.indexOf("[")))).toEqual(otherRows);
    expect(h2.right).toHaveLength(format === FORMAT_2021 ? 21 : 19);
    expect(h2.sideNames).toEqual(["（七）总计", "（一）至（六）之和"]);
  });
  test("the variant of 2021 with the single （六） row sums `other`", () => {
    const f = getFormat("2021", "single_other_row");
    expect([f.id, f.variant]).toEqual(["2021", "single_other_row"]);
    expect(f.tables.table2).toEqual(FORMAT_2021.tables.table2);
    expect(f.tables.table3).toEqual(FORMAT_2019.tables.table3);
    expect(f.equations.find((e) => e.id === "H2.total")!.right).toContain("table3.other[total]");
  });
});

describe("lookups", () => {
  test.each([
    [2018, undefined],
    [2019, "2019"],
    [2020, "2019"],
    [2021, "2021"],
    [2025, "2021"],
  ])("report year %i uses format %s", (year, id) => {
    expect(formatForYear(year)?.id).toBe(id);
  });
  test("unknown ids are a Chinese error naming the format field", () => {
    expect(() => getFormat("2023")).toThrow(/format 字段）为 "2023"/);
    expect(isFormatId("2019")).toBe(true);
    expect(isFormatId(2019)).toBe(false);
    expect(latestFormat()).toBe(FORMAT_2021);
  });
  test("2019 section titles accept the variants real reports print", () => {
    const problems = FORMAT_2019.sections.find((s) => s.key === "problems")!;
    expect(problems.title).toBe("五、存在的主要问题及改进情况");
    expect(problems.variants).toEqual(expect.arrayContaining(["五、政府信息公开工作存在的主要问题及改进情况", "五、存在主要问题和改进情况"]));
    expect(FORMAT_2019.sections.find((s) => s.key === "other_matters")!.variants).toContain("六、其它需要报告事项");
  });
  test("报告信息 fields are data of the format", () => {
    const labels = FORMAT_2021.info.tail.map((f) => f.label);
    expect(labels).toEqual(["五、存在的主要问题及改进情况", "六、其他需要报告的事项"]);
    expect(FORMAT_2021.info.head.filter((f) => "key" in f).map((f) => ("key" in f ? f.key : ""))).toContain("processingFees.collectedYuan");
  });
});

describe("cell kinds of the 2019 表二", () => {
  test.each([
    ["signed_count", -417, { state: "ok", value: -417 }],
    ["signed_count", 442, { state: "ok", value: 442 }],
    ["signed_count", 1.5, { state: "fraction", value: 1.5 }],
    ["count", -18, { state: "negative", value: -18 }],
    ["written_amount", "73802895.90元", { state: "ok", value: 73802895.9, unit: "元" }],
    ["written_amount", "25.1万元", { state: "ok", value: 25.1, unit: "万元" }],
    ["written_amount", 251000, { state: "ok", value: 251000 }],
    ["written_amount", "251000", { state: "ok", value: 251000 }],
    ["written_amount", "-5元", { state: "negative", raw: "-5元", value: -5 }],
    ["written_amount", "约25万", { state: "text", raw: "约25万" }],
    // 元 is not a unit of a count: told as a unit of another kind, never as a count typed with its unit
    ["count", "12元", { state: "foreign_unit", raw: "12元", value: 12, unit: "元" }],
  ] as const)("%s %p → %p", (kind, raw, parsed) => {
    expect(parseCellInput(raw, kind)).toEqual(parsed);
  });
});

describe("the layouts reports print", () => {
  test("each format, and the 2021 format with the 2019 single （六） row; the 2019 format needs no such variant", () => {
    expect(splitsOtherRow(FORMAT_2021)).toBe(true);
    expect(splitsOtherRow(FORMAT_2019)).toBe(false);
    const layouts = printedLayouts();
    expect(layouts.map((f) => `${f.id}${f.variant ? `/${f.variant}` : ""}`)).toEqual(["2019", "2021", "2021/single_other_row"]);
    // The variant's 表三: 23 rows as in 2019 (一、二, 20 results, 四), under the 2021 表二.
    expect(layouts[2].structure.table3.rows).toHaveLength(23);
    expect(layouts[2].inputCells.filter((c) => c.table === "table2")).toHaveLength(10);
  });
});
