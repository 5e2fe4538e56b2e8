/**
 * The core functions the pane calls, loaded on first use so the start-up bundle holds only React, Fluent UI and the
 * pane (the format, rules and sheet layout come in a separate chunk when a button is first pressed).
 */
import type { Finding } from "../rules";
import type { ReportData } from "../report";
import type { ReadResult } from "../workbook/layout";
import type { WorkbookPort } from "../workbook/port";

/** What the pane needs from the core; tests pass their own. */
export interface ReportServices {
  /** Insert the three tables and the report sheets (one `apply`). */
  insertReport(port: WorkbookPort, data?: ReportData): Promise<void>;
  /** Read the tables back through their workbook names (one `readNamed`). */
  readReport(port: WorkbookPort): Promise<ReadResult>;
  /** Every rule on the data: H1–H6 on the tables (强制), the soft rules on the text (提示). */
  checkReport(data: ReportData): Finding[];
  /** Open 强制, open 提示 and 已说明 counts of a list of findings. */
  summarize(findings: Finding[]): { errors: number; warnings: number; explained: number };
  /** How many individual checks `checkReport` runs. */
  checkCount(): number;
  /** The sheets `insertReport` creates, to ask before writing over them. */
  reportSheets: readonly string[];
}

/** Load the core (a separate chunk in the browser build). */
export async function loadServices(): Promise<ReportServices> {
  const [layout, rules] = await Promise.all([import("../workbook/layout"), import("../rules")]);
  return {
    insertReport: layout.insertReport,
    readReport: layout.readReport,
    checkReport: (data) => rules.checkReport(data),
    summarize: rules.summarize,
    checkCount: rules.checkCount,
    reportSheets: layout.REPORT_SHEETS,
  };
}
