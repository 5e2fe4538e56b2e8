/**
 * The 2021 format (国办公开办函〔2021〕30号, 附件) as data: the six sections, the five sub-items of 总体情况, and the
 * three statistics tables with their exact labels, printed layout and 200 input cells.
 *
 * Source of every label and span: shared/spec/report-format.md §1–§2 (verified against N21b 附件, the seed and many
 * published reports). Labels use full-width punctuation as in the original.
 */
import type {
  CellKey,
  CellKind,
  FormatDef,
  InputCellDef,
  LayoutCell,
  OverviewItemDef,
  SectionDef,
  TableDef,
} from "./types";

// ───────────────────────────── sections ─────────────────────────────

/** The six official section headings (report-format.md §1). */
export const SECTIONS_2021: SectionDef[] = [
  { key: "overview", title: "一、总体情况" },
  { key: "proactive_disclosure", title: "二、主动公开政府信息情况", table: "table2" },
  { key: "requests", title: "三、收到和处理政府信息公开申请情况", table: "table3" },
  { key: "reconsideration_litigation", title: "四、政府信息公开行政复议、行政诉讼情况", table: "table4" },
  { key: "problems", title: "五、存在的主要问题及改进情况" },
  { key: "other_matters", title: "六、其他需要报告的事项" },
];

/** The five aspects of 总体情况 named by the notice (report-format.md §1, 一、总体情况). */
export const OVERVIEW_ITEMS_2021: OverviewItemDef[] = [
  { key: "proactive_disclosure", title: "（一）主动公开" },
  { key: "disclosure_on_request", title: "（二）依申请公开" },
  { key: "information_management", title: "（三）政府信息管理" },
  { key: "platform", title: "（四）政府信息公开平台建设" },
  { key: "supervision", title: "（五）监督保障" },
];

// ───────────────────────────── table 2 ─────────────────────────────

/** 表二 第二十条第（一）项: the two rows and three columns (本年制发件数 / 本年废止件数 / 现行有效件数). */
export const TABLE2_RULEMAKING_COLUMNS = [
  { key: "issued", label: "本年制发件数" },
  { key: "repealed", label: "本年废止件数" },
  { key: "in_force", label: "现行有效件数" },
] as const;

export const TABLE2_RULEMAKING_ROWS = [
  { key: "regulations", label: "规章" },
  { key: "normative_documents", label: "行政规范性文件" },
] as const;

/**
 * 表二's four captioned blocks. Each block: caption, header row (`信息内容` + value headers), and its rows. A row with
 * `key` only (no per-column keys) has one value cell spanning the three value columns.
 */
export const TABLE2_BLOCKS = [
  {
    caption: "第二十条第（一）项",
    headers: TABLE2_RULEMAKING_COLUMNS.map((c) => c.label),
    rows: TABLE2_RULEMAKING_ROWS.map((r) => ({
      key: r.key,
      label: r.label,
      columns: TABLE2_RULEMAKING_COLUMNS.map((c) => ({ key: c.key, label: c.label })),
    })),
  },
  {
    caption: "第二十条第（五）项",
    headers: ["本年处理决定数量"],
    rows: [{ key: "licensing", label: "行政许可" }],
  },
  {
    caption: "第二十条第（六）项",
    headers: ["本年处理决定数量"],
    rows: [
      { key: "penalty", label: "行政处罚" },
      { key: "enforcement", label: "行政强制" },
    ],
  },
  {
    caption: "第二十条第（八）项",
    headers: ["本年收费金额（单位：万元）"],
    rows: [{ key: "fees", label: "行政事业性收费", kind: "amount" as CellKind }],
  },
] as const;

/** The label of the first header column of every 表二 block. */
export const TABLE2_CONTENT_HEADER = "信息内容";

// ───────────────────────────── table 3 ─────────────────────────────

/** 表三's seven applicant columns, in the printed order (also the array order in report data files). */
export const TABLE3_COLUMNS = [
  { key: "natural_person", label: "自然人" },
  { key: "commercial", label: "商业企业" },
  { key: "research", label: "科研机构" },
  { key: "social_welfare", label: "社会公益组织" },
  { key: "legal_service", label: "法律服务机构" },
  { key: "other_org", label: "其他" },
  { key: "total", label: "总计" },
] as const;

export type Table3ColumnKey = (typeof TABLE3_COLUMNS)[number]["key"];

