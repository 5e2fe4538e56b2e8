/**
 * One statistics table printed as a block of cells: the format's labels and merged headers, the values as typed,
 * borders, bold headers, left-aligned row labels and rows tall enough for their labels. The one writer of a table
 * block, shared by the 统计表 sheet (which adds input fills, validation and names on top) and the report text sheet
 * of 写入新工作表.
 *
 * Pure: returns `WriteOp`s for any port.
 */
import type { CellKey, TableDef } from "../../format";
import type { RangeRef, RawValue, WriteOp } from "../port";

/** Display width of a text in Excel character units (CJK characters count two). */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return w;
}

/**
 * A table's printed grid, `def.rows × def.cols`: each layout cell's official text (or, for an input, its value as
 * typed: number, text, or `null` when blank or `""`) at its top-left position, `null` in the rest of a merged area.
 * @param values input values by cell key; a missing key is blank.
 */
export function printedGrid<V extends RawValue>(def: TableDef, values: Record<CellKey, V | undefined> | undefined): (V | string | null)[][] {
  const grid: (V | string | null)[][] = Array.from({ length: def.rows }, () => new Array<V | string | null>(def.cols).fill(null));
  for (const c of def.cells) {
    if (c.role !== "input") grid[c.row][c.col] = c.text ?? null;
    else {
      const v = values?.[c.key!];
      grid[c.row][c.col] = v === undefined || v === "" ? null : v;
    }
  }
  return grid;
}

/** What the two users of the block differ in. */
export interface TableBlockOptions {
  /** The sheet's column widths (Excel characters) from column A, to tell which labels wrap (`tableSheetWidths`). */
  widths: number[];
  /** Lock every cell of the block (the 统计表 sheet is protected; its input cells are unlocked afterwards). */
  locked?: boolean;
}

/**
 * The operations printing table `def` at `range` (its top-left and `def.rows × def.cols`): values, merges, borders
 * and 10-point centred wrapped text, bold captions and headers, one-row labels left-aligned, and a row height
 * (14 points a line + 4) for each row whose one-row labels wrap in the sheet's column widths.
 *
 * @param grid the cell contents, e.g. from `printedGrid`.
 */
export function tableBlockOps(def: TableDef, range: RangeRef, grid: RawValue[][], options: TableBlockOptions): WriteOp[] {
  const sheet = range.sheet;
  const at = (r: number, c: number, rows = 1, cols = 1): RangeRef => ({ sheet, row: range.row + r, col: range.col + c, rows, cols });
  const ops: WriteOp[] = [{ op: "values", range, values: grid }];
  for (const c of def.cells) if (c.rowSpan > 1 || c.colSpan > 1) ops.push({ op: "merge", range: at(c.row, c.col, c.rowSpan, c.colSpan) });
  ops.push({
    op: "style",
    range,
    style: { border: true, wrap: true, vertical: "center", horizontal: "center", fontSize: 10, ...(options.locked ? { locked: true } : {}) },
  });
  for (const c of def.cells) {
    if (c.role === "header" || c.role === "caption")
      ops.push({ op: "style", range: at(c.row, c.col, c.rowSpan, c.colSpan), style: { bold: true } });
    if (c.role === "label" && c.rowSpan === 1)
      ops.push({ op: "style", range: at(c.row, c.col, c.rowSpan, c.colSpan), style: { horizontal: "left" } });
  }
  for (let r = 0; r < def.rows; r++) {
    let lines = 1;
    for (const c of def.cells.filter((x) => x.row === r && x.rowSpan === 1 && x.text)) {
      const width = options.widths.slice(range.col + c.col, range.col + c.col + c.colSpan).reduce((a, b) => a + b, 0);
      lines = Math.max(lines, Math.ceil(textWidth(c.text!) / Math.max(1, width - 1)));
    }
    if (lines > 1) ops.push({ op: "rowHeight", sheet, row: range.row + r, height: 14 * lines + 4 });
  }
  return ops;
}
