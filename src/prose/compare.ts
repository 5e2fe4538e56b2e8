/**
 * Comparing what the text states with the tables, and a total in the text with the parts the same text lists
 * (`共…N件，其中…a件、b件…`). Pure data in, data out: the text rules turn the results into findings and the narrative
 * uses them to decide what to print.
 */
import { displayName, type CellKey, type FormatDef } from "../format";
import { quantityCells, quantityId, type Quantity } from "./quantities";
import type { Statement } from "./reader";

/** The table values a comparison reads: the sum of some cells when every one is a valid number. */
export interface TableValues {
  sum(keys: CellKey[]): number | undefined;
}

/** One reading of a statement with its cells and the tables' value. */
export interface ResolvedReading {
  quantity: Quantity;
  cells: CellKey[];
  /** The sum of the cells in the tables (件). */
  value: number;
}

/** A statement the tables contradict: under every reading, the tables give another value. */
export interface TableContradiction {
  statement: Statement;
  readings: ResolvedReading[];
}

/**
 * The statements the tables contradict. A statement is compared only when every reading resolves to cells of the
 * format and every cell holds a valid number (a blank or "/" is reported by the table rules, not guessed here), and it
 * is contradicted only when no reading gives the stated value.
 */
export function tableContradictions(statements: Statement[], format: FormatDef, values: TableValues): TableContradiction[] {
  const out: TableContradiction[] = [];
  for (const statement of statements) {
    const readings: ResolvedReading[] = [];
    let comparable = true;
    for (const quantity of statement.readings) {
      const cells = quantityCells(quantity, format);
      const value = cells && values.sum(cells);
      if (!cells || value === undefined) {
        comparable = false;
        break;
      }
      readings.push({ quantity, cells, value });
    }
    if (!comparable || readings.some((r) => r.value === statement.value)) continue;
    out.push({ statement, readings });
  }
  return out;
}

/** A total in the text and the parts listed after it (`其中`) that do not add up to it. */
export interface PartsContradiction {
  total: Statement;
  parts: Statement[];
  /** The sum of the parts' values (件). */
  partsSum: number;
  /** True when the parts are all of the total's components (so they must add up to it, not only stay below it). */
  complete: boolean;
}

/**
 * Totals in the text contradicted by the parts the same text lists after them: `政府信息公开行政复议 351件，其中结果维持
 * 72 件…` with the four outcomes adding up to 350, or `共收到…1046件…公民个人…1030件…法人或其他组织…17件`. The parts must
 * be components of the total by one of the format's sum equations (表三 总计 = the applicant columns, （七）总计 = the
 * results, 表四 总计 = the outcomes); when they are all the components their sum must equal the total, otherwise it
 * must not exceed it. Parts that are not components (上年结转 inside 答复…件（含上年度结转申请 34 件）) are left out.
 */
export function partsContradictions(statements: Statement[], format: FormatDef): PartsContradiction[] {
  const out: PartsContradiction[] = [];
  statements.forEach((total, index) => {
    if (total.form !== "count" || total.readings.length !== 1) return;
    const totalCells = quantityCells(total.readings[0], format);
    if (!totalCells) return;
    const parts = statements.filter((p) => p.partOf === index && p.form === "count" && p.readings.length === 1);
    if (parts.length === 0) return;
    const partCells = parts.map((p) => quantityCells(p.readings[0], format));
    const components = componentsOf(totalCells, format);
    for (const set of components) {
      const inSet = parts.filter((_, k) => partCells[k] !== undefined && partCells[k]!.every((c) => set.has(c)));
      if (inSet.length === 0) continue;
      const cells = inSet.flatMap((p) => quantityCells(p.readings[0], format)!);
      if (new Set(cells).size !== cells.length) return; // overlapping parts: not a partition
      const partsSum = inSet.reduce((s, p) => s + p.value, 0);
      const complete = cells.length === set.size;
      if (complete ? partsSum !== total.value : partsSum > total.value) out.push({ total, parts: inSet, partsSum, complete });
      return;
    }
  });
  return out;
}

