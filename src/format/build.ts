/**
 * Building a complete `FormatDef` from a format's own data: the printed grid of each table (cells, spans, input
 * keys), the input cells with their kinds and names, and the sum equations H1–H4 (report-format.md §3), expanded
 * from the table's rows, columns and groups so a cell position or an equation is never written by hand.
 */
import { infoFields, TABLE3_COLUMN_DEFS, TABLE3_HEAD, TABLE3_LABELS, TABLE3_TAIL, TABLE4_COLUMN_DEFS, TABLE4_GROUP_DEFS, TABLE4_LABELS, TEXT_SECTIONS } from "./shared-labels";
import type {
  CellKey,
  CellKind,
  EquationDef,
  FormatDef,
  FormatId,
  FormatVariant,
  InputCellDef,
  LayoutCell,
  NoticeDef,
  OverviewItemDef,
  SectionDef,
  Table2BlockDef,
  Table3GroupDef,
  Table3Row,
  TableDef,
  TableStructure,
} from "./types";

/** What a format states of its own; the rest is built. */
export interface FormatSource {
  id: FormatId;
  variant?: FormatVariant;
  name: string;
  notice: NoticeDef;
  years: { from: number; to?: number };
  /** See `FormatDef.processingFeesFrom`. */
  processingFeesFrom?: number;
  sections: SectionDef[];
  overviewItems: OverviewItemDef[];
  /** 表二's captioned blocks. */
  table2Blocks: Table2BlockDef[];
  /** Relative widths of 表二's four grid columns. */
  table2Widths: number[];
  /** 表三's result groups under 三、本年度办理结果, （七）总计 last. */
  table3Groups: Table3GroupDef[];
  labelledTable2Key?: string;
}

/** The key of a 表三 cell: `table3.<row>[<column>]`. */
export function table3Key(row: string, column: string): CellKey {
  return `table3.${row}[${column}]`;
}

/** The key of a 表四 cell: `table4.<group>[<column>]`. */
export function table4Key(group: string, column: string): CellKey {
  return `table4.${group}[${column}]`;
}

/** The key of a 表二 cell: `table2.<row>.<column>`, or `table2.<row>` for a block with one value. */
export function table2Key(row: string, column: string): CellKey {
  return column === "" ? `table2.${row}` : `table2.${row}.${column}`;
}

function cell(row: number, col: number, role: LayoutCell["role"], textOrKey: string, rowSpan = 1, colSpan = 1): LayoutCell {
  return role === "input"
    ? { row, col, rowSpan, colSpan, role, key: textOrKey }
    : { row, col, rowSpan, colSpan, role, text: textOrKey };
}

/** 表三's data rows in printed order, flattened from its groups. */
export function table3Rows(groups: Table3GroupDef[]): Table3Row[] {
  return [
    ...TABLE3_HEAD.map((r) => ({ key: r.key, label: r.label, isResult: false, short: r.short })),
    ...groups.flatMap((g): Table3Row[] =>
      g.items
        ? g.items.map((i) => ({ key: i.key, label: i.label, group: g.key, groupLabel: g.label, isResult: true, short: `${g.label}${i.label}` }))
        : [{ key: g.key, label: g.label, isResult: true, short: g.label.replace(/（区分处理的.*）$/, "") }],
    ),
    ...TABLE3_TAIL.map((r) => ({ key: r.key, label: r.label, isResult: false, short: r.short })),
  ];
}

function buildTable2(blocks: Table2BlockDef[], widths: number[], contentHeader: string, inputs: InputCellDef[]): TableDef {
  const cells: LayoutCell[] = [];
  let r = 0;
  for (const block of blocks) {
    cells.push(cell(r, 0, "caption", block.caption, 1, 4));
    r++;
    cells.push(cell(r, 0, "header", contentHeader));
    let c = 1;
    for (const col of block.columns) {
      cells.push(cell(r, c, "header", col.label, 1, col.span));
      c += col.span;
    }
    r++;
    for (const row of block.rows) {
      cells.push(cell(r, 0, "label", row.label));
      let col = 1;
      for (const column of block.columns) {
        const key = table2Key(row.key, column.key);
        cells.push(cell(r, col, "input", key, 1, column.span));
        col += column.span;
        const kind: CellKind = row.kind ?? column.kind ?? "count";
        const valueName = column.key === "" ? (row.valueName ?? column.label) : column.label;
        inputs.push({
          key,
          table: "table2",
          kind,
          displayName: `表二 ${row.label}·${valueName}`,
          labelPath: [block.caption, row.label, column.label],
        });
      }
      r++;
    }
  }
  return { key: "table2", sectionKey: "proactive_disclosure", shortName: "表二", rows: r, cols: 4, cells, colWidths: widths };
}

