/**
 * The WPS adapter: `WpsWorkbook` implements the WorkbookPort over WPS 表格's ET object model (WPS 加载项). With
 * `wps-host.ts` it is the only code of the product that touches WPS globals, and it does so only through the narrow
 * interfaces of `wps-api.ts`. It is loaded only inside WPS (a separate chunk of the pane, see src/taskpane/index.tsx).
 *
 * ET is synchronous and shaped like VBA, so every member access is a call into WPS; the adapter keeps them few:
 * - reads in one pass: a block is read with one `Range.Value2` (a 2-D array), never cell by cell; `readNamed`
 *   lists the workbook names once, then reads each name's `RefersTo`, `RefersToRange` and `Value2`;
 * - writes as one batch: `apply` runs every operation in order with `ScreenUpdating` and `DisplayAlerts` off (no
 *   repaint per cell, no "合并单元格只保留左上角的值" or "删除工作表" prompt), restoring both afterwards even when an
 *   operation fails; sheets it would add are checked before anything is written;
 * - conditional formats: ET takes relative references in `FormatConditions.Add`'s formula relative to the ACTIVE
 *   cell (as Excel does), so the range's top-left cell is selected first when the formula has a relative reference;
 * - events: one `SheetChange` listener (`Application.ApiEvent`) per subscriber. Events raised while `apply` runs are
 *   the add-in's own (ET fires them synchronously for its own writes; `EnableEvents` is not relied on) and cost no
 *   call; others are gathered for `debounceMs` and delivered once per sheet. An event after the batch is never
 *   guessed to be the add-in's (the port's contract: a wrong guess would hide a user's edit of a cell just written);
 *   `SheetSelectionChange` gives the selection events;
 * - selection: `Worksheet.Activate()` then one `Range("J5,D5:I5").Select()` of every block.
 *
 * Errors from ET during a batch become a `WorkbookError` with a Chinese message saying what to do.
 */
import {
  a1,
  columnLetters,
  parseA1,
  WorkbookError,
  type Capabilities,
  type CellStyle,
  type ChangeEvent,
  type NamedRead,
  type PageSetup,
  type RangeRef,
  type RawValue,
  type SelectionEvent,
  type Unsubscribe,
  type ValidationRule,
  type WorkbookPort,
  type WriteOp,
  type StoreKey,
} from "./port";
import { expandStoreOps, storedText, storeLocation } from "./stored";
import {
  etColor,
  itemOf,
  read,
  XL,
  type EtApplication,
  type EtRange,
  type EtValue,
  type EtWorkbook,
  type EtWorksheet,
} from "./wps-api";

/**
 * VBA's error values as a COM bridge hands them over (the HRESULT of `CVErr(xlErrRef)` …), mapped to the text Excel
 * shows. A build that gives the text already passes through unchanged.
 */
const ERROR_CODES: Record<number, string> = {
  [-2146826288]: "#NULL!",
  [-2146826281]: "#DIV/0!",
  [-2146826273]: "#VALUE!",
  [-2146826265]: "#REF!",
  [-2146826259]: "#NAME?",
  [-2146826252]: "#NUM!",
  [-2146826246]: "#N/A",
};

const HORIZONTAL = { left: XL.left, center: XL.center, right: XL.right } as const;
const VERTICAL = { top: XL.top, center: XL.center, bottom: XL.bottom } as const;
const VISIBILITY = { visible: XL.sheetVisible, hidden: XL.sheetHidden, veryHidden: XL.sheetVeryHidden } as const;

/** A relative A1 reference (a column or a row without `$`), outside string literals. */
const RELATIVE_REF = /(?:^|[^A-Za-z0-9_$"])(\$?[A-Z]{1,3}\$?\d+)/g;

/** Whether a formula has a reference that moves with the cell it is written for (`D5`, `$D5`, `D$5`). */
export function hasRelativeReference(formula: string): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (const m of code.matchAll(RELATIVE_REF)) if (!/^\$[A-Z]+\$\d+$/.test(m[1])) return true;
  return false;
}

/** One cell value as the port gives it: blank (`undefined`, `null`, "") is `null`, an error code its text. */
function portValue(v: EtValue): RawValue {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "number" && ERROR_CODES[v] !== undefined) return ERROR_CODES[v];
  return v;
}

/**
 * `Range.Value2` as a `rows × cols` block: a scalar for one cell, a 2-D array for a block (a 1-D array for a single
 * row or column is accepted too).
 * @throws WorkbookError when the shape does not match the range.
 */
