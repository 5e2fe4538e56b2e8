/**
 * Parsing what a user typed into an input cell. Nothing is coerced silently: every form that is not a plain
 * non-negative number of the right kind is its own state, which the rules report (H5, H6 of report-format.md §3).
 */
import type { CellKind } from "../format";
import { firstHiddenChar } from "./hidden-chars";

/**
 * A cell's raw value, as held in report data and read from a workbook: a number, `null` for a blank cell, or the
 * string exactly as typed when it is not a plain number (`"/"`, `"12件"`, `"１２"`, `"#REF!"`). See report-format.md
 * §2, "The report data file".
 */
export type CellValue = number | string | null;

/** The outcome of parsing one cell. `value` is present where a number can be read, but only `ok` states count. */
export type ParsedCell =
  /**
   * A plain number valid for the cell's kind (count: integer ≥ 0; signed count: integer; amount: decimal ≥ 0 万元;
   * written amount: decimal ≥ 0, with `unit` when the unit is written with it, e.g. `73802895.90元`).
   */
  | { state: "ok"; value: number; unit?: string }
  /** Empty: missing, not 0. */
  | { state: "blank" }
  /** A placeholder for "nothing": `/`, `—`, `无`, `-` … */
  | { state: "placeholder"; raw: string }
  /** Full-width digits, e.g. `１２`; `value` is what the half-width number would be. */
  | { state: "fullwidth"; raw: string; value: number }
  /** A number followed by a unit, e.g. `12件`, `3.5万元`. */
  | { state: "with_unit"; raw: string; value: number; unit: string }
  /** A number stored as text (Excel's green triangle), e.g. the string `"12"`. SUM ignores it. */
  | { state: "numeric_text"; raw: string; value: number }
  /**
   * A number with a unit, e.g. `12件`, whose unit does not belong to the cell (`500元` in a 万元 cell, `3万元` in a count):
   * it cannot be told to become the bare number.
   */
  | { state: "foreign_unit"; raw: string; value: number; unit: string }
  /**
   * A negative number. `raw` when it was typed as text (`"-3"`, `"－３"`, `"-3件"`): the advice quotes what was typed and
   * never suggests the invalid number.
   */
  | { state: "negative"; value: number; raw?: string }
  /** A decimal in a count cell; `raw` when it was typed as text (`"３.５"`, `"2.5件"`). */
  | { state: "fraction"; value: number; raw?: string }
  /**
   * A number that cannot be held exactly: more than 15 significant digits (Excel keeps 15), an integer beyond
   * 2^53 − 1 (9007199254740991, where sums stop being exact), or beyond the range of a number (`1e400`). `raw` is the
   * number as written.
   */
  | { state: "inexact"; raw: string }
  /**
   * Text holding a bidi control or an invisible character (`12` followed by a zero-width space looks like 12 but is
   * text): `codePoint` and `name` of the first, at `position` (1-based, in characters).
   */
  | { state: "hidden"; raw: string; position: number; codePoint: string; name: string }
  /** An Excel error value such as `#REF!` or `#VALUE!`. */
  | { state: "error_value"; raw: string }
  /** A formula with no calculated result (a file saved by a program that does not calculate), e.g. `=SUM(D5:I5)`. */
  | { state: "formula"; raw: string }
  /** Any other text. */
  | { state: "text"; raw: string };

export type CellState = ParsedCell["state"];

const PLACEHOLDERS = new Set(["/", "／", "\\", "—", "——", "―", "-", "－", "--", "－－", "~", "～", "无", "空", "暂无", "n/a", "N/A", "NA", "×"]);
const EXCEL_ERROR = /^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;
const FULLWIDTH_DIGITS = /[０-９]/;
const UNITS = ["万元", "元", "件", "个", "条", "项", "次", "份", "起"];
/** The units a count (件) may be typed with. */
export const COUNT_UNITS: ReadonlySet<string> = new Set(["件", "个", "条", "项", "次", "份", "起"]);
/** The units an amount (万元) may be typed with; a written amount (2019 采购总金额) also takes 元. */
export const AMOUNT_UNITS: ReadonlySet<string> = new Set(["万元"]);

/** Excel keeps 15 significant digits of a number. */
const EXCEL_DIGITS = 15;
const NUMBER_TEXT = /^-?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * Whether a number written as text (JSON's grammar: `12`, `-3.5`, `1e3`) can be held exactly: at most 15 significant
 * digits, an integer part not beyond 2^53 − 1, within the range of a number and not rounded to 0. `undefined` when the
 * text is not a number.
 */
export function isExactNumberText(text: string): boolean | undefined {
  const m = NUMBER_TEXT.exec(text);
  if (!m) return undefined;
  const value = Number(text);
  const digits = (m[1] + (m[2] ?? "")).replace(/^0+/, "").replace(/0+$/, "");
  if (!Number.isFinite(value) || digits.length > EXCEL_DIGITS) return false;
  if (value === 0) return digits.length === 0;
  return Math.abs(value) <= Number.MAX_SAFE_INTEGER;
}

/** Whether a number read from a host (a workbook's cell) is held exactly: finite, and not beyond 2^53 − 1. */
function isExactNumber(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
}

/** Convert full-width digits, point and minus to half-width; other characters are left as they are. */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９．－]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

