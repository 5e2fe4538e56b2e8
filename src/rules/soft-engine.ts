/**
 * Evaluation of the soft rules (提示) of `soft-rules.ts`: text checks, text-versus-table checks and cross-year checks.
 */
import { displayName, FORMAT_2021, type CellKey } from "../format";
import { getValue, parseCellInput, type CellValue, type ReportData } from "../report";
import { fillTemplate, type Finding } from "./engine";
import { SOFT_RULES, TEXT_FIELD_NAMES, type SoftRule, type TextField } from "./soft-rules";

/** Options of a check. */
export interface CheckOptions {
  /** Last year's report, for the cross-year rules (S1, S2) and 内容雷同 (C1). */
  previous?: ReportData;
}

/** The whole text of a field: 总体情况 is the lead paragraph, the five sub-items and the extra ones. */
export function textOf(data: ReportData, field: TextField): string {
  switch (field) {
    case "text.overview":
      return [
        data.text.overviewIntro,
        ...FORMAT_2021.overviewItems.map((i) => data.text.overview[i.key]),
        ...data.text.overviewExtra.flatMap((x) => [x.title, x.body]),
      ]
        .filter((s) => s.trim() !== "")
        .join("\n");
    case "text.problems":
      return data.text.problems;
    case "text.otherMatters":
      return data.text.otherMatters;
  }
}

/**
 * Whether a text satisfies a mention rule of the catalogue by its patterns alone, e.g. `mentions("S9c", 六)` is true
 * when 六 already states the 信息处理费 position in the user's own words.
 * @throws Error when `ruleId` is not a mention rule.
 */
