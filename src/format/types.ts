/**
 * Types of a report format: what a year's national format is — its notice, the report years that use it, the six
 * sections and their titles (with the variants real reports print), the sub-items of 总体情况, the three statistics
 * tables (rows, columns, merged header bands, input cells and their kinds), the sum equations the tables must satisfy,
 * the 报告信息 fields and the text sections.
 *
 * A format is pure data (`format2021.ts`, `format2019.ts`, built by `build.ts`). Everything else — the sheet layout,
 * the rules, the fill helpers, the narrative, the exporters, the importer and the CLI — receives a `FormatDef` (or
 * looks it up from a report's `format`); no label, cell position or equation is written anywhere else.
 */

/**
 * The id of a format: the year of the notice that defines it (`"2021"`: 国办公开办函〔2021〕30号; `"2019"`:
 * 国办公开办函〔2019〕60号). The union grows when the next national format comes.
 */
export type FormatId = "2019" | "2021";

/**
 * A variant of a format as real reports print it: `single_other_row` is a report in the 2021 format whose 表三 still
 * prints the 2019 single （六）其他处理 row (report-format.md §4, issue "tolerant reading").
 */
export type FormatVariant = "single_other_row";

/**
 * A cell key in the spec's notation: `table2.regulations.issued`, `table2.fees`, `table3.new[total]`,
 * `table4.reconsideration[pending]` (report-format.md §2, "Keys for every input cell").
 */
export type CellKey = string;

/**
 * What an input cell may hold.
 * - `count`: a number of items (件/个), an integer ≥ 0.
 * - `signed_count`: a change in a number of items, an integer that may be negative (only the 2019 表二 本年增/减).
 * - `amount`: a sum of money in 万元, a decimal ≥ 0 (the 2021 表二 行政事业性收费).
 * - `written_amount`: a sum of money whose unit is written with it, as printed (`251000元`, `73802895.90元`), or a
 *   plain number when no unit is written (only the 2019 表二 采购总金额, whose header prints no unit).
 */
export type CellKind = "count" | "signed_count" | "amount" | "written_amount";

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
 * - `header`: a column header (merged header bands carry their spans);
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
  /** Other spellings real reports print for this label (typos are not variants: they are S8 findings). */
  variants?: string[];
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
  /** Headings real reports print instead, accepted as the same section (e.g. 2019 `五、政府信息公开工作存在的主要问题及改进情况`). */
  variants: string[];
  /** The statistics table printed in this section, if any. */
  table?: TableKey;
}

/** A sub-item of 一、总体情况 (report-format.md §1, "五个方面"). */
export interface OverviewItemDef {
  key: OverviewItemKey;
  /** The heading as usually printed, e.g. `（一）主动公开`. */
  title: string;
  /**
   * True when the report opens the sub-item with a sentence generated from the tables (一（一）–（三）), so the user
   * chooses, when their own text states the same figures, whose wording states them (`ReportText.wording`).
   */
  generated?: boolean;
  /**
   * Words by which a printed sub-item heading is known to be this sub-item whatever its wording: a heading containing
   * the words of exactly one sub-item is that sub-item. Collected from real headings (fixtures/reports, the seed):
   * `主动公开方面`, `主动公开政府信息情况`, `围绕工作重点，扎实推进主动公开`; `依申请公开情况`; `政府信息管理方面`;
   * `政府信息公开平台建设`, `平台载体建设方面`, `信息公开平台建设方面`; `监督保障方面`.
   */
  headingWords: string[];
}

export type OverviewItemKey =
  | "proactive_disclosure"
  | "disclosure_on_request"
  | "information_management"
  | "platform"
  | "supervision";

// ───────────────────────────── table structure ─────────────────────────────

/** A value column of a 表二 block: its key in cell keys (`""` for a block whose rows hold one value), label, span. */
export interface Table2ColumnDef {
  key: string;
  label: string;
  /** Grid columns the header and the value cells span (the three value columns are 1 + 1 + 1 or 3, or 1 + 2). */
  span: number;
  kind?: CellKind;
}

