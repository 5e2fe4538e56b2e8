/**
 * Inserting a report: every operation that creates its three sheets, in one batch.
 */
import { formatOf, latestFormat, type FormatDef } from "../../format";
import { emptyReport, type ReportData } from "../../report";
import type { RangeRef, WorkbookPort, WriteOp } from "../port";
import { infoOps } from "./info-sheet";
import { tablesSheetOps } from "./insert-tables";
import { metaBlock } from "./meta";
import { reportSet, type ReportSet } from "./sets";

/**
 * Every operation that creates the report's three sheets from nothing, in one batch: 统计表 with the format's 表二–表四 (labels,
 * merges, borders, widths, input fills, number formats, validations, conditional formats for H1–H4 and non-numbers,
 * names, protection), 报告信息 (labelled inputs, protected) and the veryHidden `_年报助手` (metadata, 说明).
 *
 * The three `addSheet` operations come first, so on a workbook that already has one of the sheets the batch fails
 * before anything is written.
 *
 * @param data values to write into the input cells and fields; strings are written as typed ("/", "12件"), blank
 *   stays blank. Without data every input is blank.
 * @param set the report set to insert (`reportSet()` for the first).
 * @param format the format whose tables are printed: with data, the data's (`formatOf`: a 2019 report gets the 2019
 *   tables, a 2021 report printing the single （六） row keeps it, so no value is dropped). It is recorded in the
 *   metadata.
 */
export function planInsert(data: ReportData | undefined, set: ReportSet, format: FormatDef): WriteOp[] {
  const ops: WriteOp[] = set.sheets.map((sheet): WriteOp => ({ op: "addSheet", sheet }));
  ops.push(...tablesSheetOps(data, set, format));
  ops.push(...infoOps(data, set, format));
  const meta = metaBlock(data?.extra ?? {}, data?.explanations ?? [], format.id);
  const metaRange: RangeRef = { sheet: set.metaSheet, row: 0, col: 0, rows: meta.length, cols: 4 };
  ops.push(
    { op: "values", range: metaRange, values: meta },
    { op: "name", name: set.metaName, range: metaRange },
    { op: "sheetVisibility", sheet: set.metaSheet, visibility: "veryHidden" },
  );
  return ops;
}

/**
 * Insert the report's sheets into a workbook in one `apply` (one batch: one sync in memory and .xlsx; in Excel a
 * read of the existing names comes first, see office.ts).
 * @param format the format to print: by default the data's (`formatOf`), or for a blank insert the newest (a blank
 *   insert for a given year is `insertNewReport`).
 * @throws WorkbookError from the port, e.g. when a sheet of that name already exists (nothing is written then).
 */
export async function insertReport(port: WorkbookPort, data?: ReportData, set: ReportSet = reportSet(), format?: FormatDef): Promise<void> {
  await port.apply(planInsert(data, set, format ?? (data ? formatOf(data) : latestFormat())));
}

/**
 * Insert a blank report of a year in the format that year uses (the pane's 插入统计表): the same sheets as a blank
 * insert, with 报告年度 filled in 报告信息 and the format recorded in the metadata, so the two agree (S7 holds).
 * @param format the format of the year (`formatForYear(year)`), chosen by the caller.
 */
export async function insertNewReport(port: WorkbookPort, year: number, format: FormatDef, set: ReportSet = reportSet()): Promise<void> {
  await port.apply(planInsert({ ...emptyReport(format), year }, set, format));
}