function buildTable3(groups: Table3GroupDef[], rows: Table3Row[], inputs: InputCellDef[]): TableDef {
  const cols = TABLE3_COLUMN_DEFS;
  const L = TABLE3_LABELS;
  const cells: LayoutCell[] = [
    cell(0, 0, "note", L.note, 3, 3),
    cell(0, 3, "header", L.applicantHeader, 1, 7),
    cell(1, 3, "header", cols[0].label, 2, 1),
    cell(1, 4, "header", L.orgHeader, 1, 5),
    cell(1, 9, "header", cols[6].label, 2, 1),
    ...cols.slice(1, 6).map((c, i) => cell(2, 4 + i, "header", c.label)),
  ];
  const addInputs = (r: number, row: Table3Row, labelPath: string[]) => {
    cols.forEach((c, i) => {
      const key = table3Key(row.key, c.key);
      cells.push(cell(r, 3 + i, "input", key));
      const colPath = c.key === "natural_person" || c.key === "total" ? [c.label] : [L.orgHeader, c.label];
      inputs.push({
        key,
        table: "table3",
        kind: "count",
        displayName: `表三${row.short.startsWith("（") ? "" : " "}${row.short}·${c.short ?? c.label}`,
        labelPath: [...labelPath, L.applicantHeader, ...colPath],
      });
    });
  };
  const rowOf = (key: string) => rows.find((x) => x.key === key)!;
  let r = 3;
  for (const head of TABLE3_HEAD) {
    cells.push(cell(r, 0, "label", head.label, 1, 3));
    addInputs(r, rowOf(head.key), [head.label]);
    r++;
  }
  cells.push(cell(r, 0, "label", L.resultsLabel, rows.filter((x) => x.isResult).length, 1));
  for (const g of groups) {
    if (g.items) {
      cells.push(cell(r, 1, "label", g.label, g.items.length, 1));
      for (const item of g.items) {
        cells.push(cell(r, 2, "label", item.label));
        addInputs(r, rowOf(item.key), [L.resultsLabel, g.label, item.label]);
        r++;
      }
    } else {
      cells.push(cell(r, 1, "label", g.label, 1, 2));
      addInputs(r, rowOf(g.key), [L.resultsLabel, g.label]);
      r++;
    }
  }
  for (const tail of TABLE3_TAIL) {
    cells.push(cell(r, 0, "label", tail.label, 1, 3));
    addInputs(r, rowOf(tail.key), [tail.label]);
    r++;
  }
  return { key: "table3", sectionKey: "requests", shortName: "表三", rows: r, cols: 10, cells, colWidths: [8, 12, 34, 8, 8, 8, 8, 8, 8, 8] };
}

function buildTable4(inputs: InputCellDef[]): TableDef {
  const cols = TABLE4_COLUMN_DEFS;
  const groups = TABLE4_GROUP_DEFS;
  const n = cols.length;
  const cells: LayoutCell[] = [
    cell(0, 0, "header", TABLE4_LABELS.reconsiderationHeader, 1, n),
    cell(0, n, "header", TABLE4_LABELS.litigationHeader, 1, 2 * n),
  ];
  cols.forEach((c, i) => cells.push(cell(1, i, "header", c.label, 2, 1)));
  groups.slice(1).forEach((g, gi) => {
    cells.push(cell(1, n * (gi + 1), "header", g.label, 1, n));
    cols.forEach((c, i) => cells.push(cell(2, n * (gi + 1) + i, "header", c.label)));
  });
  groups.forEach((g, gi) => {
    cols.forEach((c, i) => {
      const key = table4Key(g.key, c.key);
      cells.push(cell(3, gi * n + i, "input", key));
      inputs.push({
        key,
        table: "table4",
        kind: "count",
        displayName: `表四 ${g.short}·${c.label}`,
        labelPath: gi === 0 ? [g.label, c.label] : [TABLE4_LABELS.litigationHeader, g.label, c.label],
      });
    });
  });
  return { key: "table4", sectionKey: "reconsideration_litigation", shortName: "表四", rows: 4, cols: 3 * n, cells, colWidths: Array.from({ length: 3 * n }, () => 7) };
}

