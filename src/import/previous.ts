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
import { formatOf, type FormatDef, type FormatId, type TableKey } from "../format";
import { NotReportDataError, readReportJson, ReportDataError, type ReportData } from "../report";
import { rulesFor, type Rule } from "../rules";
import { readReport } from "../workbook/layout";
import { unitMatch } from "../review/unit-name";
import type { WorkbookPort } from "../workbook/port";
import { JsonTextError, parseJsonText } from "./json-text";
import type { ImportedReport } from "./read-report";

/** The format last year's report was written in. */
export type PreviousFormat = FormatId;

/** Last year's report as read, for `CheckOptions.previous`. */
export interface PreviousReport {
  /** The report in its own format; the cross-year rules compare only the cells both years' formats have. */
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

/**
 * Read last year's report from a report data file (already parsed from JSON), in whichever format it is in; it is
 * kept in that format (nothing is converted), and `previousForCheck` says which cross-year checks cannot run.
 * @param name the file's name, quoted in the notes.
 * @throws ReportDataError listing the structural problems (as `readReportJson`), e.g. a 表三 row without 7 values.
 */
export function previousFromJson(json: unknown, _name: string): PreviousReport {
  const { data } = readReportJson(json);
  return { data, format: data.format, notes: [] };
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
  const names = unread.map((t) => formatOf(read.data).tables[t].shortName).join("、");
  const errors = read.problems.filter((p) => p.table !== undefined && unread.includes(p.table)).map((p) => p.message);
  if (unread.length === Object.keys(read.tablesRead).length) {
    throw new ReportDataError([`找不到可读取的统计表（${errors.join("；") || names}）`]);
  }
  const notes =
    unread.length === 0 ? [] : [`上年报告“${name}”的${names}未能读取（${errors.join("；")}），涉及${names}的跨年度检查不做`];
  return { data: read.data, format: read.data.format, notes };
}

/**
 * Last year's report from a published report read by the importer (`importDocument`). Cells it could not read stay
 * blank, so the cross-year checks on them do not run; the notes name those rows.
 * @param name the file's name, quoted in the notes.
 */
export function previousFromImport(report: ImportedReport, name: string): PreviousReport {
  const notes = report.undetermined.length === 0 ? [] : [`上年报告“${name}”中${report.undetermined.map((u) => u.row).join("、")}无法确定，已留空，涉及这些单元格的跨年度检查不做`];
  return { data: report.data, format: report.data.format, notes };
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
    if (e instanceof NotReportDataError) return { ok: false, error: `上年报告“${source.name}”无法读取：${e.message}` };
    if (e instanceof ReportDataError) return { ok: false, error: `上年报告“${source.name}”的报告数据有误：${e.problems.join("；")}` };
    throw e;
  }
}

/** Last year's report as used for one report's check: `previous` to pass on (absent when it must not be used). */
export interface PreviousForCheck {
  previous?: ReportData;
  /** Why it is not used, or what is uncertain, in Chinese. */
  note?: string;
  /** Set when it is not used because its 机关名称 names another unit (`unitMatch` different) and `otherUnit` was not given. */
  otherUnit?: true;
}

/** The cross-year rules of a format (S1, S2, C1a, C1b). */
function crossYearRules(format: FormatDef): Rule[] {
  return rulesFor(format).filter((r) => r.crossYear);
}

/**
 * The cross-year rules of the current report's format that cannot run on last year's report because its format lacks
 * the cells they compare (report-format.md §4 mapping: the 2019 表二 is not comparable with the 2021 表二), and the
 * tables those cells are in.
 */
function notComparable(current: FormatDef, previous: FormatDef): { rules: Rule[]; tables: TableKey[] } {
  const has = new Set(previous.inputCells.map((c) => c.key));
  const rules = crossYearRules(current).filter((r) => r.sides.length > 0 && r.sides.every((s) => s.right.some((k) => current.inputCells.some((c) => c.key === k) && !has.has(k))));
  const tables = [...new Set(rules.flatMap((r) => r.sides.flatMap((s) => s.right.filter((k) => !has.has(k)))).map((k) => current.inputCells.find((c) => c.key === k)!.table))];
  return { rules, tables };
}

/**
 * Decide whether last year's report may be used for this report's cross-year rules: only when it is of the year
 * before. When its year is not this year − 1 the rules would compare unrelated years, so it is not passed; when a
 * year is unknown it is used, with a note. When the two reports are in different formats, only what is comparable is
 * compared, and the note says which checks do not run (e.g. S2 between a 2020 and a 2021 report). When the two
 * reports' 机关名称 name different units (`unitMatch`), another unit's figures would be compared as last year's, so it
 * is not used unless `options.otherUnit` (the user says it is the same unit, e.g. renamed); names written differently
 * but matching (`near`) are used with a note.
 * @param name the previous file's name, quoted in the note.
 */
export function previousForCheck(current: ReportData, previous: PreviousReport, name: string, options: { otherUnit?: boolean } = {}): PreviousForCheck {
  const cy = current.year;
  const py = previous.data.year;
  const currentFormat = formatOf(current);
  const ids = (rules: Rule[]) => rules.map((r) => r.id).join("、");
  if (cy !== null && py !== null && py !== cy - 1) {
    return {
      note: `上年报告“${name}”为 ${py} 年度，本报告为 ${cy} 年度，不是上一年度，不做跨年度检查（${ids(crossYearRules(currentFormat))}）`,
    };
  }
  const notes: string[] = [];
  const unit = unitMatch(current.agency, previous.data.agency);
  const names = `上年报告“${name}”的机关名称为“${previous.data.agency.trim()}”，本报告为“${current.agency.trim()}”`;
  if (unit === "different") {
    if (!options.otherUnit) return { otherUnit: true, note: `${names}，不是同一单位，不做跨年度检查（${ids(crossYearRules(currentFormat))}）` };
    notes.push(`${names}，不是同一单位；按要求仍做跨年度检查`);
  } else if (unit === "near") notes.push(`${names}，写法不同，按同一单位检查`);
  const previousFormat = formatOf(previous.data);
  if (previousFormat.id !== currentFormat.id) {
    const { rules, tables } = notComparable(currentFormat, previousFormat);
    const run = crossYearRules(currentFormat).filter((r) => !rules.includes(r));
    const what = tables.map((t) => currentFormat.tables[t].shortName).join("、");
    notes.push(
      `上年报告“${name}”为 ${previousFormat.name}（${previousFormat.source}），本报告为 ${currentFormat.name}：只比较两种格式共有的内容` +
        (rules.length > 0 ? `；${what}的栏目不同、不可比，不做 ${ids(rules)} 检查` : "") +
        `；${ids(run)} 照常检查`,
    );
  }
  if (cy === null || py === null) {
    const which = cy === null && py === null ? "两份报告都" : cy === null ? "本报告" : `上年报告“${name}”`;
    notes.push(`${which}没有填写年度，无法核对是否为上一年度，按上一年度检查`);
  }
  return { previous: previous.data, ...(notes.length > 0 ? { note: notes.join("；") } : {}) };
}
