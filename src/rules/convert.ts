/**
 * "转为数值": numbers typed or pasted as text (from Word, a web page, another workbook) turned into plain numbers, on
 * request. Like the other fill helpers it only plans: the pane shows the list and writes after the user confirms.
 *
 * Converted (report-format.md §3 H5): a number stored as text (`"12"`), full-width digits (`"１２"`) and a number
 * with a unit (`"12件"`, `"3.5万元"` in 行政事业性收费), when the number is valid for the cell — a count (件) an
 * integer ≥ 0, the fee (万元) a decimal ≥ 0 — and the unit belongs to the cell (件/个/条/项/次/份/起 for counts,
 * 万元 for the fee). Everything else typed is the user's to decide and is listed as skipped with the reason:
 * placeholders (`/`, `—`, `无`), negatives, decimals in counts, a unit of the wrong kind (`500元` in a 万元 cell),
 * Excel error values and other text. Blank cells are not touched (that is 空白填 0).
 */
import { formatOf, type CellKind, type InputCellDef } from "../format";
import { getValue, parseCellInput, type ParsedCell, type ReportData } from "../report";
import type { CellChange, SkippedTotal } from "./fill";

/** A cell 转为数值 leaves alone, and why (Chinese, naming the cell). Same shape as a skipped total. */
export type SkippedCell = SkippedTotal;

/** The number a text cell converts to, or the reason it is not converted; `null` for cells that are not text. */
function conversion(p: ParsedCell, kind: CellKind, name: string, raw: string): { to: number } | { reason: string } | null {
  const shown = `${name}“${raw.trim()}”`;
  switch (p.state) {
    case "numeric_text":
    case "fullwidth":
    case "with_unit":
      return { to: p.value === 0 ? 0 : p.value };
    case "foreign_unit":
      return {
        reason:
          kind === "amount"
            ? `${shown}的单位是“${p.unit}”，本栏单位为万元，请换算后填写`
            : `${shown}的单位是“${p.unit}”，本栏填件数，请核对后填写`,
      };
    case "negative":
      return { reason: `${shown}是负数，不能小于 0` };
    case "fraction":
      return { reason: `${shown}有小数，件数应为整数` };
    case "hidden":
      return { reason: `${shown}的第 ${p.position} 个字符是看不见的${p.name}（${p.codePoint}），请清除单元格后重新输入` };
    case "inexact":
      return { reason: `${shown}超出能准确保存的范围，请核对` };
    case "placeholder":
      return { reason: `${shown}是占位符，不是数字；没有发生的请填 0` };
    case "error_value":
      return { reason: `${shown}是 Excel 错误值，请改为数字` };
    case "text":
      return { reason: `${shown}不是数字` };
    default:
      return null;
  }
}

function textCells(data: ReportData): { def: InputCellDef; raw: string; parsed: ParsedCell }[] {
  const out: { def: InputCellDef; raw: string; parsed: ParsedCell }[] = [];
  for (const def of formatOf(data).inputCells) {
    const raw = getValue(data, def.key);
    if (typeof raw === "string") out.push({ def, raw, parsed: parseCellInput(raw, def.kind) });
  }
  return out;
}

/**
 * "转为数值": every input cell holding a number as text, in full-width digits or with its unit, whose number is valid
 * for the cell, becomes that number (件, or 万元 for 行政事业性收费).
 * @returns one change per converted cell, in reading order (`from` the text as typed, `to` the number).
 */
export function planConvertNumbers(data: ReportData): CellChange[] {
  const changes: CellChange[] = [];
  for (const { def, raw, parsed } of textCells(data)) {
    const c = conversion(parsed, def.kind, def.displayName, raw);
    if (c && "to" in c) changes.push({ cell: def.key, name: def.displayName, from: raw, to: c.to });
  }
  return changes;
}

/**
 * The text in input cells that "转为数值" leaves alone, each with the reason: placeholders, negatives, decimals in
 * counts, units of the wrong kind, Excel error values and other text. In reading order.
 */
export function skippedConversions(data: ReportData): SkippedCell[] {
  const skipped: SkippedCell[] = [];
  for (const { def, raw, parsed } of textCells(data)) {
    const c = conversion(parsed, def.kind, def.displayName, raw);
    if (c && "reason" in c) skipped.push({ cell: def.key, reason: c.reason });
  }
  return skipped;
}
