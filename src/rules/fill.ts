/**
 * The fill helpers: explicit commands the user clicks, never automatic. Each returns the list of changes it would
 * make, so the pane can show which cells will change before anything is written.
 */
import { FORMAT_2021, TABLE3_COLUMNS, TABLE3_ROWS, TABLE4_COLUMNS, TABLE4_GROUPS, displayName, table3Key, table4Key, type CellKey } from "../format";
import { getValue, parseCellInput, type CellValue, type ReportData } from "../report";

/** One planned change of a cell. */
export interface CellChange {
  cell: CellKey;
  /** The cell's Chinese name, e.g. `表三（七）总计·自然人`. */
  name: string;
  /** What it holds now, as typed. */
  from: CellValue;
  /** What it will hold (件). */
  to: number;
}

/** A total that cannot be computed, and why (Chinese). */
export interface SkippedTotal {
  cell: CellKey;
  reason: string;
}

/**
 * "把空白单元格填 0": every blank input cell becomes 0. Placeholders such as "/" and any other text are left alone —
 * they are the user's content and are reported by H5/H6 for the user to decide.
 * @returns one change per blank cell, in reading order.
 */
export function planFillBlanks(data: ReportData): CellChange[] {
  return FORMAT_2021.inputCells
    .filter((c) => parseCellInput(getValue(data, c.key), c.kind).state === "blank")
    .map((c) => ({ cell: c.key, name: c.displayName, from: getValue(data, c.key), to: 0 }));
}

/**
 * "由各项计算总计": every printed total computed from its parts — 表三 （七）总计 of each applicant column as the sum
 * of the result items (H2), then each row's 总计 as the sum of its applicant columns (H1, using the new column
 * totals for the （七）总计 row), and each 表四 group's 总计 (H4). A total whose parts are not all valid numbers is
 * skipped with the reason. Totals that already agree are not listed.
 */
export function planComputeTotals(data: ReportData): { changes: CellChange[]; skipped: SkippedTotal[] } {
  const current = new Map<CellKey, number | undefined>();
  for (const c of FORMAT_2021.inputCells) {
    const p = parseCellInput(getValue(data, c.key), c.kind);
    current.set(c.key, p.state === "ok" ? p.value : undefined);
  }
  const changes: CellChange[] = [];
  const skipped: SkippedTotal[] = [];
  const compute = (total: CellKey, parts: CellKey[]) => {
    const bad = parts.filter((k) => current.get(k) === undefined);
    if (bad.length > 0) {
      skipped.push({ cell: total, reason: `${displayName(total)}无法计算：${bad.map((k) => displayName(k)).join("、")}不是有效数字` });
      current.set(total, undefined);
      return;
    }
    const sum = parts.reduce((s, k) => s + current.get(k)!, 0);
    if (current.get(total) !== sum) changes.push({ cell: total, name: displayName(total), from: getValue(data, total), to: sum });
    current.set(total, sum);
  };
  const results = TABLE3_ROWS.filter((r) => r.isResult && r.key !== "total");
  const applicants = TABLE3_COLUMNS.filter((c) => c.key !== "total");
  for (const c of applicants) compute(table3Key("total", c.key), results.map((r) => table3Key(r.key, c.key)));
  for (const r of TABLE3_ROWS) compute(table3Key(r.key, "total"), applicants.map((c) => table3Key(r.key, c.key)));
  for (const g of TABLE4_GROUPS) {
    compute(
      table4Key(g.key, "total"),
      TABLE4_COLUMNS.filter((c) => c.key !== "total").map((c) => table4Key(g.key, c.key)),
    );
  }
  return { changes, skipped };
}