function plainNumber(text: string): number | undefined {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/** Whether a unit typed with a number belongs to a cell of the kind (件 … for counts, 万元 for amounts). */
function unitFits(unit: string, kind: CellKind): boolean {
  if (kind === "written_amount") return WRITTEN_AMOUNT_UNITS.includes(unit);
  return (kind === "amount" ? AMOUNT_UNITS : COUNT_UNITS).has(unit);
}

/**
 * A number typed as text, in one of the text forms: its own state when the number is valid for the cell, else the
 * state of what is wrong with the number (negative, decimal in a count), quoting the text, so that no advice suggests
 * an invalid number.
 */
function textForm(form: ParsedCell & { value: number }, kind: CellKind, raw: string): ParsedCell {
  const c = classifyNumber(form.value, kind);
  if (c.state === "negative" || c.state === "fraction") return { ...c, raw };
  return form;
}

/** Units a written amount (the 2019 表二 采购总金额) may carry. */
const WRITTEN_AMOUNT_UNITS = ["元", "万元"];

/** Whether a kind holds whole numbers (件). */
function isCountKind(kind: CellKind): boolean {
  return kind === "count" || kind === "signed_count";
}

/** Classify a finite number against the cell kind. */
function classifyNumber(value: number, kind: CellKind): ParsedCell {
  if (isCountKind(kind) && !Number.isInteger(value)) return { state: "fraction", value };
  if (kind === "signed_count") return { state: "ok", value: Object.is(value, -0) ? 0 : value };
  if (value < 0 || Object.is(value, -0)) return value === 0 ? { state: "ok", value: 0 } : { state: "negative", value };
  return { state: "ok", value };
}

/**
 * Parse one cell's raw value for a cell of the given kind.
 *
 * @param raw what the cell holds: a number, `null`/`undefined`/`""` (blank), a string, or anything else a host may
 *   return (a boolean, a Date) which is reported as text.
 * @param kind `count` (integer ≥ 0, 件), `signed_count` (integer, may be negative: the 2019 本年增/减), `amount`
 *   (decimal ≥ 0, 万元) or `written_amount` (decimal ≥ 0, its unit 元/万元 written with it or none: the 2019 采购总金额).
 * @returns the parsed state; never throws.
 */
export function parseCellInput(raw: unknown, kind: CellKind): ParsedCell {
  if (raw === null || raw === undefined) return { state: "blank" };
  if (typeof raw === "number") {
    if (Number.isNaN(raw)) return { state: "text", raw: String(raw) };
    if (!isExactNumber(raw)) return { state: "inexact", raw: String(raw) };
    return classifyNumber(raw, kind);
  }
  if (typeof raw !== "string") return { state: "text", raw: String(raw) };
  const hidden = firstHiddenChar(raw);
  if (hidden) return { state: "hidden", raw, position: hidden.position, codePoint: hidden.codePoint, name: hidden.name };
  const text = raw.replace(/[\s\u3000]+/g, " ").trim();
  if (text === "") return { state: "blank" };
  if (PLACEHOLDERS.has(text)) return { state: "placeholder", raw };
  if (EXCEL_ERROR.test(text)) return { state: "error_value", raw: text };
  if (text.startsWith("=")) return { state: "formula", raw: text };
  const compact = toHalfWidth(text).replace(/\s/g, "");
  const numberPart = UNITS.reduce((t, unit) => (t.endsWith(unit) && plainNumber(t.slice(0, -unit.length)) !== undefined ? t.slice(0, -unit.length) : t), compact);
  if (isExactNumberText(numberPart) === false) return { state: "inexact", raw: text };
  if (FULLWIDTH_DIGITS.test(text)) {
    const half = plainNumber(compact);
    if (half !== undefined) return textForm({ state: "fullwidth", raw, value: half }, kind, raw);
  }
  for (const unit of UNITS) {
    if (compact.endsWith(unit)) {
      const n = plainNumber(compact.slice(0, -unit.length));
      if (n === undefined) continue;
      if (!unitFits(unit, kind)) return { state: "foreign_unit", raw, value: n, unit };
      if (kind === "written_amount") {
        const c = classifyNumber(n, kind);
        return c.state === "ok" ? { state: "ok", value: c.value, unit } : { ...c, raw } as ParsedCell;
      }
      return textForm({ state: "with_unit", raw, value: n, unit }, kind, raw);
    }
  }
  const n = plainNumber(text);
  if (n !== undefined) {
    // An amount (万元) may be kept as text to show its decimals as printed (`18.8710`, report-format.md §2, 表二).
    if (kind === "written_amount" || kind === "amount") {
      const c = classifyNumber(n, kind);
      return c.state === "ok" ? c : ({ ...c, raw } as ParsedCell);
    }
    return textForm({ state: "numeric_text", raw, value: n }, kind, raw);
  }
  return { state: "text", raw };
}

/** The number a parsed cell contributes to sums, or `undefined` when it is not a valid number for its kind. */
export function validNumber(parsed: ParsedCell): number | undefined {
  return parsed.state === "ok" ? parsed.value : undefined;
}
