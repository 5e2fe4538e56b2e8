/**
 * The Office.js adapter: `OfficeWorkbook` implements the WorkbookPort over `Excel.run`. This is the only module of the
 * product that touches `Excel.*` or `Office.*` (office-platform.md §0, §3, §4).
 *
 * Batching (one round trip per port call):
 * - `readNamed`: one `context.sync()` for all names (`getItemOrNullObject` → `getRangeOrNullObject`, `isNullObject`
 *   checked after the sync).
 * - `readRanges`: one sync; a second one only when a requested sheet does not exist (Excel then rejects the batch).
 * - `apply`: one sync for the whole list of writes. When the list defines workbook names, one read sync comes first
 *   to find names that already exist (Excel's `names.add` throws on an existing name), so they are replaced, not
 *   duplicated.
 *
 * Events (office-events.ts): one subscription per handler covers every sheet for the pane's lifetime; a change is
 * the add-in's own only when Excel says so (ExcelApi 1.14). Writes switch events off around the batch where ExcelApi
 * 1.8 allows. Every batch is delayed while a cell is being edited where ExcelApi 1.5 allows (`delayForCellEdit`);
 * below that Excel rejects it with `InvalidOperationInCellEditMode` and the caller retries.
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
import { OfficeEvents } from "./office-events";

/** The globals the adapter needs; defaults to the page's `Excel` and `Office`. Tests pass a fake. */
export interface OfficeHost {
  excel: typeof Excel;
  office: typeof Office;
}

/** ExcelApi minor versions probed for `capabilities.level`, newest first. */
const PROBED_MINOR_VERSIONS = 21;

/** Excel column width in points for a width in characters (Excel's default font: 7 px per character + 5 px padding). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** The port's capabilities plus the finer ones the adapter branches on. */
export interface HostCapabilities extends Capabilities {
  /** `context.runtime.enableEvents` (1.8). */
  enableEvents: boolean;
  /** `workbook.worksheets.onChanged` for all sheets (1.9). */
  workbookEvents: boolean;
  /** `WorksheetChangedEventArgs.triggerSource` (1.14). */
  triggerSource: boolean;
  /** `Excel.run({ delayForCellEdit: true })` (1.5). */
  delayForCellEdit: boolean;
  /** `Worksheet.getRanges` for multi-area selection (1.9). */
  multiSelect: boolean;
  /** `names.add`, `names.getItemOrNullObject`, `NamedItem.getRangeOrNullObject` (1.4). */
  namedItems: boolean;
  /** `Worksheet.pageLayout` (1.9). */
  pageLayout: boolean;
}

/** Capabilities of the running host, from `Office.context.requirements.isSetSupported`. */
export function detectCapabilities(office: typeof Office): HostCapabilities {
  const has = (minor: number) => office.context.requirements.isSetSupported("ExcelApi", `1.${minor}`);
  let level = "";
  for (let minor = PROBED_MINOR_VERSIONS; minor >= 1; minor--) {
    if (has(minor)) {
      level = `ExcelApi 1.${minor}`;
      break;
    }
  }
  return {
    events: has(7),
    selectionEvents: has(2),
    conditionalFormats: has(6),
    dataValidation: has(8),
    formatting: has(2),
    level,
    enableEvents: has(8),
    workbookEvents: has(9),
    triggerSource: has(14),
    delayForCellEdit: has(5),
    multiSelect: has(9),
    namedItems: has(4),
    pageLayout: has(9),
  };
}

/** Excel treats `null` in `values` as "leave unchanged"; a blank cell is written as "". */
function excelValues(values: RawValue[][]): (string | number | boolean)[][] {
  return values.map((row) => row.map((v) => (v === null ? "" : v)));
}

