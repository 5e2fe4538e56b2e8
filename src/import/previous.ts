/**
 * Reading last year's report for the cross-year rules (S1 上年结转, S2 现行有效件数, C1 内容雷同; `CheckOptions.previous`):
 * a 2021-format report data file, a 2019-format report data file (国办公开办函〔2019〕60号; every 2021 report's
 * previous year is one — report-format.md §4), or a workbook made by this product (through its WorkbookPort).
 *
 * Pure: the caller reads the file (text, or a port on the workbook's bytes).
 *
 * A 2019 report is carried over only where the two formats agree: 表三's rows that exist in both (including
 * 结转下年度, which S1 compares with this year's 上年结转) and 表四, and the text. `（六）其他处理` is one row in 2019 and
 * is not split into other_1..3 (those stay blank). 表二 stays blank: 2019's 对外公开总数量 counts every document ever
 * published, not the 现行有效件数 S2 continues from, so S2 must not run on it.
 */
import { FORMAT_2021, type TableKey } from "../format";
import { reportFromJson, ReportDataError, type ReportData } from "../report";
import { SOFT_RULES, type SoftRule } from "../rules";
import { readReport } from "../workbook/layout";
import type { WorkbookPort } from "../workbook/port";
import { JsonTextError, parseJsonText } from "./json-text";

/** The format last year's report was written in. */
export type PreviousFormat = "2021" | "2019";

/** Last year's report as read, for `CheckOptions.previous`. */
export interface PreviousReport {
  /** The report in the 2021 model; cells that cannot be carried over are blank, so the rules needing them skip. */
  data: ReportData;
  /** The format of the source. */
  format: PreviousFormat;
  /** What was not carried over and which checks therefore do not run, in Chinese, naming the file. */
  notes: string[];
}

/** A source of last year's report: a report data file's text, or a workbook made by this product. */
export type PreviousSource = { name: string; text: string } | { name: string; workbook: WorkbookPort };

/** The outcome of `readPrevious`: the report, or a Chinese reason naming the file. */
export type PreviousRead = { ok: true; report: PreviousReport } | { ok: false; error: string };

/** Soft-rule kinds that use last year's report. */
const CROSS_YEAR_KINDS: SoftRule["kind"][] = ["cross_year_equal", "cross_year_stock", "similar_to_last_year"];

/** The ids of the rules of some kinds, joined for a message: `S1、S2、C1a、C1b`. */
function ruleIds(kinds: SoftRule["kind"][]): string {
  return SOFT_RULES.filter((r) => kinds.includes(r.kind))
    .map((r) => r.id)
    .join("、");
}

/** Rows of 表三 that the 2019 format does not have in the same shape: its single （六）其他处理 row and 2021's split. */
const TABLE3_2019_ONLY = ["other", "other_1", "other_2", "other_3"];

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Whether a data file is in the 2019 format: `format: "2019"`, or no format and a 2019-only table. */
function is2019(json: Record<string, unknown>): boolean {
  if (json.format !== undefined) return String(json.format) === "2019";
  const t3 = json.table3;
  return "table2_2019" in json || (isObject(t3) && "other" in t3 && !("other_1" in t3));
}

/**
 * Read last year's report from a report data file (already parsed from JSON), in the 2021 or the 2019 format.
 * @param name the file's name, quoted in the notes.
 * @throws ReportDataError listing the structural problems (as `reportFromJson`), e.g. a 表三 row without 7 values.
 */