export function blockValues(value: EtValue | EtValue[] | EtValue[][], rows: number, cols: number): RawValue[][] {
  let grid: EtValue[][];
  if (!Array.isArray(value)) grid = [[value]];
  else if (value.length > 0 && !Array.isArray(value[0])) grid = rows === 1 ? [value as EtValue[]] : (value as EtValue[]).map((v) => [v]);
  else grid = value as EtValue[][];
  if (grid.length !== rows || grid.some((r) => !Array.isArray(r) || r.length !== cols))
    throw new WorkbookError(`WPS 表格返回的数据大小与区域不符（应为 ${rows} 行 × ${cols} 列），请关闭任务窗格后重新打开`);
  return grid.map((r) => r.map(portValue));
}

/** A block the port wrote, remembered to mark late events. */
/** The text of an error thrown by ET, for the message (ET errors are plain objects in some builds). */
function detail(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === "object" && "message" in e) return String((e as { message: unknown }).message);
  return String(e);
}

/** `=统计表!$A$4:$J$31` or `='统计表 (2)'!$A$4:$J$31` for a block. */
function refersTo(r: RangeRef): string {
  return `='${r.sheet.replace(/'/g, "''")}'!${a1(r).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}

/** Options of the WPS port. */
export interface WpsOptions {
  /** Events arriving within this many ms are delivered together (default 30). */
  debounceMs?: number;
}

/** The WorkbookPort over WPS 表格. Create it with `connectWps` inside WPS. */
export class WpsWorkbook implements WorkbookPort {
  readonly capabilities: Capabilities;
  private applying = 0;
  /** Counts batches, so that each subscriber reports a batch's own events once. */
  private batchId = 0;
  /** The sheet the running batch writes first (named in its one `byAddin` event). */
  private batchSheet = "";
  private readonly debounceMs: number;

  /** @param app `window.Application` of WPS 表格. */
  constructor(
    private readonly app: EtApplication,
    options: WpsOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 30;
    const events = !!app.ApiEvent && typeof app.ApiEvent.AddApiEventListener === "function";
    const version = app.Version === undefined ? "" : String(read(app.Version, app));
    this.capabilities = {
      events,
      selectionEvents: events,
      conditionalFormats: true,
      dataValidation: true,
      formatting: true,
      level: version ? `WPS 表格 ${version}` : "WPS 表格",
    };
  }

  private workbook(): EtWorkbook {
    const wb = this.app.ActiveWorkbook;
    if (!wb) throw new WorkbookError("WPS 表格中没有打开的工作簿。请先打开或新建一个工作簿，再点击“重新校验”。");
    return wb;
  }

  private sheetNames(wb: EtWorkbook): string[] {
    const sheets = wb.Worksheets;
    const names: string[] = [];
    for (let i = 1, n = sheets.Count; i <= n; i++) names.push(String(itemOf(sheets, i).Name));
    return names;
  }

  /** Run reads or a selection; an error from ET becomes a WorkbookError saying what to do. */
  private guard<T>(what: string, action: () => T): T {
    try {
      return action();
    } catch (e) {
      if (e instanceof WorkbookError) throw e;
      throw new WorkbookError(`WPS 表格未能${what}（${detail(e)}）。请确认没有正在编辑的单元格（按 Enter 或 Esc 结束编辑）后点击“重新校验”；仍失败时请关闭并重新打开任务窗格。`);
    }
  }

  async listSheets(): Promise<string[]> {
    return this.guard("列出工作表", () => this.sheetNames(this.workbook()));
  }

  async readNamed(names: string[]): Promise<Record<string, NamedRead | null>> {
    return this.guard("读取表格", () => this.readNamedNow(names));
  }

  private readNamedNow(names: string[]): Record<string, NamedRead | null> {
    const wb = this.workbook();
    const collection = wb.Names;
    // Names.Item(name) throws for a missing name, so list them once (1-based) and look up by upper-case name.
    const wanted = new Set(names.map((n) => n.toUpperCase()));
    const found = new Map<string, number>();
    for (let i = 1, n = collection.Count; i <= n; i++) {
      const name = String(itemOf(collection, i).Name).toUpperCase();
      if (wanted.has(name)) found.set(name, i);
    }
    const result: Record<string, NamedRead | null> = {};
    for (const name of names) {
      const index = found.get(name.toUpperCase());
      if (index === undefined) {
        result[name] = null;
        continue;
      }
      const item = itemOf(collection, index);
      const ref = String(read(item.RefersTo, item));
      if (ref.includes("#REF!")) {
        result[name] = null;
        continue;
      }
      const range = parseA1(ref.replace(/^=/, ""));
      result[name] = { range, values: blockValues(item.RefersToRange.Value2, range.rows, range.cols) };
    }
    return result;
  }

  async readRanges(ranges: RangeRef[]): Promise<(RawValue[][] | null)[]> {
    return this.guard("读取表格", () => {
      const wb = this.workbook();
      const existing = new Set(this.sheetNames(wb));
      const sheets = wb.Worksheets;
      return ranges.map((r) => (existing.has(r.sheet) ? blockValues(itemOf(sheets, r.sheet).Range(a1(r)).Value2, r.rows, r.cols) : null));
    });
  }

  /** The text kept under a key: its workbook name read as `readNamed` does (a name left `#REF!` reads as nothing). */
  async readStored(key: StoreKey): Promise<string | null> {
    const { sheet, name } = storeLocation(key);
    const block = await this.guard("读取保存的上年报告", () => this.readNamedNow([name])[name]);
    return block ? storedText(block.values, sheet) : null;
  }

  async apply(given: WriteOp[]): Promise<void> {
    if (given.length === 0) return;
    const wb = this.workbook();
    const ops = given.some((o) => o.op === "store") ? this.guard("列出工作表", () => expandStoreOps(given, this.sheetNames(wb))) : given;
    if (ops.some((o) => o.op === "addSheet")) {
      // ET gives a new sheet a default name first: check every name the batch adds (after the sheets it deletes).
      const names = new Set(this.sheetNames(wb));
      for (const o of ops) {
        if (o.op === "deleteSheet") names.delete(o.sheet);
        if (o.op !== "addSheet") continue;
        if (names.has(o.sheet)) throw new WorkbookError(`已有名为“${o.sheet}”的工作表，未做任何修改`);
        if (o.sheet.trim() === "" || o.sheet.length > 31 || /[\\/?*[\]:]/.test(o.sheet)) throw new WorkbookError(`工作表名称“${o.sheet}”不合法，未做任何修改`);
        names.add(o.sheet);
      }
    }
    const app = this.app;
    const screen = app.ScreenUpdating;
    const alerts = app.DisplayAlerts;
    app.ScreenUpdating = false;
    app.DisplayAlerts = false;
    this.applying++;
    this.batchId++;
    const first = ops.find((o) => "sheet" in o || "range" in o);
    this.batchSheet = first ? ("sheet" in first ? first.sheet : first.range.sheet) : "";
    const batch = new Batch(wb);
    try {
      for (const op of ops) batch.run(op);
      batch.finish();
    } catch (e) {
      if (e instanceof WorkbookError) throw e;
      throw new WorkbookError(
        `WPS 表格未能完成写入（${detail(e)}）。请确认没有正在编辑的单元格（按 Enter 或 Esc 结束编辑）、工作表未被保护后重试。`,
      );
    } finally {
      this.applying--;
      app.DisplayAlerts = alerts;
      app.ScreenUpdating = screen;
    }
  }

  async select(ranges: RangeRef[]): Promise<void> {
    if (ranges.length === 0) return;
    const name = ranges[0].sheet;
    this.guard("选中单元格", () => {
      const sheet = itemOf(this.workbook().Worksheets, name);
      sheet.Activate();
      sheet.Range(ranges.filter((r) => r.sheet === name).map((r) => a1(r)).join(",")).Select();
    });
  }

  async onChanged(handler: (event: ChangeEvent) => void): Promise<Unsubscribe> {
    const api = this.app.ApiEvent;
    if (!this.capabilities.events || !api) return async () => undefined;
    let pending: { sheet: string; address?: string; byAddin: boolean }[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let reportedBatch = 0;
    const flush = () => {
      timer = undefined;
      const events = pending;
      pending = [];
      const bySheet = new Map<string, { sheet: string; address?: string; byAddin: boolean; count: number }>();
      for (const e of events) {
        const key = `${e.byAddin}:${e.sheet}`;
        const seen = bySheet.get(key);
        if (seen) {
          seen.count++;
          seen.address = undefined;
        } else bySheet.set(key, { ...e, count: 1 });
      }
      for (const e of bySheet.values())
        handler({ sheet: e.sheet, ...(e.address ? { address: e.address } : {}), source: "local", byAddin: e.byAddin });
    };
    const queue = (e: { sheet: string; address?: string; byAddin: boolean }) => {
      pending.push(e);
      if (timer === undefined) timer = setTimeout(flush, this.debounceMs);
    };
    const listener = (sh: { Name: string }, target: EtRange) => {
      // The add-in's own write: ET fires during the batch. Read nothing (every read is a call into WPS).
      if (this.applying > 0) {
        if (reportedBatch !== this.batchId) {
          reportedBatch = this.batchId;
          queue({ sheet: this.batchSheet, byAddin: true });
        }
        return;
      }
      queue({ sheet: String(sh.Name), address: String(read(target.Address, target)).replace(/\$/g, ""), byAddin: false });
    };
    api.AddApiEventListener("SheetChange", listener as (...args: never[]) => void);
    let removed = false;
    return async () => {
      if (removed) return;
      removed = true;
      clearTimeout(timer);
      api.RemoveApiEventListener("SheetChange", listener as (...args: never[]) => void);
    };
  }

  /** `SheetSelectionChange` `(Sh, Target)`: the sheet and the selected block(s), one call for the address. */
  async onSelectionChanged(handler: (event: SelectionEvent) => void): Promise<Unsubscribe> {
    const api = this.app.ApiEvent;
    if (!this.capabilities.selectionEvents || !api) return async () => undefined;
    const listener = (sh: { Name: string }, target: EtRange) => {
      // Selections the batch makes (a conditional format selects its top-left cell) are the add-in's.
      if (this.applying > 0) return;
      handler({ sheet: String(sh.Name), address: String(read(target.Address, target)).replace(/\$/g, "") });
    };
    api.AddApiEventListener("SheetSelectionChange", listener as (...args: never[]) => void);
    let removed = false;
    return async () => {
      if (removed) return;
      removed = true;
      api.RemoveApiEventListener("SheetSelectionChange", listener as (...args: never[]) => void);
    };
  }

}

/** One `apply`: the worksheets it touches, looked up once each. */
class Batch {
  private readonly sheets = new Map<string, EtWorksheet>();
  /** The sheet made active last in this batch (adding a sheet activates it). */
  private active: string | null = null;
  /** The first sheet whose selection a conditional format moved. */
  private moved: string | null = null;

  constructor(private readonly wb: EtWorkbook) {}

  private sheet(name: string): EtWorksheet {
    let s = this.sheets.get(name);
    if (!s) {
      s = itemOf(this.wb.Worksheets, name);
      this.sheets.set(name, s);
    }
    return s;
  }

  private range(r: RangeRef): EtRange {
    return this.sheet(r.sheet).Range(a1(r));
  }

  /** After the batch: conditional formats moved the selection, so show the first such sheet with A1 selected. */
  finish(): void {
    if (this.moved === null || !this.sheets.has(this.moved)) return;
    const s = this.sheet(this.moved);
    if (this.active !== this.moved) s.Activate();
    s.Range("A1").Select();
  }

  run(op: WriteOp): void {
    switch (op.op) {
      case "addSheet": {
        const sheets = this.wb.Worksheets;
        const s = sheets.Add(undefined, itemOf(sheets, sheets.Count));
        s.Name = op.sheet;
        this.sheets.set(op.sheet, s);
        this.active = op.sheet;
        return;
      }
      case "deleteSheet":
        this.sheet(op.sheet).Delete();
        this.sheets.delete(op.sheet);
        if (this.active === op.sheet) this.active = null;
        return;
      case "sheetVisibility":
        this.sheet(op.sheet).Visible = VISIBILITY[op.visibility];
        return;
      case "values": {
        const etValues = op.values.map((row) => row.map((v) => (v === null ? "" : v)));
        this.range(op.range).Value2 = op.range.rows === 1 && op.range.cols === 1 ? etValues[0][0] : etValues;
        return;
      }
      case "formulas":
        this.range(op.range).Formula = op.range.rows === 1 && op.range.cols === 1 ? op.formulas[0][0] : op.formulas;
        return;
      case "merge":
        if (op.range.rows > 1 || op.range.cols > 1) this.range(op.range).Merge(false);
        return;
      case "style":
        this.style(this.range(op.range), op.style);
        return;
      case "columnWidth":
        // A cell's ColumnWidth is its column's; whole-column ranges are avoided (slow, and reported to crash some builds).
        this.sheet(op.sheet).Range(`${columnLetters(op.col)}1`).ColumnWidth = op.width;
        return;
      case "rowHeight":
        this.sheet(op.sheet).Range(`A${op.row + 1}`).RowHeight = op.height;
        return;
      case "validation":
        this.validation(this.range(op.range), op.rule);
        return;
      case "conditionalFormat": {
        if (hasRelativeReference(op.formula)) {
          const s = this.sheet(op.range.sheet);
          if (this.active !== op.range.sheet) {
            s.Activate();
            this.active = op.range.sheet;
          }
          s.Range(a1({ ...op.range, rows: 1, cols: 1 })).Select();
          if (this.moved === null) this.moved = op.range.sheet;
        }
        const fc = this.range(op.range).FormatConditions.Add(XL.expression, 0, op.formula);
        if (op.style.fill !== undefined) fc.Interior.Color = etColor(op.style.fill);
        if (op.style.fontColor !== undefined || op.style.bold !== undefined) {
          const font = fc.Font;
          if (op.style.fontColor !== undefined) font.Color = etColor(op.style.fontColor);
          if (op.style.bold !== undefined) font.Bold = op.style.bold;
        }
        return;
      }
      case "name":
        this.wb.Names.Add(op.name, refersTo(op.range));
        return;
      case "protect":
        this.sheet(op.sheet).Protect();
        return;
      case "unprotect":
        this.sheet(op.sheet).Unprotect();
        return;
      case "pageSetup":
        this.pageSetup(this.sheet(op.sheet), op.setup);
        return;
      case "store":
        throw new WorkbookError("内部错误：保存操作应在写入前展开");
      default: {
        const never: never = op;
        throw new WorkbookError(`不支持的写入操作：${JSON.stringify(never)}`);
      }
    }
  }

  private style(range: EtRange, style: CellStyle): void {
    if (style.bold !== undefined || style.fontName !== undefined || style.fontSize !== undefined || style.fontColor !== undefined) {
      const font = range.Font;
      if (style.bold !== undefined) font.Bold = style.bold;
      if (style.fontName !== undefined) font.Name = style.fontName;
      if (style.fontSize !== undefined) font.Size = style.fontSize;
      if (style.fontColor !== undefined) font.Color = etColor(style.fontColor);
    }
    if (style.fill !== undefined) range.Interior.Color = etColor(style.fill);
    if (style.horizontal !== undefined) range.HorizontalAlignment = HORIZONTAL[style.horizontal];
    if (style.vertical !== undefined) range.VerticalAlignment = VERTICAL[style.vertical];
    if (style.wrap !== undefined) range.WrapText = style.wrap;
    if (style.border) {
      // The Borders collection sets every edge and inside line of the block at once.
      const borders = range.Borders;
      borders.LineStyle = XL.continuous;
      borders.Weight = XL.thin;
      borders.Color = 0;
    }
    if (style.numberFormat !== undefined) range.NumberFormat = style.numberFormat;
    if (style.locked !== undefined) range.Locked = style.locked;
  }

  private validation(range: EtRange, rule: ValidationRule): void {
    const v = range.Validation;
    v.Delete();
    v.Add(rule.type === "wholeNumber" ? XL.validateWholeNumber : XL.validateDecimal, XL.validAlertStop, XL.greaterEqual, String(rule.min));
    v.IgnoreBlank = true;
    v.InputTitle = rule.promptTitle;
    v.InputMessage = rule.prompt;
    v.ErrorTitle = rule.errorTitle;
    v.ErrorMessage = rule.error;
    v.ShowInput = true;
    v.ShowError = true;
  }

  private pageSetup(sheet: EtWorksheet, setup: PageSetup): void {
    const ps = sheet.PageSetup;
    ps.PaperSize = XL.paperA4;
    ps.Orientation = setup.orientation === "landscape" ? XL.landscape : XL.portrait;
    if (setup.fitToWidth) {
      ps.Zoom = false;
      ps.FitToPagesWide = 1;
      ps.FitToPagesTall = false;
    }
  }
}

/**
 * Connect to WPS 表格 from a page it hosts.
 * @param app `window.Application` (see `detectWps` in wps-host.ts).
 */
export function connectWps(app: EtApplication, options?: WpsOptions): WpsWorkbook {
  return new WpsWorkbook(app, options);
}
