/**
 * The batch's summary for a terminal: one line per report (结果, 强制, 提示, 已说明, 年度, 格式, 单位, 文件) and the
 * closing count line.
 */
import { STATUS_LABEL } from "../../review/outcome";
import type { BatchTally, ReportRow } from "../../review/tally";
import { alignedTable } from "../findings-table";

/** The headings of the summary table. */
export const SUMMARY_COLUMNS = ["结果", "强制", "提示", "已说明", "年度", "格式", "单位", "文件"] as const;

/** A report's cells in `SUMMARY_COLUMNS` order. */
export function summaryCells(r: ReportRow): string[] {
  const read = r.status !== "unreadable";
  return [
    STATUS_LABEL[r.status],
    read ? String(r.counts.errors) : "",
    read ? String(r.counts.warnings) : "",
    read ? String(r.counts.explained) : "",
    r.year === null ? "" : String(r.year),
    r.format ?? "",
    read ? r.unit || "（未填写机关名称）" : "",
    r.file,
  ];
}

/** The summary table's lines (heading first). */
export function summaryTable(tally: BatchTally): string[] {
  return alignedTable(SUMMARY_COLUMNS, tally.rows.map(summaryCells));
}

/** The closing line: `共检查 3 个文件：2 项强制，5 项提示，1 个文件无法读取；通过 1 个，未通过 1 个`. */
export function totalLine(tally: BatchTally): string {
  const unreadable = tally.status.unreadable;
  let line = `共检查 ${tally.total} 个文件：${tally.findings.errors} 项强制，${tally.findings.warnings} 项提示${unreadable > 0 ? `，${unreadable} 个文件无法读取` : ""}`;
  if (tally.total > 1) line += `；通过 ${tally.status.passed} 个，未通过 ${tally.status.failed} 个`;
  return line;
}
