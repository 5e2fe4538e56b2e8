/**
 * The sentences on 表三 and 表四 (一（二）, 三, 四): counts, outcomes, reconsideration and litigation. Every figure is
 * read from a cell; a figure of a failing equation (`disputes`) is its dispute's gap, never a number.
 */
import { table3Key, table4Key, type FormatDef } from "../format";
import type { ReportData } from "../report";
import { disputedFigure, disputeGap, disputeOf, type Dispute } from "./disputes";
import { cellFigure, clause, fill, isZero, joinRuns, sumFigure, text, type Figure } from "./figures";
import type { Run } from "./model";
import { PHRASES } from "./phrases";

/** A 表三 result group's name for prose: `（二）部分公开（区分处理的…）` → `部分公开`. */
function categoryName(label: string): string {
  return label.replace(/^（[一二三四五六七八九十]+）/, "").replace(/（.*）$/, "");
}

// ───────────────────────────── 表三: requests ─────────────────────────────

/** A cell's figure, or the gap of its dispute when an equation holding it fails (neither side is stated as fact). */
function figure(data: ReportData, key: string, format: FormatDef, disputes: readonly Dispute[]): Figure {
  const d = disputeOf(disputes, [key]);
  return d ? disputedFigure(d) : cellFigure(data, key, format);
}

/** The sum of cells, or the gap of the dispute holding any of them. */
function sumOrDispute(data: ReportData, keys: string[], format: FormatDef, disputes: readonly Dispute[]): Figure {
  const d = disputeOf(disputes, keys);
  return d ? disputedFigure(d) : sumFigure(data, keys, format);
}

/**
 * The counts sentence of 一（二） and 三: 收到 new, 上年结转 carried_over, 办结 total, 结转 carried_forward (总计 column).
 * A figure of a failing equation (`disputes`: H1 on its row, H2 or H3 on the 总计 column) is its dispute's gap.
 */
export function requestCountsSentence(data: ReportData, format: FormatDef, disputes: readonly Dispute[] = []): Run[] {
  const p = PHRASES.requests;
  const f = (row: string) => figure(data, table3Key(row, "total"), format, disputes);
  const received = f("new");
  const carriedOver = f("carried_over");
  const handled = f("total");
  const carriedForward = f("carried_forward");
  const clauses = [
    clause(received, p.received, p.receivedNone, {}, p.receivedOne),
    clause(carriedOver, p.carriedOver, p.carriedOverNone),
  ];
  const nothingAtAll = [received, carriedOver, handled, carriedForward].every(isZero);
  if (!nothingAtAll) {
    clauses.push(clause(handled, p.handled, p.handledNone), clause(carriedForward, p.carriedForward, p.carriedForwardNone));
  }
  return [...joinRuns(clauses, p.clauseSeparator), text(p.end)];
}

/**
 * The outcome sentence of 一（二）: each non-zero result category with its total, where a category with sub-items
 * (不予公开, 无法提供, 不予处理, and 其他处理 where the format splits it) is the sum of its items in the 总计 column.
 * Empty when （七）总计 is a valid 0. When （七）总计 and the results disagree (H2 on the 总计 column) no category is
 * stated, only the dispute; a category whose row disagrees with its applicants (H1) is its dispute's gap.
 */
export function requestOutcomesSentence(data: ReportData, format: FormatDef, disputes: readonly Dispute[] = []): Run[] {
  const p = PHRASES.requests;
  const totalKey = table3Key("total", "total");
  const handled = figure(data, totalKey, format, disputes);
  if (isZero(handled)) return [];
  const groups = format.structure.table3.groups.filter((g) => g.key !== "total");
  const groupKeys = (g: (typeof groups)[number]) => (g.items ? g.items.map((i) => table3Key(i.key, "total")) : [table3Key(g.key, "total")]);
  const results = disputes.find((d) => d.cells.has(totalKey) && groups.some((g) => groupKeys(g).some((k) => d.cells.has(k))));
  if (results) return fill(p.outcomesDisputed, { gap: [disputeGap(results)] });
  const outcomes: { category: string; fig: Figure }[] = [];
  for (const g of groups) {
    const keys = groupKeys(g);
    const fig = sumOrDispute(data, keys, format, disputes);
    if (isZero(fig)) continue;
    outcomes.push({ category: categoryName(g.label), fig });
  }
  if (outcomes.length === 0) return [];
  const [only] = outcomes;
  if (outcomes.length === 1 && handled.ok && handled.value === 1 && only.fig.ok && only.fig.value === 1)
    return fill(p.outcomeOne, { category: only.category });
  const listed = outcomes.map((o) => fill(p.outcome, { category: o.category, n: o.fig.runs }));
  return fill(p.outcomes, { outcomes: joinRuns(listed, p.outcomeSeparator) });
}

