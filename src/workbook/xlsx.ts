/**
 * The .xlsx WorkbookPort, on exceljs: the same layout code writes the tables into a file and reads them back, for the
 * CLI and tests. Node only (reads and writes files).
 *
 * Reading follows what Excel shows: a formula cell gives its cached result, an error cell its error text (`#REF!`),
 * rich text its plain text, a date its text (`YYYY-MM-DD`, with ` HH:MM:SS` when it has a time), a hyperlink its
 * text, and the non-top-left cells of a merged block give `null`. A formula cell without a cached result (a file saved
 * by a program that does not calculate) gives its formula text, e.g. `=SUM(D5:I5)`, so that it is not taken for a
 * blank cell. Workbook names resolve to their block; a name pointing to `#REF!` or to a sheet that does not exist
 * reads as `null`.
 *
 * A file has no live user, so `capabilities.events` and `selectionEvents` are false and no handler is ever called.
 */
import type ExcelJS from "exceljs";
import { promises as fs } from "fs";
import {
  WorkbookError,
  a1,
  parseA1,
  type Capabilities,
  type CellStyle,
  type ChangeEvent,
  type SelectionEvent,
  type Unsubscribe,
  type NamedRead,
  type RangeRef,
  type RawValue,
  type WorkbookPort,
  type WriteOp,
  type StoreKey,
} from "./port";
import { storedText, storeLocation, storeOps } from "./stored";
import { firstUnwritable } from "../report/unwritable";
import { CELL_TEXT_LIMIT } from "../report/json-keys";
import type { XlsxLimits } from "./xlsx-extract";

let exceljsModule: typeof ExcelJS | undefined;

/** exceljs, loaded when first needed: loading it takes a few hundred ms, and the CLI's batch reads most workbooks without it. */
function excel(): typeof ExcelJS {
  exceljsModule ??= require("exceljs") as typeof ExcelJS;
  return exceljsModule;
}

/** Traffic counters, as on the in-memory port. */
export interface XlsxStats {
  reads: number;
  writes: number;
  syncs: number;
}

const argb = (hex: string) => `FF${hex.replace(/^#/, "").toUpperCase()}`;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** The text of a date as read from a file (exceljs gives dates in UTC). */
function dateText(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0) return day;
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Convert an exceljs cell value into the value Excel would show. */
function shownValue(v: unknown): RawValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateText(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("error" in o) return String(o.error);
    if ("richText" in o && Array.isArray(o.richText)) return o.richText.map((t: { text?: string }) => t.text ?? "").join("");
    if ("text" in o) return shownValue(o.text);
  }
  return String(v);
}

/**
 * What a cell shows. A formula cell gives its cached result — read from `cell.result`, because exceljs's `cell.value`
 * drops a result of 0, "" or false — or its formula text `=…` (shared formulas translated to the cell) when the file
 * holds no result.
 */
function shownCell(cell: ExcelJS.Cell): RawValue {
  if (cell.type === excel().ValueType.Formula) {
    const result: unknown = cell.result;
    return result === undefined ? `=${cell.formula}` : shownValue(result);
  }
  return shownValue(cell.value);
}

/** A file that cannot be read as an .xlsx workbook; `message` is Chinese, `detail` the library's own message. */
export class XlsxReadError extends WorkbookError {
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
    this.name = "XlsxReadError";
  }
}

/** The first bytes of a zip archive (every .xlsx is one). */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** The first bytes of an OLE compound file: an .xlsx with an open password, or an Excel 97–2003 .xls. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, sig: number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

/** Why bytes cannot be an .xlsx workbook by their first bytes alone (after the source's name), or `undefined`. */
function bytesProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return "为空（0 字节）";
  if (startsWith(bytes, ZIP_SIGNATURE)) return undefined;
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return "设置了打开密码，或是旧版 Excel 97-2003（.xls）文件；请在 Excel 中取消密码，或另存为 .xlsx 后再试";
  }
  return "不是 .xlsx 工作簿（文件内容不是 zip 压缩包）";
}

/**
 * The Chinese reason (after the source's name) for an error of exceljs or its zip library while loading, e.g.
 * `Corrupted zip: can't find end of central directory` → `已损坏或不完整（不是完整的 .xlsx 压缩包）`.
 */
