/**
 * Finding a damaged table's data rows again by their labels, for 修复表格 only (reading never does this).
 */
import { displayName, normalizeLabel, type CellKey, type TableDef } from "../../format";
import type { RawValue } from "../port";
import { rowDescription, rowMatches, shownText } from "./table-check";

/** What `recoverRowsByLabel` found in a damaged table block. */
export interface RowRecovery {
  /** The raw values of the input cells of every recovered row, by cell key, exactly as read. */
  values: Record<CellKey, RawValue>;
  /** How many of the format's data rows were found by their labels. */
  recoveredRows: number;
  /** The format's data rows not found (deleted, label changed, or found more than once), in printed order. */
  lostRows: { name: string; cells: CellKey[] }[];
  /** Why nothing at all was recovered (columns or headers changed, a table without row labels); `null` otherwise. */
  refused: string | null;
}

/** A data row's name for messages: its first input's display name without the table and column (`（二）部分公开`). */
function dataRowName(def: TableDef, row: number): string {
  const first = def.cells.find((c) => c.role === "input" && c.row === row)!;
  return displayName(first.key!)
    .replace(new RegExp(`^${def.shortName}\\s*`), "")
    .replace(/·[^·]*$/, "");
}

/**
 * The label path of every row of a block: the normalised texts of the label columns, left to right. A column whose
 * labels span several rows in the format (表三's `三、本年度办理结果` in column A, the groups （三）–（六） in column B)
 * carries its last text down to the rows below, until a column to its left shows a new label. So `2.其他法律行政法规禁止公开`
 * reads as `三、本年度办理结果 / （三）不予公开 / 2.其他法律行政法规禁止公开`, and `3.其他` under （六） differs from any
 * other `3.` row.
 */
function labelPaths(def: TableDef, values: RawValue[][]): string[] {
  const labels = def.cells.filter((c) => c.role === "label");
  const columns = [...new Set(labels.map((c) => c.col))].sort((a, b) => a - b);
  const carries = new Set(labels.filter((c) => c.rowSpan > 1).map((c) => c.col));
  const carried = new Map<number, string>();
  return values.map((row) => {
    const path: string[] = [];
    let fresh = false;
    for (const col of columns) {
      const text = normalizeLabel(shownText(row[col] ?? null));
      if (text !== "") {
        path.push(text);
        carried.set(col, text);
        fresh = true;
      } else if (fresh) carried.delete(col);
      else if (carries.has(col) && carried.has(col)) path.push(carried.get(col)!);
    }
    return path.join("\u0001");
  });
}

/**
 * Find a damaged table's data rows again by their labels, for 修复表格 only (reading never does this: a table whose
 * shape or labels changed is reported and not read). Used when whole rows were deleted or inserted, or a row label
 * was typed over, while the columns are intact.
 *
 * Each of the format's data rows is compared by its full label path (see `labelPaths`: for 表三's result items the
 * group label and the item label, after `normalizeLabel`). A row found exactly once gives back its input values; a
 * row not found (deleted, label changed) or found more than once (ambiguous) is never guessed and is listed in
 * `lostRows`. Nothing is recovered when the column count differs, when a header row (the column labels) is not found
 * as printed, or when the table has no row labels (表四).
 *
 * @param def the table's format.
 * @param values the block its workbook name covers now (any number of rows).
 */
export function recoverRowsByLabel(def: TableDef, values: RawValue[][]): RowRecovery {
  const dataRows = [...new Set(def.cells.filter((c) => c.role === "input").map((c) => c.row))].sort((a, b) => a - b);
  const allLost = () => dataRows.map((r) => ({ name: dataRowName(def, r), cells: inputKeysOf(def, r) }));
  const refuse = (reason: string): RowRecovery => ({ values: {}, recoveredRows: 0, lostRows: allLost(), refused: reason });
  if (!def.cells.some((c) => c.role === "label")) return refuse(`${def.shortName}没有行标签，无法按行找回数字`);
  if (values.some((r) => r.length !== def.cols)) return refuse(`${def.shortName}的列数已改变，无法按行找回数字`);
  const headerRows = [...new Set(def.cells.filter((c) => c.role === "header" || c.role === "note").map((c) => c.row))];
  const lostHeader = headerRows.find((r) => !values.some((v) => rowMatches(def, r, v)));
  if (lostHeader !== undefined) return refuse(`${def.shortName}的表头“${rowDescription(def, lostHeader)}”已改变，无法确认各列，数字未按行找回`);

  const pristine: RawValue[][] = Array.from({ length: def.rows }, () => new Array<RawValue>(def.cols).fill(null));
  for (const c of def.cells) if (c.role !== "input") pristine[c.row][c.col] = c.text ?? null;
  const expected = labelPaths(def, pristine);
  const actual = labelPaths(def, values);
  const found = new Map<string, number[]>();
  actual.forEach((p, i) => {
    if (p !== "") found.set(p, [...(found.get(p) ?? []), i]);
  });

  const result: RowRecovery = { values: {}, recoveredRows: 0, lostRows: [], refused: null };
  for (const r of dataRows) {
    const at = found.get(expected[r]) ?? [];
    if (at.length !== 1) {
      result.lostRows.push({ name: dataRowName(def, r), cells: inputKeysOf(def, r) });
      continue;
    }
    result.recoveredRows++;
    for (const c of def.cells) if (c.role === "input" && c.row === r) result.values[c.key!] = values[at[0]][c.col] ?? null;
  }
  return result;
}

function inputKeysOf(def: TableDef, row: number): CellKey[] {
  return def.cells.filter((c) => c.role === "input" && c.row === row).map((c) => c.key!);
}

/** A table's data rows in printed order, each with its name for messages (`（二）部分公开`) and its input cells. */
export function dataRowsOf(def: TableDef): { name: string; cells: CellKey[] }[] {
  const rows = [...new Set(def.cells.filter((c) => c.role === "input").map((c) => c.row))].sort((a, b) => a - b);
  return rows.map((r) => ({ name: dataRowName(def, r), cells: inputKeysOf(def, r) }));
}
