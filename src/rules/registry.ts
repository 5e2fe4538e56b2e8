/**
 * Every rule of a format in one list, in the order findings are listed: the hard rules on the tables (H6, H5,
 * H1–H4), the rules on 报告信息 (I1–I3, S7, S10), then the text and cross-year rules.
 */
import type { FormatDef } from "../format";
import { hardRules } from "./engine";
import { INFO_RULES, infoRule } from "./report-rules";
import type { Rule } from "./rule";
import { softRules } from "./soft-engine";

const cache = new WeakMap<FormatDef, Rule[]>();

/** Every rule of a format. */
export function rulesFor(format: FormatDef): Rule[] {
  let rules = cache.get(format);
  if (!rules) {
    rules = [...hardRules(format), ...INFO_RULES.map(infoRule), ...softRules(format)];
    cache.set(format, rules);
  }
  return rules;
}

/** The rule with this id in a format; throws on an unknown id. */
export function ruleById(id: string, format: FormatDef): Rule {
  const r = rulesFor(format).find((x) => x.id === id);
  if (!r) throw new Error(`Unknown rule id: ${id}`);
  return r;
}

/** The sum equations of a format, with their rule id — the instances of H1–H4. */
export function allEquations(format: FormatDef): { rule: string; equation: FormatDef["equations"][number] }[] {
  return format.equations.map((equation) => ({ rule: equation.rule, equation }));
}

/** Number of individual table checks (H1–H6) run on one report of a format: equations plus one per cell per cell rule. */
export function checkCount(format: FormatDef): number {
  return hardRules(format).reduce((n, r) => n + r.checks, 0);
}

/** Number of 报告信息 and text checks run on one report of a format without last year's report. */
export function softCheckCount(format: FormatDef): number {
  const hard = new Set(hardRules(format).map((r) => r.id));
  return rulesFor(format).filter((r) => !hard.has(r.id) && !r.crossYear).length;
}