/**
 * The ways a set of total cells splits into components by the format's equations: for each equation rule whose
 * equations have every one of the cells as their total, the union of their right sides.
 */
function componentsOf(totalCells: CellKey[], format: FormatDef): Set<CellKey>[] {
  const byRule = new Map<string, Set<CellKey>>();
  const covered = new Map<string, number>();
  for (const eq of format.equations) {
    if (!eq.total || !totalCells.includes(eq.total)) continue;
    const set = byRule.get(eq.rule) ?? new Set<CellKey>();
    eq.right.forEach((c) => set.add(c));
    byRule.set(eq.rule, set);
    covered.set(eq.rule, (covered.get(eq.rule) ?? 0) + 1);
  }
  // 行政诉讼 is two groups' totals: their equations are H4b and H4c, one each; take them together.
  const sets = [...byRule.entries()].filter(([rule]) => covered.get(rule) === totalCells.length).map(([, s]) => s);
  if (sets.length === 0 && byRule.size > 1 && [...covered.values()].reduce((a, b) => a + b, 0) === totalCells.length) {
    const union = new Set<CellKey>();
    byRule.forEach((s) => s.forEach((c) => union.add(c)));
    sets.push(union);
  }
  return sets;
}

/**
 * A quantity's name for messages, from the format's labels: `表三 一、本年新收·总计`, `表三（三）不予公开·总计`,
 * `表三（一）予以公开与（二）部分公开·总计`, `表四 行政诉讼·结果维持`, `表二 行政规范性文件·本年制发件数`.
 */
export function quantityName(q: Quantity, format: FormatDef): string {
  const cells = quantityCells(q, format);
  if (cells && cells.length === 1) return displayName(cells[0], format);
  const s = format.structure;
  switch (q.table) {
    case "table2": {
      const block = s.table2.blocks.find((b) => b.rows.some((r) => q.rows.includes(r.key)));
      const rows = q.rows.map((k) => block?.rows.find((r) => r.key === k)?.label ?? k).join("与");
      const cols = q.columns.map((k) => block?.columns.find((c) => c.key === k)?.label ?? k).join("与");
      return cols ? `表二 ${rows}·${cols}` : `表二 ${rows}`;
    }
    case "table3": {
      const rowName = (k: string) => {
        const group = s.table3.groups.find((g) => g.key === k);
        if (group) return group.label.replace(/（区分处理的.*）$/, "");
        return s.table3.rows.find((r) => r.key === k)?.short ?? k;
      };
      const org = s.table3.columns.filter((c) => c.key !== "natural_person" && c.key !== "total").map((c) => c.key);
      const cols =
        q.columns.length === org.length && org.every((c) => q.columns.includes(c))
          ? s.table3.orgHeader
          : q.columns.map((k) => s.table3.columns.find((c) => c.key === k)?.label ?? k).join("、");
      const rows = q.rows.map(rowName).join("与");
      return `表三${rows.startsWith("（") ? "" : " "}${rows}·${cols}`;
    }
    case "table4": {
      const litigation = s.table4.groups.filter((g) => g.key !== "reconsideration").map((g) => g.key);
      const groups =
        q.rows.length === litigation.length && litigation.every((g) => q.rows.includes(g))
          ? s.table4.litigationHeader
          : q.rows.map((k) => s.table4.groups.find((g) => g.key === k)?.short ?? k).join("与");
      const cols = q.columns.map((k) => s.table4.columns.find((c) => c.key === k)?.label ?? k).join("、");
      return `表四 ${groups}·${cols}`;
    }
  }
}

/** A statement's readings as one id string, for finding ids: `table3.new[total]`, `a|b|c`. */
export function statementKey(s: Statement): string {
  return s.readings.map(quantityId).join("|");
}
