/**
 * The rule engine: evaluates the catalogue on report data and returns every finding.
 */
import { displayName, FORMAT_2021, type CellKey, type TableKey } from "../format";
import { getValue, parseCellInput, type CellState, type ParsedCell, type ReportData } from "../report";
import { allEquations, EXCEL_ERROR_MEANINGS, RULES, type Equation, type Severity, type SumRule } from "./catalogue";

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
 * For arithmetic rules `left`/`right` are the sums of `leftCells`/`rightCells` (件) and `difference = left − right`
 * (so a total that is 6 too small has difference −6).
 */
export interface Finding {
  /** Unique within a report: the equation id (`H1.new`) or rule and cell (`H6:table2.regulations.issued`). */
  id: string;
  /** The catalogue rule id: `H1` … `H6`. */
  rule: string;
  severity: Severity;
  title: string;
  /** The full Chinese message. */
  message: string;
  /** The table the finding is about; absent for findings on the report's text only. */
  table?: TableKey;
  /** Every cell involved, in the spec's notation. */
  cells: CellKey[];
  /** The text fields involved (`text.problems`, `text.overview`, `text.otherMatters`), for text rules. */
  fields?: string[];
  leftCells?: CellKey[];
  rightCells?: CellKey[];
  left?: number;
  right?: number;
  difference?: number;
  fix?: Fix;
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

/** Parse every input cell of a report once. */
export function parseAll(data: ReportData): Map<CellKey, ParsedCell> {
  const parsed = new Map<CellKey, ParsedCell>();
  for (const c of FORMAT_2021.inputCells) parsed.set(c.key, parseCellInput(getValue(data, c.key), c.kind));
  return parsed;
}

function sumOf(keys: CellKey[], parsed: Map<CellKey, ParsedCell>): number | undefined {
  let s = 0;
  for (const k of keys) {
    const p = parsed.get(k);
    if (!p || p.state !== "ok") return undefined;
    s += p.value;
  }
  return s;
}

function evaluateEquation(rule: SumRule, eq: Equation, parsed: Map<CellKey, ParsedCell>): Finding | undefined {
  const left = sumOf(eq.left, parsed);
  const right = sumOf(eq.right, parsed);
  if (left === undefined || right === undefined || left === right) return undefined;
  const difference = left - right;
  const base = { scope: eq.scope, left, right, difference: formatDifference(difference) };
  const finding: Finding = {
    id: eq.id,
    rule: rule.id,
    severity: rule.severity,
    title: rule.title,
    message: "",
    table: eq.table,
    cells: [...eq.left, ...eq.right],
    leftCells: eq.left,
    rightCells: eq.right,
    left,
    right,
    difference,
  };
  if (eq.total && eq.left.length === 1) {
    const values = { ...base, total: displayName(eq.total), expected: right, actual: left };
    const backing = backingEquations(eq, parsed);
    if (backing.length > 0) {
      finding.message = fillTemplate(rule.messageTotalBacked, { ...values, backedBy: backing.map((b) => b.rule.backingName).join("、") });
    } else {
      finding.fix = { cell: eq.total, value: right, current: left };
      finding.message = fillTemplate(rule.messageWithTotal, values);
    }
  } else finding.message = fillTemplate(rule.message, base);
  return finding;
}

/**
 * The other equations that hold the total of `eq` and currently agree: changing the total to fit `eq` would break
 * them, so the total is not the likely error. E.g. pingtan 2020: （七）总计·自然人 20 fails H2 (parts 26) but agrees
 * with H3 (新收 20 + 上年结转 0 = 20 + 结转 0) and with H1 on the （七）总计 row.
 */
function backingEquations(eq: Equation, parsed: Map<CellKey, ParsedCell>): { rule: SumRule; equation: Equation }[] {
  return allEquations().filter(({ equation }) => {
    if (equation.id === eq.id || !(equation.left.includes(eq.total!) || equation.right.includes(eq.total!))) return false;
    const l = sumOf(equation.left, parsed);
    const r = sumOf(equation.right, parsed);
    return l !== undefined && l === r;
  });
}

/** For a printed total cell, the sum of its parts when every part is valid (used to suggest a value for a blank total). */
function expectedTotal(key: CellKey, parsed: Map<CellKey, ParsedCell>): number | undefined {
  for (const { equation } of allEquations()) {
    if (equation.total === key) {
      const s = sumOf(equation.right, parsed);
      if (s !== undefined) return s;
    }
  }
  return undefined;
}

/**
 * Check a report's tables against the hard rules of the catalogue (H1–H6).
 *
 * Cell rules (H5, H6) report each input cell that is not a valid number; sum rules (H1–H4) report each equation that
 * does not hold. An equation with any invalid cell is not evaluated (its cells are already reported by H5/H6), so
 * one bad cell gives one finding, not a cascade.
 *
 * @returns every finding, in catalogue order; an empty list when the report is consistent.
 */
export function checkTables(data: ReportData): Finding[] {
  const parsed = parseAll(data);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (rule.kind === "cell") {
      for (const cellDef of FORMAT_2021.inputCells) {
        const p = parsed.get(cellDef.key)!;
        const template = rule.messages[p.state];
        if (!template) continue;
        const values: Record<string, string | number> = { cell: cellDef.displayName };
        if ("raw" in p) values.raw = p.raw.trim();
        if ("value" in p) values.value = p.value;
        if ("unit" in p && p.unit !== undefined) values.unit = p.unit;
        if (p.state === "error_value") values.meaning = EXCEL_ERROR_MEANINGS[p.raw.toUpperCase()] ?? "公式出错";
        let message = fillTemplate(template, values);
        const expected = expectedTotal(cellDef.key, parsed);
        let fix: Fix | undefined;
        if (expected !== undefined) {
          message += fillTemplate(rule.fixSuffix, { expected });
          fix = { cell: cellDef.key, value: expected, current: null };
        } else message += rule.hint;
        findings.push({
          id: `${rule.id}:${cellDef.key}`,
          rule: rule.id,
          severity: rule.severity,
          title: rule.title,
          message,
          table: cellDef.table,
          cells: [cellDef.key],
          cellState: p.state,
          ...(fix ? { fix } : {}),
        });
      }
    } else {
      for (const eq of rule.equations) {
        const f = evaluateEquation(rule, eq, parsed);
        if (f) findings.push(f);
      }
    }
  }
  return findings;
}

/** Counts of findings by severity. */
export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
