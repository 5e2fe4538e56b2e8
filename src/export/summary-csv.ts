/**
 * The reviewer's summary as CSV (`nianbao check … --csv 汇总.csv`): one line per report — 序号, 单位, 年度, 格式, 强制,
 * 提示, 已说明, 内容雷同, 结果, 文件, 原因 — for a spreadsheet or another tool. With a roster, a column 名单 (在名单上, or
 * 不在名单上 and the nearest name), and a line 没有报告 for each unit of the roster that sent nothing. With several reports
 * of one unit, a last column 同一单位 saying which. UTF-8 with a byte-order mark and CRLF
 * line ends, as the report's own CSV export, so Excel opens it by double-click; text a spreadsheet would run as a
 * formula is guarded.
 */
import { reasonWithoutFile, STATUS_LABEL } from "../review/outcome";
import { copyCounts, type BatchSummary } from "../review/summary";
import { sameUnitNote } from "../review/same-unit";
import { visibleText } from "../report/hidden-chars";
import { CSV_BOM, csvField, csvValue } from "./csv";

/** The header line's column names. */
export const SUMMARY_CSV_HEADER = ["序号", "单位", "年度", "格式", "强制", "提示", "已说明", "内容雷同", "结果", "文件", "原因"] as const;

/** The column added when the batch holds several reports of one unit (`sameUnitNote`). */
export const SAME_UNIT_COLUMN = "同一单位";

/** The roster column's heading and the 结果 of a roster unit with no report. */
export const ROSTER_COLUMN = "名单";
export const NO_REPORT = "没有报告";

/** The summary table as CSV text. */
export function summaryCsv(s: BatchSummary): string {
  const copies = copyCounts(s.copies);
  const off = new Map((s.roster?.notOnRoster ?? []).map((o) => [o.index, o]));
  const rosterCell = (index: number, read: boolean): string[] => {
    if (!s.roster) return [];
    const o = off.get(index);
    if (o) return [`不在名单上${o.suggestion ? `（相近：${o.suggestion}）` : ""}`];
    return [read ? "在名单上" : ""];
  };
  const same = s.sameUnit ?? [];
  const sameCell = (index: number): string[] => (same.length > 0 ? [sameUnitNote(same, index)] : []);
  const lines = [[...SUMMARY_CSV_HEADER, ...(s.roster ? [ROSTER_COLUMN] : []), ...(same.length > 0 ? [SAME_UNIT_COLUMN] : [])].join(",")];
  for (const r of s.rows) {
    const read = r.status !== "unreadable";
    const cells = [
      String(r.index + 1),
      csvValue(visibleText(r.unit)),
      r.year === null ? "" : String(r.year),
      r.format ?? "",
      read ? String(r.counts.errors) : "",
      read ? String(r.counts.warnings) : "",
      read ? String(r.counts.explained) : "",
      String(copies.get(r.index) ?? 0),
      STATUS_LABEL[r.status],
      csvValue(visibleText(r.file)),
      csvValue(visibleText(r.error ? reasonWithoutFile(r.error, r.file) : "")),
      ...rosterCell(r.index, read),
      ...sameCell(r.index),
    ];
    lines.push(cells.map(csvField).join(","));
  }
  for (const u of s.roster?.missing ?? []) {
    const cells = ["", csvValue(visibleText(u.name)), "", "", "", "", "", "", NO_REPORT, "", u.parent ? csvValue(visibleText(`上级单位：${u.parent}`)) : "", "在名单上", ...(same.length > 0 ? [""] : [])];
    lines.push(cells.map(csvField).join(","));
  }
  return CSV_BOM + lines.join("\r\n") + "\r\n";
}
