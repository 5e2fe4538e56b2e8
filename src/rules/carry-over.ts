/**
 * "用上年报告填写上年结转": this year's 表三 二、上年结转 from last year's 四、结转下年度, column by column — the pairs
 * of S1 (the rule catalogue holds them once). Like the other fill helpers it only plans: the pane lists every change
 * (a filled cell that differs named with its value now) and writes after the user confirms.
 */
import { displayName, formatOf, type CellKey } from "../format";
import { getValue, parseCellInput, type ReportData } from "../report";
import type { CellChange, SkippedTotal } from "./fill";
import { softRuleSpecs } from "./soft-rules";

/** The plan of 填写上年结转. */
export interface CarryOverPlan {
  /** The cells that change (blank, text or another number → last year's figure), in column order. */
  changes: CellChange[];
  /** How many of `changes` overwrite a filled cell (a number or text, not blank). */
  overwrites: number;
  /** Cells already equal to last year's figure: left as they are (not rewritten). */
  agree: CellKey[];
  /** Cells left alone, and why (Chinese): last year's figure blank or not a number, the cell not in this workbook. */
  skipped: SkippedTotal[];
}

/**
 * Plan filling this year's 上年结转 from last year's 结转下年度 (件), by the S1 pairs of this year's format.
 * @param current this year's report as read.
 * @param previous last year's report, in its own format (2019 and 2021 share 表三's columns and both rows).
 * @param placeable whether a cell can be written in the workbook (its table was read).
 */
export function planCarryOver(current: ReportData, previous: ReportData, placeable: (key: CellKey) => boolean): CarryOverPlan {
  const format = formatOf(current);
  const previousFormat = formatOf(previous);
  const plan: CarryOverPlan = { changes: [], overwrites: 0, agree: [], skipped: [] };
  for (const rule of softRuleSpecs(format)) {
    if (rule.kind !== "cross_year_equal") continue;
    for (const pair of rule.pairs) {
      const cell = format.inputCells.find((c) => c.key === pair.current);
      const source = previousFormat.inputCells.find((c) => c.key === pair.previous);
      if (!cell) continue;
      const name = cell.displayName;
      const lastName = displayName(pair.previous, previousFormat);
      if (!source) {
        plan.skipped.push({ cell: cell.key, reason: `${name}：上年报告的格式没有${lastName}，未改动` });
        continue;
      }
      const last = parseCellInput(getValue(previous, pair.previous), source.kind);
      if (last.state !== "ok") {
        plan.skipped.push({ cell: cell.key, reason: `${name}：上年报告的${lastName}${last.state === "blank" ? "未填写" : "不是数字"}，未改动` });
        continue;
      }
      const from = getValue(current, cell.key);
      const now = parseCellInput(from, cell.kind);
      if (now.state === "ok" && typeof from === "number" && now.value === last.value) {
        plan.agree.push(cell.key);
        continue;
      }
      if (!placeable(cell.key)) {
        plan.skipped.push({ cell: cell.key, reason: `${name}：工作簿中找不到该单元格，未改动` });
        continue;
      }
      if (now.state !== "blank") plan.overwrites++;
      plan.changes.push({ cell: cell.key, name, from, to: last.value });
    }
  }
  return plan;
}