/** A row of a 表二 block. */
export interface Table2RowDef {
  key: string;
  label: string;
  /** The row's own kind, overriding its columns' (2021 行政事业性收费: `amount`). */
  kind?: CellKind;
  /** The name of the value in messages when the block has one value column (2021: the header without its unit). */
  valueName?: string;
}

/** A captioned block of 表二 (`第二十条第（x）项`): a header row `信息内容` + the value columns, then its rows. */
export interface Table2BlockDef {
  caption: string;
  columns: Table2ColumnDef[];
  rows: Table2RowDef[];
}

/** A column of 表三 or 表四. */
export interface ColumnDef {
  key: string;
  label: string;
  /** The name in messages when it differs from the label (表三 `其他` → `其他组织`). */
  short?: string;
}

/** A result group of 表三 under 三、本年度办理结果: a single row, or a label over its items (no subtotal). */
export interface Table3GroupDef {
  key: string;
  label: string;
  items?: { key: string; label: string }[];
}

/** A data row of 表三, flattened, in printed order. */
export interface Table3Row {
  key: string;
  /** The row's own label, exactly as printed. */
  label: string;
  /** The enclosing group's key and label, for result items (e.g. `denied`, `（三）不予公开`). */
  group?: string;
  groupLabel?: string;
  /** True for the rows under 三、本年度办理结果. */
  isResult: boolean;
  /** Short name for messages: `（三）1.属于国家秘密`, `（七）总计`, `一、本年新收`. */
  short: string;
}

/** A group of 表四 (行政复议, 未经复议直接起诉, 复议后起诉). */
export interface Table4GroupDef {
  key: string;
  label: string;
  /** The name in messages: `行政复议`, `行政诉讼·未经复议直接起诉`. */
  short: string;
}

/** The rows, columns and groups of each table, for code that walks a table by meaning rather than by grid. */
export interface TableStructure {
  table2: {
    /** The first header of every block. */
    contentHeader: string;
    blocks: Table2BlockDef[];
  };
  table3: {
    note: string;
    applicantHeader: string;
    orgHeader: string;
    resultsLabel: string;
    /** The seven applicant columns in printed order (the array order in data files). */
    columns: ColumnDef[];
    /** The result groups in printed order, （七）总计 last. */
    groups: Table3GroupDef[];
    /** Every data row in printed order. */
    rows: Table3Row[];
  };
  table4: {
    reconsiderationHeader: string;
    litigationHeader: string;
    columns: ColumnDef[];
    groups: Table4GroupDef[];
  };
}

// ───────────────────────────── equations ─────────────────────────────

/**
 * One arithmetic equation the tables must satisfy: `Σ left = Σ right` (report-format.md §3, H1–H4). `total`, when
 * set, is the single cell on the left that is a printed total; its fix value is `Σ right`.
 */
export interface EquationDef {
  /** Unique id of the instance, used as the finding id: `H1.new`, `H2.natural_person`, `H4a`. */
  id: string;
  /** The rule it is an instance of: `H1`, `H2`, `H3`, `H4a`, `H4b`, `H4c`. */
  rule: string;
  table: TableKey;
  /** Which row, column or group this instance is about, in Chinese: `一、本年新收`, `自然人列`, `行政复议`. */
  scope: string;
  /** For a 表四 group, the group's label (`行政复议`, `未经复议直接起诉`), used in the rule's title. */
  group?: string;
  left: CellKey[];
  right: CellKey[];
  total?: CellKey;
  /** Short names of the two sides as the format prints the equation: `["总计", "各申请人之和"]`. */
  sideNames: [string, string];
}

// ───────────────────────────── 报告信息 ─────────────────────────────

/** The contact fields of the introduction. */
export type ContactFieldKey = "office" | "address" | "postcode" | "phone" | "fax" | "email" | "website";

