/**
 * Disputed figures: where a table equation (H1–H4) fails, its total and its parts disagree and neither can be stated
 * as fact. The narrative prints such a figure as a visible gap naming both sides (`【表四 行政复议：总计5件与各结果之和
 * 4件不一致】`), the way a blank cell is shown, so a draft that contradicts its own tables cannot go out unnoticed.
 *
 * The disputes come from the one check pipeline's findings (`checkReport`): an open finding whose id is one of the
 * format's equations.
 */
import type { CellKey, FormatDef } from "../format";
import type { Finding } from "../rules";
import { fill, type Figure } from "./figures";
import type { Run } from "./model";
import { PHRASES } from "./phrases";

/** One failing equation: the cells on both sides and the gap texts that show the disagreement. */
export interface Dispute {
  /** The equation's id (= the finding id): `H4a`, `H1.new`, `H2.total`, `H3.total`. */
  id: string;
  /** Every cell of the equation, both sides. */
  cells: ReadonlySet<CellKey>;
  /** The full gap text, naming both sides and their values. */
  text: string;
  /** The short gap text for a later mention in the same paragraph. */
  again: string;
}

/**
 * The disputes among some findings: each open finding (强制, or a 提示 without a 说明) on one of the format's sum
 * equations, with both sides' values as the finding computed them.
 */
export function disputesOf(findings: readonly Finding[], format: FormatDef): Dispute[] {
  const out: Dispute[] = [];
  for (const f of findings) {
    if (f.explained || f.left === undefined || f.right === undefined) continue;
    const eq = format.equations.find((e) => e.id === f.id);
    if (!eq) continue;
    const vars = {
      table: format.tables[eq.table].shortName,
      scope: eq.scope,
      leftName: eq.sideNames[0],
      rightName: eq.sideNames[1],
      left: f.left,
      right: f.right,
    };
    out.push({
      id: eq.id,
      cells: new Set([...eq.left, ...eq.right]),
      text: fill(PHRASES.gaps.disputed, vars)[0].text,
      again: fill(PHRASES.gaps.disputedAgain, vars)[0].text,
    });
  }
  return out;
}

/** The first dispute holding any of the cells, if any. */
export function disputeOf(disputes: readonly Dispute[], cells: readonly CellKey[]): Dispute | undefined {
  return disputes.find((d) => cells.some((c) => d.cells.has(c)));
}

/** The gap run showing a dispute in place of a figure. */
export function disputeGap(d: Dispute): Run {
  return { kind: "gap", text: d.text, dispute: d.id };
}

/** A figure standing for a disputed cell: never a number, the dispute's gap. */
export function disputedFigure(d: Dispute): Figure {
  return { ok: false, runs: [disputeGap(d)] };
}

/**
 * A paragraph's runs with each dispute spelled out once: the second and later gaps of the same dispute take its
 * short text (`【表三 总计列 不一致，见上】`).
 */
export function onceEach(runs: Run[], disputes: readonly Dispute[]): Run[] {
  const seen = new Set<string>();
  return runs.map((r) => {
    if (r.kind !== "gap" || r.dispute === undefined) return r;
    if (!seen.has(r.dispute)) {
      seen.add(r.dispute);
      return r;
    }
    const d = disputes.find((x) => x.id === r.dispute);
    return d ? { ...r, text: d.again } : r;
  });
}
