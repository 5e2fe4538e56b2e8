/** A batch summary of given outcomes, as `check --summary` tallies them, for the summary CSV and page tests. */
import type { ReportOutcome } from "../../src/review/outcome";
import type { BatchSummary } from "../../src/review/summary";
import { BatchTally } from "../../src/review/tally";

/** The summary of these outcomes, checked at `checkedAt` from the folder `a`, with no copies. */
export function summaryOf(outcomes: ReportOutcome[], checkedAt = "2022-01-25 09:30"): { summary: BatchSummary; outcomes: ReportOutcome[] } {
  const tally = new BatchTally();
  for (const o of outcomes) tally.add(o);
  const summary: BatchSummary = {
    checkedAt,
    inputs: ["a"],
    rows: tally.rows,
    status: tally.status,
    findings: tally.findings,
    rules: tally.ruleTallies(),
    copies: [],
  };
  return { summary, outcomes };
}
