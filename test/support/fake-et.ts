/**
 * A strict fake of WPS 表格's ET object model — the members `src/workbook/wps.ts` and `src/wps/main.ts` use — for
 * Jest and the browser tests, in the spirit of the fake Excel API. It enforces what ET (like Excel's VBA model) does
 * where the adapter could go wrong:
 * - indexes are 1-based (`Worksheets.Item(0)` throws); a missing sheet or name throws; a member the fake does not
 *   know throws (an adapter relying on an undocumented member fails here first);
 * - `Range.Value2` of one cell is a scalar, of a block a 2-D array exactly rows × cols; an array written must have
 *   that shape; a multi-area range cannot be read; whole rows or columns are refused;
 * - merged cells: writing into a merged block other than its top-left cell throws; `Merge` of several values and
 *   `Worksheet.Delete` while `DisplayAlerts` is on throw (WPS would stop on a dialog);
 * - protection: writing a locked cell or formatting anything on a protected sheet throws;
 * - `Validation.Add` where a validation exists throws (delete first); `FormatConditions.Add` takes the formula's
 *   relative references relative to the active cell (selection), as ET and Excel do; `Select` needs the sheet active;
 * - events: `SheetChange` fires synchronously for every value or formula write, the add-in's own included, and for a
 *   person's edits (`userEdit`); `SheetSelectionChange` for every `Select`, the add-in's included, and `userSelect`;
 * - it counts every member read, write and call (`calls`) and every write made while `ScreenUpdating` was on.
 * Builds differ: `style` chooses whether `Range.Address`, `Name.RefersTo` and `Application.Version` are properties or
 * methods, whether a blank cell reads as `null` or `undefined`, and whether error cells read as text or as COM codes.
 *
 * The workbook itself is a `MemoryWorkbook` (`state.grid`), so a test can compare what the layout writes through ET
 * with what it writes into memory or through Office.js. Install it with `installFakeEt(globalThis, state)`.
 */
import { MemoryWorkbook } from "../../src/workbook/memory";
import { a1, parseA1, type CellStyle, type RangeRef, type RawValue, type ValidationRule, type WriteOp } from "../../src/workbook/port";
import { memoryFromJson, memoryToJson } from "./memory-json";

/** How this build exposes the members that differ between builds. */
export interface EtBuildStyle {
  address: "method" | "property";
  refersTo: "method" | "property";
  version: "method" | "property";
  blank: "null" | "undefined";
  errors: "text" | "code";
}

const DEFAULT_STYLE: EtBuildStyle = { address: "method", refersTo: "property", version: "property", blank: "null", errors: "text" };

const ERROR_CODES: Record<string, number> = { "#REF!": -2146826265, "#DIV/0!": -2146826281, "#VALUE!": -2146826273, "#N/A": -2146826246, "#NAME?": -2146826259 };

/** An error as ET throws it. */
export class FakeEtError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EtError";
  }
}

type Block = Omit<RangeRef, "sheet">;
type Listener = (...args: unknown[]) => void;

interface GridInternals {
  sheets: { name: string; validations: { range: Block; rule: ValidationRule }[]; conditionalFormats: { range: Block; formula: string; style: Record<string, unknown> }[] }[];
  applyOne(op: WriteOp): void;
}

