/**
 * Where the tables go on a freshly inserted 统计表: column widths, each table's first column, and the rows of the
 * title, the note and each table under its section heading. The same for every format: 表三's three label columns
 * are A–C (表二's label column is C), the value band starts at D.
 */
import { sectionTitle, tablesOf, type FormatDef, type TableKey } from "../../format";
import type { RangeRef } from "../port";
import type { ReportSet } from "./sets";

/** First sheet column of each table: 表三 spans A–J, 表二's label column is C, 表四 starts at the value band (D). */
export const TABLE_COLUMN: Record<TableKey, number> = { table2: 2, table3: 0, table4: 3 };

/** Width (Excel characters) of the value-band columns D onward, wide enough for `本年制发件数` on two lines. */
export const VALUE_COLUMN_WIDTH = 10;

/** Columns of the value band: 表四's fifteen, the widest. */
const VALUE_BAND_COLUMNS = 15;

/** Column widths of 统计表 (and of the report text sheet): A–C from 表三's label columns, then the value band. */
export function tableSheetWidths(format: FormatDef): number[] {
  return [...format.tables.table3.colWidths.slice(0, 3), ...Array.from({ length: VALUE_BAND_COLUMNS }, () => VALUE_COLUMN_WIDTH)];
}

/** Rows of the title and the note on 统计表, and of the first section heading. */
export const TITLE_ROW = 0;
export const NOTE_ROW = 1;
export const FIRST_TABLE_ROW = 3;
/** Columns spanned by the title and the note on 统计表. */
export const TITLE_COLS = 10;

/** Where each table and its heading are placed on a freshly inserted 统计表. */
export interface TablePlacement {
  table: TableKey;
  /** The section heading row, e.g. `二、主动公开政府信息情况`. */
  headingRow: number;
  heading: string;
  /** The table's grid (what its workbook name covers). */
  range: RangeRef;
}

/**
 * The placements of 表二, 表三, 表四 of a format on a freshly inserted 统计表, top to bottom, one blank row between.
 * @param set the report set the tables belong to (`reportSet()` for the first).
 * @param format the format inserted.
 */
export function tablePlacements(set: ReportSet, format: FormatDef): TablePlacement[] {
  let r = FIRST_TABLE_ROW;
  return tablesOf(format).map((def) => {
    const p: TablePlacement = {
      table: def.key,
      headingRow: r,
      heading: sectionTitle(format, def.sectionKey),
      range: { sheet: set.tablesSheet, row: r + 1, col: TABLE_COLUMN[def.key], rows: def.rows, cols: def.cols },
    };
    r += def.rows + 2;
    return p;
  });
}
