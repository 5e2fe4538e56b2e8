/**
 * What the findings list shows and selects, as pure functions of a finding and where the cells are now: the short
 * names of both sides (总计 6 ↔ 各申请人之和 5), the blocks to select, and the filters.
 */
import { LAYOUT_RULE, type Finding } from "../rules/finding";
import { findingSides } from "../rules/finding-text";
import type { CellKey, TableKey } from "../format";
import type { ReadResult } from "../workbook/layout";
import type { RangeRef } from "../workbook/port";

/** Whether a finding is a structural layout problem of the workbook (listed first, with 修复表格). */
export function isLayoutFinding(f: Finding): boolean {
  return f.rule === LAYOUT_RULE;
}

/** Where a table's finding belongs in the filter; findings on the text are `text`. */
export type TableFilter = "all" | TableKey | "text";
/** The severity filter: open 强制, open 提示, or 已说明. */
export type SeverityFilter = "all" | "error" | "warning" | "explained";

/** The filter group of a finding. */
export function findingGroup(f: Finding): Exclude<TableFilter, "all"> {
  return f.table ?? "text";
}

/** The severity group of a finding (an explained 提示 is `explained`). */
export function severityGroup(f: Finding): Exclude<SeverityFilter, "all"> {
  if (f.severity === "error") return "error";
  return f.explained ? "explained" : "warning";
}

/** Whether a finding passes both filters. */
export function passes(f: Finding, table: TableFilter, severity: SeverityFilter): boolean {
  return (table === "all" || findingGroup(f) === table) && (severity === "all" || severityGroup(f) === severity);
}

/**
 * The two sides of a comparison finding with their values, from the finding's data (`sides`, `left`, `right`), e.g.
 * `{ left: "总计 6", right: "各申请人之和 5" }`; `null` for findings that compare nothing.
 */
export function sides(f: Finding): { left: string; right: string } | null {
  return findingSides(f);
}

/** The place a comparison finding is about, from its data: the total's name (`表三 一、本年新收·总计`) or its scope (`自然人列`); "" for other findings. */
export function scopeOf(f: Finding): string {
  return f.left === undefined ? "" : (f.scope ?? "");
}

/**
 * Join single cells into as few blocks as possible: horizontal runs on a row, then runs of equal width stacked on
 * consecutive rows. Blocks on other sheets are kept as they are.
 */
export function compactRanges(cells: RangeRef[]): RangeRef[] {
  const sorted = [...cells].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row || a.col - b.col);
  const runs: RangeRef[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.sheet === c.sheet && last.rows === 1 && c.rows === 1 && last.row === c.row && last.col + last.cols === c.col)
      last.cols += c.cols;
    else runs.push({ ...c });
  }
  const blocks: RangeRef[] = [];
  for (const r of runs.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.col - b.col || a.row - b.row)) {
    const above = blocks.find((b) => b.sheet === r.sheet && b.col === r.col && b.cols === r.cols && b.row + b.rows === r.row);
    if (above) above.rows += r.rows;
    else blocks.push({ ...r });
  }
  return blocks;
}

/**
 * The blocks to select for a finding: the left side's cells, then the right side's (each side joined into blocks);
 * for a finding without sides its cells; for a text rule the 报告信息 cells of its fields. Only blocks on the sheet of
 * the first one are kept, since a selection is on one sheet.
 */
export function findingRanges(f: Finding, where: Pick<ReadResult, "cells" | "infoCells">): RangeRef[] {
  const at = (keys: CellKey[]) => keys.map((k) => where.cells[k]).filter((r): r is RangeRef => r !== undefined);
  let ranges: RangeRef[];
  if (f.leftCells && f.rightCells) ranges = [...compactRanges(at(f.leftCells)), ...compactRanges(at(f.rightCells))];
  else ranges = compactRanges(at(f.cells));
  for (const field of f.fields ?? [])
    for (const [key, r] of Object.entries(where.infoCells))
      if (r && (key === field || key.startsWith(`${field}.`))) ranges.push(r);
  return ranges.length ? ranges.filter((r) => r.sheet === ranges[0].sheet) : [];
}
