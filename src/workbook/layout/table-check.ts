/**
 * Checking a table block read from a workbook against a format's printed grid: its shape (rows × columns) and every
 * label cell, tolerantly (`matchLabel`: a label with a typo is a variant, reported and read; a different label is a
 * change, and the table is not read from its positions). When a row was deleted or inserted inside a table, the rows
 * are aligned with the format to say which row is missing or extra, so the message names the row and its labels.
 *
 * Pure; used by the sheet layout on every port.
 */
import type { LayoutCell, TableDef } from "../../format";
import { a1, type RangeRef, type RawValue } from "../port";
import { matchLabel } from "./label-match";
import { REPAIR_BUTTON } from "./repair-hint";

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

/** The table's label texts, for telling a typo from a label of another row or column. */
function labelTexts(def: TableDef): string[] {
  return labelCells(def).map((c) => c.text ?? "");
}

/** How the text read at a label cell compares with the format (`matchLabel` against the table's other labels). */
function labelMatchAt(def: TableDef, c: LayoutCell, read: RawValue | undefined): ReturnType<typeof matchLabel> {
  return matchLabel(c.text ?? "", shownText(read ?? null), labelTexts(def));
}

/**
 * Whether actual row `values` shows the labels that start on format row `row`.
 * @param tolerant accept labels printed with a typo (`matchLabel` variants), as reading does; 修复表格's row
 *   recovery compares exactly.
 */
export function rowMatches(def: TableDef, row: number, values: RawValue[], tolerant = false): boolean {
  return labelCells(def)
    .filter((c) => c.row === row)
    .every((c) => {
      const m = labelMatchAt(def, c, values[c.col]);
      return m === "same" || (tolerant && m === "variant");
    });
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
      L[i][j] = rowMatches(def, j, values[i], true) ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const missing: number[] = [];
  const extra: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (rowMatches(def, j, values[i], true) && L[i][j] === L[i + 1][j + 1] + 1) {
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

/** A label printed differently from the format in a table whose structure is intact (S8): read, and reported. */
export interface LabelVariant {
  /** The label cell of the format. */
  cell: LayoutCell;
  /** Its address now, e.g. `C15`. */
  at: string;
  expected: string;
  actual: string;
}

/** What checking a table block found. */
export interface TableCheck {
  /** Why the table cannot be read from its positions (shape or labels changed); empty when it can. */
  defects: TableDefect[];
  /** Labels printed with a small difference (a typo, `1、` for `1.`, 其它 for 其他); they do not stop reading. */
  variants: LabelVariant[];
}

/**
 * Check a table block against a format's table.
 * @param def the table's format.
 * @param range where the table's name points now.
 * @param values the block's values, `range.rows × range.cols`.
 * @returns `defects` empty when the shape is the format's and every label is the same or a variant (`matchLabel`);
 *   `variants` lists the labels printed differently (also when the table has defects).
 */
export function checkTableBlock(def: TableDef, range: RangeRef, values: RawValue[][]): TableCheck {
  const name = def.shortName;
  const at = (r: number, c: number) => a1({ row: range.row + r, col: range.col + c, rows: 1, cols: 1 });
  if (range.cols !== def.cols) {
    return {
      defects: [
        {
          kind: "shape_changed",
          message: `${name}应有 ${def.cols} 列，现为 ${range.cols} 列（${a1(range)}）：表内可能插入或删除了列，${name}的数据未读取。请撤销该操作（Ctrl+Z），或用${REPAIR_BUTTON}重建${name}。`,
        },
      ],
      variants: [],
    };
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
    return {
      defects: [
        {
          kind: "shape_changed",
          message: `${name}应有 ${def.rows} 行，现为 ${range.rows} 行：${parts.join("；")}。${name}的数据未读取，以免读错位置；请撤销该操作（Ctrl+Z），或用${REPAIR_BUTTON}重建${name}。`,
        },
      ],
      variants: [],
    };
  }
  const variants: LabelVariant[] = [];
  const changed: string[] = [];
  for (const c of labelCells(def)) {
    const found = shownText(values[c.row][c.col]);
    const m = labelMatchAt(def, c, values[c.row][c.col]);
    if (m === "variant") variants.push({ cell: c, at: at(c.row, c.col), expected: c.text ?? "", actual: found });
    if (m === "changed") changed.push(`单元格 ${at(c.row, c.col)} 应为“${c.text}”，现为${found === "" ? "空白" : `“${found}”`}`);
  }
  const defects: TableDefect[] =
    changed.length === 0
      ? []
      : [
          {
            kind: "label_changed",
            message: `${name}的标签与格式不符：${listed(changed)}。${name}的数据未读取，以免读错位置；请改回原文，或用${REPAIR_BUTTON}重建${name}。`,
          },
        ];
  return { defects, variants };
}

/**
 * Whether a table block has a format table's printed layout: the same rows and columns, every label the same or a
 * variant, and the cells a merged label covers (all but its top-left) blank. Used to tell which format's table a
 * block is (a 2019 表三 has 26 rows, a 2021 one 28; 表二 18 or 14).
 */
export function fitsTable(def: TableDef, values: RawValue[][]): boolean {
  if (values.length !== def.rows || values.some((r) => r.length !== def.cols)) return false;
  for (const c of labelCells(def)) {
    if (labelMatchAt(def, c, values[c.row][c.col]) === "changed") return false;
    for (let r = c.row; r < c.row + c.rowSpan; r++)
      for (let k = c.col; k < c.col + c.colSpan; k++) if ((r !== c.row || k !== c.col) && shownText(values[r][k]) !== "") return false;
  }
  return true;
}