/** The 勾稽 note in the merged top-left cell of 表三 (printed exactly). */
export const TABLE3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
export const TABLE3_APPLICANT_HEADER = "申请人情况";
export const TABLE3_ORG_HEADER = "法人或其他组织";
export const TABLE3_RESULTS_LABEL = "三、本年度办理结果";

/**
 * 表三's result groups under 三、本年度办理结果. A group with `items` prints its label spanning its items' rows and has
 * no subtotal; a group without items is a single row whose label spans two label columns.
 */
export const TABLE3_RESULT_GROUPS = [
  { key: "granted", label: "（一）予以公开" },
  { key: "partial", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" },
  {
    key: "denied",
    label: "（三）不予公开",
    items: [
      { key: "denied_1", label: "1.属于国家秘密" },
      { key: "denied_2", label: "2.其他法律行政法规禁止公开" },
      { key: "denied_3", label: "3.危及“三安全一稳定”" },
      { key: "denied_4", label: "4.保护第三方合法权益" },
      { key: "denied_5", label: "5.属于三类内部事务信息" },
      { key: "denied_6", label: "6.属于四类过程性信息" },
      { key: "denied_7", label: "7.属于行政执法案卷" },
      { key: "denied_8", label: "8.属于行政查询事项" },
    ],
  },
  {
    key: "unable",
    label: "（四）无法提供",
    items: [
      { key: "unable_1", label: "1.本机关不掌握相关政府信息" },
      { key: "unable_2", label: "2.没有现成信息需要另行制作" },
      { key: "unable_3", label: "3.补正后申请内容仍不明确" },
    ],
  },
  {
    key: "not_processed",
    label: "（五）不予处理",
    items: [
      { key: "not_processed_1", label: "1.信访举报投诉类申请" },
      { key: "not_processed_2", label: "2.重复申请" },
      { key: "not_processed_3", label: "3.要求提供公开出版物" },
      { key: "not_processed_4", label: "4.无正当理由大量反复申请" },
      { key: "not_processed_5", label: "5.要求行政机关确认或重新出具已获取信息" },
    ],
  },
  {
    key: "other",
    label: "（六）其他处理",
    items: [
      { key: "other_1", label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请" },
      { key: "other_2", label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" },
      { key: "other_3", label: "3.其他" },
    ],
  },
  { key: "total", label: "（七）总计" },
] as const;

/** The rows of 表三 outside 三、本年度办理结果: before (一、二) and after (四). */
export const TABLE3_HEAD_ROWS = [
  { key: "new", label: "一、本年新收政府信息公开申请数量", short: "一、本年新收" },
  { key: "carried_over", label: "二、上年结转政府信息公开申请数量", short: "二、上年结转" },
] as const;
export const TABLE3_TAIL_ROWS = [{ key: "carried_forward", label: "四、结转下年度继续办理", short: "四、结转下年度" }] as const;

/** A data row of 表三, flattened, in printed order. */
export interface Table3Row {
  key: string;
  /** The row's own label, exactly as printed. */
  label: string;
  /** The enclosing group's key and label, for result items (e.g. `denied`, `（三）不予公开`). */
  group?: string;
  groupLabel?: string;
  /** True for the rows under 三、本年度办理结果. */
  isResult: boolean;
  /** Short name for messages: `（三）1.属于国家秘密`, `（七）总计`, `一、本年新收`. */
  short: string;
}

/** The 25 data rows of 表三 in printed order (keys as report-format.md §2). */
export const TABLE3_ROWS: Table3Row[] = [
  ...TABLE3_HEAD_ROWS.map((r) => ({ key: r.key, label: r.label, isResult: false, short: r.short })),
  ...TABLE3_RESULT_GROUPS.flatMap((g): Table3Row[] =>
    "items" in g
      ? g.items.map((i) => ({
          key: i.key,
          label: i.label,
          group: g.key,
          groupLabel: g.label,
          isResult: true,
          short: `${g.label}${i.label}`,
        }))
      : [{ key: g.key, label: g.label, isResult: true, short: g.label.replace(/（区分处理的.*）$/, "") }],
  ),
  ...TABLE3_TAIL_ROWS.map((r) => ({ key: r.key, label: r.label, isResult: false, short: r.short })),
];

export type Table3RowKey = string;

// ───────────────────────────── table 4 ─────────────────────────────

export const TABLE4_COLUMNS = [
  { key: "upheld", label: "结果维持" },
  { key: "corrected", label: "结果纠正" },
  { key: "other", label: "其他结果" },
  { key: "pending", label: "尚未审结" },
  { key: "total", label: "总计" },
] as const;

export type Table4ColumnKey = (typeof TABLE4_COLUMNS)[number]["key"];

export const TABLE4_RECONSIDERATION_HEADER = "行政复议";
export const TABLE4_LITIGATION_HEADER = "行政诉讼";

/** 表四's three groups in printed order (report-format.md §2, Table 4). */
export const TABLE4_GROUPS = [
  { key: "reconsideration", label: "行政复议", short: "行政复议" },
  { key: "litigation_direct", label: "未经复议直接起诉", short: "行政诉讼·未经复议直接起诉" },
  { key: "litigation_after_reconsideration", label: "复议后起诉", short: "行政诉讼·复议后起诉" },
] as const;

export type Table4GroupKey = (typeof TABLE4_GROUPS)[number]["key"];

// ───────────────────────────── builders ─────────────────────────────

function cell(
  row: number,
  col: number,
  role: LayoutCell["role"],
  textOrKey: string,
  rowSpan = 1,
  colSpan = 1,
): LayoutCell {
  return role === "input"
    ? { row, col, rowSpan, colSpan, role, key: textOrKey }
    : { row, col, rowSpan, colSpan, role, text: textOrKey };
}

/** The key of a 表三 cell: `table3.<row>[<column>]`. */
export function table3Key(row: string, column: string): CellKey {
  return `table3.${row}[${column}]`;
}

/** The key of a 表四 cell: `table4.<group>[<column>]`. */
export function table4Key(group: string, column: string): CellKey {
  return `table4.${group}[${column}]`;
}

function buildTable2(inputs: InputCellDef[]): TableDef {
  const cells: LayoutCell[] = [];
  let r = 0;
  for (const block of TABLE2_BLOCKS) {
    cells.push(cell(r, 0, "caption", block.caption, 1, 4));
    r++;
    cells.push(cell(r, 0, "header", TABLE2_CONTENT_HEADER));
    if (block.headers.length === 1) cells.push(cell(r, 1, "header", block.headers[0], 1, 3));
    else block.headers.forEach((h, i) => cells.push(cell(r, 1 + i, "header", h)));
    r++;
    for (const row of block.rows) {
      cells.push(cell(r, 0, "label", row.label));
      if ("columns" in row) {
        row.columns.forEach((c, i) => {
          const key = `table2.${row.key}.${c.key}`;
          cells.push(cell(r, 1 + i, "input", key));
          inputs.push({
            key,
            table: "table2",
            kind: "count",
            displayName: `表二 ${row.label}·${c.label}`,
            labelPath: [block.caption, row.label, c.label],
          });
        });
      } else {
        const key = `table2.${row.key}`;
        cells.push(cell(r, 1, "input", key, 1, 3));
        const kind: CellKind = "kind" in row ? row.kind : "count";
        inputs.push({
          key,
          table: "table2",
          kind,
          displayName: `表二 ${row.label}·${block.headers[0].replace(/（单位：万元）$/, "")}`,
          labelPath: [block.caption, row.label, block.headers[0]],
        });
      }
      r++;
    }
  }
  return {
    key: "table2",
    sectionKey: "proactive_disclosure",
    shortName: "表二",
    rows: r,
    cols: 4,
    cells,
    colWidths: [22, 16, 16, 16],
  };
}

function buildTable3(inputs: InputCellDef[]): TableDef {
  const cells: LayoutCell[] = [
    cell(0, 0, "note", TABLE3_NOTE, 3, 3),
    cell(0, 3, "header", TABLE3_APPLICANT_HEADER, 1, 7),
    cell(1, 3, "header", TABLE3_COLUMNS[0].label, 2, 1),
    cell(1, 4, "header", TABLE3_ORG_HEADER, 1, 5),
    cell(1, 9, "header", TABLE3_COLUMNS[6].label, 2, 1),
    ...TABLE3_COLUMNS.slice(1, 6).map((c, i) => cell(2, 4 + i, "header", c.label)),
  ];
  const addInputs = (r: number, row: Table3Row, labelPath: string[]) => {
    TABLE3_COLUMNS.forEach((c, i) => {
      const key = table3Key(row.key, c.key);
      cells.push(cell(r, 3 + i, "input", key));
      const colPath = c.key === "natural_person" || c.key === "total" ? [c.label] : [TABLE3_ORG_HEADER, c.label];
      inputs.push({
        key,
        table: "table3",
        kind: "count",
        displayName: `表三${row.short.startsWith("（") ? "" : " "}${row.short}·${c.key === "other_org" ? "其他组织" : c.label}`,
        labelPath: [...labelPath, TABLE3_APPLICANT_HEADER, ...colPath],
      });
    });
  };
  let r = 3;
  for (const row of TABLE3_ROWS.filter((x) => !x.isResult && x.key !== "carried_forward")) {
    cells.push(cell(r, 0, "label", row.label, 1, 3));
    addInputs(r, row, [row.label]);
    r++;
  }
  const resultRows = TABLE3_ROWS.filter((x) => x.isResult).length;
  cells.push(cell(r, 0, "label", TABLE3_RESULTS_LABEL, resultRows, 1));
  for (const g of TABLE3_RESULT_GROUPS) {
    if ("items" in g) {
      cells.push(cell(r, 1, "label", g.label, g.items.length, 1));
      for (const item of g.items) {
        const row = TABLE3_ROWS.find((x) => x.key === item.key)!;
        cells.push(cell(r, 2, "label", item.label));
        addInputs(r, row, [TABLE3_RESULTS_LABEL, g.label, item.label]);
        r++;
      }
    } else {
      const row = TABLE3_ROWS.find((x) => x.key === g.key)!;
      cells.push(cell(r, 1, "label", g.label, 1, 2));
      addInputs(r, row, [TABLE3_RESULTS_LABEL, g.label]);
      r++;
    }
  }
  for (const row of TABLE3_ROWS.filter((x) => x.key === "carried_forward")) {
    cells.push(cell(r, 0, "label", row.label, 1, 3));
    addInputs(r, row, [row.label]);
    r++;
  }
  return {
    key: "table3",
    sectionKey: "requests",
    shortName: "表三",
    rows: r,
    cols: 10,
    cells,
    colWidths: [8, 12, 34, 8, 8, 8, 8, 8, 8, 8],
  };
}

function buildTable4(inputs: InputCellDef[]): TableDef {
  const n = TABLE4_COLUMNS.length;
  const cells: LayoutCell[] = [
    cell(0, 0, "header", TABLE4_RECONSIDERATION_HEADER, 1, n),
    cell(0, n, "header", TABLE4_LITIGATION_HEADER, 1, 2 * n),
  ];
  TABLE4_COLUMNS.forEach((c, i) => cells.push(cell(1, i, "header", c.label, 2, 1)));
  TABLE4_GROUPS.slice(1).forEach((g, gi) => {
    cells.push(cell(1, n * (gi + 1), "header", g.label, 1, n));
    TABLE4_COLUMNS.forEach((c, i) => cells.push(cell(2, n * (gi + 1) + i, "header", c.label)));
  });
  TABLE4_GROUPS.forEach((g, gi) => {
    TABLE4_COLUMNS.forEach((c, i) => {
      const key = table4Key(g.key, c.key);
      cells.push(cell(3, gi * n + i, "input", key));
      inputs.push({
        key,
        table: "table4",
        kind: "count",
        displayName: `表四 ${g.short}·${c.label}`,
        labelPath: gi === 0 ? [g.label, c.label] : [TABLE4_LITIGATION_HEADER, g.label, c.label],
      });
    });
  });
  return {
    key: "table4",
    sectionKey: "reconsideration_litigation",
    shortName: "表四",
    rows: 4,
    cols: 3 * n,
    cells,
    colWidths: Array.from({ length: 3 * n }, () => 7),
  };
}

function buildFormat2021(): FormatDef {
  const inputCells: InputCellDef[] = [];
  const table2 = buildTable2(inputCells);
  const table3 = buildTable3(inputCells);
  const table4 = buildTable4(inputCells);
  return {
    id: "2021",
    source: "国办公开办函〔2021〕30号",
    sections: SECTIONS_2021,
    overviewItems: OVERVIEW_ITEMS_2021,
    tables: { table2, table3, table4 },
    inputCells,
  };
}

/** The 2021 format: 3 tables, 200 input cells (10 + 175 + 15). */
export const FORMAT_2021: FormatDef = buildFormat2021();
