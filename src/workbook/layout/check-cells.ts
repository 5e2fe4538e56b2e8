/**
 * The in-cell checks of 统计表, written once at insertion so Excel itself keeps them current: a conditional format on
 * each total of a sum equation (H1–H4), and a formula cell per equation that shows `✗ 应为 5` when it breaks.
 */
import type { CellKey, FormatDef } from "../../format";
import { a1, type CellStyle, type RangeRef, type WriteOp } from "../port";
import type { TablePlacement } from "./placement";
import { ALERT_STYLE } from "./sheet-style";

/** Absolute A1 references of a set of cells, contiguous runs joined (`$D$25:$D$46`, `$D$21:$I$21,$J$21`). */
function absRefs(cells: { row: number; col: number }[]): string {
  const abs = (row: number, col: number) => a1({ row, col, rows: 1, cols: 1 }).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const runs = (vertical: boolean): string[] => {
    const major = (c: { row: number; col: number }) => (vertical ? c.col : c.row);
    const minor = (c: { row: number; col: number }) => (vertical ? c.row : c.col);
    const sorted = [...cells].sort((a, b) => major(a) - major(b) || minor(a) - minor(b));
    const parts: string[] = [];
    let start = sorted[0];
    let prev = sorted[0];
    for (const c of [...sorted.slice(1), null]) {
      if (c && major(c) === major(prev) && minor(c) === minor(prev) + 1) {
        prev = c;
        continue;
      }
      parts.push(start === prev ? abs(start.row, start.col) : `${abs(start.row, start.col)}:${abs(prev.row, prev.col)}`);
      if (c) start = prev = c;
    }
    return parts;
  };
  const across = runs(false);
  const down = runs(true);
  return (down.length < across.length ? down : across).join(",");
}

/** Where each input cell of the format is on the sheet, by key. */
function inputPositions(placements: TablePlacement[], format: FormatDef): Map<CellKey, { row: number; col: number }> {
  const pos = new Map<CellKey, { row: number; col: number }>();
  for (const p of placements)
    for (const c of format.tables[p.table].cells)
      if (c.role === "input") pos.set(c.key!, { row: p.range.row + c.row, col: p.range.col + c.col });
  return pos;
}

/** Conditional formats that mark a broken total (the format's equations, H1–H4) where Excel itself keeps them current. */
export function equationFormats(placements: TablePlacement[], format: FormatDef): WriteOp[] {
  const pos = inputPositions(placements, format);
  return format.equations.map((equation): WriteOp => {
    const all = [...equation.left, ...equation.right].map((k) => pos.get(k)!);
    const target = pos.get(equation.total ?? equation.right[equation.right.length - 1])!;
    const left = absRefs(equation.left.map((k) => pos.get(k)!));
    const right = absRefs(equation.right.map((k) => pos.get(k)!));
    return {
      op: "conditionalFormat",
      range: { sheet: placements[0].range.sheet, row: target.row, col: target.col, rows: 1, cols: 1 },
      formula: `=AND(COUNT(${absRefs(all)})=${all.length},SUM(${left})<>SUM(${right}))`,
      style: { ...ALERT_STYLE, bold: true },
    };
  });
}

/** The mark a check cell shows when its equation does not hold. */
export const CHECK_MARK = "✗";
/** Font of the check cells: dark red, bold, small. */
const CHECK_STYLE: CellStyle = { fontColor: "#C00000", bold: true, fontSize: 9, horizontal: "left", vertical: "center", wrap: true, locked: true };

/** One check cell: where it is, its formula, and the equations it watches. */
export interface CheckCell {
  range: RangeRef;
  /** An Excel formula that shows "" when every watched equation holds, else `✗ 应为 5` / `✗ 差 +1`. */
  formula: string;
  equations: string[];
}

/**
 * The in-cell check markers: a formula cell per sum equation of the format (H1–H4) that shows a ✗ and the right value when the
 * equation breaks, so a broken total is marked in the sheet itself (a symbol and a number, not only a colour) even
 * with the pane closed or in an Excel without the add-in.
 *
 * Placement, outside every named table block (so reading and the shape checks never see them): 表三's row equations
 * (H1) in the column right of 表三 (K), its column equations (H2, H3) in the row under 表三, 表四's group totals (H4)
 * in the row under 表四 below each 总计. Several equations on one cell are joined.
 */
export function checkCells(placements: TablePlacement[], format: FormatDef): CheckCell[] {
  const pos = inputPositions(placements, format);
  const cell = (k: CellKey) => a1({ ...pos.get(k)!, rows: 1, cols: 1 });
  const byCell = new Map<string, CheckCell & { parts: string[] }>();
  for (const equation of format.equations) {
    const p = placements.find((x) => x.table === equation.table)!;
    const all = [...equation.left, ...equation.right].map((k) => pos.get(k)!);
    const oneRow = all.every((c) => c.row === all[0].row);
    const anchor = pos.get(equation.total ?? equation.left[0])!;
    const at =
      equation.table === "table3" && oneRow
        ? { row: anchor.row, col: p.range.col + p.range.cols }
        : { row: p.range.row + p.range.rows, col: anchor.col };
    const sumRight = `SUM(${absRefs(equation.right.map((k) => pos.get(k)!))})`;
    let part: string;
    if (equation.total && equation.left.length === 1) {
      const total = cell(equation.total);
      part = `IF(${total}=${sumRight},"","${CHECK_MARK} 应为 "&${sumRight}&" ")`;
    } else {
      const sumLeft = `SUM(${absRefs(equation.left.map((k) => pos.get(k)!))})`;
      part = `IF(OR(COUNT(${absRefs(all)})<${all.length},${sumLeft}=${sumRight}),"","${CHECK_MARK} 差 "&TEXT(${sumLeft}-${sumRight},"+0;-0")&" ")`;
    }
    const key = `${at.row}:${at.col}`;
    const existing = byCell.get(key);
    if (existing) {
      existing.parts.push(part);
      existing.equations.push(equation.id);
    } else
      byCell.set(key, { range: { sheet: p.range.sheet, row: at.row, col: at.col, rows: 1, cols: 1 }, formula: "", equations: [equation.id], parts: [part] });
  }
  return [...byCell.values()].map(({ parts, ...c }) => ({ ...c, formula: `=${parts.join("&")}` }));
}

/** Write the check cells, their captions and style (locked, dark red), once at insertion. */
export function checkMarkerOps(placements: TablePlacement[], format: FormatDef): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const c of checkCells(placements, format)) {
    ops.push({ op: "formulas", range: c.range, formulas: [[c.formula]] });
    ops.push({ op: "style", range: c.range, style: CHECK_STYLE });
  }
  const caption = (sheet: string, row: number, col: number, text: string): WriteOp[] => [
    { op: "values", range: { sheet, row, col, rows: 1, cols: 1 }, values: [[text]] },
    { op: "style", range: { sheet, row, col, rows: 1, cols: 1 }, style: { ...CHECK_STYLE, fontColor: "#595959", bold: false, wrap: false } },
  ];
  for (const p of placements) {
    const { sheet, row, col, rows, cols } = p.range;
    if (p.table === "table3") {
      ops.push(...caption(sheet, row, col + cols, "校验"));
      ops.push(...caption(sheet, row + rows, col, `校验：合计不符时本行和右侧 K 列显示 ${CHECK_MARK} 和应填的数`));
    }
    if (p.table === "table4") ops.push(...caption(sheet, row + rows, col - 1, "校验"));
  }
  return ops;
}