/** Excel returns "" for an empty cell; the port says `null`. */
function portValues(values: unknown[][]): RawValue[][] {
  return values.map((row) =>
    row.map((v) => (v === "" || v === null || v === undefined ? null : (v as RawValue))),
  );
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** The Office.js WorkbookPort. Construct it after `Office.onReady`. */
export class OfficeWorkbook implements WorkbookPort {
  readonly capabilities: Capabilities;
  private readonly host: OfficeHost;
  private readonly caps: HostCapabilities;
  private readonly events: OfficeEvents;

  /**
   * @param host the `Excel` and `Office` namespaces; by default the globals that office.js defines.
   * @throws WorkbookError when office.js is not loaded.
   */
  constructor(host?: Partial<OfficeHost>) {
    const g = globalThis as unknown as { Excel?: typeof Excel; Office?: typeof Office };
    const excel = host?.excel ?? g.Excel;
    const office = host?.office ?? g.Office;
    if (!excel || !office) throw new WorkbookError("未能加载 Office 脚本（office.js），请检查网络后重新打开任务窗格");
    this.host = { excel, office };
    this.caps = detectCapabilities(office);
    const { events, selectionEvents, conditionalFormats, dataValidation, formatting, level } = this.caps;
    this.capabilities = { events, selectionEvents, conditionalFormats, dataValidation, formatting, level };
    this.events = new OfficeEvents({
      run: (batch) => this.run(batch),
      runIn: (context, batch) => this.host.excel.run(context, batch),
      workbookEvents: this.caps.workbookEvents,
      sheetEvents: this.caps.events,
      triggerSource: this.caps.triggerSource,
    });
  }

  /** One batch; while a cell is being edited Excel delays it where it can (1.5), and rejects it otherwise. */
  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.caps.delayForCellEdit ? this.host.excel.run({ delayForCellEdit: true }, batch) : this.host.excel.run(batch);
  }

  async listSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  private requireNamedItems(): void {
    if (!this.caps.namedItems)
      throw new WorkbookError("当前 Excel 版本不支持工作簿名称（需要 ExcelApi 1.4），请使用 Office 2021、Office 2024 或 Microsoft 365");
  }

  async readNamed(names: string[]): Promise<Record<string, NamedRead | null>> {
    this.requireNamedItems();
    return this.run(async (context) => {
      const queued = names.map((name) => {
        const item = context.workbook.names.getItemOrNullObject(name);
        const range = item.getRangeOrNullObject();
        range.load("address,values");
        return { name, item, range };
      });
      await context.sync();
      const result: Record<string, NamedRead | null> = {};
      for (const { name, item, range } of queued) {
        if (item.isNullObject || range.isNullObject) {
          result[name] = null;
          continue;
        }
        result[name] = { range: parseA1(range.address), values: portValues(range.values) };
      }
      return result;
    });
  }

  async readRanges(ranges: RangeRef[]): Promise<(RawValue[][] | null)[]> {
    const attempt = (existing: Set<string> | null) =>
      this.run(async (context) => {
        const queued = ranges.map((r) => {
          if (existing && !existing.has(r.sheet)) return null;
          const range = context.workbook.worksheets.getItem(r.sheet).getRange(a1(r));
          range.load("values");
          return range;
        });
        await context.sync();
        return queued.map((range) => (range ? portValues(range.values) : null));
      });
    try {
      return await attempt(null);
    } catch (e) {
      if ((e as { code?: string }).code !== "ItemNotFound") throw e;
      return attempt(new Set(await this.listSheets()));
    }
  }

  /** The text kept under a key: its workbook name read as `readNamed` does (one sync). */
  async readStored(key: StoreKey): Promise<string | null> {
    const { sheet, name } = storeLocation(key);
    const block = (await this.readNamed([name]))[name];
    return block ? storedText(block.values, sheet) : null;
  }

  async apply(given: WriteOp[]): Promise<void> {
    if (given.length === 0) return;
    // A `store` op becomes plain operations on its sheet, which needs knowing whether the sheet is there (one read).
    const ops = given.some((o) => o.op === "store") ? expandStoreOps(given, await this.listSheets()) : given;
    const definedNames = ops.filter((o): o is Extract<WriteOp, { op: "name" }> => o.op === "name").map((o) => o.name);
    if (definedNames.length) this.requireNamedItems();
    const existingNames = definedNames.length ? await this.existingNames() : new Set<string>();
    const addsSheets = ops.some((o) => o.op === "addSheet");
    try {
      await this.run(async (context) => {
        if (this.caps.enableEvents) context.runtime.enableEvents = false;
        for (const op of ops) this.queue(context, op, existingNames);
        if (this.caps.enableEvents) context.runtime.enableEvents = true;
        // New sheets get ids now: learn them in the same sync, so their first change event costs no extra read.
        const sheets = addsSheets ? context.workbook.worksheets : null;
        if (sheets) sheets.load("items/id,items/name");
        await context.sync();
        if (sheets) this.events.remember(sheets.items);
      });
    } catch (e) {
      // A failed batch stops before re-enabling events; turn them back on so the live check keeps working.
      if (this.caps.enableEvents)
        await this.run(async (context) => {
          context.runtime.enableEvents = true;
          await context.sync();
        });
      throw e;
    }
    // Per-sheet events (1.7–1.8) need handlers on the new sheets; with events off no onAdded announced them.
    if (addsSheets) await this.events.coverNewSheets();
  }

  private async existingNames(): Promise<Set<string>> {
    return this.run(async (context) => {
      const names = context.workbook.names;
      names.load("items/name");
      await context.sync();
      return new Set(names.items.map((n) => n.name));
    });
  }

  private sheet(context: Excel.RequestContext, name: string): Excel.Worksheet {
    return context.workbook.worksheets.getItem(name);
  }

  private range(context: Excel.RequestContext, r: RangeRef): Excel.Range {
    return this.sheet(context, r.sheet).getRange(a1(r));
  }

  /** Queue the Excel calls for one write operation (nothing is sent until the caller syncs). */
  private queue(context: Excel.RequestContext, op: WriteOp, existingNames: Set<string>): void {
    const caps = this.caps;
    switch (op.op) {
      case "addSheet":
        context.workbook.worksheets.add(op.sheet);
        return;
      case "deleteSheet": {
        // Excel refuses to delete a VeryHidden sheet (such as `_年报助手`); a Hidden one it deletes.
        const sheet = this.sheet(context, op.sheet);
        if (caps.formatting) sheet.visibility = "Hidden";
        sheet.delete();
        return;
      }
      case "sheetVisibility":
        if (caps.formatting) this.sheet(context, op.sheet).visibility = VISIBILITY[op.visibility];
        return;
      case "values":
        this.range(context, op.range).values = excelValues(op.values);
        return;
      case "formulas":
        this.range(context, op.range).formulas = op.formulas;
        return;
      case "merge":
        if (caps.formatting) this.range(context, op.range).merge(false);
        return;
      case "style":
        this.queueStyle(this.range(context, op.range), op.range, op.style);
        return;
      case "columnWidth": {
        if (!caps.formatting) return;
        const letters = columnLetters(op.col);
        this.sheet(context, op.sheet).getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(op.width);
        return;
      }
      case "rowHeight":
        if (caps.formatting) this.sheet(context, op.sheet).getRange(`${op.row + 1}:${op.row + 1}`).format.rowHeight = op.height;
        return;
      case "validation":
        if (caps.dataValidation) this.queueValidation(this.range(context, op.range), op.rule);
        return;
      case "conditionalFormat": {
        if (!caps.conditionalFormats) return;
        const cf = this.range(context, op.range).conditionalFormats.add("Custom");
        cf.custom.rule.formula = op.formula;
        if (op.style.fill) cf.custom.format.fill.color = op.style.fill;
        if (op.style.fontColor) cf.custom.format.font.color = op.style.fontColor;
        if (op.style.bold !== undefined) cf.custom.format.font.bold = op.style.bold;
        return;
      }
      case "name":
        if (existingNames.has(op.name)) context.workbook.names.getItem(op.name).delete();
        context.workbook.names.add(op.name, this.range(context, op.range));
        existingNames.add(op.name);
        return;
      case "protect":
        if (caps.formatting) this.sheet(context, op.sheet).protection.protect();
        return;
      case "unprotect":
        if (caps.formatting) this.sheet(context, op.sheet).protection.unprotect();
        return;
      case "pageSetup": {
        // Below ExcelApi 1.9 there is no page layout API; Excel's defaults stay.
        if (!caps.pageLayout) return;
        const layout = this.sheet(context, op.sheet).pageLayout;
        layout.paperSize = "A4";
        layout.orientation = op.setup.orientation === "landscape" ? "Landscape" : "Portrait";
        if (op.setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        return;
      }
      case "store":
        throw new WorkbookError("内部错误：保存操作应在写入前展开");
      default: {
        const never: never = op;
        throw new WorkbookError(`不支持的写入操作：${JSON.stringify(never)}`);
      }
    }
  }

  private queueStyle(range: Excel.Range, ref: RangeRef, style: CellStyle): void {
    const f = range.format;
    if (style.bold !== undefined) f.font.bold = style.bold;
    if (style.fontName !== undefined) f.font.name = style.fontName;
    if (style.fontSize !== undefined) f.font.size = style.fontSize;
    if (style.fontColor !== undefined) f.font.color = style.fontColor;
    if (style.fill !== undefined) f.fill.color = style.fill;
    if (style.horizontal !== undefined) f.horizontalAlignment = HORIZONTAL[style.horizontal];
    if (style.vertical !== undefined) f.verticalAlignment = VERTICAL[style.vertical];
    if (style.wrap !== undefined) f.wrapText = style.wrap;
    if (style.border) {
      const edges: ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical")[] = [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
      ];
      if (ref.rows > 1) edges.push("InsideHorizontal");
      if (ref.cols > 1) edges.push("InsideVertical");
      for (const edge of edges) {
        const b = f.borders.getItem(edge);
        b.style = "Continuous";
        b.weight = "Thin";
        b.color = "#000000";
      }
    }
    if (style.numberFormat !== undefined) {
      range.numberFormat = Array.from({ length: ref.rows }, () => Array.from({ length: ref.cols }, () => style.numberFormat!));
    }
    if (style.locked !== undefined && this.caps.formatting) f.protection.locked = style.locked;
  }

  private queueValidation(range: Excel.Range, rule: ValidationRule): void {
    const dv = range.dataValidation;
    dv.clear();
    const basic = { formula1: rule.min, operator: "GreaterThanOrEqualTo" as const };
    dv.rule = rule.type === "wholeNumber" ? { wholeNumber: basic } : { decimal: basic };
    dv.prompt = { showPrompt: true, title: rule.promptTitle, message: rule.prompt };
    dv.errorAlert = { showAlert: true, style: "Stop", title: rule.errorTitle, message: rule.error };
  }

  async select(ranges: RangeRef[]): Promise<void> {
    if (ranges.length === 0) return;
    const sheetName = ranges[0].sheet;
    await this.run(async (context) => {
      const ws = this.sheet(context, sheetName);
      ws.activate();
      const onSheet = ranges.filter((r) => r.sheet === sheetName);
      if (this.caps.multiSelect && onSheet.length > 1) ws.getRanges(onSheet.map((r) => a1(r)).join(",")).select();
      else ws.getRange(a1(onSheet[0])).select();
      await context.sync();
    });
  }

  onChanged(handler: (event: ChangeEvent) => void): Promise<Unsubscribe> {
    if (!this.caps.events) return Promise.resolve(async () => undefined);
    return this.events.onChanged(handler);
  }

  onSelectionChanged(handler: (event: SelectionEvent) => void): Promise<Unsubscribe> {
    if (!this.caps.selectionEvents) return Promise.resolve(async () => undefined);
    return this.events.onSelectionChanged(handler);
  }
}

