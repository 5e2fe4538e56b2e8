/**
 * Checking a table block read from a workbook against the format's printed grid: its shape (rows × columns) and every
 * label cell. When a row was deleted or inserted inside a table, the rows are aligned with the format to say which
 * row is missing or extra, so the message names the row and its labels rather than only the counts.
 *
 * Pure; used by the sheet layout on every port.
 */
import { displayName, normalizeLabel, type CellKey, type LayoutCell, type TableDef } from "../format";
import { a1, type RangeRef, type RawValue } from "./port";

/** One defect found in a table block. */
export interface TableDefect {
  kind: "shape_changed" | "label_changed";
  /** Chinese, naming the table, row, label, expected and found. */
  message: string;
}

const labelCells = (def: TableDef): LayoutCell[] => def.cells.filter((c) => c.role !== "input");

/** The text a cell shows, for comparison and messages. */
export function shownText(v: RawValue): string {
  if (v === null) return "";
  return typeof v === "string" ? v : String(v);
}

/** The labels printed on a row of the format's grid (cells covering it, left to right), joined with `·`. */
export function rowDescription(def: TableDef, row: number): string {
  const texts = labelCells(def)
    .filter((c) => c.row <= row && row < c.row + c.rowSpan && c.text)
    .sort((a, b) => a.col - b.col)
    .map((c) => c.text!);
  return texts.length > 0 ? texts.join("·") : `第 ${row + 1} 行（数据行）`;
}

/** Whether actual row `values` shows the labels that start on format row `row`. */
function rowMatches(def: TableDef, row: number, values: RawValue[]): boolean {
  return labelCells(def)
    .filter((c) => c.row === row)
    .every((c) => normalizeLabel(shownText(values[c.col] ?? null)) === normalizeLabel(c.text ?? ""));
}

/**
 * Align actual rows with the format's rows (longest common subsequence under `rowMatches`).
 * @returns the format rows not found and the actual rows that match no format row.
 */
function alignRows(def: TableDef, values: RawValue[][]): { missing: number[]; extra: number[] } {
  const n = values.length;
  const m = def.rows;
  const L: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      L[i][j] = rowMatches(def, j, values[i]) ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const missing: number[] = [];
  const extra: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (rowMatches(def, j, values[i]) && L[i][j] === L[i + 1][j + 1] + 1) {
      i++;
      j++;
    } else if (L[i + 1][j] >= L[i][j + 1]) extra.push(i++);
    else missing.push(j++);
  }
  while (i < n) extra.push(i++);
  while (j < m) missing.push(j++);
  return { missing, extra };
}

const MAX_LISTED = 6;

function listed(items: string[]): string {
  return items.length <= MAX_LISTED ? items.join("；") : `${items.slice(0, MAX_LISTED).join("；")}；等共 ${items.length} 处`;
}

/**
 * Check a table block against its format.
 * @param def the table's format.
 * @param range where the table's name points now.
 * @param values the block's values, `range.rows × range.cols`.
 * @returns the defects; empty when the shape and every label match (after `normalizeLabel`).
 */
export function checkTableBlock(def: TableDef, range: RangeRef, values: RawValue[][]): TableDefect[] {
  const name = def.shortName;
  const at = (r: number, c: number) => a1({ row: range.row + r, col: range.col + c, rows: 1, cols: 1 });
  if (range.cols !== def.cols) {
    return [
      {
        kind: "shape_changed",
        message: `${name}应有 ${def.cols} 列，现为 ${range.cols} 列（${a1(range)}）：表内可能插入或删除了列，${name}的数据未读取。请撤销该操作（Ctrl+Z），或用“修复表格”重建${name}。`,
      },
    ];
  }
  if (range.rows !== def.rows) {
    const { missing, extra } = alignRows(def, values);
    const parts: string[] = [];
    if (missing.length > 0)
      parts.push(`缺少${missing.map((r) => `“${rowDescription(def, r)}”`).join("、")}${missing.length > 1 ? "这些行" : "一行"}（可能被删除）`);
    if (extra.length > 0)
      parts.push(
        `多出${extra
          .map((r) => {
            const labels = values[r].map(shownText).filter((t) => t !== "");
            return `第 ${range.row + r + 1} 行（${at(r, 0)}:${at(r, def.cols - 1)}${labels.length > 0 ? `，内容“${labels.join("、")}”` : "，空行"}）`;
          })
          .join("、")}（可能是插入的行）`,
      );
    return [
      {
        kind: "shape_changed",
        message: `${name}应有 ${def.rows} 行，现为 ${range.rows} 行：${parts.join("；")}。${name}的数据未读取，以免读错位置；请撤销该操作（Ctrl+Z），或用“修复表格”重建${name}。`,
      },
    ];
  }
  const wrong = labelCells(def).filter(
    (c) => normalizeLabel(shownText(values[c.row][c.col])) !== normalizeLabel(c.text ?? ""),
  );
  if (wrong.length === 0) return [];
  const details = wrong.map((c) => {
    const found = shownText(values[c.row][c.col]);
    return `单元格 ${at(c.row, c.col)} 应为“${c.text}”，现为${found === "" ? "空白" : `“${found}”`}`;
  });
  return [
    {
      kind: "label_changed",
      message: `${name}的标签与格式不符：${listed(details)}。${name}的数据未读取，以免读错位置；请改回原文，或用“修复表格”重建${name}。`,
    },
  ];
}

// ───────────────────────────── recovery by row labels (修复表格 only) ─────────────────────────────

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
