/**
 * The sheets 审核汇总 adds to the open workbook, as plans of `WriteOp`s (one `port.apply` per sheet) with the name and
 * the number of rows shown in the preview:
 *
 * * 审核汇总: the summary table (the columns of `nianbao check --csv`), the copied-text pairs, the roster's misses
 *   and unknown units, and every report's findings (规则, 级别, 单元格, 左, 右, 差, 说明 — the CLI's columns and words).
 * * 汇总统计表: 表二, 表三 and 表四 of the reports' format, printed as on 统计表 (the sheet layout's table-block
 *   writer), holding the sums of `nianbao aggregate` under its warnings (units with 强制 findings…), then the units
 *   added and the cells each left blank. It is not written when a file could not be read, as `nianbao aggregate`
 *   refuses such a sum.
 *
 * A sheet's name is made unique against the workbook's (`审核汇总`, `审核汇总 (2)` …), so nothing existing is
 * overwritten; every operation is on the new sheet. Text is written into cells formatted as text (`@`), so nothing
 * read from a file runs as a formula. Pure.
 */
import { displayName, getFormat, sectionTitle, tablesOf } from "../format";
import { visibleText } from "../report/hidden-chars";
import type { Aggregate } from "../review/aggregate";
import { reasonWithoutFile, STATUS_LABEL } from "../review/outcome";
import { copyCounts } from "../review/summary";
import { findingPlace, formatDifference, SEVERITY_LABEL } from "../rules";
import { SUMMARY_CSV_HEADER, ROSTER_COLUMN, NO_REPORT, SAME_UNIT_COLUMN } from "../export/summary-csv";
import { sameUnitNote } from "../review/same-unit";
import { SUMMARY_TITLE } from "../export/summary-html";
import { printedGrid, TABLE_COLUMN, tableBlockOps, tableSheetWidths } from "../workbook/layout";
import type { RangeRef, RawValue, WriteOp } from "../workbook/port";
import { copyLines, sameUnitLines, type DeskResult } from "./review-batch";
import { REVIEW_STRINGS as S } from "./review-strings";

/** A sheet to add: its (free) name, how many rows it fills, and the one batch that writes it. */
export interface SheetPlan {
  sheet: string;
  rows: number;
  ops: WriteOp[];
}

/** The summary sheet's name when the workbook has none of it. */
export const SUMMARY_SHEET = "审核汇总";
/** The summed tables' sheet name when the workbook has none of it. */
export const SUM_SHEET = "汇总统计表";

/**
 * A sheet name no existing sheet has: `base`, else `base (2)`, `base (3)`… Compared case-insensitively, as Excel does.
 * @param taken further names to avoid (the other sheets of the same write).
 */
export function freeSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

type Kind = "text" | "number";

/** A column of a table: its kind and the width it wants (Excel characters); long text wraps. */
interface Column {
  kind: Kind;
  width: number;
  wrap?: boolean;
}

const col = (kind: Kind, width: number, wrap = false): Column => ({ kind, width, ...(wrap ? { wrap } : {}) });

/**
 * Rows written top to bottom on one new sheet, each table's text columns formatted as text; each column as wide as
 * its widest table wants (`widths`, written by `finish`).
 */
class SheetWriter {
  readonly ops: WriteOp[];
  row = 0;
  private readonly wanted: number[] = [];
  constructor(readonly sheet: string) {
    this.ops = [{ op: "addSheet", sheet }];
  }

  /** The column widths, once every table is written. */
  finish(): WriteOp[] {
    this.wanted.forEach((width, c) => width > 0 && this.ops.push({ op: "columnWidth", sheet: this.sheet, col: c, width }));
    return this.ops;
  }

  at(row: number, col: number, rows = 1, cols = 1): RangeRef {
    return { sheet: this.sheet, row, col, rows, cols };
  }

  /** A line of text in column A (a heading when `bold`). */
  line(text: string, bold = false, fontSize?: number): void {
    const r = this.at(this.row, 0);
    this.ops.push({ op: "style", range: r, style: { numberFormat: "@", ...(bold ? { bold: true } : {}), ...(fontSize ? { fontSize } : {}) } });
    this.ops.push({ op: "values", range: r, values: [[text]] });
    this.row++;
  }