/** Where the pane runs, from `Office.onReady`. */
export interface OfficeReadyInfo {
  /** `Excel` inside Excel; `null` when the page was opened outside Office. */
  host: string | null;
}

/**
 * Wait for office.js to initialise (`Office.onReady`).
 * @throws WorkbookError (Chinese) when office.js was not loaded (blocked CDN, offline intranet) or does not answer
 *   within `timeoutMs`.
 */
export async function officeReady(timeoutMs = 15000): Promise<OfficeReadyInfo> {
  const office = (globalThis as unknown as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function")
    throw new WorkbookError("未能加载 Office 脚本（office.js）。请检查网络，或请管理员改用内网部署的 office.js 后重新打开任务窗格。");
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new WorkbookError("Office 长时间没有响应。请关闭任务窗格后重新打开；仍不行时请重启 Excel。")), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    return { host: info.host ? String(info.host) : null };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Connect to the workbook of the Excel that hosts the pane.
 * @throws WorkbookError (Chinese) when office.js is missing, or the pane is not running inside Excel.
 */
export async function connectExcel(timeoutMs?: number): Promise<OfficeWorkbook> {
  const info = await officeReady(timeoutMs);
  if (info.host !== "Excel") throw new WorkbookError("年报助手需要在 Excel 中使用：请在 Excel 的“开始”选项卡点击“打开年报助手”。");
  return new OfficeWorkbook();
}
