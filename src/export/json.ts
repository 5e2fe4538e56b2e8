/**
 * The filing export: the report data in the spec's JSON layout (`reportToJson`) with the result of the check beside
 * it, so the government above receives the figures, the text, the open findings and every 说明 in one file.
 */
import { reportToJson, type ReportData } from "../report";
import { summarize, type Finding } from "../rules";

/** One finding as filed: what the rule found and, for a kept 提示, the 说明 written for it. */
export interface FiledFinding {
  id: string;
  rule: string;
  severity: "error" | "warning";
  title: string;
  message: string;
  cells: string[];
  /** The 说明 that keeps this 提示, or `null` when it is open (强制 findings are always open). */
  explanation: { text: string; at: string } | null;
}

/** The `check` member of the filing export. */
export interface FiledCheck {
  /** True when no 强制 finding is open. */
  passed: boolean;
  /** Open 强制 findings. */
  errors: number;
  /** Open 提示 findings. */
  warnings: number;
  /** 提示 kept with a 说明. */
  explained: number;
  findings: FiledFinding[];
}

/**
 * The report for filing upward, as a JSON-ready object: every member of `reportToJson(data)` (values as typed, the
 * fee in 万元, 信息处理费 in 元, the user's text and `explanations`), then `check` with the counts and each finding
 * with its 说明. A `check` member kept in `data.extra` from an earlier export is replaced by the current one.
 *
 * @param findings the findings of `checkReport(data, …)` (plus any layout findings); their 说明 are already attached.
 */
export function toReportJson(data: ReportData, findings: Finding[]): Record<string, unknown> {
  const s = summarize(findings);
  const check: FiledCheck = {
    passed: s.errors === 0,
    errors: s.errors,
    warnings: s.warnings,
    explained: s.explained,
    findings: findings.map((f) => ({
      id: f.id,
      rule: f.rule,
      severity: f.severity,
      title: f.title,
      message: f.message,
      cells: [...f.cells],
      explanation: f.explained ? { text: f.explained.text, at: f.explained.at } : null,
    })),
  };
  return { ...reportToJson(data), check };
}
