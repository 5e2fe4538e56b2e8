/**
 * The 统计表 sheet as inserted: a title and a note, then 表二–表四 under their section headings, each table's printed
 * block followed by its input cells (fill, unlocked, number format, validation, a mark on text) and its workbook
 * name; the in-cell checks; landscape A4; protected without a password.
 */
import { findInputCell, type CellKind, type FormatDef, type LayoutCell, type TableDef } from "../../format";
import type { ReportData } from "../../report";
import { a1, type RangeRef, type WriteOp } from "../port";
import { checkMarkerOps, equationFormats } from "./check-cells";
import { NOTE_ROW, TITLE_COLS, TITLE_ROW, tablePlacements, tableSheetWidths } from "./placement";
import type { ReportSet } from "./sets";
import { ALERT_STYLE, VALIDATION, inputStyle, marksText } from "./sheet-style";
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
function inputRects(def: TableDef, format: FormatDef): Rect[] {
  const inputs = def.cells.filter((c) => c.role === "input");
  const kindOf = (c: LayoutCell) => findInputCell(c.key!, format)!.kind;
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
 * The input cells of one table on 统计表: light fill, unlocked, number format, data validation (none for an amount
 * written with its unit) and a conditional format marking text where a number belongs.
 */
function inputCellOps(def: TableDef, range: RangeRef, format: FormatDef): WriteOp[] {
  const ops: WriteOp[] = [];
  const at = (r: number, c: number, rows = 1, cols = 1): RangeRef => ({ sheet: range.sheet, row: range.row + r, col: range.col + c, rows, cols });
  for (const r of inputRects(def, format)) {
    const rr = at(r.row, r.col, r.rows, r.cols);
    ops.push({ op: "style", range: rr, style: inputStyle(r.kind) });
    const rule = VALIDATION[r.kind];
    if (rule) ops.push({ op: "validation", range: rr, rule });
    if (marksText(r.kind))
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
export function tableOps(def: TableDef, range: RangeRef, data: ReportData | undefined, name: string, format: FormatDef): WriteOp[] {
  return [
    ...tableBlockOps(def, range, printedGrid(def, data?.values), { locked: true, widths: tableSheetWidths(format) }),
    ...inputCellOps(def, range, format),
    { op: "name", name, range },
  ];
}

/**
 * The note under the title of 统计表, from the kinds of the format's input cells: counts are whole numbers, an amount
 * in 万元 may have decimals, a signed change may be negative, an amount written with its unit keeps it.
 */
export function sheetNote(format: FormatDef): string {
  const parts = ["数量填整数（件）"];
  const first = (kind: CellKind) => format.inputCells.find((c) => c.kind === kind);
  const amount = first("amount");
  if (amount) parts.push(`${amount.labelPath[1]}填金额（万元，可有小数）`);
  const signed = first("signed_count");
  if (signed) parts.push(`${signed.labelPath[signed.labelPath.length - 1]}减少的填负数`);
  const written = first("written_amount");
  if (written) parts.push(`${written.labelPath[written.labelPath.length - 1]}按原文填写，可写明单位（如“251000元”）`);
  return `浅黄色单元格为填报单元格：${parts.join("，")}；没有发生的填 0，不要留空或填“/”。标签单元格已保护（无密码）。`;
}

/** The title of 统计表, naming the notice whose format the tables follow. */
export function sheetTitle(format: FormatDef): string {
  return `政府信息公开工作年度报告统计表（${format.source}格式）`;
}

/** Every operation writing the 统计表 sheet of a set in a format (the sheet itself is added by `planInsert`). */
export function tablesSheetOps(data: ReportData | undefined, set: ReportSet, format: FormatDef): WriteOp[] {
  const placements = tablePlacements(set, format);
  const ops: WriteOp[] = [];
  const t = set.tablesSheet;
  tableSheetWidths(format).forEach((width, col) => ops.push({ op: "columnWidth", sheet: t, col, width }));
  const title = sheetTitle(format);
  const note = sheetNote(format);
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
      ...tableOps(format.tables[p.table], p.range, data, set.tableNames[p.table], format),
    );
  }
  ops.push(
    ...equationFormats(placements, format),
    ...checkMarkerOps(placements, format),
    { op: "pageSetup", sheet: t, setup: { paper: "A4", orientation: "landscape", fitToWidth: true } },
    { op: "protect", sheet: t },
  );
  return ops;
}