  /** A table: a bold header row, then the rows; columns of kind `text` formatted as text first. */
  table(header: readonly string[], columns: readonly Column[], rows: RawValue[][]): void {
    const cols = header.length;
    columns.forEach((k, c) => {
      this.wanted[c] = Math.max(this.wanted[c] ?? 0, k.width);
      const range = this.at(this.row, c, rows.length + 1, 1);
      if (k.kind === "text") this.ops.push({ op: "style", range, style: { numberFormat: "@", ...(k.wrap ? { wrap: true } : {}) } });
    });
    const block = this.at(this.row, 0, rows.length + 1, cols);
    this.ops.push({ op: "values", range: block, values: [header.slice(), ...rows.map((r) => r.map((v) => (typeof v === "string" ? visibleText(v) : v)))] });
    this.ops.push({ op: "style", range: this.at(this.row, 0, 1, cols), style: { bold: true, fill: "#F3F2F1" } });
    this.ops.push({ op: "style", range: block, style: { border: true, vertical: "top" } });
    this.row += rows.length + 1;
  }

  gap(): void {
    this.row++;
  }
}

/** The summary table's rows: the CSV's columns (numbers as numbers), then the roster's units with no report. */
export function summaryRows(result: DeskResult): { header: string[]; columns: Column[]; rows: RawValue[][] } {
  const s = result.summary;
  const copies = copyCounts(s.copies);
  const off = new Map((s.roster?.notOnRoster ?? []).map((o) => [o.index, o]));
  const same = s.sameUnit ?? [];
  const header = [...SUMMARY_CSV_HEADER, ...(s.roster ? [ROSTER_COLUMN] : []), ...(same.length > 0 ? [SAME_UNIT_COLUMN] : [])];
  const n = (width: number) => col("number", width);
  const t = (width: number, wrap = false) => col("text", width, wrap);
  const columns = [n(6), t(28), n(7), t(7), n(6), n(6), n(7), n(8), t(8), t(28), t(40, true), ...(s.roster ? [t(24)] : []), ...(same.length > 0 ? [t(28, true)] : [])];
  const rows: RawValue[][] = s.rows.map((r) => {
    const read = r.status !== "unreadable";
    const o = off.get(r.index);
    return [
      r.index + 1,
      r.unit,
      r.year,
      r.format ?? "",
      read ? r.counts.errors : null,
      read ? r.counts.warnings : null,
      read ? r.counts.explained : null,
      copies.get(r.index) ?? 0,
      STATUS_LABEL[r.status],
      r.file,
      r.error ? reasonWithoutFile(r.error, r.file) : "",
      ...(s.roster ? [o ? `不在名单上${o.suggestion ? `（相近：${o.suggestion}）` : ""}` : read ? "在名单上" : ""] : []),
      ...(same.length > 0 ? [sameUnitNote(same, r.index)] : []),
    ];
  });
  for (const u of s.roster?.missing ?? []) rows.push([null, u.name, null, "", null, null, null, null, NO_REPORT, "", u.parent ? `上级单位：${u.parent}` : "", "在名单上", ...(same.length > 0 ? [""] : [])]);
  return { header, columns, rows };
}