/** `R + G·256 + B·65536` → `#RRGGBB` (VBA's RGB, decoded independently of the adapter's encoder). */
function hexOf(color: number): string {
  if (!Number.isInteger(color) || color < 0 || color > 0xffffff) throw new FakeEtError(`颜色值无效：${color}`);
  const r = color % 256;
  const g = Math.floor(color / 256) % 256;
  const b = Math.floor(color / 65536);
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, "0").toUpperCase()).join("")}`;
}

const within = (b: Block, row: number, col: number) => row >= b.row && row < b.row + b.rows && col >= b.col && col < b.col + b.cols;
const overlaps = (a: Block, b: Block) => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

/** Move every relative part of the A1 references in a formula by (dRow, dCol); `$` parts stay. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  const colNum = (letters: string) => letters.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const letters = (col: number) => a1({ row: 0, col, rows: 1, cols: 1 }).replace(/\d+$/, "");
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(^|[^A-Za-z0-9_$])(\$?)([A-Z]{1,3})(\$?)(\d+)/g, (_m, pre: string, cAbs: string, col: string, rAbs: string, row: string) => {
            const c = cAbs ? col : letters(colNum(col) + dCol);
            const r = rAbs ? row : String(Number(row) + dRow);
            return `${pre}${cAbs}${c}${rAbs}${r}`;
          }),
    )
    .join("");
}

/** The fake host: the workbook (`grid`) plus what only the host has — order of activation, selection, events, counters. */
export class FakeEtState {
  grid: MemoryWorkbook;
  style: EtBuildStyle;
  /** Member reads, writes and calls made through the ET objects handed out. */
  calls = 0;
  /** Writes (values, formulas, formats) made while ScreenUpdating was true. */
  writesWhileScreenUpdating = 0;
  screenUpdating = true;
  displayAlerts = true;
  activeSheet: string | null = null;
  /** The active cell of each sheet (0-based), as each sheet remembers its selection. */
  activeCell = new Map<string, { row: number; col: number }>();
  selection: { sheet: string; address: string } | null = null;
  listeners = new Map<string, Set<Listener>>();
  taskPanes: { ID: number; url: string; title?: string; Visible: boolean }[] = [];
  storage = new Map<string, unknown>();
  version = "12.1.0.16388";
  /** Set to false for a build without `Application.ApiEvent`. */
  hasApiEvent = true;

  constructor(options: { sheets?: string[]; style?: Partial<EtBuildStyle>; grid?: MemoryWorkbook } = {}) {
    this.style = { ...DEFAULT_STYLE, ...options.style };
    this.grid = options.grid ?? new MemoryWorkbook(options.sheets ?? ["Sheet1"]);
    this.activeSheet = this.sheetNames()[0] ?? null;
  }

  private get internals(): GridInternals {
    return this.grid as unknown as GridInternals;
  }

  sheetNames(): string[] {
    return this.internals.sheets.map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.sheetNames().includes(name);
  }

  requireSheet(name: string): void {
    if (!this.hasSheet(name)) throw new FakeEtError(`下标越界：找不到工作表“${name}”`);
  }

  /** Apply one port operation to the workbook now (counted as a write for the ScreenUpdating check). */
  write(op: WriteOp): void {
    if (this.screenUpdating) this.writesWhileScreenUpdating++;
    this.internals.applyOne(op);
  }

  /** Define a workbook name (not a format: allowed while the sheet is protected). */
  defineName(name: string, range: RangeRef): void {
    this.internals.applyOne({ op: "name", name, range });
  }

  /** Throw as ET does when a protected sheet is formatted. */
  checkFormattable(sheet: string): void {
    if (this.grid.isProtected(sheet)) throw new FakeEtError(`工作表“${sheet}”受保护，不能更改格式`);
  }

  /** Throw as ET does when a write reaches a locked cell of a protected sheet or the inside of a merged block. */
  checkWritable(sheet: string, r: Block, values: RawValue[][]): void {
    for (let i = 0; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++) {
        const row = r.row + i;
        const col = r.col + j;
        if (this.grid.isProtected(sheet) && this.grid.isLocked(sheet, row, col))
          throw new FakeEtError(`工作表“${sheet}”受保护，单元格 ${a1({ row, col, rows: 1, cols: 1 })} 已锁定`);
        const m = this.grid.mergeAt(sheet, row, col);
        if (m && (m.row !== row || m.col !== col) && values[i][j] !== null) throw new FakeEtError("不能更改合并单元格的一部分");
      }
  }

  /** Deliver `SheetChange(Sh, Target)` to every listener, synchronously, as ET does. */
  fire(sheet: string, ref: RangeRef): void {
    for (const l of [...(this.listeners.get("SheetChange") ?? [])]) l(counted(new FakeSheet(this, sheet), this), counted(new FakeRange(this, sheet, [ref]), this));
  }

  /** Deliver `SheetSelectionChange(Sh, Target)` to every listener, synchronously (ET fires it for the add-in's Select too). */
  fireSelection(sheet: string, areas: RangeRef[]): void {
    for (const l of [...(this.listeners.get("SheetSelectionChange") ?? [])]) l(counted(new FakeSheet(this, sheet), this), counted(new FakeRange(this, sheet, areas), this));
  }

  /** A person selects cells on the active sheet (`J5,D5:I5`): one SheetSelectionChange. */
  userSelect(sheet: string, address: string): void {
    this.requireSheet(sheet);
    this.activeSheet = sheet;
    const areas = address.split(",").map((a) => parseA1(a, sheet));
    this.selection = { sheet, address: areas.map((r) => a1(r)).join(",") };
    this.activeCell.set(sheet, { row: areas[0].row, col: areas[0].col });
    this.fireSelection(sheet, areas);
  }

  /** A person types or pastes values (a string starting with `=` is a formula): one SheetChange for the block. */
  userEdit(sheet: string, address: string, values: RawValue[][]): void {
    this.requireSheet(sheet);
    const r = parseA1(address, sheet);
    this.grid.setValues(r, values);
    this.fire(sheet, r);
  }

  /** A person inserts rows (0-based): names, merges and formats move as in ET. */
  insertRows(sheet: string, at: number, count: number): void {
    this.grid.insertRows(sheet, at, count);
  }

  /** A person deletes rows (0-based): one SheetChange for the rows, as in ET. */
  deleteRows(sheet: string, at: number, count: number): void {
    this.grid.deleteRows(sheet, at, count);
    this.fire(sheet, { sheet, row: at, col: 0, rows: count, cols: 16384 });
  }

  /** Values of a block, e.g. `values("统计表", "B3:D4")`. */
  values(sheet: string, address: string): RawValue[][] {
    const r = parseA1(address, sheet);
    return Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => this.grid.getValue(sheet, r.row + i, r.col + j)));
  }

  /** The workbook as JSON, for a page reload. */
  serialize(): string {
    return JSON.stringify({ style: this.style, grid: memoryToJson(this.grid), active: this.activeSheet });
  }

  static deserialize(json: string): FakeEtState {
    const o = JSON.parse(json) as { style: EtBuildStyle; grid: unknown; active: string | null };
    const state = new FakeEtState({ style: o.style, grid: memoryFromJson(o.grid) });
    state.activeSheet = o.active;
    return state;
  }
}

/** Proxy → the object it wraps, for arguments the adapter hands back (`Worksheets.Add(undefined, sheet)`). */
const targets = new WeakMap<object, object>();

function unwrap<T>(x: T): T {
  return (x && typeof x === "object" ? (targets.get(x) ?? x) : x) as T;
}

/** Wrap an object so every member access is counted and an unknown member throws. */
function counted<T extends object>(target: T, state: FakeEtState): T {
  const proxy = new Proxy(target, {
    get(t, p) {
      if (typeof p === "symbol") return Reflect.get(t, p, t);
      if (!(p in t) || p === "state" || p.startsWith("_")) throw new FakeEtError(`对象不支持此属性或方法：${p}`);
      state.calls++;
      const v = Reflect.get(t, p, t);
      return typeof v === "function" ? (v as (...args: unknown[]) => unknown).bind(t) : v;
    },
    set(t, p, v) {
      if (typeof p === "symbol" || !(p in t)) throw new FakeEtError(`对象不支持此属性：${String(p)}`);
      state.calls++;
      return Reflect.set(t, p, v, t);
    },
  });
  targets.set(proxy, target);
  return proxy;
}

/** Define `name` as a method or a read-only property per the build. */
function defineMember(target: object, name: string, kind: "method" | "property", value: () => unknown): void {
  if (kind === "method") Object.defineProperty(target, name, { value, enumerable: true, configurable: true });
  else Object.defineProperty(target, name, { get: value, enumerable: true, configurable: true });
}

const ALIGN: Record<number, "left" | "center" | "right" | "top" | "bottom"> = { [-4131]: "left", [-4108]: "center", [-4152]: "right", [-4160]: "top", [-4107]: "bottom" };

class FakeFont {
  constructor(private readonly _r: FakeRange) {}
  set Bold(v: boolean) {
    this._r._style({ bold: Boolean(v) });
  }
  set Name(v: string) {
    this._r._style({ fontName: String(v) });
  }
  set Size(v: number) {
    this._r._style({ fontSize: Number(v) });
  }
  set Color(v: number) {
    this._r._style({ fontColor: hexOf(v) });
  }
}

class FakeInterior {
  constructor(private readonly _r: FakeRange) {}
  set Color(v: number) {
    this._r._style({ fill: hexOf(v) });
  }
}

class FakeBorders {
  constructor(private readonly _r: FakeRange) {}
  set LineStyle(v: number) {
    if (v !== 1) throw new FakeEtError(`此模拟只支持连续线（1），不是 ${v}`);
    this._r._style({ border: true });
  }
  set Weight(v: number) {
    if (v !== 2) throw new FakeEtError(`此模拟只支持细线（2），不是 ${v}`);
    this._r._format();
  }
  set Color(v: number) {
    if (hexOf(v) !== "#000000") throw new FakeEtError("此模拟只支持黑色边框");
    this._r._format();
  }
}

class FakeValidation {
  private _rule: ValidationRule | null = null;
  constructor(private readonly _r: FakeRange) {}
  Add(type: number, alertStyle: number, operator: number, formula1: string): void {
    const { state, sheet, block } = this._r._single();
    state.checkFormattable(sheet);
    if (state.grid.getValidations(sheet).some((v) => overlaps(v.range, block))) throw new FakeEtError("区域中已有数据有效性，请先删除");
    if ((type !== 1 && type !== 2) || alertStyle !== 1 || operator !== 7) throw new FakeEtError(`此模拟只支持整数/小数、停止、大于或等于，不是 ${type}/${alertStyle}/${operator}`);
    if (!/^-?\d+(\.\d+)?$/.test(String(formula1))) throw new FakeEtError(`Formula1 应为数字文本：${formula1}`);
    this._rule = { type: type === 1 ? "wholeNumber" : "decimal", min: Number(formula1), promptTitle: "", prompt: "", errorTitle: "", error: "" };
    this._store();
  }
  Delete(): void {
    const { state, sheet, block } = this._r._single();
    state.checkFormattable(sheet);
    const s = (state.grid as unknown as GridInternals).sheets.find((x) => x.name === sheet)!;
    s.validations = s.validations.filter((v) => !overlaps(v.range, block));
  }
  private _set(change: Partial<ValidationRule>): void {
    if (!this._rule) throw new FakeEtError("区域没有数据有效性（先调用 Add）");
    this._rule = { ...this._rule, ...change };
    this._store();
  }
  private _store(): void {
    const { state, sheet, block } = this._r._single();
    state.write({ op: "validation", range: { sheet, ...block }, rule: this._rule! });
  }
  set IgnoreBlank(v: boolean) {
    if (v !== true) throw new FakeEtError("此模拟只支持 IgnoreBlank = true");
  }
  set InputTitle(v: string) {
    if (String(v).length > 32) throw new FakeEtError("输入信息标题不能超过 32 个字符");
    this._set({ promptTitle: String(v) });
  }
  set InputMessage(v: string) {
    if (String(v).length > 255) throw new FakeEtError("输入信息不能超过 255 个字符");
    this._set({ prompt: String(v) });
  }
  set ErrorTitle(v: string) {
    if (String(v).length > 32) throw new FakeEtError("出错警告标题不能超过 32 个字符");
    this._set({ errorTitle: String(v) });
  }
  set ErrorMessage(v: string) {
    if (String(v).length > 255) throw new FakeEtError("出错警告不能超过 255 个字符");
    this._set({ error: String(v) });
  }
  set ShowInput(v: boolean) {
    if (v !== true) throw new FakeEtError("此模拟只支持 ShowInput = true");
  }
  set ShowError(v: boolean) {
    if (v !== true) throw new FakeEtError("此模拟只支持 ShowError = true");
  }
}

class FakeFormatCondition {
  constructor(
    private readonly _state: FakeEtState,
    private readonly _cf: { style: Record<string, unknown> },
  ) {}
  get Interior() {
    const cf = this._cf;
    return counted(
      Object.defineProperty({}, "Color", {
        set: (v: number) => (cf.style.fill = hexOf(v)),
        enumerable: true,
      }),
      this._state,
    );
  }
  get Font() {
    const cf = this._cf;
    const font = {};
    Object.defineProperty(font, "Color", { set: (v: number) => (cf.style.fontColor = hexOf(v)), enumerable: true });
    Object.defineProperty(font, "Bold", { set: (v: boolean) => (cf.style.bold = Boolean(v)), enumerable: true });
    return counted(font, this._state);
  }
}

class FakeFormatConditions {
  constructor(private readonly _r: FakeRange) {}
  Add(type: number, operator: number, formula1: string): FakeFormatCondition {
    const { state, sheet, block } = this._r._single();
    state.checkFormattable(sheet);
    if (type !== 2) throw new FakeEtError(`此模拟只支持公式条件（xlExpression = 2），不是 ${type}`);
    if (operator !== 0 && operator !== undefined) throw new FakeEtError(`公式条件不使用运算符：${operator}`);
    if (!String(formula1).startsWith("=")) throw new FakeEtError(`条件公式应以 = 开头：${formula1}`);
    // Relative references are relative to the active cell of the active sheet; stored relative to the top-left.
    const active = state.activeCell.get(state.activeSheet ?? "") ?? { row: 0, col: 0 };
    const formula = shiftFormula(String(formula1), block.row - active.row, block.col - active.col);
    state.write({ op: "conditionalFormat", range: { sheet, ...block }, formula, style: {} });
    const list = (state.grid as unknown as GridInternals).sheets.find((s) => s.name === sheet)!.conditionalFormats;
    return counted(new FakeFormatCondition(state, list[list.length - 1]), state);
  }
}

class FakeRange {
  constructor(
    readonly _state: FakeEtState,
    readonly _sheet: string,
    readonly _areas: RangeRef[],
  ) {
    defineMember(this, "Address", _state.style.address, () => _areas.map((r) => a1(r).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")).join(","));
  }

  _single(): { state: FakeEtState; sheet: string; block: Block } {
    if (this._areas.length !== 1) throw new FakeEtError("该操作不能用于多重选定区域");
    const { row, col, rows, cols } = this._areas[0];
    return { state: this._state, sheet: this._sheet, block: { row, col, rows, cols } };
  }

  _format(): void {
    this._state.checkFormattable(this._sheet);
  }

  _style(style: CellStyle): void {
    this._format();
    const { block } = this._single();
    this._state.write({ op: "style", range: { sheet: this._sheet, ...block }, style });
  }

  private _cell(row: number, col: number): unknown {
    const v = this._state.grid.getValue(this._sheet, row, col);
    if (v === null) return this._state.style.blank === "null" ? null : undefined;
    if (typeof v === "string" && this._state.style.errors === "code" && ERROR_CODES[v] !== undefined) return ERROR_CODES[v];
    return v;
  }

  get Value2(): unknown {
    const { block } = this._single();
    if (block.rows === 1 && block.cols === 1) return this._cell(block.row, block.col);
    return Array.from({ length: block.rows }, (_, i) => Array.from({ length: block.cols }, (_, j) => this._cell(block.row + i, block.col + j)));
  }

  set Value2(v: unknown) {
    const { state, sheet, block } = this._single();
    const scalar = !Array.isArray(v);
    if (!scalar) {
      const grid = v as unknown[][];
      if (grid.length !== block.rows || grid.some((r) => !Array.isArray(r) || r.length !== block.cols))
        throw new FakeEtError(`写入的数组大小（${grid.length} 行）与区域 ${a1(block)} 不符（${block.rows} 行 × ${block.cols} 列）`);
    }
    const at = (i: number, j: number): unknown => (scalar ? v : (v as unknown[][])[i][j]);
    const values: RawValue[][] = Array.from({ length: block.rows }, (_, i) =>
      Array.from({ length: block.cols }, (_, j) => {
        const x = at(i, j);
        if (x === "" || x === null || x === undefined) return null;
        if (typeof x !== "string" && typeof x !== "number" && typeof x !== "boolean") throw new FakeEtError(`不能写入的值：${String(x)}`);
        return x;
      }),
    );
    state.checkWritable(sheet, block, values);
    const range = { sheet, ...block };
    const formulas = values.map((r) => r.map((x) => (x === null ? "" : String(x))));
    if (values.some((r) => r.some((x) => typeof x === "string" && x.startsWith("=")))) state.write({ op: "formulas", range, formulas });
    else state.write({ op: "values", range, values });
    state.fire(sheet, range);
  }

  get Formula(): unknown {
    const { state, sheet, block } = this._single();
    const f = (r: number, c: number) => state.grid.getFormula(sheet, r, c) ?? state.grid.getValue(sheet, r, c) ?? "";
    if (block.rows === 1 && block.cols === 1) return f(block.row, block.col);
    return Array.from({ length: block.rows }, (_, i) => Array.from({ length: block.cols }, (_, j) => f(block.row + i, block.col + j)));
  }

  set Formula(v: unknown) {
    const { state, sheet, block } = this._single();
    let formulas: string[][];
    if (Array.isArray(v)) {
      formulas = (v as unknown[][]).map((r) => r.map((x) => String(x ?? "")));
      if (formulas.length !== block.rows || formulas.some((r) => r.length !== block.cols)) throw new FakeEtError(`写入的公式数组与区域 ${a1(block)} 大小不符`);
    } else formulas = Array.from({ length: block.rows }, (_, i) => Array.from({ length: block.cols }, (_, j) => shiftFormula(String(v), i, j)));
    state.checkWritable(sheet, block, formulas.map((r) => r.map((x) => (x === "" ? null : x))));
    state.write({ op: "formulas", range: { sheet, ...block }, formulas });
    state.fire(sheet, { sheet, ...block });
  }

  set NumberFormat(v: string) {
    this._style({ numberFormat: String(v) });
  }
  set Locked(v: boolean) {
    this._style({ locked: Boolean(v) });
  }
  set WrapText(v: boolean) {
    this._style({ wrap: Boolean(v) });
  }
  set HorizontalAlignment(v: number) {
    const a = ALIGN[v];
    if (a !== "left" && a !== "center" && a !== "right") throw new FakeEtError(`水平对齐方式无效：${v}`);
    this._style({ horizontal: a });
  }
  set VerticalAlignment(v: number) {
    const a = ALIGN[v];
    if (a !== "top" && a !== "center" && a !== "bottom") throw new FakeEtError(`垂直对齐方式无效：${v}`);
    this._style({ vertical: a });
  }
  set ColumnWidth(v: number) {
    const { state, sheet, block } = this._single();
    state.checkFormattable(sheet);
    for (let c = block.col; c < block.col + block.cols; c++) state.write({ op: "columnWidth", sheet, col: c, width: Number(v) });
  }
  set RowHeight(v: number) {
    const { state, sheet, block } = this._single();
    state.checkFormattable(sheet);
    for (let r = block.row; r < block.row + block.rows; r++) state.write({ op: "rowHeight", sheet, row: r, height: Number(v) });
  }
  get Font() {
    return counted(new FakeFont(this), this._state);
  }
  get Interior() {
    return counted(new FakeInterior(this), this._state);
  }
  get Borders() {
    return counted(new FakeBorders(this), this._state);
  }
  get Validation() {
    return counted(new FakeValidation(this), this._state);
  }
  get FormatConditions() {
    return counted(new FakeFormatConditions(this), this._state);
  }

  Merge(across?: boolean): void {
    const { state, sheet, block } = this._single();
    state.checkFormattable(sheet);
    if (across) throw new FakeEtError("此模拟不支持跨越合并");
    let filled = 0;
    for (let i = 0; i < block.rows; i++) for (let j = 0; j < block.cols; j++) if (state.grid.getValue(sheet, block.row + i, block.col + j) !== null) filled++;
    if (filled > 1 && state.displayAlerts) throw new FakeEtError("合并单元格时只保留左上角的值（需要确认的对话框挡住了操作：请先关闭 DisplayAlerts）");
    state.write({ op: "merge", range: { sheet, ...block } });
  }

  Select(): boolean {
    const state = this._state;
    if (state.activeSheet !== this._sheet) throw new FakeEtError("Range 类的 Select 方法无效（工作表未激活）");
    state.selection = { sheet: this._sheet, address: this._areas.map((r) => a1(r)).join(",") };
    state.activeCell.set(this._sheet, { row: this._areas[0].row, col: this._areas[0].col });
    state.fireSelection(this._sheet, this._areas);
    return true;
  }
}

class FakePageSetup {
  private _setup = { orientation: "portrait" as "portrait" | "landscape", zoomOff: false, wide: 0, tallOff: false };
  constructor(
    private readonly _state: FakeEtState,
    private readonly _sheet: string,
  ) {}
  private _store(): void {
    const s = this._setup;
    this._state.write({ op: "pageSetup", sheet: this._sheet, setup: { paper: "A4", orientation: s.orientation, fitToWidth: s.zoomOff && s.wide === 1 && s.tallOff } });
  }
  set PaperSize(v: number) {
    if (v !== 9) throw new FakeEtError(`此模拟只支持 A4（9），不是 ${v}`);
    this._store();
  }
  set Orientation(v: number) {
    if (v !== 1 && v !== 2) throw new FakeEtError(`纸张方向无效：${v}`);
    this._setup.orientation = v === 2 ? "landscape" : "portrait";
    this._store();
  }
  set Zoom(v: number | boolean) {
    this._setup.zoomOff = v === false;
    this._store();
  }
  set FitToPagesWide(v: number | boolean) {
    this._setup.wide = Number(v);
    this._store();
  }
  set FitToPagesTall(v: number | boolean) {
    this._setup.tallOff = v === false;
    this._store();
  }
}

const VISIBLE: Record<number, "visible" | "hidden" | "veryHidden"> = { [-1]: "visible", 0: "hidden", 2: "veryHidden" };

class FakeSheet {
  constructor(
    readonly _state: FakeEtState,
    public _name: string,
  ) {}
  get Name(): string {
    this._state.requireSheet(this._name);
    return this._name;
  }
  set Name(v: string) {
    const state = this._state;
    if (state.hasSheet(v) && v !== this._name) throw new FakeEtError(`不能将工作表命名为“${v}”：名称已被使用`);
    state.grid.renameSheet(this._name, v);
    state.activeCell.set(v, state.activeCell.get(this._name) ?? { row: 0, col: 0 });
    if (state.activeSheet === this._name) state.activeSheet = v;
    this._name = v;
  }
  get Visible(): number {
    const v = this._state.grid.getVisibility(this._name);
    return v === "visible" ? -1 : v === "hidden" ? 0 : 2;
  }
  set Visible(v: number) {
    const vis = VISIBLE[v];
    if (!vis) throw new FakeEtError(`Visible 值无效：${v}`);
    this._state.write({ op: "sheetVisibility", sheet: this._name, visibility: vis });
  }
  get ProtectContents(): boolean {
    return this._state.grid.isProtected(this._name);
  }
  get PageSetup() {
    return counted(new FakePageSetup(this._state, this._name), this._state);
  }
  Range(address: string) {
    this._state.requireSheet(this._name);
    const areas = String(address)
      .split(",")
      .map((a) => {
        if (/^\$?[A-Z]+:\$?[A-Z]+$|^\$?\d+:\$?\d+$/i.test(a.trim())) throw new FakeEtError("此模拟不提供整行、整列区域（在 WPS 中未验证）");
        return parseA1(a.trim(), this._name);
      });
    return counted(new FakeRange(this._state, this._name, areas), this._state);
  }
  Activate(): void {
    if (this._state.grid.getVisibility(this._name) !== "visible") throw new FakeEtError("不能激活隐藏的工作表");
    this._state.activeSheet = this._name;
  }
  Delete(): void {
    const state = this._state;
    if (state.displayAlerts) throw new FakeEtError("删除工作表需要确认（对话框挡住了操作：请先关闭 DisplayAlerts）");
    const visible = state.sheetNames().filter((n) => state.grid.getVisibility(n) === "visible");
    if (visible.length === 1 && visible[0] === this._name) throw new FakeEtError("工作簿中至少要有一张可见的工作表");
    state.write({ op: "deleteSheet", sheet: this._name });
    if (state.activeSheet === this._name) state.activeSheet = visible.find((n) => n !== this._name) ?? null;
  }
  Protect(): void {
    this._state.write({ op: "protect", sheet: this._name });
  }
  Unprotect(): void {
    this._state.write({ op: "unprotect", sheet: this._name });
  }
}

/** 1-based index or name → the item, or throw as ET does. */
function pick<T>(names: string[], index: unknown, make: (name: string) => T, what: string): T {
  if (typeof index === "number") {
    if (!Number.isInteger(index) || index < 1 || index > names.length) throw new FakeEtError(`下标越界：${what} ${index}（从 1 开始，共 ${names.length} 个）`);
    return make(names[index - 1]);
  }
  const name = names.find((n) => n.toUpperCase() === String(index).toUpperCase());
  if (name === undefined) throw new FakeEtError(`下标越界：找不到${what}“${String(index)}”`);
  return make(name);
}

class FakeWorksheets {
  constructor(private readonly _state: FakeEtState) {}
  get Count(): number {
    return this._state.sheetNames().length;
  }
  Item(index: number | string) {
    return pick(this._state.sheetNames(), index, (n) => counted(new FakeSheet(this._state, n), this._state), "工作表");
  }
  Add(before?: FakeSheet, after?: FakeSheet) {
    const state = this._state;
    if (before !== undefined) throw new FakeEtError("此模拟只支持 Add(undefined, After)");
    let n = state.sheetNames().length + 1;
    while (state.hasSheet(`Sheet${n}`)) n++;
    const name = `Sheet${n}`;
    state.write({ op: "addSheet", sheet: name });
    const sheets = (state.grid as unknown as GridInternals).sheets;
    const created = sheets.pop()!;
    const afterSheet = unwrap(after);
    const at = afterSheet ? sheets.findIndex((s) => s.name === afterSheet._name) + 1 : sheets.length;
    sheets.splice(at, 0, created);
    state.activeSheet = name;
    state.activeCell.set(name, { row: 0, col: 0 });
    return counted(new FakeSheet(state, name), state);
  }
}

class FakeName {
  constructor(
    readonly _state: FakeEtState,
    readonly _name: string,
  ) {
    defineMember(this, "RefersTo", _state.style.refersTo, () => {
      const r = _state.grid.getName(_name);
      return r ? `=${/^[A-Za-z0-9_]+$/.test(r.sheet) ? r.sheet : `'${r.sheet.replace(/'/g, "''")}'`}!${a1(r).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}` : "=#REF!";
    });
  }
  get Name(): string {
    return this._name;
  }
  get RefersToRange() {
    const r = this._state.grid.getName(this._name);
    if (!r) throw new FakeEtError(`名称“${this._name}”不指向区域（#REF!）`);
    return counted(new FakeRange(this._state, r.sheet, [r]), this._state);
  }
  Delete(): void {
    this._state.grid.deleteName(this._name);
  }
}