/**
 * The sum equations of report-format.md §3 over a format's tables: H1 for every 表三 row (总计 = the six applicant
 * columns), H2 for every 表三 column (（七）总计 = every result row （一）–（六）, whatever the format's result rows
 * are: `other_1..3` in 2021, `other` in 2019), H3 for every 表三 column (一 + 二 = （七）总计 + 四), H4a–c for each
 * 表四 group (总计 = 维持 + 纠正 + 其他 + 尚未审结). The 2019 表二 has no equation (§3 "not rules").
 */
function buildEquations(structure: TableStructure): EquationDef[] {
  const t3 = structure.table3;
  const applicants = t3.columns.filter((c) => c.key !== "total");
  const results = t3.rows.filter((r) => r.isResult && r.key !== "total");
  const totalLabel = t3.rows.find((r) => r.key === "total")!.label;
  const first = results[0].short.match(/^（[一二三四五六七八九十]+）/)?.[0] ?? "";
  const last = results[results.length - 1].groupLabel ?? results[results.length - 1].label;
  const resultRange = `${first}至${last.match(/^（[一二三四五六七八九十]+）/)?.[0] ?? ""}`;
  const colScope = (c: { label: string; short?: string }) => `${c.short ?? c.label}列`;
  const equations: EquationDef[] = [];
  for (const r of t3.rows)
    equations.push({
      id: `H1.${r.key}`,
      rule: "H1",
      table: "table3",
      scope: r.short,
      left: [table3Key(r.key, "total")],
      right: applicants.map((c) => table3Key(r.key, c.key)),
      total: table3Key(r.key, "total"),
      sideNames: ["总计", "各申请人之和"],
    });
  for (const c of t3.columns)
    equations.push({
      id: `H2.${c.key}`,
      rule: "H2",
      table: "table3",
      scope: colScope(c),
      left: [table3Key("total", c.key)],
      right: results.map((r) => table3Key(r.key, c.key)),
      total: table3Key("total", c.key),
      sideNames: [totalLabel, `${resultRange}之和`],
    });
  for (const c of t3.columns)
    equations.push({
      id: `H3.${c.key}`,
      rule: "H3",
      table: "table3",
      scope: colScope(c),
      left: [table3Key("new", c.key), table3Key("carried_over", c.key)],
      right: [table3Key("total", c.key), table3Key("carried_forward", c.key)],
      sideNames: ["新收 + 上年结转", "办理结果总计 + 结转下年度"],
    });
  const t4 = structure.table4;
  t4.groups.forEach((g, i) =>
    equations.push({
      id: `H4${"abc"[i]}`,
      rule: `H4${"abc"[i]}`,
      table: "table4",
      scope: g.short,
      group: g.label,
      left: [table4Key(g.key, "total")],
      right: t4.columns.filter((c) => c.key !== "total").map((c) => table4Key(g.key, c.key)),
      total: table4Key(g.key, "total"),
      sideNames: ["总计", "各结果之和"],
    }),
  );
  return equations;
}

/** Build a complete format from what it states of its own. */
export function buildFormat(src: FormatSource): FormatDef {
  const inputCells: InputCellDef[] = [];
  const rows = table3Rows(src.table3Groups);
  const structure: TableStructure = {
    table2: { contentHeader: "信息内容", blocks: src.table2Blocks },
    table3: { ...TABLE3_LABELS, columns: TABLE3_COLUMN_DEFS, groups: src.table3Groups, rows },
    table4: { ...TABLE4_LABELS, columns: TABLE4_COLUMN_DEFS, groups: TABLE4_GROUP_DEFS },
  };
  const table2 = buildTable2(src.table2Blocks, src.table2Widths, structure.table2.contentHeader, inputCells);
  const table3 = buildTable3(src.table3Groups, rows, inputCells);
  const table4 = buildTable4(inputCells);
  return {
    id: src.id,
    ...(src.variant ? { variant: src.variant } : {}),
    name: src.name,
    source: src.notice.number,
    notice: src.notice,
    years: src.years,
    ...(src.processingFeesFrom !== undefined ? { processingFeesFrom: src.processingFeesFrom } : {}),
    sections: src.sections,
    overviewItems: src.overviewItems,
    tables: { table2, table3, table4 },
    structure,
    inputCells,
    equations: buildEquations(structure),
    info: infoFields(src.sections, src.overviewItems),
    textSections: TEXT_SECTIONS,
    ...(src.labelledTable2Key ? { labelledTable2Key: src.labelledTable2Key } : {}),
  };
}