export function xlsxReadReason(libraryMessage: string): string {
  if (/encrypted/i.test(libraryMessage)) return "设置了密码，无法读取；请在 Excel 中取消密码并另存为 .xlsx 后再试";
  if (/zip|central dir|signature|end of data|inflate|stored block|distance too far|header check|crc32|compression|uncompressed|invalid code|unexpected end/i.test(libraryMessage)) {
    return "已损坏或不完整（不是完整的 .xlsx 压缩包）";
  }
  if (/merge/i.test(libraryMessage)) {
    return "中有相互重叠的合并单元格，无法读取；请用 Excel 打开（按提示修复）并另存后再试";
  }
  return "的内容不符合 .xlsx 格式，无法读取（可能已损坏，或由不兼容的软件生成）；请在 Excel 中打开并另存为 .xlsx 后再试";
}

/** What `fromBuffer` reads of a workbook: the blocks of some workbook names, within limits. */
export interface ReadOnly {
  names: readonly string[];
  limits?: XlsxLimits;
}

/** Excel's most characters in one cell. */
export const EXCEL_CELL_CHARS = CELL_TEXT_LIMIT;

/**
 * Check a text before it goes into a cell of a file.
 * @throws WorkbookError for a character no .xlsx can hold (`firstUnwritable`) or a text longer than Excel's 32,767
 *   characters, naming the cell.
 */
function writableText(text: string, address: string): void {
  const bad = firstUnwritable(text);
  if (bad) throw new WorkbookError(`单元格 ${address} 的文字第 ${bad.position} 个字符是 ${bad.codePoint}，Excel 文件不能保存它；请删除后再试`);
  if (text.length > EXCEL_CELL_CHARS) {
    throw new WorkbookError(`单元格 ${address} 的文字有 ${text.length} 个字符，超过 Excel 一个单元格最多 ${EXCEL_CELL_CHARS} 个字符的上限，Excel 会截断它；请分段后再试`);
  }
}

/** The .xlsx port. Create it with `open`, `create` or `fromBuffer`; write it with `save` or `toBuffer`. */
export class XlsxWorkbook implements WorkbookPort {
  readonly capabilities: Capabilities = {
    events: false,
    selectionEvents: false,
    conditionalFormats: true,
    dataValidation: true,
    formatting: true,
    level: "xlsx（exceljs）",
  };

  /** Traffic counters: one sync per `readNamed`/`readRanges`/`apply` call. */
  stats: XlsxStats = { reads: 0, writes: 0, syncs: 0 };

  /** The names a bounded read (`fromBuffer` with `only`) kept; `null` when the whole workbook was loaded. */
  private bounded: Set<string> | null = null;

  private constructor(readonly workbook: ExcelJS.Workbook) {}

  /**
   * Open an .xlsx file.
   * @throws WorkbookError when the file cannot be read or is not an .xlsx workbook, e.g. `文件“a.xlsx”不存在`,
   *   `文件“a.xlsx”已损坏或不完整（不是完整的 .xlsx 压缩包）`.
   */
  static async open(path: string): Promise<XlsxWorkbook> {
    let buf: Buffer;
    try {
      buf = await fs.readFile(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const reason =
        code === "ENOENT" ? "不存在" : code === "EISDIR" ? "是文件夹" : code === "EACCES" || code === "EPERM" ? "没有读取权限" : `读取失败（${code ?? "未知原因"}）`;
      throw new XlsxReadError(`文件“${path}”${reason}`, (e as Error).message);
    }
    return XlsxWorkbook.fromBuffer(buf, `文件“${path}”`);
  }

  /** A new, empty workbook (no sheets). */
  static create(): XlsxWorkbook {
    const wb = new (excel().Workbook)();
    wb.creator = "年报助手";
    return new XlsxWorkbook(wb);
  }

  /**
   * Read an .xlsx workbook from bytes.
   * @param what how to name the source at the start of error messages, e.g. `文件` or `文件“a.xlsx”`.
   * @param only read just the blocks of these workbook names (with bounded memory and time, see xlsx-extract.ts):
   *   every sheet is listed, but cells outside the blocks read as empty. Without it the whole workbook is loaded, as
   *   for a workbook about to be written.
   * @throws XlsxReadError (a WorkbookError) with a Chinese reason after `what` when the bytes are empty, not a zip
   *   archive, an encrypted or old .xls file, a truncated or corrupt archive, or a workbook exceljs cannot read
   *   (see `xlsxReadReason`), or, with `only`, past a limit of `XLSX_LIMITS` (`文件有 120 MB，超过 100 MB 的上限…`,
   *   `文件中的“xl/worksheets/sheet1.xml”解压后的大小与声明不符…`); the library's own message is kept in `detail`.
   */
  static async fromBuffer(buf: ArrayBuffer | Uint8Array, what = "文件", only?: ReadOnly): Promise<XlsxWorkbook> {
    let bytes: Uint8Array = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
    const signature = bytesProblem(bytes);
    if (signature) throw new XlsxReadError(`${what}${signature}`, "");
    if (only) {
      // The bounded reader is Node-only (yauzl, Buffer): loaded only here, so that the pane (审核汇总, which reads a
      // chosen workbook whole) never evaluates it.
      const { reduceXlsx, XlsxArchiveError, XlsxLimitError, XLSX_LIMITS } = await import("./xlsx-extract");
      try {
        bytes = await reduceXlsx(bytes, only.names, only.limits ?? XLSX_LIMITS);
      } catch (e) {
        if (e instanceof XlsxLimitError) throw new XlsxReadError(`${what}${e.message}`, "limit");
        if (e instanceof XlsxArchiveError) throw new XlsxReadError(`${what}${xlsxReadReason(e.message)}`, e.message);
        throw e;
      }
    }
    const wb = new (excel().Workbook)();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      throw new XlsxReadError(`${what}${xlsxReadReason(detail)}`, detail);
    }
    const port = new XlsxWorkbook(wb);
    if (only) port.bounded = new Set(only.names.map((n) => n.toUpperCase()));
    return port;
  }

