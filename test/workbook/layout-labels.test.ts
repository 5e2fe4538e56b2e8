/**
 * The inserted tables against the spec (report-format.md §2), with every label, position and span copied by hand
 * from the spec — not from src/format — so a wrong label or span in the format data or the layout fails here.
 */
import { FORMAT_2021, tablesOf } from "../../src/format";
import {
  AMOUNT_FORMAT,
  COUNT_FORMAT,
  INPUT_FILL,
  NB_INFO,
  NB_META,
  NB_TABLE2,
  NB_TABLE3,
  NB_TABLE4,
  SHEET_INFO,
  SHEET_META,
  SHEET_TABLES,
  insertReport,
} from "../../src/workbook/layout";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { RangeRef } from "../../src/workbook/port";

/** [row, col, text, rowSpan, colSpan] relative to the table's top-left. */
type Expected = [number, number, string, number, number];

const TABLE2: Expected[] = [
  [0, 0, "第二十条第（一）项", 1, 4],
  [1, 0, "信息内容", 1, 1],
  [1, 1, "本年制发件数", 1, 1],
  [1, 2, "本年废止件数", 1, 1],
  [1, 3, "现行有效件数", 1, 1],
  [2, 0, "规章", 1, 1],
  [3, 0, "行政规范性文件", 1, 1],
  [4, 0, "第二十条第（五）项", 1, 4],
  [5, 0, "信息内容", 1, 1],
  [5, 1, "本年处理决定数量", 1, 3],
  [6, 0, "行政许可", 1, 1],
  [7, 0, "第二十条第（六）项", 1, 4],
  [8, 0, "信息内容", 1, 1],
  [8, 1, "本年处理决定数量", 1, 3],
  [9, 0, "行政处罚", 1, 1],
  [10, 0, "行政强制", 1, 1],
  [11, 0, "第二十条第（八）项", 1, 4],
  [12, 0, "信息内容", 1, 1],
  [12, 1, "本年收费金额（单位：万元）", 1, 3],
  [13, 0, "行政事业性收费", 1, 1],
];

const T3_ITEMS: [string, string[]][] = [
  ["（三）不予公开", ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]],
  ["（四）无法提供", ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]],
  ["（五）不予处理", ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"]],
  ["（六）其他处理", ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]],
];

const TABLE3: Expected[] = (() => {
  const e: Expected[] = [
    [0, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3],
    [0, 3, "申请人情况", 1, 7],
    [1, 3, "自然人", 2, 1],
    [1, 4, "法人或其他组织", 1, 5],
    [1, 9, "总计", 2, 1],
    [2, 4, "商业企业", 1, 1],
    [2, 5, "科研机构", 1, 1],
    [2, 6, "社会公益组织", 1, 1],
    [2, 7, "法律服务机构", 1, 1],
    [2, 8, "其他", 1, 1],
    [3, 0, "一、本年新收政府信息公开申请数量", 1, 3],
    [4, 0, "二、上年结转政府信息公开申请数量", 1, 3],
    [5, 0, "三、本年度办理结果", 22, 1],
    [5, 1, "（一）予以公开", 1, 2],
    [6, 1, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2],
  ];
  let r = 7;
  for (const [group, items] of T3_ITEMS) {
    e.push([r, 1, group, items.length, 1]);
    for (const item of items) e.push([r++, 2, item, 1, 1]);
  }
  e.push([26, 1, "（七）总计", 1, 2], [27, 0, "四、结转下年度继续办理", 1, 3]);
  return e;
})();

const T4_COLS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
const TABLE4: Expected[] = [
  [0, 0, "行政复议", 1, 5],
  [0, 5, "行政诉讼", 1, 10],
  ...T4_COLS.map((t, i): Expected => [1, i, t, 2, 1]),
  [1, 5, "未经复议直接起诉", 1, 5],
  [1, 10, "复议后起诉", 1, 5],
  ...T4_COLS.map((t, i): Expected => [2, 5 + i, t, 1, 1]),
  ...T4_COLS.map((t, i): Expected => [2, 10 + i, t, 1, 1]),
];

/** Input keys by position, from the spec's key list. */
const T3_ROW_KEYS = [
  "new", "carried_over", "granted", "partial",
  "denied_1", "denied_2", "denied_3", "denied_4", "denied_5", "denied_6", "denied_7", "denied_8",
  "unable_1", "unable_2", "unable_3",
  "not_processed_1", "not_processed_2", "not_processed_3", "not_processed_4", "not_processed_5",
  "other_1", "other_2", "other_3", "total", "carried_forward",
];
const T3_COL_KEYS = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"];
const T4_GROUPS = ["reconsideration", "litigation_direct", "litigation_after_reconsideration"];
const T4_COL_KEYS = ["upheld", "corrected", "other", "pending", "total"];
/** [row, col, key, colSpan] of 表二's inputs. */
const T2_INPUTS: [number, number, string, number][] = [
  [2, 1, "table2.regulations.issued", 1],
  [2, 2, "table2.regulations.repealed", 1],
  [2, 3, "table2.regulations.in_force", 1],
  [3, 1, "table2.normative_documents.issued", 1],
  [3, 2, "table2.normative_documents.repealed", 1],
  [3, 3, "table2.normative_documents.in_force", 1],
  [6, 1, "table2.licensing", 3],
  [9, 1, "table2.penalty", 3],
  [10, 1, "table2.enforcement", 3],
  [13, 1, "table2.fees", 3],
];

