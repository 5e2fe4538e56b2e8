/**
 * What a reader found wrong while reading a report — a workbook's layout, a data file's format — as data, so the one
 * check pipeline (`checkReport` in src/rules) can list it among the other findings. Every reader produces these: the
 * sheet layout's reader for workbooks, `readReportJson` for data files, the importers for published reports.
 */
import type { CellKey, TableKey } from "../format";
import type { ReportData } from "./report-data";

/**
 * The kind of a read problem.
 * - `missing_name`, `missing_sheet`: a table or sheet cannot be found (强制; the table is not read);
 * - `shape_changed`, `label_changed`: a table's rows or labels are out of shape (强制; the table is not read);
 * - `wrong_format`: the workbook records a format or layout version this version cannot read (强制);
 * - `sheet_renamed`: the tables sheet was renamed; the tables were read through their names (提示);
 * - `names_missing`: the workbook names were lost but the blocks were found by their labels and sheets, and read (提示);
 * - `meta_missing`: the workbook's metadata is missing or damaged (提示; read as the layout found);
 * - `bad_value`: a 报告信息 field cannot be read as its kind (提示; it stays blank);
 * - `label_variant`: an official label is printed differently (a typo, `1、` for `1.`, 其它 for 其他) but the table's
 *   structure is intact, so it was read (S8, 提示);
 * - `format_unstated`: the data does not say its format; it was read as the layout it has (S7, 提示);
 * - `format_contradicted`: the stated format and the layout disagree; it was read as the layout it has (S7, 提示);
 * - `single_other_row`: a 2021-format 表三 prints the 2019 single （六）其他处理 row; it was read as that row (S7, 提示);
 * - `extra_key`: a data file's top-level key this version does not know (and not a slip for a known one): kept and
 *   written back, but not used (提示);
 * - `undetermined`: an imported document's row whose values cannot be read without guessing (digits run together or
 *   cells dropped, and the arithmetic does not prove one reading); its cells are left blank (强制, rule `import`).
 */
export type ReadProblemKind =
  | "missing_name"
  | "missing_sheet"
  | "sheet_renamed"
  | "names_missing"
  | "shape_changed"
  | "label_changed"
  | "wrong_format"
  | "meta_missing"
  | "bad_value"
  | "label_variant"
  | "format_unstated"
  | "format_contradicted"
  | "single_other_row"
  | "extra_key"
  | "undetermined";

/** A defect found while reading. */
export interface ReadProblem {
  kind: ReadProblemKind;
  /** The table concerned, if any. */
  table?: TableKey;
  /** Chinese, precise: which table, which row or label, expected and found, and what to do. */
  message: string;
  /** The input cells concerned, if any. */
  cells?: CellKey[];
  /** For a label: the official text and the text found. */
  expected?: string;
  actual?: string;
}

/**
 * What a reader returns: the report as read and every problem found. `tablesRead` tells which tables' values were
 * read; a table absent or `false` there was not (its cells are blank, and the rules on them are not run, since its
 * read problem already says why).
 */
export interface ReportRead {
  data: ReportData;
  problems: ReadProblem[];
  tablesRead?: Partial<Record<TableKey, boolean>>;
  /**
   * Cells left blank because their value could not be read (an imported row `undetermined`): the rules do not also
   * report them as blank (H6) — the read problem says why and asks for them.
   */
  unreadCells?: CellKey[];
}