  /** Write the workbook to a file. */
  async save(path: string): Promise<void> {
    await fs.writeFile(path, await this.toBuffer());
  }

  /** The workbook as .xlsx bytes. */
  async toBuffer(): Promise<Buffer> {
    const out = await this.workbook.xlsx.writeBuffer();
    return Buffer.from(out as ArrayBuffer);
  }

  // ───────────────────────────── WorkbookPort ─────────────────────────────

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  /** Where a workbook name points, or `null` when it is missing, `#REF!`, split, or on a missing sheet. */
  resolveName(name: string): RangeRef | null {
    const model = this.workbook.definedNames.model;
    const found = model.find((d) => d.name.toUpperCase() === name.toUpperCase() && d.ranges.length > 0);
    if (!found || found.ranges.length !== 1) return null;
    const text = found.ranges[0];
    if (/#REF!/i.test(text)) return null;
    let range: RangeRef;
    try {
      range = parseA1(text);
    } catch {
      // not an address (a constant or formula name): not a block we can read
      return null;
    }
    if (!this.workbook.getWorksheet(range.sheet)) return null;
    return range;
  }

  async readNamed(names: string[]): Promise<Record<string, NamedRead | null>> {
    this.stats.syncs++;
    const out: Record<string, NamedRead | null> = {};
    for (const n of names) {
      this.stats.reads++;
      const range = this.resolveName(n);
      out[n] = range ? { range, values: this.valuesOf(range) } : null;
    }
    return out;
  }

  async readRanges(ranges: RangeRef[]): Promise<(RawValue[][] | null)[]> {
    this.stats.syncs++;
    return ranges.map((r) => {
      this.stats.reads++;
      return this.workbook.getWorksheet(r.sheet) ? this.valuesOf(r) : null;
    });
  }

  /**
   * The text kept under a key (see stored.ts).
   * @throws Error (a defect) after a bounded read (`only`) that did not keep the key's name.
   */
  async readStored(key: StoreKey): Promise<string | null> {
    this.stats.syncs++;
    this.stats.reads++;
    const { sheet, name } = storeLocation(key);
    // A bounded read emptied the sheets of the names it did not keep: reading such a name would find blank pieces.
    if (this.bounded && !this.bounded.has(name.toUpperCase())) throw new Error(`readStored: ${name} was not among the names read`);
    const range = this.resolveName(name);
    return range ? storedText(this.valuesOf(range), sheet) : null;
  }

  async apply(ops: WriteOp[]): Promise<void> {
    this.stats.syncs++;
    for (const op of ops) {
      this.stats.writes++;
      await this.applyOne(op);
    }
  }

  /** Make the sheet active and set its active cell to the first block's top-left cell. */
  async select(ranges: RangeRef[]): Promise<void> {
    if (ranges.length === 0) return;
    const ws = this.sheetOf(ranges[0].sheet);
    if (ranges.some((r) => r.sheet !== ws.name)) throw new WorkbookError("一次只能选择同一工作表上的单元格");
    this.workbook.views = [{ ...(this.workbook.views?.[0] ?? {}), activeTab: this.workbook.worksheets.indexOf(ws) } as ExcelJS.WorkbookView];
    ws.views = [{ state: "normal", activeCell: a1({ ...ranges[0], rows: 1, cols: 1 }) }];
  }

  /** Files have no live user: the handler is never called. */
  async onChanged(_handler: (event: ChangeEvent) => void): Promise<Unsubscribe> {
    return async () => undefined;
  }

  /** Files have no live user: the handler is never called. */
  async onSelectionChanged(_handler: (event: SelectionEvent) => void): Promise<Unsubscribe> {
    return async () => undefined;
  }

  // ───────────────────────────── inspection ─────────────────────────────

  /** The value a cell shows (see the module comment), `null` when empty; throws when the sheet is missing. */
  getValue(sheet: string, row: number, col: number): RawValue {
    return this.valuesOf({ sheet, row, col, rows: 1, cols: 1 })[0][0];
  }

  /** The exceljs worksheet, for inspection in tests. */
  worksheet(sheet: string): ExcelJS.Worksheet {
    return this.sheetOf(sheet);
  }

  // ───────────────────────────── internals ─────────────────────────────

  private sheetOf(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new WorkbookError(`找不到工作表“${name}”`);
    return ws;
  }

  private isCovered(cell: ExcelJS.Cell): boolean {
    return cell.isMerged && cell.master.address !== cell.address;
  }

  private valuesOf(range: RangeRef): RawValue[][] {
    const ws = this.sheetOf(range.sheet);
    const out: RawValue[][] = [];
    for (let r = 0; r < range.rows; r++) {
      const row: RawValue[] = [];
      for (let c = 0; c < range.cols; c++) {
        const cell = ws.getCell(range.row + r + 1, range.col + c + 1);
        row.push(this.isCovered(cell) ? null : shownCell(cell));
      }
      out.push(row);
    }
    return out;
  }

  private forEachCell(range: RangeRef, fn: (cell: ExcelJS.Cell, r: number, c: number) => void): void {
    const ws = this.sheetOf(range.sheet);
    for (let r = 0; r < range.rows; r++)
      for (let c = 0; c < range.cols; c++) fn(ws.getCell(range.row + r + 1, range.col + c + 1), r, c);
  }

  private checkShape(range: RangeRef, values: unknown[][]): void {
    if (values.length !== range.rows || values.some((r) => r.length !== range.cols))
      throw new WorkbookError(`写入 ${a1(range)} 的数据形状不符：应为 ${range.rows} 行 × ${range.cols} 列`);
  }

  private applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
    const style: Partial<ExcelJS.Style> = { ...cell.style };
    if (s.bold !== undefined || s.fontName !== undefined || s.fontSize !== undefined || s.fontColor !== undefined) {
      const font: Partial<ExcelJS.Font> = { ...(style.font ?? {}) };
      if (s.bold !== undefined) font.bold = s.bold;
      if (s.fontName !== undefined) font.name = s.fontName;
      if (s.fontSize !== undefined) font.size = s.fontSize;
      if (s.fontColor !== undefined) font.color = { argb: argb(s.fontColor) };
      style.font = font;
    }
    if (s.fill !== undefined) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
    if (s.horizontal !== undefined || s.vertical !== undefined || s.wrap !== undefined) {
      const al: Partial<ExcelJS.Alignment> = { ...(style.alignment ?? {}) };
      if (s.horizontal !== undefined) al.horizontal = s.horizontal;
      if (s.vertical !== undefined) al.vertical = s.vertical === "center" ? "middle" : s.vertical;
      if (s.wrap !== undefined) al.wrapText = s.wrap;
      style.alignment = al;
    }
    if (s.border !== undefined) {
      const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
      style.border = s.border ? { top: thin, left: thin, bottom: thin, right: thin } : {};
    }
    if (s.numberFormat !== undefined) style.numFmt = s.numberFormat;
    if (s.locked !== undefined) style.protection = { ...(style.protection ?? {}), locked: s.locked };
    cell.style = style;
  }