async function inserted(): Promise<{ wb: MemoryWorkbook; t: Record<string, RangeRef> }> {
  const wb = new MemoryWorkbook();
  await insertReport(wb);
  const t: Record<string, RangeRef> = {};
  for (const n of [NB_TABLE2, NB_TABLE3, NB_TABLE4]) t[n] = wb.getName(n)!;
  return { wb, t };
}

describe.each([
  [NB_TABLE2, TABLE2, 14, 4],
  [NB_TABLE3, TABLE3, 28, 10],
  [NB_TABLE4, TABLE4, 4, 15],
])("%s on the sheet", (name, expected, rows, cols) => {
  test(`covers ${rows} × ${cols} cells on ${SHEET_TABLES}`, async () => {
    const { t } = await inserted();
    expect(t[name]).toMatchObject({ sheet: SHEET_TABLES, rows, cols });
  });

  test("every label equals the spec character for character, with its span; labels are locked", async () => {
    const { wb, t } = await inserted();
    const r0 = t[name];
    for (const [r, c, text, rs, cs] of expected) {
      const row = r0.row + r;
      const col = r0.col + c;
      expect([r, c, wb.getValue(SHEET_TABLES, row, col)]).toEqual([r, c, text]);
      if (rs > 1 || cs > 1) expect(wb.mergeAt(SHEET_TABLES, row, col)).toEqual({ sheet: SHEET_TABLES, row, col, rows: rs, cols: cs });
      else expect(wb.mergeAt(SHEET_TABLES, row, col)).toBeUndefined();
      expect(wb.isLocked(SHEET_TABLES, row, col)).toBe(true);
      expect(wb.getStyle(SHEET_TABLES, row, col).border).toBe(true);
    }
  });

  test("the merged blocks and single cells tile the table exactly once", async () => {
    const { wb, t } = await inserted();
    const r0 = t[name];
    const count = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
    const merges = wb.getMerges(SHEET_TABLES).filter((m) => m.row >= r0.row && m.row < r0.row + rows && m.col >= r0.col && m.col < r0.col + cols);
    for (const m of merges) {
      expect(m.row + m.rows).toBeLessThanOrEqual(r0.row + rows);
      expect(m.col + m.cols).toBeLessThanOrEqual(r0.col + cols);
      for (let r = 0; r < m.rows; r++) for (let c = 0; c < m.cols; c++) count[m.row - r0.row + r][m.col - r0.col + c]++;
    }
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) if (!wb.mergeAt(SHEET_TABLES, r0.row + r, r0.col + c)) count[r][c]++;
    expect(count.flat().every((n) => n === 1)).toBe(true);
  });
});

test("the format's cells cover each table's grid exactly once", () => {
  for (const def of tablesOf(FORMAT_2021)) {
    const count = Array.from({ length: def.rows }, () => new Array<number>(def.cols).fill(0));
    for (const c of def.cells) for (let r = 0; r < c.rowSpan; r++) for (let k = 0; k < c.colSpan; k++) count[c.row + r][c.col + k]++;
    expect([def.key, count.flat().every((n) => n === 1)]).toEqual([def.key, true]);
  }
});

test("input cells sit where the spec puts them, unlocked, filled, with number format and validation", async () => {
  const { wb, t } = await inserted();
  const inputs: [RangeRef, string, number][] = [];
  const t2 = t[NB_TABLE2];
  for (const [r, c, key, cs] of T2_INPUTS) inputs.push([{ sheet: SHEET_TABLES, row: t2.row + r, col: t2.col + c, rows: 1, cols: cs }, key, cs]);
  const t3 = t[NB_TABLE3];
  T3_ROW_KEYS.forEach((rk, i) =>
    T3_COL_KEYS.forEach((ck, j) => inputs.push([{ sheet: SHEET_TABLES, row: t3.row + 3 + i, col: t3.col + 3 + j, rows: 1, cols: 1 }, `table3.${rk}[${ck}]`, 1])),
  );
  const t4 = t[NB_TABLE4];
  T4_GROUPS.forEach((g, gi) =>
    T4_COL_KEYS.forEach((ck, j) => inputs.push([{ sheet: SHEET_TABLES, row: t4.row + 3, col: t4.col + gi * 5 + j, rows: 1, cols: 1 }, `table4.${g}[${ck}]`, 1])),
  );
  expect(inputs).toHaveLength(200);
  for (const [at, key, cs] of inputs) {
    const style = wb.getStyle(SHEET_TABLES, at.row, at.col);
    expect([key, style.fill, style.locked, style.numberFormat]).toEqual([key, INPUT_FILL, false, key === "table2.fees" ? AMOUNT_FORMAT : COUNT_FORMAT]);
    expect(wb.getValue(SHEET_TABLES, at.row, at.col)).toBeNull();
    const rule = wb.validationAt(SHEET_TABLES, at.row, at.col)!;
    expect([key, rule.type, rule.min]).toEqual([key, key === "table2.fees" ? "decimal" : "wholeNumber", 0]);
    if (cs > 1) expect(wb.mergeAt(SHEET_TABLES, at.row, at.col)).toEqual(at);
  }
  expect(COUNT_FORMAT).toBe("0");
  expect(wb.isProtected(SHEET_TABLES)).toBe(true);
});

