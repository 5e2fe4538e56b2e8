/**
 * 修复表格: rebuilding a damaged report set from the format while keeping every value that can be placed.
 */
import { findInputCell, getFormat, tablesOf, type CellKey, type FormatDef, type TableKey } from "../../format";
import { dataRowsOf, recoverRowsByLabel } from "./row-recovery";
import type { RangeRef, WorkbookPort, WriteOp } from "../port";
import { planInsert } from "./insert";
import { readReportFromNamed, type ReadResult } from "./read";
import { readNamedLocated } from "./locate";
import { reportSet } from "./sets";
import { toCellValue } from "./values";

/** Rows and columns of the old tables sheet copied into a backup (covers the three tables with room to spare). */
const BACKUP_ROWS = 150;
const BACKUP_COLS = 26;

/** A damaged table whose rows were found again by their labels (see `recoverRowsByLabel`). */
export interface RecoveredTable {
  table: TableKey;
  /** Data rows found and written back. */
  rows: number;
  /** Input cells written back from those rows. */
  cells: number;
  /** Rows left blank in the rebuilt table, to be entered again, e.g. `（二）部分公开`; with their cells. */
  lostRows: { name: string; cells: CellKey[] }[];
}

/** What 修复表格 (or 替换（保留已填数据）) will do; the pane shows it before `ops` are applied. */
export interface RepairPlan {
  /** The set rebuilt. */
  set: number;
  /** Tables rebuilt blank: name lost, columns or headers changed, or not one row found by its labels. */
  lostTables: TableKey[];
  /** Tables whose shape or labels changed but whose rows were found by their labels; the rest of their rows are blank. */
  recovered: RecoveredTable[];
  /** Input cells whose values are kept (written back into the rebuilt tables), recovered rows included. */
  keptCells: number;
  /** The sheets deleted before the set is inserted again. */
  deleted: string[];
  /** The values-only copy of the old tables sheet, made when a table could not be read and `backup` was asked for. */
  backupSheet: string | null;
  /** One batch: backup, delete, insert with the kept data. */
  ops: WriteOp[];
}

/**
 * Tables read in a variant of the format (a 2021 表三 with the single （六） row) and rebuilt in the format itself: the
 * rows the two share are kept as read (counted in `keptCells`), the format's rows the variant lacks are named to be
 * entered again (the single row's number cannot be split without a guess).
 */
function reshaped(read: ReadResult, format: FormatDef): RecoveredTable[] {
  if (read.format === format) return [];
  const result: RecoveredTable[] = [];
  for (const def of tablesOf(format)) {
    if (!read.tablesRead[def.key]) continue;
    const rows = dataRowsOf(def);
    const lostRows = rows.filter((r) => r.cells.some((k) => !findInputCell(k, read.format)));
    // `cells` 0: the kept rows' cells are counted with the table's other read cells.
    if (lostRows.length > 0) result.push({ table: def.key, rows: rows.length - lostRows.length, cells: 0, lostRows });
  }
  return result;
}

/** The first free sheet name `base 备份`, `base 备份2`, … */
function backupName(base: string, sheets: string[]): string {
  for (let i = 1; ; i++) {
    const name = `${base} 备份${i === 1 ? "" : i}`.slice(0, 31);
    if (!sheets.includes(name)) return name;
  }
}

/**
 * Plan rebuilding a set's sheets from the format (labels, merges, formats, validation, check cells, names,
 * protection) while keeping every value that can be placed: the inputs of every table that reads cleanly, the
 * 报告信息 fields, the 说明 and the other metadata.
 *
 * A table whose rows were deleted or inserted, or whose row label was typed over, cannot be placed by position; its
 * data rows are found again by their label paths (`recoverRowsByLabel`: only rows found exactly once, never a guess)
 * and written back, the other rows stay blank and are listed in `recovered[].lostRows`. A table with its name lost,
 * its columns or headers changed is rebuilt blank (`lostTables`). With `backup`, whenever a table could not be read
 * the old tables sheet is first copied (values only) to a new sheet `统计表 备份`, so nothing typed is lost.
 *
 * Reads the workbook (one `readNamed`, the sheet list, and the old sheet when a backup is made); writes nothing.
 */
export async function planRepair(port: WorkbookPort, options: { set?: number; backup?: boolean } = {}): Promise<RepairPlan> {
  const set = reportSet(options.set ?? 1);
  // Blocks whose names were lost are found by their labels, so their values are kept too.
  const { reads, located } = await readNamedLocated(port, set);
  const read = readReportFromNamed(reads, set, located);
  const sheets = await port.listSheets();
  // Rebuilt in the official format of the layout read: a 2021 表三 printing the single （六） row gets its three rows.
  const format = getFormat(read.format.id);
  const unread = tablesOf(format).filter((d) => !read.tablesRead[d.key]);
  const recovered: RecoveredTable[] = [...reshaped(read, format)];
  for (const def of unread) {
    const block = reads[set.tableNames[def.key]];
    if (!block) continue;
    const found = recoverRowsByLabel(def, block.values);
    if (found.refused !== null || found.recoveredRows === 0) continue;
    for (const [key, raw] of Object.entries(found.values)) read.data.values[key] = toCellValue(raw);
    recovered.push({ table: def.key, rows: found.recoveredRows, cells: Object.keys(found.values).length, lostRows: found.lostRows });
  }
  const lostTables = unread.map((d) => d.key).filter((k) => !recovered.some((r) => r.table === k));
  const tableSheets = new Set(Object.values(read.tables).filter((r): r is RangeRef => r !== null).map((r) => r.sheet));
  const deleted = sheets.filter((s) => set.sheets.includes(s) || tableSheets.has(s));
  const ops: WriteOp[] = [];
  let backupSheet: string | null = null;
  const anyUnreadWithValues = (unread.length > 0 || recovered.length > 0) && [...tableSheets, set.tablesSheet].some((s) => sheets.includes(s));
  if (options.backup && anyUnreadWithValues) {
    const source = [...tableSheets].find((s) => sheets.includes(s)) ?? set.tablesSheet;
    const [block] = await port.readRanges([{ sheet: source, row: 0, col: 0, rows: BACKUP_ROWS, cols: BACKUP_COLS }]);
    if (block) {
      let rows = block.length;
      while (rows > 1 && block[rows - 1].every((v) => v === null)) rows--;
      let cols = 1;
      for (const row of block.slice(0, rows)) for (let c = row.length; c > cols; c--) if (row[c - 1] !== null) cols = c;
      backupSheet = backupName(source, sheets);
      const range: RangeRef = { sheet: backupSheet, row: 0, col: 0, rows, cols };
      ops.push(
        { op: "addSheet", sheet: backupSheet },
        { op: "values", range, values: block.slice(0, rows).map((r) => r.slice(0, cols)) },
      );
    }
  }
  for (const s of deleted) ops.push({ op: "deleteSheet", sheet: s });
  ops.push(...planInsert(read.data, set, format));
  const keptCells = Object.keys(read.cells).filter((k) => findInputCell(k, format)).length + recovered.reduce((n, r) => n + r.cells, 0);
  return { set: set.index, lostTables, recovered, keptCells, deleted, backupSheet, ops };
}
