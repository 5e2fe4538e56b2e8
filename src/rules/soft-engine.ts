/**
 * Evaluation of the soft rules (提示) of `soft-rules.ts`: text checks, text-versus-table checks and cross-year checks.
 */
import { displayName, expectsProcessingFees, formatOf as formatOfData, type CellKey, type FormatDef } from "../format";
import { parseCellInput, type CellValue, type ReportData } from "../report";
import { fillTemplate, type Finding } from "./finding";
import { makeContext, type CheckContext, type Rule, type RuleSides } from "./rule";
import { softRuleSpecs, type MentionPattern, type SoftRule, type TextField } from "./soft-rules";
import { copySimilarity } from "./similarity";
import { evaluateProseParts, evaluateStatements } from "./text-figures";

/**
 * Whether a text satisfies a mention rule of the catalogue by its patterns alone, e.g. `mentions("S9c", 六)` is true
 * when 六 already states the 信息处理费 position in the user's own words.
 * @throws Error when `ruleId` is not a mention rule.
 */
export function mentions(ruleId: string, text: string, format: FormatDef, year: number | null = null): boolean {
  const rule = softRuleSpecs(format).find((r) => r.id === ruleId);
  if (!rule || rule.kind !== "mention") throw new Error(`Not a mention rule: ${ruleId}`);
  return mentionsAll(rule.patterns, text, year);
}

/** Digits as reports write them in a year: ASCII, full-width, Chinese (`二〇二三`, `二零二三`, `二○二三`). */
const YEAR_DIGITS: string[] = ["0０〇零○Ｏ", "1１一", "2２二", "3３三", "4４四", "5５五", "6６六", "7７七", "8８八", "9９九"];

/** The year written as a year (`2023年`, `２０２３ 年度`, `二〇二三年`), not inside a longer number. */
export function yearWritten(year: number): RegExp {
  const digits = [...String(year)].map((d) => `[${YEAR_DIGITS[Number(d)]}]`).join("");
  return new RegExp(`(?<![0-9０-９〇零○一二三四五六七八九])${digits}\\s*年`);
}

function mentionsAll(patterns: MentionPattern[][], text: string, year: number | null): boolean {
  const matches = (p: MentionPattern) => (p instanceof RegExp ? p.test(text) : year !== null && yearWritten(year + p.yearOffset).test(text));
  return patterns.every((group) => group.some(matches));
}

/** Characters that count towards a length: everything but white space. */
export function charCount(text: string): number {
  return [...text.replace(/[\s\u3000]/g, "")].length;
}

/**
 * Dice similarity of two texts over character bigrams, ignoring white space and punctuation: 1 for the same text,
 * 0 for texts sharing no bigram.
 */
export function textSimilarity(a: string, b: string): number {
  const clean = (s: string) => [...s.replace(/[\s\u3000\p{P}]/gu, "")];
  const bigrams = (chars: string[]) => {
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < chars.length; i++) {
      const g = chars[i] + chars[i + 1];
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
  };
  const ca = clean(a);
  const cb = clean(b);
  if (ca.length < 2 || cb.length < 2) return ca.join("") === cb.join("") ? 1 : 0;
  const ga = bigrams(ca);
  const gb = bigrams(cb);
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  return (2 * shared) / (ca.length - 1 + (cb.length - 1));
}

function validField(v: CellValue): boolean {
  return parseCellInput(v, "amount").state === "ok";
}

/** Text that says there is nothing to report: “无”, “无。”, “暂无”. */
const NOTHING_TO_REPORT = /^\s*(无|暂无|没有)[。.]?\s*$/;

function base(rule: SoftRule, id: string, message: string, cells: CellKey[], fields: TextField[]): Finding {
  return { id, rule: rule.id, severity: rule.severity, title: rule.title, message, cells, ...(fields.length ? { fields } : {}) };
}

