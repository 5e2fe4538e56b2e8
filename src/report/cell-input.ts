/**
 * Parsing what a user typed into an input cell. Nothing is coerced silently: every form that is not a plain
 * non-negative number of the right kind is its own state, which the rules report (H5, H6 of report-format.md §3).
 */
import type { CellKind } from "../format";

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
  /** A negative number. */
  | { state: "negative"; value: number }
  /** A decimal in a count cell. */
  | { state: "fraction"; value: number }
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

/** Convert full-width digits, point and minus to half-width; other characters are left as they are. */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９．－]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

function plainNumber(text: string): number | undefined {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
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
    if (!Number.isFinite(raw)) return { state: "text", raw: String(raw) };
    return classifyNumber(raw, kind);
  }
  if (typeof raw !== "string") return { state: "text", raw: String(raw) };
  const text = raw.replace(/[\s\u3000]+/g, " ").trim();
  if (text === "") return { state: "blank" };
  if (PLACEHOLDERS.has(text)) return { state: "placeholder", raw };
  if (EXCEL_ERROR.test(text)) return { state: "error_value", raw: text };
  if (text.startsWith("=")) return { state: "formula", raw: text };
  if (FULLWIDTH_DIGITS.test(text)) {
    const half = plainNumber(toHalfWidth(text).replace(/\s/g, ""));
    if (half !== undefined) return { state: "fullwidth", raw, value: half };
  }
  const compact = toHalfWidth(text).replace(/\s/g, "");
  for (const unit of UNITS) {
    if (compact.endsWith(unit)) {
      const n = plainNumber(compact.slice(0, -unit.length));
      if (n === undefined) continue;
      if (kind === "written_amount" && WRITTEN_AMOUNT_UNITS.includes(unit)) {
        const c = classifyNumber(n, kind);
        return c.state === "ok" ? { state: "ok", value: c.value, unit } : c;
      }
      return { state: "with_unit", raw, value: n, unit };
    }
  }
  const n = plainNumber(text);
  if (n !== undefined) return kind === "written_amount" ? classifyNumber(n, kind) : { state: "numeric_text", raw, value: n };
  return { state: "text", raw };
}

/** The number a parsed cell contributes to sums, or `undefined` when it is not a valid number for its kind. */
export function validNumber(parsed: ParsedCell): number | undefined {
  return parsed.state === "ok" ? parsed.value : undefined;
}
