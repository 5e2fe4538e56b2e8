/**
 * Types of a report format: the sections, the statistics tables and their printed layout, and the input cells.
 *
 * A format is pure data (see `format2021.ts`). Everything else — the sheet layout, the rules, the narrative, the
 * exporters and the importer — reads it; no label or cell position is written anywhere else.
 */

/**
 * A cell key in the spec's notation: `table2.regulations.issued`, `table2.fees`, `table3.new[total]`,
 * `table4.reconsideration[pending]` (report-format.md §2, "Keys for every input cell").
 */
export type CellKey = string;

/**
 * What an input cell may hold.
 * - `count`: a number of items (件/个), an integer ≥ 0.
 * - `amount`: a sum of money in 万元, a decimal ≥ 0 (only 表二 行政事业性收费).
 */
export type CellKind = "count" | "amount";

/** One input cell of a statistics table. */
export interface InputCellDef {
  /** The canonical key, e.g. `table3.denied_4[natural_person]`. */
  key: CellKey;
  /** The table the cell belongs to: `table2`, `table3` or `table4`. */
  table: TableKey;
  kind: CellKind;
  /** Short Chinese name for messages, e.g. `表三（七）总计·自然人`. */
  displayName: string;
  /** The official labels from the outermost header to the cell, e.g. `["三、本年度办理结果", "（七）总计", "申请人情况", "自然人"]`. */
  labelPath: string[];
}

/** The key of a statistics table: named after the report section that holds it (二, 三, 四). */
export type TableKey = "table2" | "table3" | "table4";

/**
 * One cell of a table's printed layout, in table-relative coordinates (row 0, column 0 is the table's top-left).
 * - `caption`: a section caption row inside the table (表二 `第二十条第（一）项`);
 * - `header`: a column header;
 * - `note`: the 勾稽 note of 表三;
 * - `label`: a row label;
 * - `input`: a value cell, identified by `key`.
 */
export interface LayoutCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  role: "caption" | "header" | "note" | "label" | "input";
  /** Exact official text for everything but inputs. */
  text?: string;
  /** The input cell's key, for `role: "input"`. */
  key?: CellKey;
}

/** A statistics table: its identity, its printed grid and its input cells. */
export interface TableDef {
  key: TableKey;
  /** The report section whose content the table is, e.g. `二、主动公开政府信息情况`. */
  sectionKey: SectionKey;
  /** Short Chinese name for messages: `表二`, `表三`, `表四`. */
  shortName: string;
  /** Number of grid rows and columns of the printed table. */
  rows: number;
  cols: number;
  /** Every cell of the grid, merged ones once with their spans; no two overlap, together they cover the grid. */
  cells: LayoutCell[];
  /** Relative width of each grid column, in Excel character units, for the sheet and the document. */
  colWidths: number[];
}

/** The keys of the six report sections, in order (report-format.md §1). */
export type SectionKey =
  | "overview"
  | "proactive_disclosure"
  | "requests"
  | "reconsideration_litigation"
  | "problems"
  | "other_matters";

/** A report section: key, number and the official title. */
export interface SectionDef {
  key: SectionKey;
  /** The official heading, e.g. `一、总体情况`. */
  title: string;
  /** The statistics table printed in this section, if any. */
  table?: TableKey;
}

/** A sub-item of 一、总体情况 (report-format.md §1, "五个方面"). */
export interface OverviewItemDef {
  key: OverviewItemKey;
  /** The heading as usually printed, e.g. `（一）主动公开`. */
  title: string;
}

export type OverviewItemKey =
  | "proactive_disclosure"
  | "disclosure_on_request"
  | "information_management"
  | "platform"
  | "supervision";

/** A complete report format. */
export interface FormatDef {
  /** `2021` for 国办公开办函〔2021〕30号. */
  id: "2021";
  /** The notice that defines it. */
  source: string;
  sections: SectionDef[];
  overviewItems: OverviewItemDef[];
  tables: Record<TableKey, TableDef>;
  /** Every input cell, in reading order (表二, 表三 row by row, 表四). */
  inputCells: InputCellDef[];
}