/** A field of 报告信息, named as report data names it. */
export type InfoFieldKey =
  | "agency"
  | "year"
  | "publishDate"
  | `contact.${ContactFieldKey}`
  | "processingFees.noticesIssued"
  | "processingFees.collectedYuan"
  | "text.overviewIntro"
  | `text.overview.${OverviewItemKey}`
  | "text.problems"
  | "text.otherMatters"
  | `text.wording.${OverviewItemKey}`;

/**
 * How a 报告信息 field is entered: `count` in 件, `yuan` in 元 (never 万元); `wording` one of `WORDING_LABELS`
 * (blank: decided by the narrative).
 */
export type InfoFieldKind = "text" | "longText" | "year" | "date" | "count" | "yuan" | "wording";

/**
 * Whose wording states the figures of a sub-item of 总体情况 that opens with a generated sentence: `generated` the
 * sentence generated from the tables (the user's sentences restating its figures are left out), `user` the user's
 * own text only.
 */
export type Wording = "generated" | "user";

/** One labelled row of 报告信息. */
export interface InfoField {
  key: InfoFieldKey;
  /** The label in column A, exactly. */
  label: string;
  kind: InfoFieldKind;
}

/** A group heading row of 报告信息 (no value). */
export interface InfoHeading {
  heading: string;
}

/** The 报告信息 sheet's fields: the rows before the added sub-items of 总体情况, and the rows after them. */
export interface InfoFieldsDef {
  /** The title in the first row. */
  title: string;
  /** The note beside the title. */
  titleNote: string;
  head: (InfoField | InfoHeading)[];
  tail: InfoField[];
  /** Labels of the rows of an added sub-item of 总体情况 (title, then body). */
  extraTitleLabel: string;
  extraBodyLabel: string;
}

/** A text field of the report whose words the user writes: `text.overview`, `text.problems`, `text.otherMatters`. */
export type TextField = "text.overview" | "text.problems" | "text.otherMatters";

/** A section whose body is the user's text, and the report field holding it. */
export interface TextSectionDef {
  field: TextField;
  section: SectionKey;
}

// ───────────────────────────── the format ─────────────────────────────

/** The notice that defines a format. */
export interface NoticeDef {
  /** Its document number: `国办公开办函〔2021〕30号`. */
  number: string;
  /** Its title as a report's introduction cites it, in 《》. */
  title: string;
  /** Its date, `YYYY-MM-DD`. */
  date: string;
}

/** A complete report format. */
export interface FormatDef {
  id: FormatId;
  /** Set for a variant of the format as real reports print it (see `FormatVariant`). */
  variant?: FormatVariant;
  /** The Chinese name: `2021 年格式`. */
  name: string;
  /** The notice's number (same as `notice.number`), kept for messages. */
  source: string;
  notice: NoticeDef;
  /** The report years that use this format: from `from` to `to` inclusive (`to` absent: still in force). */
  years: { from: number; to?: number };
  /**
   * The first report year whose 六 states the 信息处理费 position (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号,
   * in force from 2021-01-01; report-format.md §1 六); absent when no report of this format's years states it.
   */
  processingFeesFrom?: number;
  sections: SectionDef[];
  overviewItems: OverviewItemDef[];
  tables: Record<TableKey, TableDef>;
  /** Rows, columns and groups of each table. */
  structure: TableStructure;
  /** Every input cell, in reading order (表二, 表三 row by row, 表四). */
  inputCells: InputCellDef[];
  /** Every sum equation (H1–H4) between the input cells, in the order findings are listed. */
  equations: EquationDef[];
  /** The 报告信息 fields. */
  info: InfoFieldsDef;
  /** The sections whose body is the user's text. */
  textSections: TextSectionDef[];
  /**
   * A data-file key under which 表二 may be written by its printed labels (row label → column label → value), as
   * transcriptions of published reports do: `table2_2019` (report-format.md §4; fixtures/reports/pingtan-2020).
   */
  labelledTable2Key?: string;
}
