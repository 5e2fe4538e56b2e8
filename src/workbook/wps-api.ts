/**
 * The narrow slice of WPS 表格's ET object model that the WPS adapter (`./wps.ts`) uses, typed here on purpose
 * instead of through Kingsoft's published typings (`et-jsapi-declare`, `wps-jsapi`), which are inexact: `Range.Value`
 * is a method there and `Value2` a property, `Range.Address` is a method while VBA has a property, and `wps-jsapi`
 * declares `Borders.Item(...)` as returning `void` (wps-platform.md). Members that are a property in one build and a
 * method in another are typed `Prop<T>` and read through `read`.
 *
 * Sources (each member the adapter uses):
 * - Kingsoft's `et-jsapi-declare@2.5.0` `lib.et.d.ts` (interfaces Application, Workbook, Sheets/Worksheets,
 *   Worksheet, Range, Names, Name, Validation, FormatConditions, FormatCondition, Borders, Interior, Font,
 *   PageSetup) and `addon.et.d.ts` / `index.d.ts` (ApiEvent, CreateTaskPane, GetTaskPane, PluginStorage);
 * - the WPS 加载项 documentation's 事件 page (`Application.ApiEvent.AddApiEventListener("SheetChange",
 *   (Sh, Target) => …)`, `Target.Address()`);
 * - real add-ins: `Application.Worksheets.Item(name).Range(a).Value2` read and written, `Interior.Color`,
 *   `Borders.LineStyle` (404Awesome/ExcelTools src/custom/DailyPlan.js), `CreateTaskPane`/`GetTaskPane`/
 *   `PluginStorage` (the same repository's src/utils/utils.js and the `wpsjs@2.2.3` ET templates);
 * - VBA's documented constants for the numeric arguments (xlExpression = 2, xlValidateWholeNumber = 1, …), because
 *   `Application.Enum` may be missing in a build (the `wpsjs` templates define their own `WPS_Enum` for that).
 */

/** A member that is a property in one WPS build and a method in another. */
export type Prop<T> = T | (() => T);

/** Read a `Prop<T>`: call it when the build made it a method. */
export function read<T>(value: Prop<T>, owner: object): T {
  return typeof value === "function" ? (value as (this: object) => T).call(owner) : value;
}

/** A 1-based collection: `Item(i)` (every build seen) or a callable default member (VBA style `Sheets("名")`). */
export interface EtCollection<T> {
  readonly Count: number;
  Item(index: number | string): T;
}

/** Get an item of a collection; index 1-based or a name. */
export function itemOf<T>(collection: EtCollection<T>, index: number | string): T {
  const item = collection.Item;
  if (typeof item === "function") return item.call(collection, index);
  return (collection as unknown as (i: number | string) => T)(index);
}

/** A cell colour in ET: an integer `R + G·256 + B·65536` (VBA's RGB()). */
export type EtColor = number;

/** `#RRGGBB` → ET colour (blue in the high byte, as VBA's `RGB(r, g, b)`). */
export function etColor(hex: string): EtColor {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #RRGGBB colour: ${hex}`);
  return parseInt(m[1], 16) + parseInt(m[2], 16) * 256 + parseInt(m[3], 16) * 65536;
}

/** What `Range.Value2` gives: a scalar for one cell, a 2-D array (rows of columns, 0-based in JS) for a block. */
export type EtValue = number | string | boolean | null | undefined;

export interface EtFont {
  Bold: boolean;
  Name: string;
  Size: number;
  Color: EtColor;
}

export interface EtInterior {
  Color: EtColor;
}

export interface EtBorders {
  LineStyle: number;
  Weight: number;
  Color: EtColor;
}

export interface EtValidation {
  /** `Add(Type, AlertStyle, Operator, Formula1)`; throws where a validation already exists, hence `Delete` first. */
  Add(type: number, alertStyle: number, operator: number, formula1: string): void;
  Delete(): void;
  IgnoreBlank: boolean;
  InputTitle: string;
  InputMessage: string;
  ErrorTitle: string;
  ErrorMessage: string;
  ShowInput: boolean;
  ShowError: boolean;
}