// ───────────────────────────── 表四 ─────────────────────────────

/**
 * The outcomes of one 表四 group. When one outcome holds every case (the others a valid 0): for one case its outcome
 * (`结果为维持`, `尚未审结`), for several the all-cases wording (`均获维持` only when every case is 结果维持);
 * otherwise the non-zero outcome columns (gaps included), e.g. `其中结果维持1件、其他结果2件`.
 */
function groupOutcomes(data: ReportData, group: string, total: Figure, format: FormatDef, disputes: readonly Dispute[]): Run[] {
  const p = PHRASES.litigation;
  const cols = format.structure.table4.columns.filter((c) => c.key !== "total").map((c) => ({
    key: c.key,
    label: c.label,
    fig: figure(data, table4Key(group, c.key), format, disputes),
  }));
  const nonZero = cols.filter((c) => !isZero(c.fig));
  if (nonZero.length === 0) return [];
  const [only] = nonZero;
  if (total.ok && nonZero.length === 1 && only.fig.ok && only.fig.value === total.value) {
    const phrase = (total.value === 1 ? p.outcomeOne : p.outcomeAll)[only.key];
    if (phrase !== undefined) return fill(phrase);
  }
  const listed = nonZero.map((c) => fill(p.outcome, { outcome: c.label, n: c.fig.runs }));
  return fill(p.outcomes, { outcomes: joinRuns(listed, p.outcomeSeparator) });
}

/**
 * 四: 行政复议 and both kinds of 行政诉讼, with their totals and outcomes from 表四. A group whose total and outcomes
 * disagree (H4, in `disputes`) states neither: its clause shows the dispute (`…行政复议的件数【表四 行政复议：总计5件与
 * 各结果之和4件不一致】`) and no outcome.
 */
export function litigationSentence(data: ReportData, format: FormatDef, disputes: readonly Dispute[] = []): Run[] {
  const p = PHRASES.litigation;
  const totals = format.structure.table4.groups.map((g) => {
    const key = table4Key(g.key, "total");
    return { group: g, dispute: disputeOf(disputes, [key]), fig: figure(data, key, format, disputes) };
  });
  if (totals.every((t) => isZero(t.fig))) return [...fill(p.noneAtAll), text(p.tableReference)];
  const [reconsideration, ...lawsuits] = totals;
  const groupClause = (t: (typeof totals)[number], some: string, none: string, disputed: string) => {
    if (t.dispute) return fill(disputed, { group: t.group.label, gap: [disputeGap(t.dispute)] });
    const head = clause(t.fig, some, none, { group: t.group.label });
    const outcomes = isZero(t.fig) ? [] : groupOutcomes(data, t.group.key, t.fig, format, disputes);
    return outcomes.length > 0 ? joinRuns([head, outcomes], p.clauseSeparator) : head;
  };
  const parts: Run[][] = [groupClause(reconsideration, p.reconsideration, p.reconsiderationNone, p.reconsiderationDisputed)];
  if (lawsuits.every((t) => isZero(t.fig))) parts.push(fill(p.litigationNone));
  else for (const t of lawsuits) parts.push(groupClause(t, p.group, p.groupNone, p.groupDisputed));
  return [...joinRuns(parts, p.groupSeparator), text(p.end), text(p.tableReference)];
}
