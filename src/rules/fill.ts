/**
 * The fill helpers: explicit commands the user clicks, never automatic. Each returns the list of changes it would
 * make, so the pane can show which cells will change before anything is written.
 */
import { displayName, formatOf, type CellKey, type EquationDef, type FormatDef } from "../format";
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
  return formatOf(data).inputCells
    .filter((c) => parseCellInput(getValue(data, c.key), c.kind).state === "blank")
    .map((c) => ({ cell: c.key, name: c.displayName, from: getValue(data, c.key), to: 0 }));
}

/**
 * The totals of a format in the order they can be computed, each with the equation that defines it: a total is
 * defined by the first equation of the format that has it as its total (表三 （七）总计·总计 by H1, the sum of the
 * （七）总计 row), and comes after every total among its parts.
 */
function totalsInOrder(format: FormatDef): EquationDef[] {
  const defining = new Map<CellKey, EquationDef>();
  for (const eq of format.equations) if (eq.total && eq.left.length === 1 && !defining.has(eq.total)) defining.set(eq.total, eq);
  const level = new Map<CellKey, number>();
  const levelOf = (key: CellKey): number => {
    const eq = defining.get(key);
    if (!eq) return -1;
    if (!level.has(key)) level.set(key, 1 + Math.max(-1, ...eq.right.map(levelOf)));
    return level.get(key)!;
  };
  const totals = [...defining.values()];
  return totals.map((eq, i) => ({ eq, i, l: levelOf(eq.total!) })).sort((a, b) => a.l - b.l || a.i - b.i).map((x) => x.eq);
}

/**
 * "由各项计算总计": every printed total computed from its parts, from the format's equations — 表三 each row's 总计 as
 * the sum of its applicant columns (H1) and （七）总计 of each column as the sum of the result rows (H2), then the
 * （七）总计 row's 总计 from the new column totals, and each 表四 group's 总计 (H4). A total whose parts are not all valid
 * numbers is skipped with the reason. Totals that already agree are not listed.
 */
export function planComputeTotals(data: ReportData): { changes: CellChange[]; skipped: SkippedTotal[] } {
  const format = formatOf(data);
  const current = new Map<CellKey, number | undefined>();
  for (const c of format.inputCells) {
    const p = parseCellInput(getValue(data, c.key), c.kind);
    current.set(c.key, p.state === "ok" ? p.value : undefined);
  }
  const name = (k: CellKey) => displayName(k, format);
  const changes: CellChange[] = [];
  const skipped: SkippedTotal[] = [];
  for (const eq of totalsInOrder(format)) {
    const total = eq.total!;
    const bad = eq.right.filter((k) => current.get(k) === undefined);
    if (bad.length > 0) {
      skipped.push({ cell: total, reason: `${name(total)}无法计算：${bad.map(name).join("、")}不是有效数字` });
      current.set(total, undefined);
      continue;
    }
    const sum = eq.right.reduce((s, k) => s + current.get(k)!, 0);
    if (Math.abs(sum) > Number.MAX_SAFE_INTEGER) {
      skipped.push({ cell: total, reason: `${name(total)}无法计算：各项之和超过 9007199254740991，不能准确计算` });
      current.set(total, undefined);
      continue;
    }
    if (current.get(total) !== sum) changes.push({ cell: total, name: name(total), from: getValue(data, total), to: sum });
    current.set(total, sum);
  }
  return { changes, skipped };
}
