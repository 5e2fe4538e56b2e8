/**
 * Where a report lives in a workbook: its three sheets and its workbook names, and the sets (新增一份 adds a second
 * set with suffixed sheets and names). Names move when rows are inserted; fixed addresses are never used.
 */
import type { TableKey } from "../../format";

/** The sheet holding the three statistics tables. */
export const SHEET_TABLES = "统计表";
/** The sheet holding the report fields outside the tables. */
export const SHEET_INFO = "报告信息";
/** The veryHidden sheet holding metadata and 说明. */
export const SHEET_META = "_年报助手";

/** The sheets `insertReport` creates, in tab order (so a caller can ask before writing over existing ones). */
export const REPORT_SHEETS: readonly string[] = [SHEET_TABLES, SHEET_INFO, SHEET_META];

/** Workbook names, each covering a table's whole printed grid (labels and inputs). */
export const NB_TABLE2 = "NB_TABLE2";
export const NB_TABLE3 = "NB_TABLE3";
export const NB_TABLE4 = "NB_TABLE4";
/** The label/value block of 报告信息. */
export const NB_INFO = "NB_INFO";
/** The metadata block of `_年报助手`. */
export const NB_META = "NB_META";

/** The layout version written into the metadata; a workbook with a higher one was made by a newer version. */
export const LAYOUT_VERSION = 1;

/** The workbook name of each table. */
export const TABLE_NAMES: Record<TableKey, string> = { table2: NB_TABLE2, table3: NB_TABLE3, table4: NB_TABLE4 };

/** Every name the layout reads, in the order `readReport` asks for them. */
export const ALL_NAMES: string[] = [NB_TABLE2, NB_TABLE3, NB_TABLE4, NB_INFO, NB_META];

/**
 * One set of report sheets and names. Set 1 is the original (`统计表`, `报告信息`, `_年报助手`; NB_TABLE2 …); a set
 * added with 新增一份 carries a suffix on every sheet (`统计表 (2)`) and name (`NB_TABLE3_2`), so two reports can live
 * in one workbook without touching each other.
 */
export interface ReportSet {
  /** 1 for the first set, n ≥ 2 for the n-th. */
  index: number;
  tablesSheet: string;
  infoSheet: string;
  metaSheet: string;
  tableNames: Record<TableKey, string>;
  infoName: string;
  metaName: string;
  /** Every name of the set, in the order `readReport` asks for them. */
  names: string[];
  /** The three sheets, in tab order. */
  sheets: string[];
}

/** The sheets and names of set `index` (1 when omitted). */
export function reportSet(index = 1): ReportSet {
  const sheetSuffix = index === 1 ? "" : ` (${index})`;
  const nameSuffix = index === 1 ? "" : `_${index}`;
  const tableNames = {
    table2: NB_TABLE2 + nameSuffix,
    table3: NB_TABLE3 + nameSuffix,
    table4: NB_TABLE4 + nameSuffix,
  };
  const set = {
    index,
    tablesSheet: SHEET_TABLES + sheetSuffix,
    infoSheet: SHEET_INFO + sheetSuffix,
    metaSheet: SHEET_META + sheetSuffix,
    tableNames,
    infoName: NB_INFO + nameSuffix,
    metaName: NB_META + nameSuffix,
  };
  return {
    ...set,
    names: [tableNames.table2, tableNames.table3, tableNames.table4, set.infoName, set.metaName],
    sheets: [set.tablesSheet, set.infoSheet, set.metaSheet],
  };
}

/**
 * The sets present in a workbook, from its sheet names: a set is present when any of its three sheets exists.
 * @returns set indexes, ascending (empty when the workbook has none).
 */
export function reportSetsIn(sheetNames: string[]): number[] {
  const found = new Set<number>();
  const base = [SHEET_TABLES, SHEET_INFO, SHEET_META];
  for (const name of sheetNames)
    for (const b of base) {
      if (name === b) found.add(1);
      const m = name.startsWith(`${b} (`) ? /^ \((\d+)\)$/.exec(name.slice(b.length)) : null;
      if (m && Number(m[1]) >= 2) found.add(Number(m[1]));
    }
  return [...found].sort((a, b) => a - b);
}

/** The index of the next set to add (one more than the highest present, at least 2). */
export function nextReportSet(sheetNames: string[]): number {
  return Math.max(1, ...reportSetsIn(sheetNames)) + 1;
}

/** The product name written as created-by. */
export const CREATED_BY = "年报助手";
