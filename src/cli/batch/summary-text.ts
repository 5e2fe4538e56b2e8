/**
 * The batch's summary for a terminal: one line per report (结果, 强制, 提示, 已说明, 年度, 格式, 单位, 文件) and the
 * closing count line.
 */
import { clusterOf, PAIRS_SHOWN_UP_TO, type CopyGroup } from "../../review/copies";
import { clusterHeading } from "../../export/summary-copies";
import type { SameUnitGroup } from "../../review/same-unit";
import { STATUS_LABEL, type PreviousCopy } from "../../review/outcome";
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

/** A similarity as a whole percent: `100%`, `92%` (rounded down, so 0.849… never shows as 85%). */
export function percent(similarity: number): string {
  return `${Math.floor(similarity * 100 + 1e-9)}%`;
}

/** A report's name in lists: its unit and file, `县水利局（收到的报告/县水利局.json）`. */
export function reportName(r: ReportRow): string {
  return `${r.unit || "（未填写机关名称）"}（${r.file}）`;
}

/**
 * The copied-text lines: each group of reports whose section is the same apart from names and numbers — two reports
 * as a pair with its similarity and quote, more as one cluster listing the reports once, with one quote.
 */
export function copiesText(groups: CopyGroup[], rows: ReportRow[]): string[] {
  if (groups.length === 0) return [];
  const lines = [`内容雷同（单位之间，除名称和数字外几乎相同）：${groups.length} 组`];
  for (const g of groups) {
    if (g.members.length > PAIRS_SHOWN_UP_TO) {
      lines.push(`  ${clusterHeading(g)}：`);
      for (const m of g.members) lines.push(`    ${reportName(rows[m])}`);
      lines.push(`          “${clusterOf(g).quote}”`);
      continue;
    }
    lines.push(`  ${g.section}（${g.rule}）：${g.members.length} 份报告`);
    for (const p of g.pairs) {
      lines.push(`    ${percent(p.similarity)}  ${reportName(rows[p.a])} 与 ${reportName(rows[p.b])}`);
      lines.push(`          “${p.quote}”`);
    }
  }
  return lines;
}

/** The lines on sections copied from each unit's own last year's report. */
export function previousCopiesText(outcomes: { row: ReportRow; copies: PreviousCopy[] }[]): string[] {
  if (outcomes.length === 0) return [];
  const lines = [`与本单位上年报告雷同：${outcomes.length} 份报告`];
  for (const { row, copies } of outcomes)
    for (const c of copies) {
      lines.push(`  ${percent(c.similarity)}  ${reportName(row)} ${c.section}（${c.rule}），上年报告 ${row.previous?.file ?? ""}`);
      lines.push(`        “${c.quote}”`);
    }
  return lines;
}

/** A same-unit group's files: `a.json、b.pdf`. */
const filesOf = (g: SameUnitGroup, rows: ReportRow[]) => g.members.map((m) => rows[m].file).join("、");

/**
 * The lines on several reports of one unit: of one year (同一单位多份报告, the files named; not compared with each
 * other as copies), and of several years (listed; compared with last year only through --previous-dir).
 */
export function sameUnitText(groups: SameUnitGroup[], rows: ReportRow[]): string[] {
  const sameYear = groups.filter((g) => g.kind === "same_year");
  const years = groups.filter((g) => g.kind === "years");
  const lines: string[] = [];
  if (sameYear.length > 0) {
    lines.push(`同一单位多份报告：${sameYear.length} 个单位（请确认哪一份是正式报告；它们之间不作内容雷同比较）`);
    for (const g of sameYear) lines.push(`  ${g.unit} ${g.year === null ? "年度未填写" : `${g.year} 年度`} ${g.members.length} 份：${filesOf(g, rows)}`);
  }
  if (years.length > 0) {
    lines.push(`同一单位不同年度的报告：${years.length} 个单位（不作为单位之间的内容雷同比较；与上年报告比较请把上年报告放在另一个文件夹，用 --previous-dir）`);
    for (const g of years) lines.push(`  ${g.unit} ${g.years.join("、")} 年度：${filesOf(g, rows)}`);
  }
  return lines;
}
