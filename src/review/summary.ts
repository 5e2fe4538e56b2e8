/**
 * A batch as the summary page, the CSV table and the pane's 审核汇总 show it: the rows, the totals, the rules that
 * found most, the copied text, and (with a roster) who has not sent a report. Pure data.
 */
import type { CopyGroup } from "./copies";
import type { SameUnitGroup } from "./same-unit";
import type { RosterCheck } from "./roster";
import type { ReportStatus } from "./outcome";
import type { ReportRow, RuleTally } from "./tally";

/** Everything of a batch but each report's findings (which the page reads one report at a time). */
export interface BatchSummary {
  /** When the batch was checked, as shown: `2026-01-25 09:30`. */
  checkedAt: string;
  /** The folders and files given. */
  inputs: string[];
  rows: ReportRow[];
  status: Record<ReportStatus, number>;
  /** Open 强制, open 提示 and 已说明 findings over every report. */
  findings: { errors: number; warnings: number; explained: number };
  /** The rules that found anything, most reports first. */
  rules: RuleTally[];
  /** Groups of reports whose section is the same apart from names and numbers. */
  copies: CopyGroup[];
  /** The batch against the roster (`--roster`), when one was given. */
  roster?: RosterCheck;
  /** Several reports of one unit (one year, or several years): listed apart, never paired as copies. */
  sameUnit?: SameUnitGroup[];
}

/** How many copied-text pairs each report is in, by batch index. */
export function copyCounts(groups: CopyGroup[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const g of groups)
    for (const p of g.pairs) {
      m.set(p.a, (m.get(p.a) ?? 0) + 1);
      m.set(p.b, (m.get(p.b) ?? 0) + 1);
    }
  return m;
}
