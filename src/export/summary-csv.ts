/**
 * The reviewer's summary as CSV (`nianbao check … --csv 汇总.csv`): one line per report — 序号, 单位, 年度, 格式, 强制,
 * 提示, 已说明, 内容雷同, 结果, 文件, 原因 — for a spreadsheet or another tool. UTF-8 with a byte-order mark and CRLF
 * line ends, as the report's own CSV export, so Excel opens it by double-click; text a spreadsheet would run as a
 * formula is guarded.
 */
import { reasonWithoutFile, STATUS_LABEL } from "../review/outcome";
import { copyCounts, type BatchSummary } from "../review/summary";
import { CSV_BOM, csvField, csvValue } from "./csv";

/** The header line's column names. */
export const SUMMARY_CSV_HEADER = ["序号", "单位", "年度", "格式", "强制", "提示", "已说明", "内容雷同", "结果", "文件", "原因"] as const;

/** The summary table as CSV text. */
export function summaryCsv(s: BatchSummary): string {
  const copies = copyCounts(s.copies);
  const lines = [SUMMARY_CSV_HEADER.join(",")];
  for (const r of s.rows) {
    const read = r.status !== "unreadable";
    const cells = [
      String(r.index + 1),
      csvValue(r.unit),
      r.year === null ? "" : String(r.year),
      r.format ?? "",
      read ? String(r.counts.errors) : "",
      read ? String(r.counts.warnings) : "",
      read ? String(r.counts.explained) : "",
      String(copies.get(r.index) ?? 0),
      STATUS_LABEL[r.status],
      csvValue(r.file),
      csvValue(r.error ? reasonWithoutFile(r.error, r.file) : ""),
    ];
    lines.push(cells.map(csvField).join(","));
  }
  return CSV_BOM + lines.join("\r\n") + "\r\n";
}
