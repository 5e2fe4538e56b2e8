/** Whether a selection touches what the pane checks: the set's tables and its 报告信息 block. */
import type { SelectionEvent, RangeRef } from "../workbook/port";
import { parseA1, WorkbookError } from "../workbook/port";
import type { CheckState } from "./pane-types";

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.sheet === b.sheet && a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/**
 * True when the selection lies on one of the blocks the last check read, or when that cannot be told: no check yet,
 * a host that does not say where the selection is, or an address that is not a block (`5:5`). False when the last
 * check found no tables, or the selection is elsewhere.
 */
export function selectionTouchesReport(event: SelectionEvent, last: CheckState | null): boolean {
  if (!last) return true;
  if (last.noTables) return false;
  if (!event.sheet || !event.address) return true;
  const blocks = [...Object.values(last.read.tables), last.read.info].filter((b): b is RangeRef => b !== null);
  let areas: RangeRef[];
  try {
    areas = event.address.split(",").map((a) => parseA1(a, event.sheet));
  } catch (e) {
    if (!(e instanceof WorkbookError)) throw e;
    return true;
  }
  return areas.some((a) => blocks.some((b) => overlaps(a, b)));
}