test("section headings above each table and widths that suit all three tables", async () => {
  const { wb, t } = await inserted();
  expect(wb.getValue(SHEET_TABLES, t[NB_TABLE2].row - 1, 0)).toBe("二、主动公开政府信息情况");
  expect(wb.getValue(SHEET_TABLES, t[NB_TABLE3].row - 1, 0)).toBe("三、收到和处理政府信息公开申请情况");
  expect(wb.getValue(SHEET_TABLES, t[NB_TABLE4].row - 1, 0)).toBe("四、政府信息公开行政复议、行政诉讼情况");
  // stacked vertically, not overlapping
  expect(t[NB_TABLE2].row + 14).toBeLessThan(t[NB_TABLE3].row);
  expect(t[NB_TABLE3].row + 28).toBeLessThan(t[NB_TABLE4].row);
  // 表三's long item labels get a wide column; 表四's fifteen columns are all value-band columns (narrow, equal)
  const w = (c: number) => wb.getColumnWidth(SHEET_TABLES, c)!;
  expect(w(t[NB_TABLE3].col + 2)).toBeGreaterThanOrEqual(30);
  const t4 = Array.from({ length: 15 }, (_, i) => w(t[NB_TABLE4].col + i));
  expect(new Set(t4).size).toBe(1);
  expect(t4[0]).toBeGreaterThanOrEqual(8);
  expect(t4[0]).toBeLessThanOrEqual(12);
});

test("报告信息 and the veryHidden metadata sheet", async () => {
  const { wb } = await inserted();
  expect(await wb.listSheets()).toEqual([SHEET_TABLES, SHEET_INFO, SHEET_META]);
  expect(wb.getVisibility(SHEET_META)).toBe("veryHidden");
  expect(wb.getVisibility(SHEET_INFO)).toBe("visible");
  const info = wb.getName(NB_INFO)!;
  const labels = Array.from({ length: info.rows }, (_, i) => wb.getValue(SHEET_INFO, info.row + i, info.col));
  for (const l of ["机关名称", "报告年度", "联系机构", "地址", "邮编", "电话", "传真", "电子邮箱", "网址", "发布日期", "信息处理费：收费通知件数", "信息处理费：实收金额（元）", "（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"])
    expect(labels).toContain(l);
  expect(labels.filter((l) => l === "补充小节标题")).toHaveLength(3);
  const agencyRow = info.row + labels.indexOf("机关名称");
  expect(wb.isLocked(SHEET_INFO, agencyRow, 0)).toBe(true);
  expect(wb.isLocked(SHEET_INFO, agencyRow, 1)).toBe(false);
  expect(wb.getStyle(SHEET_INFO, agencyRow, 1).wrap).toBe(true);
  expect(wb.getColumnWidth(SHEET_INFO, 1)).toBeGreaterThanOrEqual(60);
  const meta = wb.getName(NB_META)!;
  expect(meta.sheet).toBe(SHEET_META);
  const kv = Object.fromEntries(Array.from({ length: meta.rows }, (_, i) => [wb.getValue(SHEET_META, i, 0), wb.getValue(SHEET_META, i, 1)]));
  expect(kv).toMatchObject({ format: "2021", layout_version: 1, created_by: "年报助手" });
});

test("conditional formats mark broken totals (H1 on a 表三 row) with the right cells", async () => {
  const { wb, t } = await inserted();
  const t3 = t[NB_TABLE3];
  // 一、本年新收 row: total in J, parts D..I (sheet row t3.row + 3, 1-based + 1)
  const row = t3.row + 3 + 1;
  const cf = wb
    .getConditionalFormats(SHEET_TABLES)
    .find((c) => c.range.row === t3.row + 3 && c.range.col === t3.col + 9 && c.formula.includes("SUM"));
  expect(cf).toBeDefined();
  expect(cf!.formula).toBe(`=AND(COUNT($D$${row}:$J$${row})=7,SUM($J$${row})<>SUM($D$${row}:$I$${row}))`);
});
