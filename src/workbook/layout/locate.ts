/**
 * Finding a report set's blocks when their workbook names were lost (the sheets copied into a new workbook, the names
 * deleted): each table by its printed labels on the sheets, 报告信息 and the metadata by their sheets. Only a block
 * found once, with the format's shape and labels, is taken; anything less is left missing as before.
 */
import { getFormat, tablesOf, type TableKey } from "../../format";
import type { NamedRead, RangeRef, RawValue, WorkbookPort } from "../port";
import { reportSetsIn, type ReportSet } from "./sets";
import { checkTableBlock } from "./table-check";

/** How much of each sheet is searched (the inserted tables end near row 60, column R). */
const SEARCH_ROWS = 300;
const SEARCH_COLS = 40;

/** What `readNamedLocated` returns: the blocks by name, and the names whose block was found without its name. */
export interface LocatedReads {
  reads: Record<string, NamedRead | null>;
  /** Names missing from the workbook whose block was found by its labels or its sheet. */
  located: string[];
}

const text = (v: RawValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());

/** The block of `rows × cols` at (`row`, `col`) of a sheet's grid, padded with blanks. */
function blockAt(grid: RawValue[][], row: number, col: number, rows: number, cols: number): RawValue[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => grid[row + r]?.[col + c] ?? null));
}

/** A table found on the sheets by its labels: exactly one place where every label is the format's (or a variant). */
function locateTable(key: TableKey, grids: Map<string, RawValue[][]>): NamedRead | null {
  const found: NamedRead[] = [];
  for (const id of ["2021", "2019"]) {
    const def = tablesOf(getFormat(id)).find((d) => d.key === key)!;
    // The longest label is the anchor: it occurs once in a table.
    const anchor = def.cells.filter((c) => c.role !== "input" && c.text).sort((a, b) => b.text!.length - a.text!.length)[0];
    for (const [sheet, grid] of grids) {
      grid.forEach((cells, r) =>
        cells.forEach((v, c) => {
          if (text(v) !== anchor.text) return;
          const row = r - anchor.row;
          const col = c - anchor.col;
          if (row < 0 || col < 0) return;
          const range: RangeRef = { sheet, row, col, rows: def.rows, cols: def.cols };
          const values = blockAt(grid, row, col, def.rows, def.cols);
          if (checkTableBlock(def, range, values).defects.length > 0) return;
          if (!found.some((f) => f.range.sheet === sheet && f.range.row === row && f.range.col === col)) found.push({ range, values });
        }),
      );
    }
    if (found.length > 0) break;
  }
  return found.length === 1 ? found[0] : null;
}

/** A sheet's block from A1 down to its last non-blank row, `cols` wide; null when the sheet is missing or empty. */
function sheetBlock(sheet: string, grid: RawValue[][] | undefined, cols: number): NamedRead | null {
  if (!grid) return null;
  let rows = grid.length;
  while (rows > 0 && grid[rows - 1].slice(0, cols).every((v) => text(v) === "")) rows--;
  if (rows === 0) return null;
  return { range: { sheet, row: 0, col: 0, rows, cols }, values: blockAt(grid, 0, 0, rows, cols) };
}

/** Whether a sheet belongs to another report set than `set`. */
function otherSetSheet(sheet: string, set: ReportSet): boolean {
  for (const index of reportSetsIn([sheet])) if (index !== set.index) return true;
  return false;
}

/**
 * Read a set's named blocks (`port.readNamed`); when names are missing, find their blocks on the sheets: each table by
 * its labels, 报告信息 (columns A–B) and the metadata (A–D) on their sheets. One `readNamed`, plus, only when a name is
 * missing, the sheet list and one read of every sheet.
 */
export async function readNamedLocated(port: WorkbookPort, set: ReportSet): Promise<LocatedReads> {
  const reads = await port.readNamed(set.names);
  const missing = set.names.filter((n) => !reads[n]);
  if (missing.length === 0) return { reads, located: [] };
  // Sheets of another set (新增一份: `统计表 (2)`) and backups (`统计表 备份`) hold the same labels: never searched.
  const sheets = (await port.listSheets()).filter((s) => !otherSetSheet(s, set) && !/备份\d*$/.test(s));
  const blocks = await port.readRanges(sheets.map((sheet) => ({ sheet, row: 0, col: 0, rows: SEARCH_ROWS, cols: SEARCH_COLS })));
  const grids = new Map<string, RawValue[][]>();
  sheets.forEach((s, i) => {
    const b = blocks[i];
    if (b) grids.set(s, b);
  });
  const located: string[] = [];
  for (const key of Object.keys(set.tableNames) as TableKey[]) {
    const name = set.tableNames[key];
    if (reads[name]) continue;
    const block = locateTable(key, grids);
    if (block) {
      reads[name] = block;
      located.push(name);
    }
  }
  for (const [name, sheet, cols] of [
    [set.infoName, set.infoSheet, 2],
    [set.metaName, set.metaSheet, 4],
  ] as const) {
    if (reads[name]) continue;
    const block = sheetBlock(sheet, grids.get(sheet), cols);
    if (block) {
      reads[name] = block;
      located.push(name);
    }
  }
  return { reads, located };
}
