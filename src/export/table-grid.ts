/**
 * Reading a table's printed layout (`TableDef.cells`) for the exporters: which header cells head an input cell, and
 * how the table falls into bands (a run of header rows followed by a run of data rows). 表二 has four bands, one per
 * `第二十条第（x）项`; 表三 and 表四 have one each.
 */
import type { LayoutCell, TableDef } from "../format";
import type { CellValue } from "../report";

/** A band of a table: its header rows (captions, headers, the 勾稽 note) and the data rows below them. */
export interface Band {
  headerRows: number[];
  dataRows: number[];
  /** Caption cells (`第二十条第（一）项`) of the header rows. */
  captions: LayoutCell[];
  /** Header and note cells of the header rows. */
  headers: LayoutCell[];
  /** Grid columns covered by row-label cells in the data rows. */
  labelColumns: number[];
  /** Starting grid columns of the input cells in the data rows, in order. */
  inputColumns: number[];
}

/** True when the cell covers grid position (row, col). */
export function covers(cell: LayoutCell, row: number, col: number): boolean {
  return row >= cell.row && row < cell.row + cell.rowSpan && col >= cell.col && col < cell.col + cell.colSpan;
}

/** The cells that start in a grid row, left to right. */
export function cellsStartingIn(def: TableDef, row: number): LayoutCell[] {
  return def.cells.filter((c) => c.row === row).sort((a, b) => a.col - b.col);
}

/** Split a table into bands. A row is a data row when an input cell starts in it. */
export function bandsOf(def: TableDef): Band[] {
  const bands: Band[] = [];
  let current: Band | undefined;
  for (let r = 0; r < def.rows; r++) {
    const starting = cellsStartingIn(def, r);
    const isData = starting.some((c) => c.role === "input");
    if (!current || (!isData && current.dataRows.length > 0)) {
      current = { headerRows: [], dataRows: [], captions: [], headers: [], labelColumns: [], inputColumns: [] };
      bands.push(current);
    }
    if (isData) current.dataRows.push(r);
    else {
      current.headerRows.push(r);
      for (const c of starting) {
        if (c.role === "caption") current.captions.push(c);
        else if (c.role === "header" || c.role === "note") current.headers.push(c);
      }
    }
  }
  for (const band of bands) {
    const labels = new Set<number>();
    const inputs = new Set<number>();
    for (const c of def.cells) {
      if (!band.dataRows.includes(c.row)) continue;
      if (c.role === "label") for (let k = c.col; k < c.col + c.colSpan; k++) labels.add(k);
      if (c.role === "input") inputs.add(c.col);
    }
    band.labelColumns = [...labels].sort((a, b) => a - b);
    band.inputColumns = [...inputs].sort((a, b) => a - b);
  }
  return bands;
}

/** The band a grid row belongs to. */
export function bandOfRow(bands: Band[], row: number): Band | undefined {
  return bands.find((b) => b.headerRows.includes(row) || b.dataRows.includes(row));
}

/** The column headers (captions, then headers top-down) of grid column `col` within a band. */
export function columnHeaders(band: Band, col: number): LayoutCell[] {
  return [...band.captions, ...band.headers]
    .filter((c) => c.role !== "note" && col >= c.col && col < c.col + c.colSpan)
    .sort((a, b) => a.row - b.row || a.col - b.col);
}

/** The row labels covering grid row `row` to the left of column `col`, left to right. */
export function rowHeaders(def: TableDef, row: number, col: number): LayoutCell[] {
  return def.cells
    .filter((c) => c.role === "label" && c.col < col && row >= c.row && row < c.row + c.rowSpan)
    .sort((a, b) => a.col - b.col);
}

/** A cell value as printed in a table: numbers as stored (no rounding), text as typed, blank as empty. */
export function displayValue(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "number" ? String(v) : v;
}
