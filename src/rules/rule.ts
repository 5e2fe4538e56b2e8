/**
 * The one rule interface every check implements — the hard rules on the tables (H1–H6), the rules on 报告信息
 * (I1–I3, S7, S10) and the text and cross-year rules (S1–S9, C1) — and the context they evaluate over, in which each
 * input cell of the report's format is parsed once.
 */
import { findInputCell, sectionTitle, type CellKey, type FormatDef, type TextField } from "../format";
import { getValue, parseCellInput, type ParsedCell, type ReportData } from "../report";
import type { Finding, Severity } from "./finding";

/** The cells on the two sides of one instance of a rule (an equation, a cross-year pair, a figure in the text). */
export interface RuleSides {
  /** The instance's id (the finding id when it fails): `H1.new`, `S1.total`. */
  id: string;
  left: CellKey[];
  right: CellKey[];
}

/** What a rule evaluates: the report, its format, every input cell parsed once, and last year's report if given. */
export interface CheckContext {
  format: FormatDef;
  data: ReportData;
  /** Every input cell of the format, parsed once (`parseCellInput` with the cell's kind). */
  parsed: ReadonlyMap<CellKey, ParsedCell>;
  /** A cell's valid number, or `undefined` when it is not valid or not a cell of the format. */
  value(key: CellKey): number | undefined;
  /** The sum of cells when every one is valid and the sum is exact (not beyond 2^53 − 1), else `undefined`. */
  sum(keys: CellKey[]): number | undefined;
  /** The whole text of a text field (总体情况: the lead paragraph, the sub-items and the added ones). */
  text(field: TextField): string;
  /** The Chinese name of a text field: its section's title in the format. */
  fieldName(field: TextField): string;
  /** Last year's report, in its own format, for the cross-year rules. */
  previous?: CheckContext;
}

/** One rule: what it is, where it comes from, what it compares, and how it is evaluated. */
export interface Rule {
  /** `H1` … `H6`, `I1` …, `S1` …, `C1a` …. */
  id: string;
  severity: Severity;
  /** Chinese, short: `表三行合计不符`. */
  title: string;
  /** The rule in words, for a list of all checks. */
  description: string;
  /** Where the rule comes from (the notice, the 条例, the spec section). */
  source: string;
  /** The names of the two sides the rule compares, when it compares two sides: `["总计", "各申请人之和"]`. */
  sideNames?: [string, string];
  /** The cells on each side of every instance the rule checks in its format (empty for rules on one cell or on text). */
  sides: RuleSides[];
  /** How many individual checks the rule runs on one report (equations, cells, or 1). */
  checks: number;
  /** Whether it needs last year's report (it finds nothing without `ctx.previous`). */
  crossYear?: boolean;
  /** Every finding of the rule on a report; the message is complete Chinese, the rest is data. */
  evaluate(ctx: CheckContext): Finding[];
}

/**
 * The check context of a report in a format: every input cell parsed once.
 * @param previous last year's report (in its own format) for the cross-year rules.
 */
export function makeContext(data: ReportData, format: FormatDef, previous?: { data: ReportData; format: FormatDef }): CheckContext {
  const parsed = new Map<CellKey, ParsedCell>();
  for (const c of format.inputCells) parsed.set(c.key, parseCellInput(getValue(data, c.key), c.kind));
  const value = (key: CellKey) => {
    const p = parsed.get(key);
    return p && p.state === "ok" ? p.value : undefined;
  };
  const text = (field: TextField): string => {
    switch (field) {
      case "text.overview":
        return [
          data.text.overviewIntro,
          ...format.overviewItems.map((i) => data.text.overview[i.key]),
          ...data.text.overviewExtra.flatMap((x) => [x.title, x.body]),
        ]
          .filter((s) => s.trim() !== "")
          .join("\n");
      case "text.problems":
        return data.text.problems;
      case "text.otherMatters":
        return data.text.otherMatters;
    }
  };
  return {
    format,
    data,
    parsed,
    value,
    sum(keys) {
      let s = 0;
      for (const k of keys) {
        const v = value(k);
        if (v === undefined) return undefined;
        s += v;
      }
      // Beyond 2^53 − 1 a sum is no longer exact: no equation is judged, and no value suggested, on a rounded sum.
      return Math.abs(s) <= Number.MAX_SAFE_INTEGER ? s : undefined;
    },
    text,
    fieldName: (field) => sectionTitle(format, format.textSections.find((t) => t.field === field)!.section),
    ...(previous ? { previous: makeContext(previous.data, previous.format) } : {}),
  };
}

/** Whether a cell key is one of the format's cells (a rule on a cell the format lacks does not run). */
export function hasCell(format: FormatDef, key: CellKey): boolean {
  return findInputCell(key, format) !== undefined;
}
