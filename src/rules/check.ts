/**
 * The whole check of a report: the hard table rules, the soft rules, and the 说明 kept for warnings.
 */
import type { ReportData } from "../report";
import { checkTables, type Finding } from "./engine";
import { checkReportInfo } from "./report-rules";
import { checkSoftRules, type CheckOptions } from "./soft-engine";

/**
 * Check a report against every rule: H1–H6 on the tables (强制), the rules on 报告信息 (I1–I3, S7, S10), then the
 * soft rules (提示) on the text and, when
 * `options.previous` is given, against last year's report. A 提示 finding whose id has a 说明 in
 * `data.explanations` carries it as `explained`; 强制 findings cannot be explained.
 *
 * @returns every finding, hard rules first, in catalogue order; an empty list when nothing is wrong.
 */
export function checkReport(data: ReportData, options: CheckOptions = {}): Finding[] {
  const findings = [...checkTables(data), ...checkReportInfo(data), ...checkSoftRules(data, options)];
  const byId = new Map(data.explanations.map((e) => [e.findingId, e]));
  return findings.map((f) => {
    const e = f.severity === "warning" ? byId.get(f.id) : undefined;
    return e && e.text.trim() !== "" ? { ...f, explained: { text: e.text, at: e.at } } : f;
  });
}

/** Counts for the top of a findings list: open 强制, open 提示, and 已说明. */
export function summarize(findings: Finding[]): { errors: number; warnings: number; explained: number } {
  let errors = 0;
  let warnings = 0;
  let explained = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.explained) explained++;
    else warnings++;
  }
  return { errors, warnings, explained };
}
