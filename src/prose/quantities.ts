/**
 * The table quantities a sentence can state, named by the format's own keys: a quantity is the sum of the cells at
 * some rows (or 表三 result groups, or 表四 groups) × some columns of one table. `表三（三）不予公开` is the group
 * `denied` in the column `total`; `行政诉讼` is the two 表四 litigation groups in the column `total`.
 *
 * A quantity is resolved against a format: a row, group or column the format does not have makes it unresolvable,
 * and a statement about it is not checked (the 2019 format, for example, has no 本年废止件数).
 */
import { type CellKey, type FormatDef, type TableKey } from "../format";

/** A quantity: Σ cells of `table` at `rows` × `columns`. */
export interface Quantity {
  table: TableKey;
  /**
   * 表二: row keys (`regulations`, `normative_documents`, `licensing` …); 表三: row keys or result-group keys
   * (`new`, `granted`, `denied`, `unable_1` …); 表四: group keys (`reconsideration`, `litigation_direct` …).
   */
  rows: string[];
  /** Column keys (`total`, `natural_person` …; 表四 `upheld` … `total`; 表二 `issued` …). Empty for a 表二 row with one cell. */
  columns: string[];
}

/** `table3.granted+partial[total]`, `table2.regulations.issued`, `table2.licensing`: a quantity as one string. */
export function quantityId(q: Quantity): string {
  const rows = q.rows.join("+");
  if (q.table === "table2") return q.columns.length === 0 ? `table2.${rows}` : `table2.${rows}.${q.columns.join("+")}`;
  return `${q.table}.${rows}[${q.columns.join("+")}]`;
}

/**
 * The quantity of an id written by `quantityId`.
 * @throws Error when the id is not of that form (a mistake in a test table, not user input).
 */
export function parseQuantityId(id: string): Quantity {
  let m = /^(table[34])\.([\w+]+)\[([\w+]+)\]$/.exec(id);
  if (m) return { table: m[1] as TableKey, rows: m[2].split("+"), columns: m[3].split("+") };
  m = /^table2\.([\w+]+?)(?:\.([\w+]+))?$/.exec(id);
  if (m) return { table: "table2", rows: m[1].split("+"), columns: m[2] ? m[2].split("+") : [] };
  throw new Error(`Not a quantity id: ${id}`);
}

/** The row keys a 表三 row-or-group key stands for in a format: the group's items, or the row itself. */
function table3RowKeys(format: FormatDef, key: string): string[] {
  const rows = format.structure.table3.rows;
  const items = rows.filter((r) => r.group === key).map((r) => r.key);
  if (items.length > 0) return items;
  return rows.some((r) => r.key === key) ? [key] : [];
}

function cellKeys(format: FormatDef, q: Quantity): CellKey[] {
  switch (q.table) {
    case "table2":
      return q.rows.flatMap((r) => (q.columns.length === 0 ? [`table2.${r}`] : q.columns.map((c) => `table2.${r}.${c}`)));
    case "table3":
      return q.rows.flatMap((r) => table3RowKeys(format, r).flatMap((row) => q.columns.map((c) => `table3.${row}[${c}]`)));
    case "table4":
      return q.rows.flatMap((g) => q.columns.map((c) => `table4.${g}[${c}]`));
  }
}

/**
 * The input cells whose sum the quantity is, in the format; `undefined` when the format lacks any row, group,
 * column or cell the quantity names (so nothing is compared).
 */
export function quantityCells(q: Quantity, format: FormatDef): CellKey[] | undefined {
  if (q.table === "table3" && q.rows.some((r) => table3RowKeys(format, r).length === 0)) return undefined;
  const keys = cellKeys(format, q);
  const known = new Set(format.inputCells.map((c) => c.key));
  if (keys.length === 0 || keys.some((k) => !known.has(k))) return undefined;
  return keys;
}
