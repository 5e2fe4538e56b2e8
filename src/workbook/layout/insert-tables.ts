/**
 * The 统计表 sheet as inserted: a title and a note, then 表二–表四 under their section headings, each table's printed
 * block followed by its input cells (fill, unlocked, number format, validation, a mark on text) and its workbook
 * name; the in-cell checks; landscape A4; protected without a password.
 */
import { FORMAT_2021, findInputCell, type CellKind, type LayoutCell, type TableDef } from "../../format";
import type { ReportData } from "../../report";
import { a1, type RangeRef, type WriteOp } from "../port";
import { checkMarkerOps, equationFormats } from "./check-cells";
import { NOTE_ROW, TABLE_SHEET_WIDTHS, TITLE_COLS, TITLE_ROW, tablePlacements } from "./placement";
import type { ReportSet } from "./sets";
import { ALERT_STYLE, VALIDATION, inputStyle } from "./sheet-style";
import { printedGrid, tableBlockOps } from "./table-block";

/** A rectangle of input cells of one kind, in table coordinates. */
interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
  kind: CellKind;
}

/** Group a table's input cells into rectangles of one kind, so styles and validations take few operations. */
function inputRects(def: TableDef): Rect[] {
  const inputs = def.cells.filter((c) => c.role === "input");
  const kindOf = (c: LayoutCell) => findInputCell(c.key!)!.kind;
  const rects: Rect[] = [];
  const singles = inputs.filter((c) => c.rowSpan === 1 && c.colSpan === 1).sort((a, b) => a.row - b.row || a.col - b.col);
  for (const c of inputs.filter((x) => x.rowSpan > 1 || x.colSpan > 1))
    rects.push({ row: c.row, col: c.col, rows: c.rowSpan, cols: c.colSpan, kind: kindOf(c) });
  const runs: Rect[] = [];
  for (const c of singles) {
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.col + last.cols === c.col && last.kind === kindOf(c)) last.cols++;
    else runs.push({ row: c.row, col: c.col, rows: 1, cols: 1, kind: kindOf(c) });
  }
  for (const run of runs) {
    const above = rects.find(
      (r) => r.col === run.col && r.cols === run.cols && r.kind === run.kind && r.row + r.rows === run.row && r.rows >= 1,
    );
    if (above) above.rows++;
    else rects.push({ ...run });
  }
  return rects;
}

/**
 * The input cells of one table on 统计表: light fill, unlocked, number format, data validation and a conditional
 * format marking a value that is not a number.
 */
function inputCellOps(def: TableDef, range: RangeRef): WriteOp[] {
  const ops: WriteOp[] = [];
  const at = (r: number, c: number, rows = 1, cols = 1): RangeRef => ({ sheet: range.sheet, row: range.row + r, col: range.col + c, rows, cols });
  for (const r of inputRects(def)) {
    const rr = at(r.row, r.col, r.rows, r.cols);
    ops.push({ op: "style", range: rr, style: inputStyle(r.kind) });
    ops.push({ op: "validation", range: rr, rule: VALIDATION[r.kind] });
    ops.push({
      op: "conditionalFormat",
      range: rr,
      formula: `=AND(${a1(at(r.row, r.col))}<>"",NOT(ISNUMBER(${a1(at(r.row, r.col))})))`,
      style: { ...ALERT_STYLE },
    });
  }
  return ops;
}

/**
 * One table on 统计表 as inserted: the printed block (`tableBlockOps`, locked), its input cells, and its workbook name
 * covering the whole grid.
 * @param data values written into the input cells as typed; blank without data.
 */
export function tableOps(def: TableDef, range: RangeRef, data: ReportData | undefined, name: string): WriteOp[] {
  return [
    ...tableBlockOps(def, range, printedGrid(def, data?.values), { locked: true }),
    ...inputCellOps(def, range),
    { op: "name", name, range },
  ];
}

/** Every operation writing the 统计表 sheet of a set (the sheet itself is added by `planInsert`). */
export function tablesSheetOps(data: ReportData | undefined, set: ReportSet): WriteOp[] {
  const placements = tablePlacements(set);
  const ops: WriteOp[] = [];
  const t = set.tablesSheet;
  TABLE_SHEET_WIDTHS.forEach((width, col) => ops.push({ op: "columnWidth", sheet: t, col, width }));
  const title = `政府信息公开工作年度报告统计表（${FORMAT_2021.source}格式）`;
  const note =
    "浅黄色单元格为填报单元格：数量填整数（件），行政事业性收费填金额（万元，可有小数）；没有发生的填 0，不要留空或填“/”。标签单元格已保护（无密码）。";
  ops.push(
    { op: "values", range: { sheet: t, row: TITLE_ROW, col: 0, rows: 1, cols: 1 }, values: [[title]] },
    { op: "merge", range: { sheet: t, row: TITLE_ROW, col: 0, rows: 1, cols: TITLE_COLS } },
    { op: "style", range: { sheet: t, row: TITLE_ROW, col: 0, rows: 1, cols: TITLE_COLS }, style: { bold: true, fontSize: 16, horizontal: "center", vertical: "center" } },
    { op: "rowHeight", sheet: t, row: TITLE_ROW, height: 30 },
    { op: "values", range: { sheet: t, row: NOTE_ROW, col: 0, rows: 1, cols: 1 }, values: [[note]] },
    { op: "merge", range: { sheet: t, row: NOTE_ROW, col: 0, rows: 1, cols: TITLE_COLS } },
    { op: "style", range: { sheet: t, row: NOTE_ROW, col: 0, rows: 1, cols: TITLE_COLS }, style: { wrap: true, fontSize: 10, fontColor: "#595959", vertical: "center" } },
    { op: "rowHeight", sheet: t, row: NOTE_ROW, height: 30 },
  );
  for (const p of placements) {
    ops.push(
      { op: "values", range: { sheet: t, row: p.headingRow, col: 0, rows: 1, cols: 1 }, values: [[p.heading]] },
      { op: "style", range: { sheet: t, row: p.headingRow, col: 0, rows: 1, cols: 1 }, style: { bold: true, fontSize: 12 } },
      ...tableOps(FORMAT_2021.tables[p.table], p.range, data, set.tableNames[p.table]),
    );
  }
  ops.push(
    ...equationFormats(placements),
    ...checkMarkerOps(placements),
    { op: "pageSetup", sheet: t, setup: { paper: "A4", orientation: "landscape", fitToWidth: true } },
    { op: "protect", sheet: t },
  );
  return ops;
}