export interface EtFormatCondition {
  readonly Interior: EtInterior;
  readonly Font: EtFont;
}

export interface EtFormatConditions {
  /** `Add(Type, Operator, Formula1)`; relative references in Formula1 are taken relative to the ACTIVE cell. */
  Add(type: number, operator: number, formula1: string): EtFormatCondition;
}

export interface EtRange {
  /** A method in `et-jsapi-declare` (`Address()`), a property in VBA. */
  readonly Address: Prop<string>;
  Value2: EtValue | EtValue[][];
  Formula: string | string[][];
  NumberFormat: string;
  Locked: boolean;
  WrapText: boolean;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  ColumnWidth: number;
  RowHeight: number;
  readonly Font: EtFont;
  readonly Interior: EtInterior;
  readonly Borders: EtBorders;
  readonly Validation: EtValidation;
  readonly FormatConditions: EtFormatConditions;
  Merge(across?: boolean): void;
  Select(): unknown;
}

export interface EtPageSetup {
  PaperSize: number;
  Orientation: number;
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
}

export interface EtWorksheet {
  Name: string;
  /** xlSheetVisible −1, xlSheetHidden 0, xlSheetVeryHidden 2. */
  Visible: number;
  readonly PageSetup: EtPageSetup;
  Range(address: string): EtRange;
  Activate(): void;
  Delete(): void;
  Protect(): void;
  Unprotect(): void;
}

export interface EtName {
  readonly Name: string;
  /** `=统计表!$A$4:$J$31`, or a text with `#REF!` once the block was deleted. */
  readonly RefersTo: Prop<string>;
  readonly RefersToRange: EtRange;
}

export interface EtNames extends EtCollection<EtName> {
  /** Adds the name, or redefines it when it exists (as in Excel). */
  Add(name: string, refersTo: string): EtName;
}

export interface EtSheets extends EtCollection<EtWorksheet> {
  /** `Add(Before, After)`: the new sheet, activated. */
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
}

export interface EtWorkbook {
  readonly Worksheets: EtSheets;
  readonly Names: EtNames;
}

/** `Application.ApiEvent`: listeners by event name; `SheetChange` gets `(Sh, Target)`. */
export interface EtApiEvent {
  AddApiEventListener(event: string, callback: (...args: never[]) => void): void;
  RemoveApiEventListener(event: string, callback?: (...args: never[]) => void): void;
}

export interface EtTaskPane {
  readonly ID: number;
  Visible: boolean;
}

export interface EtPluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: unknown): void;
}

/** `window.Application` (also `window.wps`) inside WPS 表格. */
export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  ScreenUpdating: boolean;
  DisplayAlerts: boolean;
  /** e.g. `12.1.0.16388`; a property in every build seen, read through `read` all the same. */
  readonly Version?: Prop<string>;
  readonly ApiEvent?: EtApiEvent;
  CreateTaskPane?(url: string, title?: string): EtTaskPane;
  GetTaskPane?(id: number): EtTaskPane | null;
  readonly PluginStorage?: EtPluginStorage;
}

/** VBA's numeric constants for the arguments the adapter passes (Application.Enum may be missing). */
export const XL = {
  /** Range.HorizontalAlignment */
  left: -4131,
  center: -4108,
  right: -4152,
  /** Range.VerticalAlignment */
  top: -4160,
  bottom: -4107,
  /** Borders.LineStyle / Weight */
  continuous: 1,
  thin: 2,
  /** Validation.Add Type / AlertStyle / Operator */
  validateWholeNumber: 1,
  validateDecimal: 2,
  validAlertStop: 1,
  greaterEqual: 7,
  /** FormatConditions.Add Type */
  expression: 2,
  /** Worksheet.Visible */
  sheetVisible: -1,
  sheetHidden: 0,
  sheetVeryHidden: 2,
  /** PageSetup */
  paperA4: 9,
  portrait: 1,
  landscape: 2,
} as const;