class FakeNames {
  constructor(private readonly _state: FakeEtState) {}
  private _names(): string[] {
    return this._state.grid.getNames().map((n) => n.name);
  }
  get Count(): number {
    return this._names().length;
  }
  Item(index: number | string) {
    return pick(this._names(), index, (n) => counted(new FakeName(this._state, n), this._state), "名称");
  }
  Add(name: string, refersTo: string) {
    const state = this._state;
    const text = String(refersTo);
    if (!text.startsWith("=")) throw new FakeEtError(`RefersTo 应以 = 开头：${text}`);
    const r = parseA1(text.slice(1));
    state.requireSheet(r.sheet);
    state.defineName(name, r);
    return counted(new FakeName(state, name), state);
  }
}

/** The application object (raw; `installFakeEt` hands out a counted proxy of it). */
function makeApplication(state: FakeEtState): object {
  const workbook = {
    get Worksheets() {
      return counted(new FakeWorksheets(state), state);
    },
    get Names() {
      return counted(new FakeNames(state), state);
    },
  };
  const app = {
    get ActiveWorkbook() {
      return counted(workbook, state);
    },
    get ScreenUpdating() {
      return state.screenUpdating;
    },
    set ScreenUpdating(v: boolean) {
      state.screenUpdating = Boolean(v);
    },
    get DisplayAlerts() {
      return state.displayAlerts;
    },
    set DisplayAlerts(v: boolean) {
      state.displayAlerts = Boolean(v);
    },
    get ApiEvent() {
      if (!state.hasApiEvent) return undefined;
      return counted(
        {
          AddApiEventListener(event: string, callback: Listener) {
            if (typeof callback !== "function") throw new FakeEtError("此模拟只接受函数作为事件回调");
            let set = state.listeners.get(event);
            if (!set) state.listeners.set(event, (set = new Set()));
            set.add(callback);
          },
          RemoveApiEventListener(event: string, callback?: Listener) {
            if (callback) state.listeners.get(event)?.delete(callback);
            else state.listeners.delete(event);
          },
        },
        state,
      );
    },
    CreateTaskPane(url: string, title?: string) {
      const pane = { ID: state.taskPanes.length + 1, url: String(url), title, Visible: false };
      state.taskPanes.push(pane);
      return counted(pane, state);
    },
    GetTaskPane(id: number) {
      const pane = state.taskPanes.find((p) => p.ID === Number(id));
      if (!pane) throw new FakeEtError(`找不到任务窗格 ${id}`);
      return counted(pane, state);
    },
    get PluginStorage() {
      return counted(
        {
          getItem: (key: string) => state.storage.get(key) ?? null,
          setItem: (key: string, value: unknown) => void state.storage.set(key, value),
          removeItem: (key: string) => void state.storage.delete(key),
        },
        state,
      );
    },
  };
  defineMember(app, "Version", state.style.version, () => state.version);
  return app;
}

/**
 * Install the fake `Application` and `wps` globals on `target` (`globalThis` in Jest, `window` in a page), backed by
 * `state` (a workbook with one sheet `Sheet1` when omitted).
 */
export function installFakeEt(target: object, state: FakeEtState = new FakeEtState()): FakeEtState {
  const app = counted(makeApplication(state), state);
  Object.assign(target, { Application: app, wps: app, __fakeEt: state });
  return state;
}
