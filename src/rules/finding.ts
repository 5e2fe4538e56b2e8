/**
 * Findings: what a check found, as data — the rule, severity, Chinese title and message, the table and cells
 * concerned, the scope, the names and sums of the two sides, the fix value — and the counts shown above a list.
 */
import type { CellKey, TableKey } from "../format";
import type { CellState } from "../report";

/** The rule id of a structural layout problem found while reading (a table missing, out of shape, relabelled). */
export const LAYOUT_RULE = "layout";

/** The rule id of an imported document's row that cannot be read without guessing (`undetermined` read problem). */
export const IMPORT_RULE = "import";

/** 强制 (`error`, must be fixed) or 提示 (`warning`, may be kept with a written 说明). */
export type Severity = "error" | "warning";

/** The Chinese word for each severity, as shown to users. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: "强制", warning: "提示" };

/** A value that would make a printed total agree with its parts. */
export interface Fix {
  cell: CellKey;
  /** The value the cell should hold (件). */
  value: number;
  /** What it holds now, when it is a valid number; `null` otherwise. */
  current: number | null;
}

/**
 * One finding of the checks.
 *
 * For comparisons (sum rules, text-versus-table figures, cross-year rules) `left`/`right` are the two sides' values
 * (件) and `difference = left − right` (so a total that is 6 too small has difference −6); `sides` names them.
 */
export interface Finding {
  /** Unique within a report: the equation id (`H1.new`) or rule and cell (`H6:table2.regulations.issued`). */
  id: string;
  /** The rule id: `H1` … `H6`, `S1` …, `I1` …, `layout`. */
  rule: string;
  severity: Severity;
  title: string;
  /** The full Chinese message. */
  message: string;
  /** The table the finding is about; absent for findings on the report's text or information only. */
  table?: TableKey;
  /** Every cell involved, in the spec's notation. */
  cells: CellKey[];
  /** The report fields involved (`text.problems`, `year`, `contact` …), for text and 报告信息 rules. */
  fields?: string[];
  /** Where the finding is, in Chinese: the total's name (`表三 一、本年新收·总计`), the column (`自然人列`), the cell. */
  scope?: string;
  /** The names of the two sides compared, as the format prints them: `{ left: "总计", right: "各申请人之和" }`. */
  sides?: { left: string; right: string };
  leftCells?: CellKey[];
  rightCells?: CellKey[];
  left?: number;
  right?: number;
  difference?: number;
  fix?: Fix;
  /**
   * For text rules: the sentence the finding is about, verbatim, and where it is — the text piece (`overview.intro`,
   * `overview.disclosure_on_request`, `problems` …) and the offsets in it.
   */
  quote?: { piece: string; start: number; end: number; text: string };
  /** For the cell rules (H5, H6): what the cell holds, e.g. `blank`, `placeholder`, `fullwidth`. */
  cellState?: CellState;
  /** The 说明 the user wrote to keep this 提示 finding (only warnings can be explained). */
  explained?: { text: string; at: string };
}

/** Fill `{name}` placeholders. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

/** A signed difference for messages: `+1`, `-6`. */
export function formatDifference(d: number): string {
  return d > 0 ? `+${d}` : String(d);
}

/** Counts of findings by severity. */
export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
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
