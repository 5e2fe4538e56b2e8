/**
 * The sheet layout: where the report lives in a workbook, as a pure plan of `WriteOp`s and a pure mapping from what
 * is read back to `ReportData`. Host-neutral: the same code runs on the Office.js, in-memory and .xlsx ports.
 *
 * Three sheets:
 * - `统计表` (SHEET_TABLES): a title, then 表二, 表三 and 表四 stacked vertically, each under its section heading and
 *   printed exactly as the report format's `tables[…].cells` (labels, merges, borders). Label columns are A–C (表三's three
 *   label columns; 表二's label column is C), the value band starts at column D (表三's seven columns, 表二's three,
 *   表四's fifteen), so one set of column widths suits all three tables. Input cells have a light fill, are unlocked,
 *   carry data validation and a number format; the sheet is protected without a password.
 * - `报告信息` (SHEET_INFO): one labelled row per report field outside the tables (agency, year, contact, 发布日期,
 *   信息处理费, the text of 一（导语、五个方面、补充小节）, 五, 六); read back by label, so rows may move.
 * - `_年报助手` (SHEET_META, veryHidden): key/value rows (format, layout version, created-by, unknown data keys) and the
 *   说明 kept with warnings.
 *
 * Everything is found again through workbook names (NB_TABLE2/3/4, NB_INFO, NB_META), which move when rows are
 * inserted above; never through fixed addresses. A table whose shape or labels changed is reported and not read.
 *
 * In-cell checks: besides conditional formats, a locked formula cell per sum equation (column K right of 表三, the
 * row under 表三 and under 表四) shows `✗ 应为 5` when a total breaks, outside every named block (`checkCells`).
 * A second set of sheets (新增一份) carries a suffix on sheets and names (`reportSet(2)`: `统计表 (2)`, `NB_TABLE3_2`).
 * `planRepair` rebuilds a damaged set keeping every value it can place (a damaged table's rows found again by their
 * labels), with a values-only backup of the old sheet.
 */
export * from "./sets";
export * from "./sheet-style";
export * from "./placement";
export * from "./info-fields";
export * from "./values";
export * from "./table-block";
export * from "./check-cells";
export * from "./meta";
export * from "./insert";
export * from "./table-check";
export * from "./label-match";
export * from "./layout-format";
export * from "./read";
export * from "./write";
export * from "./row-recovery";
export * from "./repair";
