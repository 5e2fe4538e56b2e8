/**
 * Adding up a batch as its reports come in: one row per report (without its findings, so that memory does not grow
 * with them), the count of each status, and for each rule how many reports it found something in and how many
 * findings it made — the figures of the summary table and of its chart of the rules that fail most.
 */
import type { ReportOutcome, ReportStatus } from "./outcome";

/** A report's row in the summary: everything of its outcome but the findings and the text. */
export type ReportRow = Omit<ReportOutcome, "findings" | "texts">;

/** One rule across the batch. */
export interface RuleTally {
  rule: string;
  /** The rule's title as its findings give it (`表三行合计不符`). */
  title: string;
  severity: "error" | "warning";
  /** Reports with at least one finding of the rule. */
  reports: number;
  /** Findings of the rule in all reports (a 提示 kept with a 说明 included). */
  findings: number;
}

/** The running totals of a batch. */
export class BatchTally {
  readonly rows: ReportRow[] = [];
  readonly status: Record<ReportStatus, number> = { passed: 0, failed: 0, unreadable: 0 };
  /** Open 强制, open 提示 and 已说明 findings over every report. */
  readonly findings = { errors: 0, warnings: 0, explained: 0 };
  private readonly rules = new Map<string, RuleTally>();

  /** Count one report. */
  add(outcome: ReportOutcome): ReportRow {
    const { findings, texts: _texts, ...row } = outcome;
    this.rows.push(row);
    this.status[outcome.status]++;
    this.findings.errors += outcome.counts.errors;
    this.findings.warnings += outcome.counts.warnings;
    this.findings.explained += outcome.counts.explained;
    const seen = new Set<string>();
    for (const f of findings) {
      let t = this.rules.get(f.rule);
      if (!t) {
        t = { rule: f.rule, title: f.title, severity: f.severity, reports: 0, findings: 0 };
        this.rules.set(f.rule, t);
      }
      t.findings++;
      if (!seen.has(f.rule)) {
        seen.add(f.rule);
        t.reports++;
      }
    }
    return row;
  }

  /** The rules that found anything, most reports first (then most findings, then rule id). */
  ruleTallies(): RuleTally[] {
    return [...this.rules.values()].sort((a, b) => b.reports - a.reports || b.findings - a.findings || a.rule.localeCompare(b.rule));
  }

  /** Number of reports counted. */
  get total(): number {
    return this.rows.length;
  }
}
