/**
 * The core functions the pane calls, loaded on first use so the start-up bundle holds only React, Fluent UI and the
 * pane (the format, rules and sheet layout come in a separate chunk when the pane first checks the workbook).
 */
import type { CellChange, CheckOptions, Finding, SkippedTotal } from "../rules";
import type { Explanation, ReportData, ReportRead } from "../report";
import type { InfoTarget, ReadResult, RepairPlan, ReportSet } from "../workbook/layout";
import type { RawValue, WorkbookPort, WriteOp } from "../workbook/port";
import { formatOf, latestFormat, type CellKey, type FormatDef } from "../format";

/** What the pane needs from the core; tests pass their own (see `makeServices`). */
export interface ReportServices {
  /** Insert the three tables and the report sheets of a set (one `apply`). */
  insertReport(port: WorkbookPort, data?: ReportData, set?: ReportSet): Promise<void>;
  /** Insert a blank report of a year in that year's format, 报告年度 filled and the format recorded (one `apply`). */
  insertNewReport(port: WorkbookPort, year: number, format: FormatDef, set?: ReportSet): Promise<void>;
  /** Read a set's tables back through its workbook names (one `readNamed`). */
  readReport(port: WorkbookPort, set?: ReportSet): Promise<ReadResult>;
  /**
   * The one check pipeline (`checkReport` of src/rules): every finding of what was read, read problems included; with
   * last year's report in `options.previous`, the cross-year rules too.
   */
  checkReport(read: ReportData | ReportRead, options?: CheckOptions): Finding[];
  /** Open 强制, open 提示 and 已说明 counts of a list of findings. */
  summarize(findings: Finding[]): { errors: number; warnings: number; explained: number };
  /** How many individual table checks `checkReport` runs (H1–H6) on a report (in the newest format when not given). */
  checkCount(data?: ReportData): number;
  /** How many 报告信息 and text checks `checkReport` runs without last year's report. */
  softCheckCount(data?: ReportData): number;
  /** The sheets of the first set, to ask before writing over them. */
  reportSheets: readonly string[];
  /** Sheets and names of set n. */
  reportSet(index?: number): ReportSet;
  /** Sets present among these sheet names. */
  reportSetsIn(sheets: string[]): number[];
  /** The index of a new set. */
  nextReportSet(sheets: string[]): number;
  /** Plan 修复表格 / 替换（保留已填数据） (reads only). */
  planRepair(port: WorkbookPort, options?: { set?: number; backup?: boolean }): Promise<RepairPlan>;
  /** Blank input cells → 0. */
  planFillBlanks(data: ReportData): CellChange[];
  /** 转为数值: numbers typed as text, in full-width digits or with a unit → numbers. */
  planConvertNumbers(data: ReportData): CellChange[];
  /** The text cells 转为数值 leaves alone, with the reason. */
  skippedConversions(data: ReportData): SkippedTotal[];
  /** Totals computed from their parts. */
  planComputeTotals(data: ReportData): { changes: CellChange[]; skipped: SkippedTotal[] };
  /** Writes of values into input cells where they are now. */
  planWriteValues(read: ReadResult, values: Record<CellKey, RawValue>): WriteOp[];
  /** Writes of values into 报告信息 where its rows are now. */
  planWriteInfo(read: ReadResult, values: { target: InfoTarget; value: RawValue }[]): WriteOp[];
  /** Writes replacing the kept 说明. */
  planWriteExplanations(read: ReadResult, explanations: Explanation[]): WriteOp[];
}

type LayoutModule = typeof import("../workbook/layout");
type RulesModule = typeof import("../rules");

/** The services over the layout and rules modules. */
export function makeServices(layout: LayoutModule, rules: RulesModule): ReportServices {
  return {
    insertReport: layout.insertReport,
    insertNewReport: layout.insertNewReport,
    readReport: layout.readReport,
    checkReport: (read, options) => rules.checkReport(read, options),
    summarize: rules.summarize,
    checkCount: (data) => rules.checkCount(data ? formatOf(data) : latestFormat()),
    softCheckCount: (data) => rules.softCheckCount(data ? formatOf(data) : latestFormat()),
    reportSheets: layout.REPORT_SHEETS,
    reportSet: layout.reportSet,
    reportSetsIn: layout.reportSetsIn,
    nextReportSet: layout.nextReportSet,
    planRepair: layout.planRepair,
    planFillBlanks: rules.planFillBlanks,
    planComputeTotals: rules.planComputeTotals,
    planConvertNumbers: rules.planConvertNumbers,
    skippedConversions: rules.skippedConversions,
    planWriteValues: layout.planWriteValues,
    planWriteInfo: layout.planWriteInfo,
    planWriteExplanations: layout.planWriteExplanations,
  };
}

/** Load the core (a separate chunk in the browser build). */
export async function loadServices(): Promise<ReportServices> {
  const [layout, rules] = await Promise.all([import("../workbook/layout"), import("../rules")]);
  return makeServices(layout, rules);
}