function evaluate(rule: SoftRule, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const data = ctx.data;
  const textOf = (_d: ReportData, field: TextField) => ctx.text(field);
  const valid = (_d: ReportData, key: CellKey) => ctx.value(key);
  const name = (field: TextField) => ctx.fieldName(field);
  switch (rule.kind) {
    case "min_length": {
      const text = textOf(data, rule.field);
      const length = charCount(text);
      if (length < rule.minChars) {
        const empty = length === 0 || NOTHING_TO_REPORT.test(text);
        const message = fillTemplate(empty ? rule.messageEmpty : rule.message, { section: name(rule.field), length, min: rule.minChars });
        out.push(base(rule, rule.id, message, [], [rule.field]));
      }
      break;
    }
    case "max_length": {
      const length = charCount(textOf(data, rule.field));
      if (length > rule.maxChars) {
        const message = fillTemplate(rule.message, { section: name(rule.field), length, max: rule.maxChars });
        out.push(base(rule, rule.id, message, [], [rule.field]));
      }
      break;
    }
    case "mention": {
      if (rule.onlyWhenFeesExpected && !expectsProcessingFees(ctx.format, data.year)) break;
      if (rule.satisfiedByFields?.some((f) => validField(f === "processingFees.noticesIssued" ? data.processingFees.noticesIssued : data.processingFees.collectedYuan))) break;
      const text = textOf(data, rule.field);
      if (rule.skipBelowChars !== undefined && charCount(text) < rule.skipBelowChars) break;
      if (!mentionsAll(rule.patterns, text, data.year)) {
        out.push(base(rule, rule.id, fillTemplate(rule.message, { section: name(rule.field) }), [], [rule.field]));
      }
      break;
    }
    case "statements":
      out.push(...evaluateStatements(rule, ctx));
      break;
    case "prose_parts":
      out.push(...evaluateProseParts(rule, ctx));
      break;
    case "fee_notices": {
      const lapsed = valid(data, rule.lapsed);
      if (lapsed === undefined || lapsed === 0) break;
      const p = parseCellInput(data.processingFees.noticesIssued, "count");
      const notices = p.state === "ok" ? p.value : undefined;
      if (notices !== undefined && notices >= lapsed) break;
      const message = fillTemplate(rule.message, { lapsed, notices: notices === undefined ? "未填写" : `只有 ${notices} 件` });
      out.push(base(rule, rule.id, message, [rule.lapsed], []));
      break;
    }
    case "similar_to_last_year": {
      if (!ctx.previous) break;
      const now = textOf(data, rule.field);
      const before = ctx.previous.text(rule.field);
      if (charCount(now) < rule.minChars || charCount(before) < rule.minChars) break;
      const s = copySimilarity(now, before, [data.agency, ctx.previous.data.agency]);
      if (s >= rule.threshold) {
        const message = fillTemplate(rule.message, { section: name(rule.field), percent: Math.round(s * 100) });
        out.push(base(rule, rule.id, message, [], [rule.field]));
      }
      break;
    }
    case "cross_year_equal": {
      if (!ctx.previous) break;
      for (const pair of rule.pairs) {
        const current = valid(data, pair.current);
        const previous = ctx.previous.value(pair.previous);
        if (current === undefined || previous === undefined || current === previous) continue;
        const message = fillTemplate(rule.message, { cell: displayName(pair.current, ctx.format), current, previous });
        out.push({
          ...base(rule, pair.id, message, [pair.current], []),
          scope: displayName(pair.current, ctx.format),
          sides: { left: "本年上年结转", right: "上年结转下年度" },
          left: current,
          right: previous,
          difference: current - previous,
          fix: { cell: pair.current, value: previous, current },
        });
      }
      break;
    }
    case "cross_year_stock": {
      if (!ctx.previous) break;
      for (const row of rule.rows) {
        const current = valid(data, row.inForce);
        const issued = valid(data, row.issued);
        const repealed = valid(data, row.repealed);
        const previous = ctx.previous.value(row.inForce);
        if ([current, issued, repealed, previous].some((v) => v === undefined)) continue;
        const expected = previous! + issued! - repealed!;
        if (expected === current) continue;
        // A negative result is no value to suggest: one of the figures is wrong (never "应为 -3").
        const template = expected < 0 ? rule.negativeMessage : rule.message;
        const message = fillTemplate(template, { name: row.name, current: current!, previous: previous!, issued: issued!, repealed: repealed!, expected });
        out.push({
          ...base(rule, row.id, message, [row.inForce, row.issued, row.repealed], []),
          scope: displayName(row.inForce, ctx.format),
          sides: { left: "现行有效件数", right: "上年现行有效 + 制发 − 废止" },
          left: current,
          right: expected,
          difference: current! - expected,
        });
      }
      break;
    }
  }
  return out;
}

/** The soft rules' cells on each side, for the rule interface. */
function sidesOf(rule: SoftRule): RuleSides[] {
  switch (rule.kind) {
    case "cross_year_equal":
      return rule.pairs.map((p) => ({ id: p.id, left: [p.current], right: [p.previous] }));
    case "cross_year_stock":
      return rule.rows.map((r) => ({ id: r.id, left: [r.inForce], right: [r.inForce, r.issued, r.repealed] }));
    default:
      return [];
  }
}

const CROSS_YEAR_KINDS: SoftRule["kind"][] = ["cross_year_equal", "cross_year_stock", "similar_to_last_year"];

/** A soft rule of the catalogue as a rule. */
export function softRule(spec: SoftRule): Rule {
  return {
    id: spec.id,
    severity: spec.severity,
    title: spec.title,
    description: spec.description,
    source: spec.source,
    sides: sidesOf(spec),
    checks: 1,
    ...(CROSS_YEAR_KINDS.includes(spec.kind) ? { crossYear: true } : {}),
    evaluate: (ctx) => evaluate(spec, ctx),
  };
}

/** The soft rules of a format as rules. */
export function softRules(format: FormatDef): Rule[] {
  return softRuleSpecs(format).map(softRule);
}

/**
 * Evaluate every soft rule on a report in its own format. Rules that need last year's report are skipped without it.
 * @returns 提示 findings in catalogue order.
 */
export function checkSoftRules(data: ReportData, options: { previous?: ReportData } = {}): Finding[] {
  const format = formatOfData(data);
  const ctx = makeContext(data, format, options.previous ? { data: options.previous, format: formatOfData(options.previous) } : undefined);
  return softRules(format).flatMap((r) => r.evaluate(ctx));
}
