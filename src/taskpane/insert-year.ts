/**
 * The report year the pane inserts a table set for, and the format that year uses (`formatForYear`): the filer types
 * the year (last year by default: in January 2027 the 2026 report), the pane says which format it will insert, and
 * the inserted 报告信息 carries that year beside the format recorded in the workbook, so the two agree.
 */
import { FORMATS, formatForYear, type FormatDef } from "../format";
import { STRINGS } from "./strings";

/** What 插入统计表 will insert: a year and its format, or why it cannot (a Chinese message naming the year field). */
export type InsertChoice = { ok: true; year: number; format: FormatDef } | { ok: false; message: string };

/** The year the pane proposes: the year before `now` (reports are written early in the year after). */
export function defaultReportYear(now: Date): number {
  return now.getFullYear() - 1;
}

/**
 * The year typed in the pane's 报告年度 field, read and matched to its format.
 * Full-width digits are accepted (“２０２０”); the year must be a four-digit year from the first format's first
 * year up to the current year (a later report cannot exist yet).
 */
export function insertChoice(text: string, now: Date): InsertChoice {
  const typed = text.normalize("NFKC").trim().replace(/\s*年(度)?$/, "");
  const example = defaultReportYear(now);
  if (typed === "") return { ok: false, message: STRINGS.yearMissing(example) };
  if (!/^\d{4}$/.test(typed)) return { ok: false, message: STRINGS.yearInvalid(text.trim(), example) };
  const year = Number(typed);
  const thisYear = now.getFullYear();
  if (year > thisYear) return { ok: false, message: STRINGS.yearTooLate(year, thisYear) };
  const format = formatForYear(year);
  if (!format) {
    const first = FORMATS[0];
    return { ok: false, message: STRINGS.yearBeforeFormats(year, first.years.from, first.source) };
  }
  return { ok: true, year, format };
}

/** `按 2019 年格式（国办公开办函〔2019〕60号）插入 2020 年度统计表`: what the insert does, in the format's own names. */
export function insertDescription(choice: Extract<InsertChoice, { ok: true }>): string {
  return STRINGS.insertAs(choice.year, choice.format.name, choice.format.source);
}

/** A report year that cannot be inserted; its message is the pane's Chinese sentence about the year. */
export class InsertYearError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InsertYearError";
  }
}