/** The 审核汇总 sheet: the summary table, the copied text, the roster and each report's findings. */
export function planSummarySheet(result: DeskResult, existing: readonly string[]): SheetPlan {
  const s = result.summary;
  const w = new SheetWriter(freeSheetName(SUMMARY_SHEET, existing));
  w.line(SUMMARY_TITLE, true, 14);
  w.line(S.checkedAt(s.checkedAt));
  w.line(S.totals(s.rows.length, s.status, s.findings));
  w.gap();
  const table = summaryRows(result);
  w.table(table.header, table.columns, table.rows);

  const copies = copyLines(result);
  if (copies.length > 0) {
    w.gap();
    w.line(S.copiesHeading, true);
    w.table(
      S.copyColumns,
      [col("text", 30, true), col("text", 8), col("text", 30, true), col("text", 60, true)],
      copies.map((c) => [c.heading, c.similarity, c.reports.join("、"), c.quote]),
    );
  }
  for (const [kind, heading, hint] of [
    ["same_year", S.sameUnitHeading, S.sameUnitHint],
    ["years", S.unitYearsHeading, S.unitYearsHint],
  ] as const) {
    const lines = sameUnitLines(result, kind);
    if (lines.length === 0) continue;
    w.gap();
    w.line(`${heading}：${hint}`, true);
    for (const line of lines) w.line(line);
  }
  if (s.roster) {
    w.gap();
    w.line(S.rosterHeading(s.roster.file, s.roster.expected, s.roster.received), true);
    if (s.roster.missing.length > 0) w.table(S.missingColumns, [col("text", 28), col("text", 28)], s.roster.missing.map((u) => [u.name, u.parent ?? ""]));
    if (s.roster.notOnRoster.length > 0) {
      if (s.roster.missing.length > 0) w.gap();
      w.table(S.offRosterColumns, [col("text", 28), col("text", 28), col("text", 28)], s.roster.notOnRoster.map((o) => [o.unit, o.file, o.suggestion ?? ""]));
    }
  }
  const findings: RawValue[][] = [];
  for (const o of result.outcomes) {
    const format = o.format ? getFormat(o.format) : undefined;
    for (const f of o.findings) {
      findings.push([
        o.index + 1,
        o.unit || o.file,
        f.rule,
        SEVERITY_LABEL[f.severity],
        findingPlace(f, format),
        f.left ?? null,
        f.right ?? null,
        f.difference === undefined ? "" : formatDifference(f.difference),
        f.explained ? `${f.message}（已说明：${f.explained.text}）` : f.message,
      ]);
    }
  }
  if (findings.length > 0) {
    w.gap();
    w.line(S.findingsHeading, true);
    const cols = [col("number", 6), col("text", 20, true), col("text", 6), col("text", 6), col("text", 30, true), col("number", 8), col("number", 8), col("text", 6), col("text", 60, true)];
    w.table(S.findingColumns, cols, findings);
  }
  return { sheet: w.sheet, rows: w.row, ops: w.finish() };
}

/**
 * The 汇总统计表 sheet: the CLI's warnings on the sum (`notes`), the summed tables in the format's printed layout, and
 * the units added with the cells each left out.
 */
export function planSumSheet(sum: Aggregate, notes: readonly string[], existing: readonly string[]): SheetPlan {
  const format = sum.format;
  const w = new SheetWriter(freeSheetName(SUM_SHEET, existing));
  const widths = tableSheetWidths(format);
  widths.forEach((width, c) => w.ops.push({ op: "columnWidth", sheet: w.sheet, col: c, width }));
  w.line(S.sumTitle(sum.units.length, sum.year, format.name), true, 14);
  for (const note of notes) w.line(note);
  w.gap();
  for (const def of tablesOf(format)) {
    w.line(sectionTitle(format, def.sectionKey), true);
    const range = w.at(w.row, TABLE_COLUMN[def.key], def.rows, def.cols);
    w.ops.push(...tableBlockOps(def, range, printedGrid(def, sum.values), { widths }));
    w.row += def.rows + 1;
  }
  w.line(S.unitsHeading, true);
  w.table(
    S.unitColumns,
    [col("number", 0), col("text", 0), col("text", 0), col("text", 0)],
    sum.units.map((u, i) => {
      const g = sum.gaps.find((x) => x.file === u.file);
      const cells = [...(g?.blank ?? []), ...(g?.invalid.map((v) => v.cell) ?? [])].map((k) => displayName(k, format));
      return [i + 1, u.unit, u.file, cells.join("、")];
    }),
  );
  // The columns keep 统计表's widths (set above), which the tables are laid out for.
  return { sheet: w.sheet, rows: w.row, ops: w.ops };
}
