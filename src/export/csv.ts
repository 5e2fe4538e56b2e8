/**
 * The filing export as CSV: the input cells of the report's format (200 in 2021, 198 in 2019), one per line — key, label path, value as typed — for a reviewer who
 * sums child units in a spreadsheet. UTF-8 with a byte-order mark and CRLF line ends (RFC 4180), so Excel opens the
 * Chinese labels correctly by double-click.
 */
import { formatOf } from "../format";
import { getValue, type CellValue, type ReportData } from "../report";

/** The byte-order mark that tells Excel the file is UTF-8. */
export const CSV_BOM = "\uFEFF";

/** The header line's column names. */
export const CSV_HEADER = ["单元格", "栏目", "数值"] as const;

/** The separator of the labels in the 栏目 column: `三、本年度办理结果 / （七）总计 / 申请人情况 / 总计`. */
export const LABEL_PATH_SEPARATOR = " / ";

/** Quote a field when it holds a comma, a quote, or a line break (quotes doubled), per RFC 4180. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A value as typed: a number as stored (no rounding: `24252.311082`), text unchanged, blank empty. Text that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`, the usual guard
 * against CSV formula injection; numbers are never changed.
 */
export function csvValue(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "number") return String(v);
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/**
 * The report's input cells as CSV text: a BOM, the header `单元格,栏目,数值`, then one line per input cell of the
 * report's format (`formatOf(data)`) in reading order (表二, 表三 row by row, 表四): the cell key (`table3.new[total]`),
 * its official labels joined with ` / ` (`inputCells[].labelPath`), and the value as typed. Lines end with CRLF.
 */
export function toCsv(data: ReportData): string {
  const format = formatOf(data);
  const lines = [CSV_HEADER.join(",")];
  for (const c of format.inputCells) {
    lines.push([c.key, c.labelPath.join(LABEL_PATH_SEPARATOR), csvValue(getValue(data, c.key))].map(csvField).join(","));
  }
  return CSV_BOM + lines.join("\r\n") + "\r\n";
}
