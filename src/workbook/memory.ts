/**
 * The in-memory WorkbookPort: a 2-D grid per sheet, for tests and the demo.
 *
 * It behaves like Excel where the layout depends on it: workbook names, merges, validations and conditional formats
 * move when rows or columns are inserted above or left of them, grow when rows are inserted inside them, shrink when
 * some of their rows are deleted and become `#REF!` (read as `null`) when all of them are; names follow a renamed
 * sheet; merging keeps only the top-left value; a protected sheet refuses typing into locked cells.
 *
 * It counts its traffic in `stats`: each `readNamed`/`readRanges`/`apply` call is one `sync` (one round trip in
 * Excel); `reads` counts the blocks read and `writes` the operations applied. Formulas are stored as text and not
 * evaluated; tests set the value a formula would show with `setFormulaResult`.
 */
import {
  WorkbookError,
  a1,
  type Capabilities,
  type CellStyle,
  type ChangeEvent,
  type SelectionEvent,
  type Unsubscribe,
  type NamedRead,
  type RangeRef,
  type RawValue,
  type ValidationRule,
  type WorkbookPort,
  type PageSetup,
  type WriteOp,
  type StoreKey,
} from "./port";
import { storedText, storeLocation, storeOps } from "./stored";

/** One stored cell. `formula` is the formula text (with `=`) when the cell holds one; `value` is what it shows. */
export interface MemoryCell {
  value: RawValue;
  formula?: string;
  style: CellStyle;
}

/** A block on one sheet, without the sheet name. */
export type Block = Omit<RangeRef, "sheet">;

/** A conditional format as stored. */
export interface MemoryConditionalFormat {
  range: Block;
  formula: string;
  style: { fill?: string; fontColor?: string; bold?: boolean };
}

interface Sheet {
  name: string;
  cells: Map<string, MemoryCell>;
  merges: Block[];
  colWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  validations: { range: Block; rule: ValidationRule }[];
  conditionalFormats: MemoryConditionalFormat[];
  protected: boolean;
  visibility: "visible" | "hidden" | "veryHidden";
  pageSetup?: PageSetup;
}

/** A workbook name as stored: `range` is `null` once its block was deleted (Excel shows `#REF!`). */
export interface MemoryName {
  name: string;
  range: RangeRef | null;
}

/** Traffic counters. */
export interface MemoryStats {
  /** Blocks read (one per name or range asked for). */
  reads: number;
  /** Write operations applied through `apply`. */
  writes: number;
  /** Round trips: one per `readNamed`, `readRanges` or `apply` call. */
  syncs: number;
}

const key = (row: number, col: number) => `${row},${col}`;

type Axis = "row" | "col";

/**
 * Where a block goes when `count` rows (or columns) are inserted before index `at`, as Excel moves names and merges:
 * blocks at or after `at` move, blocks that `at` cuts strictly inside grow, others stay.
 */
export function blockAfterInsert<T extends Block>(b: T, axis: Axis, at: number, count: number): T {
  const start = axis === "row" ? b.row : b.col;
  const size = axis === "row" ? b.rows : b.cols;
  let nStart = start;
  let nSize = size;
  if (at <= start) nStart = start + count;
  else if (at < start + size) nSize = size + count;
  return axis === "row" ? { ...b, row: nStart, rows: nSize } : { ...b, col: nStart, cols: nSize };
}

/**
 * Where a block goes when `count` rows (or columns) from index `at` are deleted: it moves up, shrinks by the deleted
 * part, or is gone (`null`) when all of it was deleted.
 */
export function blockAfterDelete<T extends Block>(b: T, axis: Axis, at: number, count: number): T | null {
  const start = axis === "row" ? b.row : b.col;
  const size = axis === "row" ? b.rows : b.cols;
  const end = start + size; // exclusive
  const dEnd = at + count;
  let nStart = start;
  let nSize = size;
  if (dEnd <= start) nStart = start - count;
  else if (at >= end) {
    /* untouched */
  } else {
    const overlap = Math.min(end, dEnd) - Math.max(start, at);
    nSize = size - overlap;
    if (nSize <= 0) return null;
    nStart = Math.min(start, at);
  }
  return axis === "row" ? { ...b, row: nStart, rows: nSize } : { ...b, col: nStart, cols: nSize };
}

