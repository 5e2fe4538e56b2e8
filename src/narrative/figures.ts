/**
 * Reading the figures a sentence needs from the report's cells, and the small template engine that turns phrases
 * into runs. A figure is either a valid number (parsed with `parseCellInput`) or a visible gap; nothing is guessed.
 */
import { findInputCell, type CellKey, type CellKind, type FormatDef } from "../format";
import { getValue, parseCellInput, type CellValue, type ReportData } from "../report";
import type { Run } from "./model";
import { PHRASES } from "./phrases";

/** A figure for a sentence: a valid number with its printed form, or a gap naming the cell that is not valid. */
export type Figure = { ok: true; value: number; runs: Run[] } | { ok: false; runs: Run[] };

/** What a template placeholder may receive. */
export type Piece = string | number | Run[];

/** A text run. */
export function text(t: string): Run {
  return { kind: "text", text: t };
}

/** Join adjacent text runs and drop empty ones. */
export function normalizeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (r.kind === "text" && r.text === "") continue;
    const last = out[out.length - 1];
    if (r.kind === "text" && last && last.kind === "text") out[out.length - 1] = text(last.text + r.text);
    else out.push(r);
  }
  return out;
}

/**
 * Fill a phrase template. Strings and numbers are inserted as text, runs as they are (so a gap stays a gap).
 * @throws Error when the template names a placeholder that is not given (a mistake in the phrase catalogue).
 */
export function fill(template: string, vars: Record<string, Piece> = {}): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    runs.push(text(template.slice(last, m.index)));
    const v = vars[m[1]];
    if (v === undefined) throw new Error(`Phrase placeholder {${m[1]}} has no value in "${template}"`);
    if (typeof v === "string" || typeof v === "number") runs.push(text(String(v)));
    else runs.push(...v);
    last = (m.index ?? 0) + m[0].length;
  }
  runs.push(text(template.slice(last)));
  return normalizeRuns(runs);
}

/** Join several run lists with a separator. */
export function joinRuns(parts: Run[][], separator: string): Run[] {
  const runs: Run[] = [];
  parts.forEach((p, i) => {
    if (i > 0) runs.push(text(separator));
    runs.push(...p);
  });
  return normalizeRuns(runs);
}

/** A cell's display name in a format for a placeholder, with a space after the table name: `表三 一、本年新收·总计`. */
export function gapName(key: CellKey, format: FormatDef): string {
  const name = findInputCell(key, format)?.displayName ?? key;
  return name.replace(/^(表[二三四])(?=\S)/, "$1 ");
}

/**
 * The figure in one input cell of the report's format. Valid numbers (count: integer ≥ 0; signed count: integer;
 * amount: decimal ≥ 0) are printed as stored, without rounding (a fee of 24252.311082 万元 prints as
 * `24252.311082`); a written amount (the 2019 采购总金额) as typed, with its unit (`73802895.90元`). Anything else
 * becomes a gap: blank → `【… 未填写】`, "/" or "无" → `【… 填为“/”，应填数字】`, other text → `【… “12件”不是有效数字】`.
 */
export function cellFigure(data: ReportData, key: CellKey, format: FormatDef): Figure {
  const def = findInputCell(key, format);
  return valueFigure(getValue(data, key), def?.kind ?? "count", gapName(key, format), key);
}

/**
 * The figure of a raw value that is not one of the table cells (e.g. the 信息处理费 fields of 报告信息), read like a
 * cell of the given kind; `name` is what a gap calls it (`收费通知件数`), `cell` the key a gap points to, if any.
 */
export function valueFigure(raw: CellValue, kind: CellKind, name: string, cell?: CellKey): Figure {
  const parsed = parseCellInput(raw, kind);
  if (parsed.state === "ok") {
    const shown = kind === "written_amount" && typeof raw === "string" ? raw.trim() : String(parsed.value);
    return { ok: true, value: parsed.value, runs: [text(shown)] };
  }
  let t: string;
  if (parsed.state === "blank") t = fill(PHRASES.gaps.blank, { cell: name })[0].text;
  else if (parsed.state === "placeholder") t = runsToString(fill(PHRASES.gaps.placeholder, { cell: name, raw: parsed.raw.trim() }));
  else {
    const shown = "raw" in parsed && parsed.raw !== undefined ? parsed.raw.trim() : "value" in parsed ? String(parsed.value) : "";
    t = runsToString(fill(PHRASES.gaps.invalid, { cell: name, raw: shown }));
  }
  return { ok: false, runs: [cell === undefined ? { kind: "gap", text: t } : { kind: "gap", text: t, cell }] };
}

/**
 * The sum of several cells (a category total such as 不予公开 = Σ denied_1..8 in the 总计 column). Valid only when
 * every cell is valid; otherwise the gap of the first cell that is not.
 */
export function sumFigure(data: ReportData, keys: CellKey[], format: FormatDef): Figure {
  let sum = 0;
  for (const k of keys) {
    const f = cellFigure(data, k, format);
    if (!f.ok) return f;
    sum += f.value;
  }
  return { ok: true, value: sum, runs: [text(String(sum))] };
}

/** True when the figure is a valid 0. */
export function isZero(f: Figure): boolean {
  return f.ok && f.value === 0;
}

function runsToString(runs: Run[]): string {
  return runs.map((r) => r.text).join("");
}

/** `some` with the figure when it is not a valid 0, else `none`; `one` (when given) for a valid 1. */
export function clause(f: Figure, some: string, none: string, vars: Record<string, string> = {}, one?: string): Run[] {
  if (isZero(f)) return fill(none, vars);
  if (one !== undefined && f.ok && f.value === 1) return fill(one, vars);
  return fill(some, { ...vars, n: f.runs });
}
