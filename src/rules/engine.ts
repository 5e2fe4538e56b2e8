/**
 * The hard rules (强制) as rules over a format: the sum rules H1–H4 from the format's equations with the catalogue's
 * wording, and the cell rules H5, H6 on every input cell.
 */
import { displayName, formatOf, type CellKey, type CellKind, type EquationDef, type FormatDef } from "../format";
import type { ReportData } from "../report";
import { EXCEL_ERROR_MEANINGS, H5, H6, sumWording, type CellRuleDef } from "./catalogue";
import { fillTemplate, formatDifference, type Finding, type Fix } from "./finding";
import { makeContext, type CheckContext, type Rule } from "./rule";

/**
 * The other equations that hold the total of `eq` and currently agree: changing the total to fit `eq` would break
 * them, so the total is not the likely error. E.g. pingtan 2020: （七）总计·自然人 20 fails H2 (parts 26) but agrees
 * with H3 (新收 20 + 上年结转 0 = 20 + 结转 0) and with H1 on the （七）总计 row.
 */
function backingEquations(eq: EquationDef, ctx: CheckContext): EquationDef[] {
  return ctx.format.equations.filter((e) => {
    if (e.id === eq.id || !(e.left.includes(eq.total!) || e.right.includes(eq.total!))) return false;
    const l = ctx.sum(e.left);
    return l !== undefined && l === ctx.sum(e.right);
  });
}

function evaluateEquation(eq: EquationDef, ctx: CheckContext): Finding | undefined {
  const left = ctx.sum(eq.left);
  const right = ctx.sum(eq.right);
  if (left === undefined || right === undefined || left === right) return undefined;
  const w = sumWording(eq.rule);
  const difference = left - right;
  const base = { scope: eq.scope, left, right, difference: formatDifference(difference) };
  const finding: Finding = {
    id: eq.id,
    rule: eq.rule,
    severity: "error",
    title: fillTemplate(w.title, { group: eq.group ?? "" }),
    message: "",
    table: eq.table,
    cells: [...eq.left, ...eq.right],
    scope: eq.total && eq.left.length === 1 ? displayName(eq.total, ctx.format) : eq.scope,
    sides: { left: eq.sideNames[0], right: eq.sideNames[1] },
    leftCells: eq.left,
    rightCells: eq.right,
    left,
    right,
    difference,
  };
  if (eq.total && eq.left.length === 1) {
    const values = { ...base, total: displayName(eq.total, ctx.format), expected: right, actual: left };
    const backing = backingEquations(eq, ctx);
    if (backing.length > 0) {
      const backedBy = [...new Set(backing.map((b) => sumWording(b.rule).backingName))].join("、");
      finding.message = fillTemplate(w.messageTotalBacked, { ...values, backedBy });
    } else {
      finding.fix = { cell: eq.total, value: right, current: left };
      finding.message = fillTemplate(w.messageWithTotal, values);
    }
  } else finding.message = fillTemplate(w.message, base);
  return finding;
}

/** For a printed total cell, the sum of its parts when every part is valid (used to suggest a value for a blank total). */
function expectedTotal(key: CellKey, ctx: CheckContext): number | undefined {
  for (const eq of ctx.format.equations) {
    if (eq.total === key) {
      const s = ctx.sum(eq.right);
      if (s !== undefined) return s;
    }
  }
  return undefined;
}

/** What a number with a unit of another kind should become, by the cell's kind (H5 `foreign_unit`). */
const UNIT_HINTS: Record<CellKind, string> = {
  count: "本栏填件数，请核对后只填数字",
  signed_count: "本栏填件数，请核对后只填数字",
  amount: "本栏单位为万元，请换算为万元后只填数字",
  written_amount: "本栏填金额（元或万元），请核对后填写",
};

function evaluateCellRule(rule: CellRuleDef, ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const cellDef of ctx.format.inputCells) {
    const p = ctx.parsed.get(cellDef.key)!;
    const template = rule.messages[p.state];
    if (!template) continue;
    const values: Record<string, string | number> = { cell: cellDef.displayName };
    if ("raw" in p && p.raw !== undefined) values.raw = p.raw.trim();
    if ("value" in p) values.value = p.value;
    // A negative or a decimal typed as text is quoted as typed (`３.５`, `-3件`), never as a number to type instead.
    if ((p.state === "negative" || p.state === "fraction") && p.raw !== undefined) values.value = p.raw.trim();
    if (p.state === "foreign_unit") values.unitHint = UNIT_HINTS[cellDef.kind];
    if (p.state === "hidden") Object.assign(values, { position: p.position, codePoint: p.codePoint, hiddenName: p.name });
    if ("unit" in p && p.unit !== undefined) values.unit = p.unit;
    if (p.state === "error_value") values.meaning = EXCEL_ERROR_MEANINGS[p.raw.toUpperCase()] ?? "公式出错";
    let message = fillTemplate(template, values);
    const expected = expectedTotal(cellDef.key, ctx);
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
      scope: cellDef.displayName,
      cellState: p.state,
      ...(fix ? { fix } : {}),
    });
  }
  return findings;
}

function cellRule(def: CellRuleDef, format: FormatDef): Rule {
  return {
    id: def.id,
    severity: def.severity,
    title: def.title,
    description: def.description,
    source: def.source,
    sides: [],
    checks: format.inputCells.length,
    evaluate: (ctx) => evaluateCellRule(def, ctx),
  };
}

/** The sum rules of a format: one per rule id of its equations (H1, H2, H3, H4a, H4b, H4c), in the equations' order. */
function sumRules(format: FormatDef): Rule[] {
  const ids = [...new Set(format.equations.map((e) => e.rule))];
  return ids.map((id) => {
    const equations = format.equations.filter((e) => e.rule === id);
    const w = sumWording(id);
    const vars = { group: equations[0].group ?? "", scope: equations[0].scope, notice: format.source };
    return {
      id,
      severity: "error",
      title: fillTemplate(w.title, vars),
      description: fillTemplate(w.description, vars),
      source: fillTemplate(w.source, vars),
      sideNames: equations[0].sideNames,
      sides: equations.map((e) => ({ id: e.id, left: e.left, right: e.right })),
      checks: equations.length,
      evaluate: (ctx: CheckContext) => equations.flatMap((e) => evaluateEquation(e, ctx) ?? []),
    };
  });
}

/** The hard rules of a format, in the order findings are listed: H6, H5, then H1–H4. */
export function hardRules(format: FormatDef): Rule[] {
  return [cellRule(H6, format), cellRule(H5, format), ...sumRules(format)];
}

/**
 * Check a report's tables against the hard rules (H1–H6) of its format.
 *
 * Cell rules (H5, H6) report each input cell that is not a valid number; sum rules (H1–H4) report each equation that
 * does not hold. An equation with any invalid cell is not evaluated (its cells are already reported by H5/H6), so
 * one bad cell gives one finding, not a cascade.
 *
 * @returns every finding, in catalogue order; an empty list when the tables are consistent.
 */
export function checkTables(data: ReportData): Finding[] {
  const format = formatOf(data);
  const ctx = makeContext(data, format);
  return hardRules(format).flatMap((r) => r.evaluate(ctx));
}