function within(b: Block, row: number, col: number): boolean {
  return row >= b.row && row < b.row + b.rows && col >= b.col && col < b.col + b.cols;
}

function overlaps(a: Block, b: Block): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function sameBlock(a: Block, b: Block): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

/** The in-memory workbook. Every capability is present; `level` is `内存`. */
export class MemoryWorkbook implements WorkbookPort {
  readonly capabilities: Capabilities = {
    events: true,
    selectionEvents: true,
    conditionalFormats: true,
    dataValidation: true,
    formatting: true,
    level: "内存",
  };

  /** Traffic counters; reset them by assigning zeros. */
  stats: MemoryStats = { reads: 0, writes: 0, syncs: 0 };

  private sheets: Sheet[] = [];
  private names = new Map<string, MemoryName>();
  private handlers = new Set<(e: ChangeEvent) => void>();
  private selectionHandlers = new Set<(e: SelectionEvent) => void>();
  private selection: RangeRef[] = [];
  private activeSheet: string | null = null;

  /** A workbook with the given sheets (none by default). */
  constructor(sheetNames: string[] = []) {
    for (const s of sheetNames) this.addSheet(s);
  }

  // ───────────────────────────── WorkbookPort ─────────────────────────────

  async listSheets(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async readNamed(names: string[]): Promise<Record<string, NamedRead | null>> {
    this.stats.syncs++;
    const out: Record<string, NamedRead | null> = {};
    for (const n of names) {
      this.stats.reads++;
      const range = this.getName(n);
      out[n] = range ? { range, values: this.valuesOf(range) } : null;
    }
    return out;
  }

  async readRanges(ranges: RangeRef[]): Promise<(RawValue[][] | null)[]> {
    this.stats.syncs++;
    return ranges.map((r) => {
      this.stats.reads++;
      return this.findSheet(r.sheet) ? this.valuesOf(r) : null;
    });
  }

  async readStored(key: StoreKey): Promise<string | null> {
    this.stats.syncs++;
    this.stats.reads++;
    const { sheet, name } = storeLocation(key);
    const range = this.getName(name);
    return range ? storedText(this.valuesOf(range), sheet) : null;
  }

  async apply(ops: WriteOp[]): Promise<void> {
    this.stats.syncs++;
    for (const op of ops) {
      this.stats.writes++;
      this.applyOne(op);
    }
  }

  async select(ranges: RangeRef[]): Promise<void> {
    if (ranges.length === 0) return;
    const sheet = ranges[0].sheet;
    if (ranges.some((r) => r.sheet !== sheet)) throw new WorkbookError("一次只能选择同一工作表上的单元格");
    this.sheetOf(sheet);
    this.selection = ranges.map((r) => ({ ...r }));
    this.activeSheet = sheet;
    // Excel raises a selection event for an add-in's selection too.
    this.emitSelection({ sheet, address: ranges.map((r) => a1(r)).join(",") });
  }

  async onChanged(handler: (event: ChangeEvent) => void): Promise<Unsubscribe> {
    this.handlers.add(handler);
    return async () => {
      this.handlers.delete(handler);
    };
  }

  async onSelectionChanged(handler: (event: SelectionEvent) => void): Promise<Unsubscribe> {
    this.selectionHandlers.add(handler);
    return async () => {
      this.selectionHandlers.delete(handler);
    };
  }

  // ───────────────────────────── user actions (tests) ─────────────────────────────

  /** Raise a change event to every subscriber, as the host would. */
  emitChange(event: ChangeEvent): void {
    for (const h of [...this.handlers]) h(event);
  }

  /** Raise a selection event to every subscriber, as the host would. */
  emitSelection(event: SelectionEvent): void {
    for (const h of [...this.selectionHandlers]) h(event);
  }

  /** A user selects a block: the sheet becomes active and a selection event is raised. */
  userSelect(range: RangeRef): void {
    this.sheetOf(range.sheet);
    this.activeSheet = range.sheet;
    this.emitSelection({ sheet: range.sheet, address: a1(range) });
  }

  /**
   * Type a value into one cell, as a user would: a string starting with `=` becomes a formula (its shown value is
   * `null` until `setFormulaResult`), anything else is stored as given. Raises a change event with `byAddin: false`.
   * @throws WorkbookError when the sheet is missing or the cell is locked on a protected sheet.
   */
  setCell(sheet: string, row: number, col: number, value: RawValue): void {
    this.setValues({ sheet, row, col, rows: 1, cols: 1 }, [[value]]);
  }

  /** Type a block of values, as a user pasting them (see `setCell`). Raises one change event with `byAddin: false`. */
  setValues(range: RangeRef, values: RawValue[][]): void {
    const s = this.sheetOf(range.sheet);
    this.checkShape(range, values);
    if (s.protected) {
      for (let r = 0; r < range.rows; r++)
        for (let c = 0; c < range.cols; c++)
          if (this.isLocked(range.sheet, range.row + r, range.col + c))
            throw new WorkbookError(`工作表“${range.sheet}”受保护，单元格 ${a1({ row: range.row + r, col: range.col + c, rows: 1, cols: 1 })} 已锁定，不能输入`);
    }
    for (let r = 0; r < range.rows; r++)
      for (let c = 0; c < range.cols; c++) {
        const v = values[r][c];
        if (typeof v === "string" && v.startsWith("=")) this.putFormula(s, range.row + r, range.col + c, v);
        else this.putValue(s, range.row + r, range.col + c, v);
      }
    this.emitChange({ sheet: range.sheet, address: a1(range), source: "local", byAddin: false });
  }

  /** Set the value a formula cell shows (formulas are not evaluated here). */
  setFormulaResult(sheet: string, row: number, col: number, value: RawValue): void {
    const cell = this.cellAt(this.sheetOf(sheet), row, col, true)!;
    cell.value = value;
  }

  /** Insert `count` empty rows before row `atRow`; names, merges and formats move or grow as in Excel. */
  insertRows(sheet: string, atRow: number, count: number): void {
    this.insert(sheet, "row", atRow, count);
  }

  /** Delete `count` rows from row `atRow`; a name all of whose rows go becomes `#REF!`, one partly cut shrinks. */
  deleteRows(sheet: string, atRow: number, count: number): void {
    this.remove(sheet, "row", atRow, count);
  }

  /** Insert `count` empty columns before column `atCol`. */
  insertColumns(sheet: string, atCol: number, count: number): void {
    this.insert(sheet, "col", atCol, count);
  }

  /** Delete `count` columns from column `atCol`. */
  deleteColumns(sheet: string, atCol: number, count: number): void {
    this.remove(sheet, "col", atCol, count);
  }

  /**
   * Rename a sheet; names, the selection and everything else follow it.
   * @throws WorkbookError when `oldName` is missing or `newName` is taken.
   */
  renameSheet(oldName: string, newName: string): void {
    const s = this.sheetOf(oldName);
    if (this.findSheet(newName) && this.findSheet(newName) !== s) throw new WorkbookError(`已有名为“${newName}”的工作表`);
    s.name = newName;
    for (const n of this.names.values()) if (n.range && n.range.sheet === oldName) n.range = { ...n.range, sheet: newName };
    this.selection = this.selection.map((r) => (r.sheet === oldName ? { ...r, sheet: newName } : r));
    if (this.activeSheet === oldName) this.activeSheet = newName;
  }

  /** Unmerge every merged block that overlaps `range`. */
  unmerge(range: RangeRef): void {
    const s = this.sheetOf(range.sheet);
    s.merges = s.merges.filter((m) => !overlaps(m, range));
  }

  /** Remove a workbook name (as the Name Manager would). */
  deleteName(name: string): void {
    this.names.delete(name.toUpperCase());
  }

  // ───────────────────────────── inspection (tests) ─────────────────────────────

  /** The stored cell, or `undefined` when it was never written. */
  getCell(sheet: string, row: number, col: number): MemoryCell | undefined {
    return this.sheetOf(sheet).cells.get(key(row, col));
  }

  /** The value a cell shows (`null` when empty). */
  getValue(sheet: string, row: number, col: number): RawValue {
    return this.getCell(sheet, row, col)?.value ?? null;
  }

  /** The formula text of a cell, or `undefined`. */
  getFormula(sheet: string, row: number, col: number): string | undefined {
    return this.getCell(sheet, row, col)?.formula;
  }

  /** The style set on a cell (empty object when none). */
  getStyle(sheet: string, row: number, col: number): CellStyle {
    return { ...(this.getCell(sheet, row, col)?.style ?? {}) };
  }

  /** Whether the cell is locked (Excel's default is locked). */
  isLocked(sheet: string, row: number, col: number): boolean {
    return this.getCell(sheet, row, col)?.style.locked !== false;
  }

  /** The merged blocks of a sheet. */
  getMerges(sheet: string): RangeRef[] {
    return this.sheetOf(sheet).merges.map((m) => ({ sheet, ...m }));
  }

  /** The merged block containing a cell, or `undefined`. */
  mergeAt(sheet: string, row: number, col: number): RangeRef | undefined {
    const m = this.sheetOf(sheet).merges.find((b) => within(b, row, col));
    return m ? { sheet, ...m } : undefined;
  }

  /** Every workbook name with its block (`null` for `#REF!`). */
  getNames(): MemoryName[] {
    return [...this.names.values()].map((n) => ({ name: n.name, range: n.range ? { ...n.range } : null }));
  }

  /** Where a name points now; `null` when it is missing or `#REF!`. Names are case-insensitive, as in Excel. */
  getName(name: string): RangeRef | null {
    const n = this.names.get(name.toUpperCase());
    return n && n.range ? { ...n.range } : null;
  }

  /** Column width in Excel character units, or `undefined` when never set. */
  getColumnWidth(sheet: string, col: number): number | undefined {
    return this.sheetOf(sheet).colWidths.get(col);
  }

  /** Row height in points, or `undefined` when never set. */
  getRowHeight(sheet: string, row: number): number | undefined {
    return this.sheetOf(sheet).rowHeights.get(row);
  }

  /** The data validations of a sheet. */
  getValidations(sheet: string): { range: RangeRef; rule: ValidationRule }[] {
    return this.sheetOf(sheet).validations.map((v) => ({ range: { sheet, ...v.range }, rule: v.rule }));
  }

  /** The validation rule covering a cell, or `undefined`. */
  validationAt(sheet: string, row: number, col: number): ValidationRule | undefined {
    return this.sheetOf(sheet).validations.find((v) => within(v.range, row, col))?.rule;
  }

  /** The conditional formats of a sheet. */
  getConditionalFormats(sheet: string): (MemoryConditionalFormat & { sheet: string })[] {
    return this.sheetOf(sheet).conditionalFormats.map((c) => ({ ...c, sheet }));
  }

  /** The sheet's print setup, when one was applied. */
  getPageSetup(sheet: string): PageSetup | undefined {
    return this.sheetOf(sheet).pageSetup;
  }

  /** Whether the sheet is protected. */
  isProtected(sheet: string): boolean {
    return this.sheetOf(sheet).protected;
  }

  /** The sheet's visibility. */
  getVisibility(sheet: string): "visible" | "hidden" | "veryHidden" {
    return this.sheetOf(sheet).visibility;
  }

  /** The last selection made through `select`, and its sheet. */
  getSelection(): { sheet: string | null; ranges: RangeRef[] } {
    return { sheet: this.activeSheet, ranges: this.selection.map((r) => ({ ...r })) };
  }

  /** The used extent of a sheet: one past the last row and column holding a value or formula. */
  usedSize(sheet: string): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const [k, c] of this.sheetOf(sheet).cells) {
      if (c.value === null && c.formula === undefined) continue;
      const [r, col] = k.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, col + 1);
    }
    return { rows, cols };
  }

  // ───────────────────────────── internals ─────────────────────────────

  private findSheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  private sheetOf(name: string): Sheet {
    const s = this.findSheet(name);
    if (!s) throw new WorkbookError(`找不到工作表“${name}”`);
    return s;
  }

  private addSheet(name: string): void {
    if (this.findSheet(name)) throw new WorkbookError(`已有名为“${name}”的工作表`);
    if (name.trim() === "" || name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new WorkbookError(`工作表名称“${name}”不合法`);
    this.sheets.push({
      name,
      cells: new Map(),
      merges: [],
      colWidths: new Map(),
      rowHeights: new Map(),
      validations: [],
      conditionalFormats: [],
      protected: false,
      visibility: "visible",
    });
  }

  private cellAt(s: Sheet, row: number, col: number, create: boolean): MemoryCell | undefined {
    if (row < 0 || col < 0) throw new WorkbookError(`单元格位置无效（第 ${row + 1} 行，第 ${col + 1} 列）`);
    let c = s.cells.get(key(row, col));
    if (!c && create) {
      c = { value: null, style: {} };
      s.cells.set(key(row, col), c);
    }
    return c;
  }

  private putValue(s: Sheet, row: number, col: number, v: RawValue): void {
    const c = this.cellAt(s, row, col, true)!;
    c.value = v === undefined ? null : v;
    delete c.formula;
  }

  private putFormula(s: Sheet, row: number, col: number, f: string): void {
    const c = this.cellAt(s, row, col, true)!;
    c.formula = f;
    c.value = null;
  }

  private checkShape(range: RangeRef, values: unknown[][]): void {
    if (values.length !== range.rows || values.some((r) => r.length !== range.cols))
      throw new WorkbookError(`写入 ${a1(range)} 的数据形状不符：应为 ${range.rows} 行 × ${range.cols} 列`);
  }

  private valuesOf(range: RangeRef): RawValue[][] {
    const s = this.sheetOf(range.sheet);
    const out: RawValue[][] = [];
    for (let r = 0; r < range.rows; r++) {
      const row: RawValue[] = [];
      for (let c = 0; c < range.cols; c++) row.push(s.cells.get(key(range.row + r, range.col + c))?.value ?? null);
      out.push(row);
    }
    return out;
  }

  private applyOne(op: WriteOp): void {
    switch (op.op) {
      case "addSheet":
        this.addSheet(op.sheet);
        return;
      case "deleteSheet": {
        const s = this.sheetOf(op.sheet);
        this.sheets = this.sheets.filter((x) => x !== s);
        for (const n of this.names.values()) if (n.range?.sheet === op.sheet) n.range = null;
        return;
      }
      case "sheetVisibility":
        this.sheetOf(op.sheet).visibility = op.visibility;
        return;
      case "values": {
        const s = this.sheetOf(op.range.sheet);
        this.checkShape(op.range, op.values);
        op.values.forEach((row, r) => row.forEach((v, c) => this.putValue(s, op.range.row + r, op.range.col + c, v)));
        this.emitChange({ sheet: op.range.sheet, address: a1(op.range), source: "local", byAddin: true });
        return;
      }
      case "formulas": {
        const s = this.sheetOf(op.range.sheet);
        this.checkShape(op.range, op.formulas);
        op.formulas.forEach((row, r) =>
          row.forEach((f, c) => {
            if (f.startsWith("=")) this.putFormula(s, op.range.row + r, op.range.col + c, f);
            else this.putValue(s, op.range.row + r, op.range.col + c, f === "" ? null : f);
          }),
        );
        this.emitChange({ sheet: op.range.sheet, address: a1(op.range), source: "local", byAddin: true });
        return;
      }
      case "merge": {
        const s = this.sheetOf(op.range.sheet);
        if (op.range.rows === 1 && op.range.cols === 1) return;
        const b: Block = { row: op.range.row, col: op.range.col, rows: op.range.rows, cols: op.range.cols };
        if (s.merges.some((m) => overlaps(m, b) && !sameBlock(m, b)))
          throw new WorkbookError(`不能合并 ${a1(b)}：与已合并的单元格重叠`);
        if (s.merges.some((m) => sameBlock(m, b))) return;
        for (let r = 0; r < b.rows; r++)
          for (let c = 0; c < b.cols; c++) if (r > 0 || c > 0) {
            const cell = this.cellAt(s, b.row + r, b.col + c, false);
            if (cell) {
              cell.value = null;
              delete cell.formula;
            }
          }
        s.merges.push(b);
        return;
      }
      case "style": {
        const s = this.sheetOf(op.range.sheet);
        for (let r = 0; r < op.range.rows; r++)
          for (let c = 0; c < op.range.cols; c++) {
            const cell = this.cellAt(s, op.range.row + r, op.range.col + c, true)!;
            cell.style = { ...cell.style, ...op.style };
          }
        return;
      }
      case "columnWidth":
        this.sheetOf(op.sheet).colWidths.set(op.col, op.width);
        return;
      case "rowHeight":
        this.sheetOf(op.sheet).rowHeights.set(op.row, op.height);
        return;
      case "validation": {
        const s = this.sheetOf(op.range.sheet);
        const b: Block = { row: op.range.row, col: op.range.col, rows: op.range.rows, cols: op.range.cols };
        s.validations = s.validations.filter((v) => !overlaps(v.range, b));
        s.validations.push({ range: b, rule: { ...op.rule } });
        return;
      }
      case "conditionalFormat": {
        const s = this.sheetOf(op.range.sheet);
        s.conditionalFormats.push({
          range: { row: op.range.row, col: op.range.col, rows: op.range.rows, cols: op.range.cols },
          formula: op.formula,
          style: { ...op.style },
        });
        return;
      }
      case "name": {
        if (!/^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(op.name)) throw new WorkbookError(`名称“${op.name}”不合法`);
        this.sheetOf(op.range.sheet);
        this.names.set(op.name.toUpperCase(), { name: op.name, range: { ...op.range } });
        return;
      }
      case "protect":
        this.sheetOf(op.sheet).protected = true;
        return;
      case "unprotect":
        this.sheetOf(op.sheet).protected = false;
        return;
      case "pageSetup":
        this.sheetOf(op.sheet).pageSetup = { ...op.setup };
        return;
      case "store":
        for (const o of storeOps(op.key, op.text, this.findSheet(storeLocation(op.key).sheet) !== undefined)) this.applyOne(o);
        return;
    }
  }

  private insert(sheetName: string, axis: Axis, at: number, count: number): void {
    const s = this.sheetOf(sheetName);
    if (count <= 0 || at < 0) throw new WorkbookError("插入的行数或位置无效");
    const moved = new Map<string, MemoryCell>();
    for (const [k, c] of s.cells) {
      let [r, col] = k.split(",").map(Number);
      if (axis === "row" && r >= at) r += count;
      if (axis === "col" && col >= at) col += count;
      moved.set(key(r, col), c);
    }
    s.cells = moved;
    s.merges = s.merges.map((m) => blockAfterInsert(m, axis, at, count));
    s.validations = s.validations.map((v) => ({ ...v, range: blockAfterInsert(v.range, axis, at, count) }));
    s.conditionalFormats = s.conditionalFormats.map((v) => ({ ...v, range: blockAfterInsert(v.range, axis, at, count) }));
    const sizes = axis === "row" ? s.rowHeights : s.colWidths;
    const nextSizes = new Map<number, number>();
    for (const [i, w] of sizes) nextSizes.set(i >= at ? i + count : i, w);
    if (axis === "row") s.rowHeights = nextSizes;
    else s.colWidths = nextSizes;
    for (const n of this.names.values())
      if (n.range && n.range.sheet === sheetName) n.range = blockAfterInsert(n.range, axis, at, count);
  }

  private remove(sheetName: string, axis: Axis, at: number, count: number): void {
    const s = this.sheetOf(sheetName);
    if (count <= 0 || at < 0) throw new WorkbookError("删除的行数或位置无效");
    const moved = new Map<string, MemoryCell>();
    for (const [k, c] of s.cells) {
      let [r, col] = k.split(",").map(Number);
      const i = axis === "row" ? r : col;
      if (i >= at && i < at + count) continue;
      if (i >= at + count) {
        if (axis === "row") r -= count;
        else col -= count;
      }
      moved.set(key(r, col), c);
    }
    s.cells = moved;
    s.merges = s.merges
      .map((m) => blockAfterDelete(m, axis, at, count))
      .filter((m): m is Block => m !== null && (m.rows > 1 || m.cols > 1));
    s.validations = s.validations
      .map((v) => {
        const range = blockAfterDelete(v.range, axis, at, count);
        return range ? { ...v, range } : null;
      })
      .filter((v): v is { range: Block; rule: ValidationRule } => v !== null);
    s.conditionalFormats = s.conditionalFormats
      .map((v) => {
        const range = blockAfterDelete(v.range, axis, at, count);
        return range ? { ...v, range } : null;
      })
      .filter((v): v is MemoryConditionalFormat => v !== null);
    const sizes = axis === "row" ? s.rowHeights : s.colWidths;
    const nextSizes = new Map<number, number>();
    for (const [i, w] of sizes) {
      if (i >= at && i < at + count) continue;
      nextSizes.set(i >= at + count ? i - count : i, w);
    }
    if (axis === "row") s.rowHeights = nextSizes;
    else s.colWidths = nextSizes;
    for (const n of this.names.values())
      if (n.range && n.range.sheet === sheetName) n.range = blockAfterDelete(n.range, axis, at, count);
  }
}