  private async applyOne(op: WriteOp): Promise<void> {
    const wb = this.workbook;
    switch (op.op) {
      case "store":
        for (const o of storeOps(op.key, op.text, wb.getWorksheet(storeLocation(op.key).sheet) !== undefined)) await this.applyOne(o);
        // A name left pointing at the removed sheet would make Excel repair the file on opening.
        if (op.text === null) wb.definedNames.model = wb.definedNames.model.filter((d) => d.name.toUpperCase() !== storeLocation(op.key).name.toUpperCase());
        return;
      case "addSheet":
        if (wb.getWorksheet(op.sheet)) throw new WorkbookError(`已有名为“${op.sheet}”的工作表`);
        wb.addWorksheet(op.sheet);
        return;
      case "deleteSheet":
        wb.removeWorksheet(this.sheetOf(op.sheet).id);
        return;
      case "sheetVisibility":
        this.sheetOf(op.sheet).state = op.visibility;
        return;
      case "values":
        this.checkShape(op.range, op.values);
        this.forEachCell(op.range, (cell, r, c) => {
          if (this.isCovered(cell)) return;
          const v = op.values[r][c];
          // An .xlsx holding one of these cannot be opened, and Excel cuts text past its limit.
          if (typeof v === "string") writableText(v, cell.address);
          cell.value = v === undefined ? null : v;
        });
        return;
      case "formulas":
        this.checkShape(op.range, op.formulas);
        this.forEachCell(op.range, (cell, r, c) => {
          if (this.isCovered(cell)) return;
          const f = op.formulas[r][c];
          cell.value = f.startsWith("=") ? ({ formula: f.slice(1) } as ExcelJS.CellFormulaValue) : f === "" ? null : f;
        });
        return;
      case "merge": {
        if (op.range.rows === 1 && op.range.cols === 1) return;
        const ws = this.sheetOf(op.range.sheet);
        try {
          ws.mergeCells(op.range.row + 1, op.range.col + 1, op.range.row + op.range.rows, op.range.col + op.range.cols);
        } catch (e) {
          throw new WorkbookError(`不能合并 ${a1(op.range)}：${(e as Error).message}`);
        }
        return;
      }
      case "style":
        this.forEachCell(op.range, (cell) => this.applyStyle(cell, op.style));
        return;
      case "columnWidth":
        this.sheetOf(op.sheet).getColumn(op.col + 1).width = op.width;
        return;
      case "rowHeight":
        this.sheetOf(op.sheet).getRow(op.row + 1).height = op.height;
        return;
      case "validation": {
        const rule = op.rule;
        const dv: ExcelJS.DataValidation = {
          type: rule.type === "wholeNumber" ? "whole" : "decimal",
          operator: "greaterThanOrEqual",
          allowBlank: true,
          formulae: [rule.min],
          showInputMessage: true,
          promptTitle: rule.promptTitle,
          prompt: rule.prompt,
          showErrorMessage: true,
          errorStyle: "stop",
          errorTitle: rule.errorTitle,
          error: rule.error,
        };
        this.forEachCell(op.range, (cell) => {
          cell.dataValidation = { ...dv, formulae: [...dv.formulae] };
        });
        return;
      }
      case "conditionalFormat": {
        const ws = this.sheetOf(op.range.sheet);
        const style: Partial<ExcelJS.Style> = {};
        if (op.style.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(op.style.fill) } };
        if (op.style.fontColor !== undefined || op.style.bold !== undefined) {
          style.font = {};
          if (op.style.fontColor) style.font.color = { argb: argb(op.style.fontColor) };
          if (op.style.bold !== undefined) style.font.bold = op.style.bold;
        }
        const existing = (ws as unknown as { conditionalFormattings?: { rules: unknown[] }[] }).conditionalFormattings ?? [];
        const priority = existing.reduce((n, cf) => n + cf.rules.length, 0) + 1;
        ws.addConditionalFormatting({
          ref: a1(op.range),
          rules: [{ type: "expression", priority, formulae: [op.formula.replace(/^=/, "")], style }],
        });
        return;
      }
      case "name": {
        this.sheetOf(op.range.sheet);
        const r = op.range;
        const quoted = `'${r.sheet.replace(/'/g, "''")}'`;
        const abs = (row: number, col: number) => `$${a1({ row, col, rows: 1, cols: 1 }).replace(/(\d+)$/, "$$$1")}`;
        const ref =
          r.rows === 1 && r.cols === 1
            ? `${quoted}!${abs(r.row, r.col)}`
            : `${quoted}!${abs(r.row, r.col)}:${abs(r.row + r.rows - 1, r.col + r.cols - 1)}`;
        const model = wb.definedNames.model.filter((d) => d.name.toUpperCase() !== op.name.toUpperCase());
        model.push({ name: op.name, ranges: [ref] });
        wb.definedNames.model = model;
        return;
      }
      case "protect":
        await this.sheetOf(op.sheet).protect("", {
          selectLockedCells: true,
          selectUnlockedCells: true,
          formatColumns: true,
          formatRows: true,
        });
        return;
      case "unprotect":
        this.sheetOf(op.sheet).unprotect();
        return;
      case "pageSetup": {
        const ws = this.sheetOf(op.sheet);
        ws.pageSetup.paperSize = 9; // A4
        ws.pageSetup.orientation = op.setup.orientation;
        if (op.setup.fitToWidth) Object.assign(ws.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
        return;
      }
    }
  }
}
