/**
 * The task pane's state types and the pure helpers around them: the outcome of a check, the pending fill preview,
 * the message under the actions, and the Chinese message for an error.
 */
import type { FieldChange } from "../import/fill-plan";
import type { CellChange, Finding, SkippedTotal } from "../rules";
import type { ReadResult } from "../workbook/layout";
import { WorkbookError } from "../workbook/port";
import { InsertYearError } from "./insert-year";
import { STRINGS } from "./strings";

/** The outcome of the last check. */
export interface CheckState {
  read: ReadResult;
  findings: Finding[];
  counts: { errors: number; warnings: number; explained: number };
  /** True when the workbook has no tables of this set at all. */
  noTables: boolean;
}

/** What the pane is doing: nothing, inserting, reading for an action or check, or writing. */
export type Busy = null | "insert" | "check" | "write";

/** A fill helper's planned changes, shown before anything is written. */
export interface PendingFill {
  title: string;
  read: ReadResult;
  changes: CellChange[];
  skipped: SkippedTotal[];
  /** The sentence above the skipped cells. */
  skippedIntro: string;
  /** How many of the changes overwrite a filled cell (said above the list). */
  overwrites?: number;
  /** The names of the filled cells and fields overwritten (named above the list). */
  overwritten?: string[];
  /** 报告信息 value cells that change (从文档导入本年数据). */
  fields?: FieldChange[];
  /** What suggests the document is not this report (another year, another unit), each shown as a warning first. */
  warnings?: string[];
  /** A sentence above the list (the tables not filled because the document's format differs). */
  note?: string;
}

/** The fill helpers: 空白填 0, 计算总计, 转为数值. */
export type FillKind = "blanks" | "totals" | "convert";

/**
 * The message under the actions. A transient one (已插入统计表) goes away after `noticeMs` or at the first check
 * whose counts differ from the counts it was shown with; the others stay until the next action.
 */
export interface Notice {
  text: string;
  intent: "success" | "warning";
  transient?: { counts: string };
}

/** The counts a check shows, as one comparable string ("" before the first check). */
export function countsKey(c: CheckState | null): string {
  if (!c) return "";
  return [c.noTables, c.counts.errors, c.counts.warnings, c.counts.explained].join("/");
}

/** A user-facing message for any error: the port's Chinese message, or what to do next. */
export function errorMessage(e: unknown): string {
  if (e instanceof WorkbookError || e instanceof InsertYearError) return e.message;
  if (e && typeof e === "object" && "message" in e) {
    const code = (e as { code?: unknown }).code;
    if (code === "AccessDenied") return STRINGS.errorProtected;
    const detail = typeof code === "string" && code ? code : String((e as { message: unknown }).message);
    return STRINGS.errorGeneric(detail);
  }
  return STRINGS.errorUnknown;
}

/** `YYYY-MM-DD HH:mm` in local time. */
export function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** `HH:mm:ss` in local time. */
export function clockTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