export function mentions(ruleId: string, text: string): boolean {
  const rule = SOFT_RULES.find((r) => r.id === ruleId);
  if (!rule || rule.kind !== "mention") throw new Error(`Not a mention rule: ${ruleId}`);
  return rule.patterns.every((group) => group.some((p) => p.test(text)));
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

function valid(data: ReportData, key: CellKey): number | undefined {
  const cell = FORMAT_2021.inputCells.find((c) => c.key === key);
  const p = parseCellInput(getValue(data, key), cell ? cell.kind : "count");
  return p.state === "ok" ? p.value : undefined;
}

function sumValid(data: ReportData, keys: CellKey[]): number | undefined {
  let s = 0;
  for (const k of keys) {
    const v = valid(data, k);
    if (v === undefined) return undefined;
    s += v;
  }
  return s;
}

function validField(v: CellValue): boolean {
  return parseCellInput(v, "amount").state === "ok";
}

/** Text that says there is nothing to report: “无”, “无。”, “暂无”. */
const NOTHING_TO_REPORT = /^\s*(无|暂无|没有)[。.]?\s*$/;

/**
 * The clause holding a match, for messages: from the last clause break (。；，、) before the match to the end of the
 * match, at most 30 characters (cut at the start, never mid-match).
 */
function quoteAround(text: string, index: number, length: number): string {
  const before = text.slice(0, index);
  const start = Math.max(...["。", "；", "，", "\n", ";", ","].map((p) => before.lastIndexOf(p))) + 1;
  const q = text.slice(start, index + length).replace(/\s+/g, "");
  return q.length <= 30 ? q : q.slice(-30);
}

function base(rule: SoftRule, id: string, message: string, cells: CellKey[], fields: TextField[]): Finding {
  return { id, rule: rule.id, severity: rule.severity, title: rule.title, message, cells, ...(fields.length ? { fields } : {}) };
}

function evaluate(rule: SoftRule, data: ReportData, options: CheckOptions): Finding[] {
  const out: Finding[] = [];
  switch (rule.kind) {
    case "min_length": {
      const text = textOf(data, rule.field);
      const length = charCount(text);
      if (length < rule.minChars) {
        const empty = length === 0 || NOTHING_TO_REPORT.test(text);
        const message = fillTemplate(empty ? rule.messageEmpty : rule.message, { section: TEXT_FIELD_NAMES[rule.field], length, min: rule.minChars });
        out.push(base(rule, rule.id, message, [], [rule.field]));
      }
      break;
    }
    case "max_length": {
      const length = charCount(textOf(data, rule.field));
      if (length > rule.maxChars) {
        const message = fillTemplate(rule.message, { section: TEXT_FIELD_NAMES[rule.field], length, max: rule.maxChars });
        out.push(base(rule, rule.id, message, [], [rule.field]));
      }
      break;
    }
    case "mention": {
      if (rule.satisfiedByFields?.some((f) => validField(f === "processingFees.noticesIssued" ? data.processingFees.noticesIssued : data.processingFees.collectedYuan))) break;
      const text = textOf(data, rule.field);
      if (rule.skipBelowChars !== undefined && charCount(text) < rule.skipBelowChars) break;
      if (!mentions(rule.id, text)) {
        out.push(base(rule, rule.id, fillTemplate(rule.message, { section: TEXT_FIELD_NAMES[rule.field] }), [], [rule.field]));
      }
      break;
    }
    case "figures": {
      for (const field of rule.fields) {
        const text = textOf(data, field);
        for (const phrase of rule.phrases) {
          const expected = sumValid(data, phrase.cells);
          if (expected === undefined) continue;
          for (const m of text.matchAll(new RegExp(phrase.pattern.source, "g"))) {
            const stated = Number(m[1]);
            if (stated === expected) continue;
            const quote = quoteAround(text, m.index ?? 0, m[0].length);
            const cellsText = phrase.cells.length === 1 ? displayName(phrase.cells[0]) : phrase.cells.map((c) => displayName(c)).join(" + ");
            const message = fillTemplate(rule.message, {
              section: TEXT_FIELD_NAMES[field],
              quote,
              name: phrase.name,
              stated,
              expected,
              cells: cellsText,
            });
            const f = base(rule, `${rule.id}:${field}:${phrase.name}:${stated}`, message, phrase.cells, [field]);
            out.push({ ...f, left: stated, right: expected, difference: stated - expected });
          }
        }
      }
      break;
    }
    case "wording": {
      const positive = rule.contradictedBy.filter((k) => (valid(data, k) ?? 0) > 0);
      if (positive.length === 0) break;
      for (const field of rule.fields) {
        const text = textOf(data, field);
        const m = rule.pattern.exec(text);
        if (!m) continue;
        const cellsText = positive.map((k) => `${displayName(k)} ${valid(data, k)}`).join("、");
        const message = fillTemplate(rule.message, {
          section: TEXT_FIELD_NAMES[field],
          quote: quoteAround(text, m.index, m[0].length),
          cells: cellsText,
        });
        out.push(base(rule, `${rule.id}:${field}`, message, positive, [field]));
      }
      break;
    }
    case "fee_notices": {
      const lapsed = valid(data, rule.lapsed);
      if (lapsed === undefined || lapsed === 0) break;
      const p = parseCellInput(data.processingFees.noticesIssued, "count");
      const notices = p.state === "ok" ? p.value : undefined;
      if (notices !== undefined && notices >= lapsed) break;
      const message = fillTemplate(rule.message, { lapsed, notices: notices === undefined ? "未填写" : `${notices} 件` });
      out.push(base(rule, rule.id, message, [rule.lapsed], []));
      break;
    }
    case "similar_to_last_year": {
      if (!options.previous) break;
      const now = textOf(data, rule.field);
      const before = textOf(options.previous, rule.field);
      if (charCount(now) < rule.minChars || charCount(before) < rule.minChars) break;
      const s = textSimilarity(now, before);
      if (s >= rule.threshold) {
        const message = fillTemplate(rule.message, { section: TEXT_FIELD_NAMES[rule.field], percent: Math.round(s * 100) });
        out.push(base(rule, rule.id, message, [], [rule.field]));
      }
      break;
    }
    case "cross_year_equal": {
      if (!options.previous) break;
      for (const pair of rule.pairs) {
        const current = valid(data, pair.current);
        const previous = valid(options.previous, pair.previous);
        if (current === undefined || previous === undefined || current === previous) continue;
        const message = fillTemplate(rule.message, { cell: displayName(pair.current), current, previous });
        out.push({ ...base(rule, pair.id, message, [pair.current], []), left: current, right: previous, difference: current - previous, fix: { cell: pair.current, value: previous, current } });
      }
      break;
    }
    case "cross_year_stock": {
      if (!options.previous) break;
      for (const row of rule.rows) {
        const current = valid(data, row.inForce);
        const issued = valid(data, row.issued);
        const repealed = valid(data, row.repealed);
        const previous = valid(options.previous, row.inForce);
        if ([current, issued, repealed, previous].some((v) => v === undefined)) continue;
        const expected = previous! + issued! - repealed!;
        if (expected === current) continue;
        const message = fillTemplate(rule.message, { name: row.name, current: current!, previous: previous!, issued: issued!, repealed: repealed!, expected });
        out.push({ ...base(rule, row.id, message, [row.inForce, row.issued, row.repealed], []), left: current, right: expected, difference: current! - expected });
      }
      break;
    }
  }
  return out;
}

/**
 * Evaluate every soft rule. Rules that need last year's report are skipped without `options.previous`.
 * @returns 提示 findings in catalogue order.
 */
export function checkSoftRules(data: ReportData, options: CheckOptions = {}): Finding[] {
  return SOFT_RULES.flatMap((rule) => evaluate(rule, data, options));
}
