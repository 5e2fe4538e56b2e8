/**
 * Report values ↔ raw cell values.
 */
import type { CellValue } from "../../report";
import type { RangeRef, RawValue } from "../port";

/** The 1×1 range of one cell. */
export const single = (sheet: string, row: number, col: number): RangeRef => ({ sheet, row, col, rows: 1, cols: 1 });

/** A report value as written to a cell: blank (`null` or `""`) stays blank; numbers and text are written as given. */
export function toRaw(v: RawValue | undefined): RawValue {
  return v === undefined || v === "" ? null : v;
}

/** A cell's raw value as report data: empty → `null`, a boolean → `TRUE`/`FALSE`, anything else as shown. */
export function toCellValue(raw: RawValue): CellValue {
  if (raw === null || raw === "") return null;
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return raw;
}
