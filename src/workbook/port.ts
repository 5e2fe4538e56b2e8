/**
 * The WorkbookPort: the small, asynchronous, host-neutral interface through which everything reads and writes a
 * workbook. Implemented by the Office.js adapter (Excel), the in-memory adapter (tests, demo) and the .xlsx adapter
 * (exceljs, CLI); a WPS ET adapter can implement it later. No Office.js type appears here.
 *
 * Coordinates are 0-based (row 0, column 0 is A1). Writes are described as data (`WriteOp`) and applied in one batch,
 * so the sheet layout is a pure plan that every port executes the same way.
 */
import type { StoreKey } from "./stored";

export type { StoreKey } from "./stored";

/** A raw cell value as a host returns it: a number, a string (text or an error value such as `#REF!`), a boolean, or `null` when empty. */
export type RawValue = number | string | boolean | null;

/** A rectangular block of cells on one sheet. */
export interface RangeRef {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The result of reading one workbook name. */
export interface NamedRead {
  /** Where the name points now (it moves when rows are inserted above). */
  range: RangeRef;
  /** The values of the whole block, `rows × cols`. */
  values: RawValue[][];
}

/** Cell styling, all optional; only what is set is applied. Colours are `#RRGGBB`. */
export interface CellStyle {
  bold?: boolean;
  fontName?: string;
  /** Points. */
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  wrap?: boolean;
  /** Thin borders on every edge of every cell in the range. */
  border?: boolean;
  numberFormat?: string;
  /** Whether the cell is locked when the sheet is protected. */
  locked?: boolean;
}

/** A data validation rule on input cells. */
export interface ValidationRule {
  type: "wholeNumber" | "decimal";
  /** Inclusive minimum. */
  min: number;
  /** Prompt shown when the cell is selected (title ≤ 32 characters, message ≤ 255). */
  promptTitle: string;
  prompt: string;
  /** Message shown when an invalid value is typed. */
  errorTitle: string;
  error: string;
}

/**
 * One write operation. A port applies a list of them in order, in a single batch (one `sync` in Excel).
 * `formulas` writes Excel formulas (strings starting with `=`) in A1 notation relative to nothing (absolute text).
 */
export type WriteOp =
  | { op: "addSheet"; sheet: string }
  | { op: "deleteSheet"; sheet: string }
  | { op: "sheetVisibility"; sheet: string; visibility: "visible" | "hidden" | "veryHidden" }
  | { op: "values"; range: RangeRef; values: RawValue[][] }
  | { op: "formulas"; range: RangeRef; formulas: string[][] }
  | { op: "merge"; range: RangeRef }
  | { op: "style"; range: RangeRef; style: CellStyle }
  | { op: "columnWidth"; sheet: string; col: number; width: number }
  | { op: "rowHeight"; sheet: string; row: number; height: number }
  | { op: "validation"; range: RangeRef; rule: ValidationRule }
  | {
      op: "conditionalFormat";
      range: RangeRef;
      /** An Excel formula relative to the range's top-left cell, true where the style applies. */
      formula: string;
      style: { fill?: string; fontColor?: string; bold?: boolean };
    }
  | { op: "name"; name: string; range: RangeRef }
  | { op: "protect"; sheet: string }
  | { op: "unprotect"; sheet: string }
  /** Print setup: paper, orientation, and fit to one page wide (as many pages tall as needed). */
  | { op: "pageSetup"; sheet: string; setup: PageSetup }
  /**
   * Keep a text in the workbook out of sight under a key (see stored.ts for the form every host uses), replacing what
   * was kept under it; `null` removes it.
   */
  | { op: "store"; key: StoreKey; text: string | null };

/** A sheet's print setup. */
export interface PageSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Scale so every column fits on one page across. */
  fitToWidth: boolean;
}

/** A worksheet change, as a signal only: do not rely on details (multi-cell edits have none in Excel). */
export interface ChangeEvent {
  sheet: string;
  /** The changed block in A1 notation, when the host says (it may be a whole row such as `5:5`, or wrong). */
  address?: string;
  /** `local` for this user, `remote` for a co-author. */
  source: "local" | "remote";
  /**
   * True only when the host says the change came from this add-in's own write (Excel: `triggerSource`, ExcelApi
   * 1.14). A port never guesses: a wrong guess would hide a user's edit, while a missed mark costs one more read.
   */
  byAddin: boolean;
}