export function previousFromJson(json: unknown, name: string): PreviousReport {
  if (!isObject(json) || !is2019(json)) return { data: reportFromJson(json), format: "2021", notes: [] };
  // Keep what both formats share; 表二 (2021 or 2019 keys) and the 其他处理 rows are left out, hence blank.
  const { format: _format, table2: _table2, table2_2019: _table2019, table3, ...rest } = json;
  const shared: Record<string, unknown> = { ...rest, format: "2021" };
  if (isObject(table3)) {
    shared.table3 = Object.fromEntries(Object.entries(table3).filter(([row]) => !TABLE3_2019_ONLY.includes(row)));
  } else if (table3 !== undefined) shared.table3 = table3;
  const data = reportFromJson(shared);
  const table2 = FORMAT_2021.tables.table2.shortName;
  return {
    data,
    format: "2019",
    notes: [
      `上年报告“${name}”为 2019 格式：${table2}与本年不可比（2019 格式的“对外公开总数量”不是现行有效件数），不做 ${ruleIds(["cross_year_stock"])} 检查；上年结转（${ruleIds(["cross_year_equal"])}）和内容雷同（${ruleIds(["similar_to_last_year"])}）照常检查`,
    ],
  };
}

/**
 * Read last year's report from a workbook made by this product. A table whose layout cannot be read stays blank (its
 * cross-year checks do not run) and gets a note.
 * @param name the file's name, quoted in the notes and errors.
 * @throws ReportDataError when no table can be read (not a workbook of this product, or every table out of shape).
 */
export async function previousFromWorkbook(port: WorkbookPort, name: string): Promise<PreviousReport> {
  const read = await readReport(port);
  const unread = (Object.keys(read.tablesRead) as TableKey[]).filter((t) => !read.tablesRead[t]);
  const names = unread.map((t) => FORMAT_2021.tables[t].shortName).join("、");
  const errors = read.problems.filter((p) => p.table !== undefined && unread.includes(p.table)).map((p) => p.message);
  if (unread.length === Object.keys(read.tablesRead).length) {
    throw new ReportDataError([`找不到可读取的统计表（${errors.join("；") || names}）`]);
  }
  const notes =
    unread.length === 0 ? [] : [`上年报告“${name}”的${names}未能读取（${errors.join("；")}），涉及${names}的跨年度检查不做`];
  return { data: read.data, format: "2021", notes };
}

/**
 * Read last year's report from its source: a report data file's text (2021 or 2019 format) or a workbook.
 * @returns the report, or `{ ok: false, error }` with a Chinese reason naming the file, e.g. `上年报告“a.json”是空文件`,
 *   `上年报告“a.json”的报告数据有误：table3.new 应为 7 个值的数组（…）`. Other errors (bugs, a failing port) are thrown.
 */
export async function readPrevious(source: PreviousSource): Promise<PreviousRead> {
  try {
    if ("text" in source) return { ok: true, report: previousFromJson(parseJsonText(source.text, source.name), source.name) };
    return { ok: true, report: await previousFromWorkbook(source.workbook, source.name) };
  } catch (e) {
    if (e instanceof JsonTextError) return { ok: false, error: `上年报告${e.message}` };
    if (e instanceof ReportDataError) return { ok: false, error: `上年报告“${source.name}”的报告数据有误：${e.problems.join("；")}` };
    throw e;
  }
}

/** Last year's report as used for one report's check: `previous` to pass on (absent when it must not be used). */
export interface PreviousForCheck {
  previous?: ReportData;
  /** Why it is not used, or what is uncertain, in Chinese. */
  note?: string;
}

/**
 * Decide whether last year's report may be used for this report's cross-year rules: only when it is of the year
 * before. When its year is not this year − 1 the rules would compare unrelated years, so it is not passed; when a
 * year is unknown it is used, with a note.
 * @param name the previous file's name, quoted in the note.
 */
export function previousForCheck(current: ReportData, previous: PreviousReport, name: string): PreviousForCheck {
  const cy = current.year;
  const py = previous.data.year;
  if (cy !== null && py !== null && py !== cy - 1) {
    return {
      note: `上年报告“${name}”为 ${py} 年度，本报告为 ${cy} 年度，不是上一年度，不做跨年度检查（${ruleIds(CROSS_YEAR_KINDS)}）`,
    };
  }
  if (cy === null || py === null) {
    const which = cy === null && py === null ? "两份报告都" : cy === null ? "本报告" : `上年报告“${name}”`;
    return { previous: previous.data, note: `${which}没有填写年度，无法核对是否为上一年度，按上一年度检查` };
  }
  return { previous: previous.data };
}