/** A selection change, as a signal only. */
export interface SelectionEvent {
  /** The sheet of the new selection; "" when the host does not say (Excel below ExcelApi 1.7). */
  sheet: string;
  /** The selected block(s) in A1 notation, several areas joined by commas, when the host says. */
  address?: string;
}

/** Ends a subscription. Safe to call more than once; the handler is not called after it. */
export type Unsubscribe = () => Promise<void>;

/** What the host can do; computed once when the port is created (office-platform.md §3.4). */
export interface Capabilities {
  /** Change events (ExcelApi 1.7). */
  events: boolean;
  /** Selection events (ExcelApi 1.2; with the sheet and address from 1.7). */
  selectionEvents: boolean;
  /** Conditional formats (1.6). */
  conditionalFormats: boolean;
  /** Data validation (1.8). */
  dataValidation: boolean;
  /** Merge, column width, protection (1.2). */
  formatting: boolean;
  /** The requirement-set level this host reached, for display, e.g. `ExcelApi 1.14`. */
  level: string;
}

/** The port itself. Every method may throw `WorkbookError` with a Chinese message. */
export interface WorkbookPort {
  readonly capabilities: Capabilities;
  /** Names of all worksheets, in tab order, hidden ones included. */
  listSheets(): Promise<string[]>;
  /**
   * Read workbook names and their blocks' values, all in one round trip.
   * @returns for each requested name, its current range and values, or `null` when the name does not exist or its
   *   range was deleted (`#REF!`).
   */
  readNamed(names: string[]): Promise<Record<string, NamedRead | null>>;
  /** Read blocks by address, in one round trip. A missing sheet gives `null`. */
  readRanges(ranges: RangeRef[]): Promise<(RawValue[][] | null)[]>;
  /**
   * Read the text kept under a key (`store` op), in one round trip.
   * @returns the text, or `null` when nothing is kept under the key.
   * @throws WorkbookError with a Chinese message when the store is damaged (see `storedText`).
   */
  readStored(key: StoreKey): Promise<string | null>;
  /** Apply write operations in order, in one batch. Change events caused by it are marked `byAddin`. */
  apply(ops: WriteOp[]): Promise<void>;
  /** Select blocks on one sheet and show that sheet. */
  select(ranges: RangeRef[]): Promise<void>;
  /**
   * Subscribe to changes on every sheet, sheets added later included, for as long as the subscription lives (one
   * subscription serves a pane's lifetime). Resolves with the unsubscribe function once the host has registered the
   * handler; rejects when it could not (Excel refuses a batch while a cell is being edited, unless it can delay it),
   * so the caller can say so and retry. Without `capabilities.events` it resolves and the handler is never called.
   */
  onChanged(handler: (event: ChangeEvent) => void): Promise<Unsubscribe>;
  /** Subscribe to selection changes on every sheet: the same contract as `onChanged`, under `capabilities.selectionEvents`. */
  onSelectionChanged(handler: (event: SelectionEvent) => void): Promise<Unsubscribe>;
}

/** An error from a port, with a Chinese message for the user. */
export class WorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookError";
  }
}

// ───────────────────────────── A1 helpers ─────────────────────────────

/** Column letters for a 0-based column: 0 → `A`, 26 → `AA`. */
export function columnLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The A1 address of a block without its sheet: `B3` or `B3:K30`. */
export function a1(range: Omit<RangeRef, "sheet">): string {
  const tl = `${columnLetters(range.col)}${range.row + 1}`;
  if (range.rows === 1 && range.cols === 1) return tl;
  return `${tl}:${columnLetters(range.col + range.cols - 1)}${range.row + range.rows}`;
}

/** The A1 address with a quoted sheet name: `'统计表'!B3:K30`. */
export function a1WithSheet(range: RangeRef): string {
  return `'${range.sheet.replace(/'/g, "''")}'!${a1(range)}`;
}

/**
 * Parse an A1 address (`B3`, `B3:K30`, `'统计表'!B3:K30`, `Sheet1!$B$3`) into a block.
 * @throws WorkbookError when the text is not an address.
 */
export function parseA1(address: string, defaultSheet = ""): RangeRef {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address.trim());
  if (!m) throw new WorkbookError(`无法识别的单元格地址“${address}”`);
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? defaultSheet);
  const colOf = (letters: string) => letters.toUpperCase().split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c1 = colOf(m[3]);
  const r1 = Number(m[4]) - 1;
  const c2 = m[5] ? colOf(m[5]) : c1;
  const r2 = m[6] ? Number(m[6]) - 1 : r1;
  return {
    sheet,
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}
